#include "explorer/OrderedJson.h"

#include "explorer/OrderedMap.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include <cmath>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderedJson)
};

class Parser
{
public:
    Parser(const QByteArray &text, const OrderedJson::Limits &limits)
        : m_p(text.constData())
        , m_begin(text.constData())
        , m_end(text.constData() + text.size())
        , m_limits(limits)
    {}

    Result<QCborValue> run()
    {
        skipSpace();
        QCborValue value = parseValue(0);
        if (m_error.isEmpty()) {
            skipSpace();
            if (m_p != m_end)
                fail(Text::tr("unexpected text after the document"));
        }
        if (m_cancelled) {
            return Error::make(Error::Kind::Cancelled, QStringLiteral("json.cancelled"),
                               Text::tr("Reading the document was cancelled."));
        }
        if (!m_error.isEmpty()) {
            const auto [line, column] = position();
            return Error::make(Error::Kind::Parse, QStringLiteral("json.syntax"),
                               Text::tr("This is not valid JSON: %1 (line %2, column %3).")
                                   .arg(m_error)
                                   .arg(line)
                                   .arg(column),
                               m_error);
        }
        return value;
    }

private:
    std::pair<int, int> position() const
    {
        int line = 1;
        int column = 1;
        for (const char *c = m_begin; c < m_p && c < m_end; ++c) {
            if (*c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return {line, column};
    }

    void fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = why;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool literal(const char *word)
    {
        const qsizetype n = qsizetype(qstrlen(word));
        if (m_end - m_p >= n && qstrncmp(m_p, word, size_t(n)) == 0) {
            m_p += n;
            return true;
        }
        return false;
    }

    QCborValue parseValue(int depth)
    {
        if (depth > m_limits.maxDepth) {
            fail(Text::tr("nested more than %1 levels deep").arg(m_limits.maxDepth));
            return {};
        }
        if (++m_nodes > m_limits.maxNodes) {
            fail(Text::tr("more than %1 values").arg(m_limits.maxNodes));
            return {};
        }
        if (m_nodes % 4096 == 0 && isCancelled())
            return {};
        if (m_p >= m_end) {
            fail(Text::tr("unexpected end of text"));
            return {};
        }
        switch (*m_p) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return parseString();
        case 't':
            if (literal("true"))
                return QCborValue(true);
            break;
        case 'f':
            if (literal("false"))
                return QCborValue(false);
            break;
        case 'n':
            if (literal("null"))
                return QCborValue(nullptr);
            break;
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber();
        }
        fail(Text::tr("unexpected character '%1'").arg(QLatin1Char(*m_p)));
        return {};
    }

    bool isCancelled()
    {
        if (!m_cancelled && m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            fail(Text::tr("cancelled"));
        }
        return m_cancelled;
    }

    QCborValue parseObject(int depth)
    {
        ++m_p;
        OrderedMapBuilder map;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return QCborMap();
        }
        while (m_error.isEmpty()) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"') {
                fail(Text::tr("expected a member name in quotes"));
                break;
            }
            const QString key = parseString().toString();
            skipSpace();
            if (m_p >= m_end || *m_p != ':') {
                fail(Text::tr("expected ':' after a member name"));
                break;
            }
            ++m_p;
            skipSpace();
            QCborValue value = parseValue(depth + 1);
            // A repeated member: the last one wins, as in most JSON readers.
            map.insert(key, std::move(value));
            if (map.size() > m_limits.maxMembers) {
                fail(Text::tr("an object with more than %1 members").arg(m_limits.maxMembers));
                break;
            }
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                break;
            }
            fail(Text::tr("expected ',' or '}'"));
        }
        if (!m_error.isEmpty())
            return {};
        const QCborMap made = map.take(m_limits.cancel.get());
        isCancelled();
        return made;
    }

    QCborValue parseArray(int depth)
    {
        ++m_p;
        QCborArray array;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return array;
        }
        while (m_error.isEmpty()) {
            skipSpace();
            array.append(parseValue(depth + 1));
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                break;
            }
            fail(Text::tr("expected ',' or ']'"));
        }
        return array;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    char16_t parseHex4()
    {
        if (m_end - m_p < 4) {
            fail(Text::tr("a \\u escape needs four hex digits"));
            return 0;
        }
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0) {
                fail(Text::tr("a \\u escape needs four hex digits"));
                return 0;
            }
            v = v * 16 + h;
        }
        m_p += 4;
        return char16_t(v);
    }

    QCborValue parseString()
    {
        ++m_p;
        QByteArray utf8;
        QString out;
        const auto flush = [&] {
            if (!utf8.isEmpty()) {
                out += QString::fromUtf8(utf8);
                utf8.clear();
            }
        };
        while (m_p < m_end && *m_p != '"') {
            const char c = *m_p;
            if (static_cast<unsigned char>(c) < 0x20) {
                fail(Text::tr("a control character inside a string"));
                return {};
            }
            if (c != '\\') {
                utf8.append(c);
                ++m_p;
                continue;
            }
            ++m_p;
            if (m_p >= m_end)
                break;
            const char e = *m_p++;
            switch (e) {
            case '"':
                utf8.append('"');
                break;
            case '\\':
                utf8.append('\\');
                break;
            case '/':
                utf8.append('/');
                break;
            case 'b':
                utf8.append('\b');
                break;
            case 'f':
                utf8.append('\f');
                break;
            case 'n':
                utf8.append('\n');
                break;
            case 'r':
                utf8.append('\r');
                break;
            case 't':
                utf8.append('\t');
                break;
            case 'u': {
                flush();
                out += QChar(parseHex4());
                break;
            }
            default:
                fail(Text::tr("an unknown escape '\\%1'").arg(QLatin1Char(e)));
                return {};
            }
        }
        if (m_p >= m_end) {
            fail(Text::tr("a string is not closed"));
            return {};
        }
        ++m_p;
        flush();
        return QCborValue(out);
    }

    QCborValue parseNumber()
    {
        const char *start = m_p;
        bool integral = true;
        if (*m_p == '-')
            ++m_p;
        while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' ||
                               *m_p == 'E' || *m_p == '+' || *m_p == '-')) {
            if (*m_p == '.' || *m_p == 'e' || *m_p == 'E')
                integral = false;
            ++m_p;
        }
        const QByteArray text(start, m_p - start);
        bool ok = false;
        if (integral) {
            const qint64 v = text.toLongLong(&ok);
            if (ok)
                return QCborValue(v);
        }
        const double d = text.toDouble(&ok);
        if (!ok) {
            m_p = start;
            fail(Text::tr("a malformed number"));
            return {};
        }
        return QCborValue(d);
    }

    const char *m_p;
    const char *m_begin;
    const char *m_end;
    OrderedJson::Limits m_limits;
    qsizetype m_nodes = 0;
    QString m_error;
    bool m_cancelled = false;
};

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString number(double d)
{
    if (!std::isfinite(d))
        return QStringLiteral("null");
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

void write(const QCborValue &v, int indent, int level, QString &out)
{
    const QString pad = indent > 0 ? QString(indent * (level + 1), QLatin1Char(' ')) : QString();
    const QString closePad = indent > 0 ? QString(indent * level, QLatin1Char(' ')) : QString();
    const QLatin1String newline(indent > 0 ? "\n" : "");
    if (v.isMap()) {
        const QCborMap map = v.toMap();
        if (map.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1Char('{') + newline;
        bool first = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!first)
                out += QLatin1Char(',') + newline;
            first = false;
            out += pad + quoted(it.key().toString()) +
                   (indent > 0 ? QLatin1String(": ") : QLatin1String(":"));
            write(it.value(), indent, level + 1, out);
        }
        out += newline + closePad + QLatin1Char('}');
    } else if (v.isArray()) {
        const QCborArray array = v.toArray();
        if (array.isEmpty()) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1Char('[') + newline;
        bool first = true;
        for (const QCborValue &item : array) {
            if (!first)
                out += QLatin1Char(',') + newline;
            first = false;
            out += pad;
            write(item, indent, level + 1, out);
        }
        out += newline + closePad + QLatin1Char(']');
    } else if (v.isString()) {
        out += quoted(v.toString());
    } else if (v.isInteger()) {
        out += QString::number(v.toInteger());
    } else if (v.isDouble()) {
        out += number(v.toDouble());
    } else if (v.isBool()) {
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
    } else {
        out += QLatin1String("null");
    }
}

} // namespace

namespace OrderedJson {

Result<QCborValue> parse(const QByteArray &text, const Limits &limits)
{
    return Parser(text, limits).run();
}

QString toText(const QCborValue &value, int indent)
{
    QString out;
    write(value, indent, 0, out);
    return out;
}

QString scalarText(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isMap() || value.isArray())
        return toText(value, 0);
    return {};
}

} // namespace OrderedJson
