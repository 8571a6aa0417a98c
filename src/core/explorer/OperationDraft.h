#pragma once

#include "compose/RequestDraft.h"
#include "explorer/ApiSpec.h"

#include <QHash>
#include <QUrl>

// What choosing an endpoint puts in the composer. A draft keeps its query in its URL, so the
// optional query parameters (switched off) travel beside it in `queryRows`.
struct OperationRequest
{
    RequestDraft draft;
    QList<KeyValueRow> queryRows; // every query parameter: required on, optional off
    QStringList pathVariables;    // {{names}} the URL now holds, in order
};

namespace OperationDraft {

// The URL an operation has for a profile: relative to the base URL when the operation lies
// under its path ("/regscale" + "/api/issues/{id}" -> "api/issues/{{id}}"), else absolute on its
// origin. Path parameters become {{variables}}; `values` fills those it has (percent-encoded).
QString targetFor(const ApiSpec &spec, const ApiOperation &op, const QUrl &baseUrl,
                  const QHash<QString, QString> &values = {});

OperationRequest build(const ApiSpec &spec, const ApiOperation &op, const QUrl &baseUrl,
                       const QHash<QString, QString> &pathValues = {});

// The example body of an operation as pretty JSON, members in the schema's order; empty when
// the operation takes no body.
QString exampleBody(const ApiSpec &spec, const ApiOperation &op);

// A parameter's example, default or first enum value as text, or empty.
QString exampleText(const ApiSpec &spec, const ApiParameter &parameter);

} // namespace OperationDraft
