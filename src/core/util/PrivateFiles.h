#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// Files that are nobody else's business (saved requests, the explorer's cache, the names of
// secret variables): a folder only its owner may enter (0700) and files only the owner may read
// (0600), written atomically.
namespace PrivateFiles {

// Makes the folder (and its parents) when needed and narrows the folder itself to 0700, also
// when an earlier version made it open to others. Files inside a 0700 folder are out of other
// users' reach whatever their own permissions.
bool makeFolder(const QString &path);

// Writes `bytes` to `path` through QSaveFile with permissions 0600, in a folder made private
// first. The Error (kind Io) carries the system's words in its message.
Result<bool> write(const QString &path, const QByteArray &bytes);

} // namespace PrivateFiles
