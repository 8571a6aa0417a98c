#pragma once

#include "interop/ImportedCollection.h"
#include "util/Result.h"

#include <QJsonObject>

// Insomnia's export format 4 (JSON or YAML, read into the same tree): a flat list of resources
// whose parentId makes the workspace, folder (request_group) and request tree. Insomnia's
// "{{ _.name }}" becomes Tokenbench's "{{name}}"; template tags ({% %}) cannot run and are listed.
namespace InsomniaImport {

Result<ImportedCollection> readExport(const QJsonObject &root);

} // namespace InsomniaImport
