#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace PrivateFiles {

bool makeFolder(const QString &path)
{
    if (!QFileInfo(path).isDir() && !QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

Result<bool> write(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!makeFolder(folder)) {
        return Error::make(
            Error::Kind::Io, QStringLiteral("files.folder"),
            QCoreApplication::translate("PrivateFiles", "the folder %1 could not be created")
                .arg(QDir::toNativeSeparators(folder)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::make(Error::Kind::Io, QStringLiteral("files.write"), file.errorString());
    }
    return true;
}

} // namespace PrivateFiles
