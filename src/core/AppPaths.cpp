#include "AppPaths.h"

#include "util/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {
QString &confined()
{
    static QString dir;
    return dir;
}

QString generic(QStandardPaths::StandardLocation location)
{
    return QStandardPaths::writableLocation(location);
}

// Moves `from` to `to` when `from` exists and `to` does not; true when it moved.
bool moveOnce(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return false;
    if (!PrivateFiles::makeFolder(QFileInfo(to).absolutePath()))
        return false;
    return QDir().rename(from, to);
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
    return generic(QStandardPaths::GenericCacheLocation) + QLatin1Char('/') + QLatin1String(Name);
}

QString dataDir()
{
    if (!confined().isEmpty())
        return confined();
    return generic(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + QLatin1String(Name);
}

QStringList moveFromOldPlaces()
{
    if (!confined().isEmpty())
        return {};
    const QString old = QStringLiteral("/Tokenbench/Tokenbench");
    const QString config = generic(QStandardPaths::GenericConfigLocation);
    const QString data = generic(QStandardPaths::GenericDataLocation);
    const QString cache = generic(QStandardPaths::GenericCacheLocation);
    const QString name = QLatin1String(Name);
    struct Move
    {
        QString from;
        QString to;
    };
    QList<Move> moves{
        {config + QStringLiteral("/Tokenbench/Tokenbench.conf"),
         config + QLatin1Char('/') + name + QLatin1Char('/') + name + QStringLiteral(".conf")},
        {cache + old + QStringLiteral("/explorer"), cacheDir() + QStringLiteral("/explorer")},
    };
    // SQLite's companions go with the database, and only with it.
    const QString history = data + old + QStringLiteral("/history.sqlite");
    if (!QFileInfo::exists(dataDir() + QStringLiteral("/history.sqlite")))
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            moves.append({history + QLatin1String(suffix),
                          dataDir() + QStringLiteral("/history.sqlite") + QLatin1String(suffix)});
    QStringList moved;
    for (const Move &m : std::as_const(moves))
        if (moveOnce(m.from, m.to))
            moved << m.to;
    // The old folders go when nothing else is left in them.
    for (const QString &root :
         {config + QStringLiteral("/Tokenbench"), data + old, data + QStringLiteral("/Tokenbench"),
          cache + old, cache + QStringLiteral("/Tokenbench")})
        QDir().rmdir(root);
    return moved;
}

} // namespace AppPaths
