#pragma once

#include "compose/RequestDraft.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

// RegScale records hang off a parent through ParentModule (a module's value, "securityplans") and
// ParentId. The table is RegScale's own (see docs and VENDORS.md); a picker fills both into a
// JSON body, and a module name into the {{module}}-like variables of a path.
namespace ParentRecords {

struct Module
{
    QString displayName; // "Security Plan"
    QString value;       // "securityplans"
    int id = 0;          // RegScale's module id, 16
};

const QList<Module> &all();
std::optional<Module> find(const QString &value); // by value, case-insensitive

// Sets the parent fields of a JSON object body, keeping the spelling the body already uses
// ("parentModule" or "ParentModule") and its member order; a body with neither gets RegScale's
// "ParentModule"/"ParentId" at the end. Fails on a body that is not a JSON object.
Result<QString> applyToBody(const QString &jsonText, const Module &module, qint64 parentId);

// Fills path variables that name a module ({{module}}, {{strModule}}, {{parentModule}}) with the
// module's value, and those that name a parent id ({{parentId}}, {{intParentID}}) with the id.
QString applyToUrl(const QString &url, const Module &module, qint64 parentId);

// Both of the above on a draft; a JSON body that does not parse is left as it is.
RequestDraft apply(const RequestDraft &draft, const Module &module, qint64 parentId);

} // namespace ParentRecords
