#pragma once

#include "interop/ImportedCollection.h"
#include "util/Result.h"

#include <QJsonObject>

// Postman Collection v2.0 and v2.1 (which differ in the shape of a URL and of an auth block) and
// Postman environments. Folders become part of each request's name; collection and folder auth
// is inherited as Postman does; scripts, saved examples and file bodies are listed, not kept.
namespace PostmanImport {

Result<ImportedCollection> readCollection(const QJsonObject &root);
QList<ImportedVariable> readEnvironment(const QJsonObject &root);

} // namespace PostmanImport
