#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

// One JSON value with its members in the order the text gave them. QJsonObject sorts keys, which
// would reorder a token's claims; this keeps the author's order and each number's original text.
struct JsonNode
{
    QString key;      // member name, or the index for array elements
    QJsonValue value; // the parsed value (objects and arrays too)
    QByteArray text;  // the value's exact source text, white space trimmed
    QList<JsonNode> children;

    bool isContainer() const { return value.isObject() || value.isArray(); }
};

namespace JsonText {

// Builds the ordered tree of `json`, which QJsonDocument has already accepted as `value`.
JsonNode orderedTree(const QByteArray &json, const QJsonValue &value);

// Removes white space outside strings; keeps member order and number text exactly.
QByteArray compact(const QByteArray &validJson);

// Indents valid JSON with `indent` spaces per level; keeps member order and number text exactly.
QByteArray indented(const QByteArray &validJson, int indent = 2);

} // namespace JsonText
