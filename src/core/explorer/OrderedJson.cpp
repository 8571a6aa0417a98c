#include "explorer/OrderedJson.h"

#include "body/JsonTokenizer.h"
#include "explorer/OrderedMap.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include <climits>
#include <cmath>
#include <vector>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderedJson)
};

// Builds the values the streaming tokenizer reads, with a stack of the containers still open, so
// nesting never recurses.
class Parser
{
public:
    Parser(const QByteArray &text, const OrderedJson::Limits &limits)
        : m_text(text)
        , m_tokens(text.constData(), text.size(), std::min(limits.maxDepth, INT_MAX - 2) + 2)
        , m_limits(limits)
    {}

    Result<QCborValue> run()
    {
        QCborValue value = read();
        if (m_cancelled) {
            return Error::make(Error::Kind::Cancelled, QStringLiteral("json.cancelled"),
                               Text::tr("Reading the document was cancelled."));
        }
        if (!m_error.reason.isEmpty()) {
            return Error::make(Error::Kind::Parse, QStringLiteral("json.syntax"),
                               Text::tr("This is not valid JSON: %1 (line %2, column %3).")
                                   .arg(m_error.reason)
                                   .arg(m_error.line)
                                   .arg(m_error.column),
                               m_error.reason);
        }
        return value;
    }

private:
    using Token = JsonTokenizer::Token;

    struct Open
    {
        bool isObject = false;
        OrderedMapBuilder map;
        QCborArray array;
        QString key; // of the member being read
    };

    QCborValue read()
    {
        QCborValue whole;
        for (;;) {
            const Token token = m_tokens.next();
            if (token == Token::End)
                return whole;
            if (token == Token::Error) {
                m_error = m_tokens.error();
                return {};
            }
            if (token == Token::Key) {
                m_open.back().key = JsonTokenizer::decodeString(
                    m_text.constData() + m_tokens.tokenOffset() + 1, m_tokens.tokenLength() - 2);
                continue;
            }
            QCborValue value;
            if (token == Token::ObjectEnd || token == Token::ArrayEnd) {
                Open done = std::move(m_open.back());
                m_open.pop_back();
                value = done.isObject ? QCborValue(done.map.take(m_limits.cancel.get()))
                                      : QCborValue(std::move(done.array));
                if (isCancelled())
                    return {};
            } else if (!startValue()) {
                return {};
            } else if (token == Token::ObjectBegin || token == Token::ArrayBegin) {
                m_open.push_back({token == Token::ObjectBegin, {}, {}, {}});
                continue;
            } else {
                value = scalar(token);
                if (!m_error.reason.isEmpty())
                    return {};
            }
            if (m_open.empty()) {
                whole = std::move(value);
            } else if (!add(m_open.back(), std::move(value))) {
                return {};
            }
        }
    }

    // The limits a value must keep to before it is read.
    bool startValue()
    {
        if (int(m_open.size()) > m_limits.maxDepth)
            return fail(Text::tr("nested more than %1 levels deep").arg(m_limits.maxDepth));
        if (++m_nodes > m_limits.maxNodes)
            return fail(Text::tr("more than %1 values").arg(m_limits.maxNodes));
        return m_nodes % 4096 != 0 || !isCancelled();
    }

    bool add(Open &container, QCborValue value)
    {
        if (!container.isObject) {
            container.array.append(std::move(value));
            return true;
        }
        // A repeated member: the last one wins, as in most JSON readers.
        container.map.insert(container.key, std::move(value));
        if (container.map.size() > m_limits.maxMembers)
            return fail(Text::tr("an object with more than %1 members").arg(m_limits.maxMembers));
        return true;
    }

    QCborValue scalar(Token token)
    {
        switch (token) {
        case Token::True:
            return QCborValue(true);
        case Token::False:
            return QCborValue(false);
        case Token::Null:
            return QCborValue(nullptr);
        case Token::String:
            return QCborValue(JsonTokenizer::decodeString(
                m_text.constData() + m_tokens.tokenOffset() + 1, m_tokens.tokenLength() - 2));
        default:
            break;
        }
        const QByteArray text = QByteArray::fromRawData(m_text.constData() + m_tokens.tokenOffset(),
                                                        m_tokens.tokenLength());
        bool ok = false;
        if (!text.contains('.') && !text.contains('e') && !text.contains('E')) {
            const qint64 v = text.toLongLong(&ok);
            if (ok)
                return QCborValue(v);
        }
        const double d = text.toDouble(&ok);
        if (!ok) {
            fail(Text::tr("a malformed number"));
            return {};
        }
        return QCborValue(d);
    }

    bool isCancelled()
    {
        if (!m_cancelled && m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            fail(Text::tr("cancelled"));
        }
        return m_cancelled;
    }

    // Always false, so that a check can return it.
    bool fail(const QString &why)
    {
        if (m_error.reason.isEmpty())
            m_error = JsonTokenizer::errorAt(m_text.constData(), m_tokens.tokenOffset(), why);
        return false;
    }

    const QByteArray &m_text;
    JsonTokenizer m_tokens;
    OrderedJson::Limits m_limits;
    std::vector<Open> m_open; // the containers being read, innermost last
    qsizetype m_nodes = 0;
    JsonSyntaxError m_error;
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
