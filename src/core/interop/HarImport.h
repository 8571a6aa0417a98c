#pragma once

#include "interop/ImportedCollection.h"
#include "util/Result.h"

#include <QJsonObject>

// A HAR 1.2 log from a browser's developer tools: each entry's request becomes a saved request.
// Its cookies and credential headers (Authorization, Cookie, API keys) are the browser session's,
// not something to keep: they are dropped and listed; the profile's credential is sent instead.
namespace HarImport {

Result<ImportedCollection> readLog(const QJsonObject &root, const QString &name);

} // namespace HarImport
