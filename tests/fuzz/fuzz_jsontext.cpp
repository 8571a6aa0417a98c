// The ordered tree, compacting and indenting that show token claims and small bodies.
#include "FuzzSupport.h"

#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    // Every caller checks validity with QJsonDocument first: that is the contract.
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    (void)JsonText::orderedTree(json, value);
    const QByteArray compact = JsonText::compact(json);
    const QByteArray indented = JsonText::indented(json, 2);
    // Both are the same JSON as the input.
    if (QJsonDocument::fromJson(compact) != doc || QJsonDocument::fromJson(indented) != doc)
        __builtin_trap();
    return 0;
}
