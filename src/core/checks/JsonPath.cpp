#include "checks/JsonPath.h"

#include "body/JsonTokenizer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)
};

Error badPath(const QString &path, const QString &why)
{
    return Error::make(
        Error::Kind::InvalidInput, QStringLiteral("checks.bad_path"),
        Text::tr("%1 is not a JSON path Tokenbench understands: %2.").arg(path, why));
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
           c == QLatin1Char('$') || c == QLatin1Char('@');
}

// One JSON text of any kind (a bare string or number too) as a value.
std::optional<QJsonValue> parseValue(const char *data, qint64 size)
{
    QByteArray wrapped;
    wrapped.reserve(size + 2);
    wrapped.append('[').append(data, size).append(']');
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

// Walks one value with the tokenizer, descending only where the path leads.
class Walker
{
public:
    Walker(const JsonPath &path, const char *data, qint64 size)
        : m_segments(path.segments())
        , m_stopAtFirst(!path.hasWildcard())
        , m_data(data)
        , m_size(size)
        , m_tokens(data, size)
    {}

    Result<QList<JsonPath::Match>> run()
    {
        const JsonTokenizer::Token first = m_tokens.next();
        if (first == JsonTokenizer::Token::Error || first == JsonTokenizer::Token::End)
            return notJson();
        if (!value(first, 0, QStringLiteral("$")))
            return notJson();
        return m_matches;
    }

private:
    Error notJson() const
    {
        return Error::make(Error::Kind::Parse, QStringLiteral("checks.not_json"),
                           Text::tr("the body is not JSON (%1)").arg(m_tokens.error().message()));
    }

    bool done() const { return m_stopAtFirst && !m_matches.isEmpty(); }

    // `token` starts a value at `depth` segments into the path; false on invalid JSON.
    bool value(JsonTokenizer::Token token, int depth, const QString &where)
    {
        using T = JsonTokenizer::Token;
        if (depth == m_segments.size() && !done()) {
            const qint64 start = m_tokens.tokenOffset();
            qint64 end = start + m_tokens.tokenLength();
            if (token == T::ObjectBegin || token == T::ArrayBegin) {
                if (!skipRest())
                    return false;
                end = m_tokens.tokenOffset() + m_tokens.tokenLength();
            }
            const auto parsed = parseValue(m_data + start, end - start);
            if (!parsed)
                return false;
            m_matches.append({where, *parsed});
            return true;
        }
        if (done() || depth >= m_segments.size() ||
            (token != T::ObjectBegin && token != T::ArrayBegin))
            return token == T::ObjectBegin || token == T::ArrayBegin ? skipRest() : true;
        const JsonPath::Segment &segment = m_segments.at(depth);
        const int level = m_tokens.depth();
        if (token == T::ObjectBegin) {
            const bool wanted = segment.kind != JsonPath::Segment::Kind::Index;
            for (;;) {
                T t = m_tokens.next();
                if (t == T::Error)
                    return false;
                if (t == T::ObjectEnd && m_tokens.depth() < level)
                    return true;
                if (t != T::Key)
                    return false;
                const QString name = JsonTokenizer::decodeString(
                    m_data + m_tokens.tokenOffset() + 1, m_tokens.tokenLength() - 2);
                t = m_tokens.next();
                if (t == T::Error)
                    return false;
                const bool follow = wanted && (segment.kind == JsonPath::Segment::Kind::Wildcard ||
                                               segment.key == name);
                if (follow) {
                    if (!value(t, depth + 1, where + JsonPath::keyStep(name)))
                        return false;
                    if (done())
                        return true; // the one value wanted: the rest is not read
                } else if ((t == T::ObjectBegin || t == T::ArrayBegin) && !skipRest()) {
                    return false;
                }
            }
        }
        const bool wanted = segment.kind != JsonPath::Segment::Kind::Key;
        for (qint64 i = 0;; ++i) {
            const T t = m_tokens.next();
            if (t == T::Error)
                return false;
            if (t == T::ArrayEnd && m_tokens.depth() < level)
                return true;
            const bool follow =
                wanted && (segment.kind == JsonPath::Segment::Kind::Wildcard || segment.index == i);
            if (follow) {
                if (!value(t, depth + 1, where + QStringLiteral("[%1]").arg(i)))
                    return false;
                if (done())
                    return true;
            } else if ((t == T::ObjectBegin || t == T::ArrayBegin) && !skipRest()) {
                return false;
            }
        }
    }

    // Reads on to the end of the container whose opening was the last token.
    bool skipRest()
    {
        const int level = m_tokens.depth();
        for (;;) {
            const JsonTokenizer::Token t = m_tokens.next();
            if (t == JsonTokenizer::Token::Error || t == JsonTokenizer::Token::End)
                return false;
            if (m_tokens.depth() < level)
                return true;
        }
    }

    const QList<JsonPath::Segment> &m_segments;
    bool m_stopAtFirst;
    const char *m_data;
    qint64 m_size;
    JsonTokenizer m_tokens;
    QList<JsonPath::Match> m_matches;
};

} // namespace

Result<JsonPath> JsonPath::parse(const QString &raw)
{
    const QString text = raw.trimmed();
    JsonPath path;
    path.m_text = text;
    if (!text.startsWith(QLatin1Char('$')))
        return badPath(raw, Text::tr("it must start with $"));
    qsizetype i = 1;
    while (i < text.size()) {
        const QChar c = text.at(i);
        Segment segment;
        if (c == QLatin1Char('.')) {
            ++i;
            if (i < text.size() && text.at(i) == QLatin1Char('.'))
                return badPath(raw, Text::tr("recursive descent (..) is not supported"));
            if (i < text.size() && text.at(i) == QLatin1Char('*')) {
                segment.kind = Segment::Kind::Wildcard;
                ++i;
            } else {
                const qsizetype start = i;
                while (i < text.size() && isNameChar(text.at(i)))
                    ++i;
                if (i == start)
                    return badPath(raw, Text::tr("a name is missing after a dot"));
                segment.key = text.mid(start, i - start);
            }
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                return badPath(raw, Text::tr("a [ is not closed"));
            const QString inside = text.mid(i + 1, close - i - 1).trimmed();
            if (inside == QLatin1String("*")) {
                segment.kind = Segment::Kind::Wildcard;
            } else if (inside.startsWith(QLatin1Char('?'))) {
                return badPath(raw, Text::tr("filters are not supported"));
            } else if (inside.size() >= 2 &&
                       (inside.startsWith(QLatin1Char('\'')) ||
                        inside.startsWith(QLatin1Char('"'))) &&
                       inside.endsWith(inside.at(0))) {
                segment.key = inside.mid(1, inside.size() - 2);
            } else {
                bool ok = false;
                segment.index = inside.toLongLong(&ok);
                if (!ok || segment.index < 0)
                    return badPath(
                        raw, Text::tr("[%1] is neither an index, * nor a quoted name").arg(inside));
                segment.kind = Segment::Kind::Index;
            }
            i = close + 1;
        } else {
            return badPath(raw, Text::tr("unexpected '%1'").arg(c));
        }
        path.m_segments.append(segment);
    }
    return path;
}

bool JsonPath::hasWildcard() const
{
    for (const Segment &s : m_segments)
        if (s.kind == Segment::Kind::Wildcard)
            return true;
    return false;
}

QString JsonPath::keyStep(const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key)
        plain = plain && isNameChar(c);
    if (plain)
        return QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("['%1']").arg(quoted);
}

Result<QList<JsonPath::Match>> JsonPath::select(const char *json, qint64 size) const
{
    return Walker(*this, json, size).run();
}
