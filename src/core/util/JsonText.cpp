#include "JsonText.h"

#include "body/JsonTokenizer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {

// Everything here reads text that QJsonDocument has already validated, through the tokenizer's
// readers for validated text.
qsizetype skipSpace(const QByteArray &s, qsizetype pos)
{
    return JsonTokenizer::skipSpace(s.constData(), s.size(), pos);
}

// `pos` is at the opening quote; returns the index just past the closing quote.
qsizetype skipString(const QByteArray &s, qsizetype pos)
{
    return JsonTokenizer::stringEnd(s.constData(), s.size(), pos);
}

// `pos` is at the first character of a value; returns the index just past it.
qsizetype skipValue(const QByteArray &s, qsizetype pos)
{
    return JsonTokenizer::valueEnd(s.constData(), s.size(), pos);
}

struct Span
{
    QString key;
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The members of the object or elements of the array that starts at `pos`.
QList<Span> children(const QByteArray &s, qsizetype pos)
{
    QList<Span> result;
    const bool isObject = s.at(pos) == '{';
    const char close = isObject ? '}' : ']';
    pos = skipSpace(s, pos + 1);
    int index = 0;
    while (pos < s.size() && s.at(pos) != close) {
        Span span;
        if (isObject) {
            const qsizetype keyEnd = skipString(s, pos);
            span.key = JsonTokenizer::decodeString(s.constData() + pos + 1,
                                                   std::max<qsizetype>(0, keyEnd - pos - 2));
            pos = skipSpace(s, keyEnd);
            pos = skipSpace(s, pos + 1); // past ':'
        } else {
            span.key = QString::number(index++);
        }
        span.begin = pos;
        span.end = skipValue(s, pos);
        result.append(span);
        pos = skipSpace(s, span.end);
        if (pos < s.size() && s.at(pos) == ',')
            pos = skipSpace(s, pos + 1);
    }
    return result;
}

void fill(JsonNode &node, const QByteArray &s, qsizetype begin, qsizetype end)
{
    node.text = s.mid(begin, end - begin);
    // A repeated key keeps its first text but QJsonDocument's value: a scalar there with a
    // container value made children() scan a container that is not there, without end.
    if (!node.isContainer() || begin >= end || s.at(begin) != (node.value.isObject() ? '{' : '['))
        return;
    const QList<Span> spans = children(s, begin);
    node.children.reserve(spans.size());
    if (node.value.isObject()) {
        const QJsonObject object = node.value.toObject();
        for (const Span &span : spans) {
            // A repeated key parses to one value; show it once, where it first appeared.
            const bool seen = std::any_of(node.children.cbegin(), node.children.cend(),
                                          [&](const JsonNode &c) { return c.key == span.key; });
            if (seen)
                continue;
            JsonNode child;
            child.key = span.key;
            child.value = object.value(span.key);
            fill(child, s, span.begin, span.end);
            node.children.append(std::move(child));
        }
    } else {
        const QJsonArray array = node.value.toArray();
        for (qsizetype i = 0; i < spans.size() && i < array.size(); ++i) {
            JsonNode child;
            child.key = spans.at(i).key;
            child.value = array.at(i);
            fill(child, s, spans.at(i).begin, spans.at(i).end);
            node.children.append(std::move(child));
        }
    }
}

} // namespace

namespace JsonText {

JsonNode orderedTree(const QByteArray &json, const QJsonValue &value)
{
    JsonNode root;
    root.value = value;
    const qsizetype begin = skipSpace(json, 0);
    if (begin >= json.size())
        return root;
    fill(root, json, begin, skipValue(json, begin));
    return root;
}

QByteArray compact(const QByteArray &validJson)
{
    QByteArray out;
    out.reserve(validJson.size());
    qsizetype pos = 0;
    while (pos < validJson.size()) {
        const char c = validJson.at(pos);
        if (c == '"') {
            const qsizetype end = skipString(validJson, pos);
            out.append(validJson.constData() + pos, end - pos);
            pos = end;
        } else if (const qsizetype next = skipSpace(validJson, pos); next > pos) {
            pos = next;
        } else {
            out.append(c);
            ++pos;
        }
    }
    return out;
}

QByteArray indented(const QByteArray &validJson, int indent)
{
    const QByteArray compacted = compact(validJson);
    QByteArray out;
    out.reserve(compacted.size() * 2);
    int depth = 0;
    auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(depth * indent, ' '));
    };
    qsizetype pos = 0;
    while (pos < compacted.size()) {
        const char c = compacted.at(pos);
        if (c == '"') {
            const qsizetype end = skipString(compacted, pos);
            out.append(compacted.constData() + pos, end - pos);
            pos = end;
            continue;
        }
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            out.append(c);
            if (pos + 1 < compacted.size() && compacted.at(pos + 1) == close) {
                out.append(close);
                pos += 2;
                continue;
            }
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out.append(c);
        } else if (c == ',') {
            out.append(c);
            newline();
        } else if (c == ':') {
            out.append(": ");
        } else {
            out.append(c);
        }
        ++pos;
    }
    return out;
}

} // namespace JsonText
