#include "explorer/SchemaExample.h"

#include "explorer/OrderedMap.h"
#include "explorer/SpecParser.h"

#include <QCborArray>
#include <QHash>
#include <QStringList>

#include <functional>

namespace {

QString str(const QCborMap &map, const char *key)
{
    const QCborValue v = map.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

class Generator
{
public:
    Generator(const QCborMap &root, const SchemaExample::Options &options)
        : m_refs(root)
        , m_options(options)
    {}

    QCborValue value(const QCborValue &schema, int depth)
    {
        if (depth > m_options.maxDepth || ++m_nodes > m_options.maxNodes || !schema.isMap())
            return QCborValue(nullptr);
        QCborMap s = schema.toMap();
        // Each look into a schema reads all of its members: a schema of very many (a hostile
        // document) spends the budget as many small ones would.
        m_nodes += s.size() / 64;

        const QString ref = str(s, "$ref");
        if (!ref.isEmpty()) {
            // A schema already being expanded on this branch: a recursive type ends here.
            if (m_refStack.contains(ref))
                return emptyOfKind(s);
            const auto target = m_refs.resolve(ref);
            if (!target)
                return QCborValue(nullptr);
            m_refStack.append(ref);
            const QCborValue out = value(target.value(), depth + 1);
            m_refStack.removeLast();
            return out;
        }

        for (const char *key : {"example", "x-example", "const", "default"}) {
            if (s.contains(QLatin1String(key)))
                return s.value(QLatin1String(key));
        }
        const QCborValue examples = s.value(QLatin1String("examples"));
        if (examples.isArray() && !examples.toArray().isEmpty())
            return examples.toArray().at(0);
        const QCborValue enumeration = s.value(QLatin1String("enum"));
        if (enumeration.isArray() && !enumeration.toArray().isEmpty())
            return enumeration.toArray().at(0);

        if (s.value(QLatin1String("allOf")).isArray())
            return value(mergeAllOf(s, depth), depth + 1);
        for (const char *key : {"oneOf", "anyOf"}) {
            const QCborValue choices = s.value(QLatin1String(key));
            if (choices.isArray() && !choices.toArray().isEmpty()) {
                // Sibling keywords (properties next to oneOf) are kept in the first choice.
                QCborValue first = choices.toArray().at(0);
                if (s.contains(QLatin1String("properties")) && first.isMap() &&
                    !first.toMap().contains(QLatin1String("$ref"))) {
                    OrderedMapBuilder merged;
                    for (auto it = s.begin(); it != s.end(); ++it) {
                        if (it.key().toString() != QLatin1String(key))
                            merged.insert(it.key().toString(), it.value());
                    }
                    const QCborMap f = first.toMap();
                    for (auto it = f.begin(); it != f.end(); ++it)
                        merged.insert(it.key().toString(), it.value());
                    return value(merged.take(), depth + 1);
                }
                return value(first, depth + 1);
            }
        }

        const QString type = typeOf(s);
        if (type == QLatin1String("object"))
            return object(s, depth);
        if (type == QLatin1String("array")) {
            QCborArray array;
            const QCborValue items = s.value(QLatin1String("items"));
            if (items.isMap())
                array.append(value(items, depth + 1));
            return array;
        }
        if (type == QLatin1String("string"))
            return string(s);
        if (type == QLatin1String("integer")) {
            const QCborValue minimum = s.value(QLatin1String("minimum"));
            return QCborValue(minimum.isInteger() || minimum.isDouble() ? qint64(minimum.toDouble())
                                                                        : qint64(0));
        }
        if (type == QLatin1String("number")) {
            const QCborValue minimum = s.value(QLatin1String("minimum"));
            return QCborValue(minimum.isInteger() || minimum.isDouble() ? minimum.toDouble() : 0.0);
        }
        if (type == QLatin1String("boolean"))
            return QCborValue(true);
        return QCborValue(nullptr);
    }

private:
    static QString typeOf(const QCborMap &s)
    {
        const QCborValue type = s.value(QLatin1String("type"));
        if (type.isString())
            return type.toString();
        if (type.isArray()) {
            // OpenAPI 3.1: ["string", "null"] reads as a string that may be null.
            for (const QCborValue &t : type.toArray())
                if (t.isString() && t.toString() != QLatin1String("null"))
                    return t.toString();
        }
        if (s.contains(QLatin1String("properties")) ||
            s.contains(QLatin1String("additionalProperties")))
            return QStringLiteral("object");
        if (s.contains(QLatin1String("items")))
            return QStringLiteral("array");
        return {};
    }

    QCborValue emptyOfKind(const QCborMap &refSchema)
    {
        const auto target = m_refs.resolve(str(refSchema, "$ref"));
        if (target && target->isMap()) {
            const QString type = typeOf(target->toMap());
            if (type == QLatin1String("object"))
                return QCborMap{};
            if (type == QLatin1String("array"))
                return QCborArray{};
        }
        return QCborValue(nullptr);
    }

    // allOf's parts become one object schema, their properties in the order the parts give them.
    QCborMap mergeAllOf(const QCborMap &s, int depth)
    {
        QCborMap merged = s;
        merged.remove(QLatin1String("allOf"));
        OrderedMapBuilder properties;
        const QCborMap own = s.value(QLatin1String("properties")).toMap();
        for (auto it = own.begin(); it != own.end(); ++it)
            properties.insert(it.key().toString(), it.value());
        QCborArray required = s.value(QLatin1String("required")).toArray();
        QStringList seenRefs;
        const std::function<void(const QCborValue &, int)> add = [&](const QCborValue &part,
                                                                     int level) {
            if (level > m_options.maxDepth || !part.isMap())
                return;
            QCborMap p = part.toMap();
            const QString ref = str(p, "$ref");
            if (!ref.isEmpty()) {
                if (m_refStack.contains(ref) || seenRefs.contains(ref))
                    return;
                const auto target = m_refs.resolve(ref);
                if (!target || !target->isMap())
                    return;
                seenRefs.append(ref);
                p = target->toMap();
            }
            for (const QCborValue &inner : p.value(QLatin1String("allOf")).toArray())
                add(inner, level + 1);
            const QCborMap props = p.value(QLatin1String("properties")).toMap();
            for (auto it = props.begin(); it != props.end(); ++it)
                properties.insert(it.key().toString(), it.value());
            for (const QCborValue &r : p.value(QLatin1String("required")).toArray())
                required.append(r);
            for (const char *key : {"type", "example", "additionalProperties"})
                if (p.contains(QLatin1String(key)) && !merged.contains(QLatin1String(key)))
                    merged.insert(QLatin1String(key), p.value(QLatin1String(key)));
        };
        for (const QCborValue &part : s.value(QLatin1String("allOf")).toArray())
            add(part, depth);
        if (properties.size() > 0) {
            merged.insert(QLatin1String("properties"), properties.take());
            if (!merged.contains(QLatin1String("type")))
                merged.insert(QLatin1String("type"), QLatin1String("object"));
        }
        if (!required.isEmpty())
            merged.insert(QLatin1String("required"), required);
        return merged;
    }

    QCborValue object(const QCborMap &s, int depth)
    {
        OrderedMapBuilder out;
        const QCborMap properties = s.value(QLatin1String("properties")).toMap();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            // Past the budget the example is cut short: no use looking at what is left.
            if (m_nodes > m_options.maxNodes)
                break;
            QCborMap property = it.value().toMap();
            if (property.contains(QLatin1String("$ref"))) {
                // readOnly sits on the referenced schema as often as next to the $ref.
                const auto target = m_refs.resolve(str(property, "$ref"));
                if (target && target->isMap()) {
                    for (const char *key : {"readOnly", "writeOnly"})
                        if (target->toMap().value(QLatin1String(key)).toBool(false))
                            property.insert(QLatin1String(key), true);
                }
            }
            if (m_options.purpose == SchemaExample::Purpose::Request &&
                property.value(QLatin1String("readOnly")).toBool(false))
                continue;
            if (m_options.purpose == SchemaExample::Purpose::Response &&
                property.value(QLatin1String("writeOnly")).toBool(false))
                continue;
            out.insert(it.key().toString(), value(it.value(), depth + 1));
        }
        const QCborValue additional = s.value(QLatin1String("additionalProperties"));
        if (properties.isEmpty() && additional.isMap())
            out.insert(QStringLiteral("additionalProp1"), value(additional, depth + 1));
        return out.take();
    }

    static QCborValue string(const QCborMap &s)
    {
        const QString format = str(s, "format");
        static const QHash<QString, QString> byFormat{
            {QStringLiteral("date-time"), QStringLiteral("2024-01-01T12:00:00Z")},
            {QStringLiteral("date"), QStringLiteral("2024-01-01")},
            {QStringLiteral("time"), QStringLiteral("12:00:00")},
            {QStringLiteral("uuid"), QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6")},
            {QStringLiteral("email"), QStringLiteral("user@example.com")},
            {QStringLiteral("uri"), QStringLiteral("https://example.com/")},
            {QStringLiteral("url"), QStringLiteral("https://example.com/")},
            {QStringLiteral("hostname"), QStringLiteral("example.com")},
            {QStringLiteral("ipv4"), QStringLiteral("192.0.2.1")},
            {QStringLiteral("ipv6"), QStringLiteral("2001:db8::1")},
            {QStringLiteral("byte"), QStringLiteral("ZXhhbXBsZQ==")},
            {QStringLiteral("binary"), QString()},
            {QStringLiteral("password"), QString()},
        };
        const auto it = byFormat.constFind(format);
        if (it != byFormat.constEnd())
            return it.value();
        return QStringLiteral("string");
    }

    SpecParser::RefResolver m_refs;
    SchemaExample::Options m_options;
    QStringList m_refStack;
    int m_nodes = 0;
};

} // namespace

namespace SchemaExample {

QCborValue generate(const QCborMap &root, const QCborValue &schema, const Options &options)
{
    return Generator(root, options).value(schema, 0);
}

} // namespace SchemaExample
