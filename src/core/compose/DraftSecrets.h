#pragma once

#include "compose/RequestDraft.h"

#include <QHash>
#include <QList>
#include <QString>

// Finds the secrets a person typed into a request and turns each into a {{variable}}, so that a
// request can be kept (a collection) or handed on (Copy as) without them: the value of a
// credential header (Authorization keeps its scheme: "Bearer {{authorization}}"), of a secret
// query, form or JSON field, the password of a URL's user info, and any secret this run knows
// (a token, a password) wherever it stands. Each value is replaced everywhere it occurs, so the
// request resolves back to exactly what was typed.
namespace DraftSecrets {

struct Found
{
    QString name;      // of the variable
    QString value;     // as typed (a JSON string's text between its quotes, escapes and all)
    QString where;     // for people: "the Authorization header"
    bool kept = false; // the profile already keeps this value under this name
};

struct Extraction
{
    RequestDraft draft; // with {{name}} where each secret was
    QList<Found> found; // in the order met

    bool isEmpty() const { return found.isEmpty(); }
    // The values to store: those not kept already.
    QHash<QString, QString> newValues() const;
    // "{{authorization}} (the Authorization header), {{api_key}} (the query parameter api_key)"
    QString summary() const;
};

// `kept`: the secret variables the profile keeps already (name -> value). A value kept under a
// name reuses that name; a new value whose name is taken gets "_2", "_3"...
Extraction extract(const RequestDraft &draft, const QHash<QString, QString> &kept = {});

// A name as {{variables}} allow it: letters, digits, '_', '.' and '-', not starting with a digit.
QString variableName(const QString &text);

} // namespace DraftSecrets
