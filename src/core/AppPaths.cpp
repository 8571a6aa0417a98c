#include "AppPaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString &confined()
{
    static QString dir;
    return dir;
}
} // namespace

namespace AppPaths {

void confineTo(const QString &dir)
{
    confined() = QDir(dir).absolutePath();
    const QString settings = QDir(confined()).filePath(QStringLiteral("settings"));
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, settings);
        QSettings::setPath(format, QSettings::SystemScope, settings);
    }
}

QString confinedTo()
{
    return confined();
}

QString cacheDir()
{
    if (!confined().isEmpty())
        return QDir(confined()).filePath(QStringLiteral("cache"));
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

} // namespace AppPaths
