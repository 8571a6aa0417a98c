#include "body/JsonTokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstring>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonTokenizer)
};

// Bytes a string can hold without a closer look: printable ASCII except the quote and backslash.
constexpr std::array<bool, 256> plainStringBytes()
{
    std::array<bool, 256> table{};
    for (int c = 0x20; c < 0x80; ++c)
        table[std::size_t(c)] = c != '"' && c != '\\';
    return table;
}
constexpr std::array<bool, 256> PlainString = plainStringBytes();

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

inline int hexValue(char c)
{
    return isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
}

inline bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence at `p` (Unicode table 3-7), or 0.
int utf8Length(const uchar *p, qint64 available)
{
    const uchar c = p[0];
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0;
        else if (c == 0xED)
            high = 0x9F; // UTF-16 surrogates are not characters
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90;
        else if (c == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}
} // namespace

QString JsonSyntaxError::message() const
{
    return Text::tr("Not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(reason);
}

JsonTokenizer::JsonTokenizer(const char *data, qint64 size, int maxDepth)
    : m_data(data)
    , m_size(size)
    , m_maxDepth(maxDepth)
{
    // RFC 8259 lets a parser ignore a byte order mark; servers do send one now and then.
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
}

JsonTokenizer::Token JsonTokenizer::next()
{
    for (;;) {
        m_pos = skipSpace(m_data, m_size, m_pos);
        if (m_pos >= m_size)
            return atEnd();
        const char c = m_data[m_pos];
        switch (m_expect) {
        case Expect::Value:
            return value(c);
        case Expect::ValueOrClose:
            return c == ']' ? close(c) : value(c);
        case Expect::KeyOrClose:
            if (c == '}')
                return close(c);
            if (c != '"')
                return fail(m_pos, Text::tr("expected a member name or '}'"));
            return string(Token::Key);
        case Expect::Key:
            if (c != '"')
                return fail(m_pos, Text::tr("expected a member name in double quotes"));
            return string(Token::Key);
        case Expect::Colon:
            if (c != ':')
                return fail(m_pos, Text::tr("expected ':' after the member name"));
            ++m_pos;
            m_expect = Expect::Value;
            continue;
        case Expect::CommaOrClose:
            if (c == ',') {
                ++m_pos;
                m_expect = m_stack.back() == '{' ? Expect::Key : Expect::Value;
                continue;
            }
            return close(c);
        case Expect::Nothing:
            return fail(m_pos, Text::tr("unexpected data after the JSON value"));
        case Expect::Done:
            return m_error.reason.isEmpty() ? Token::End : Token::Error;
        }
    }
}

JsonTokenizer::Token JsonTokenizer::value(char c)
{
    switch (c) {
    case '{':
    case '[':
        if (int(m_stack.size()) >= m_maxDepth)
            return fail(m_pos, Text::tr("nested deeper than %1 levels").arg(m_maxDepth));
        m_stack.push_back(c);
        m_tokenOffset = m_pos++;
        m_tokenLength = 1;
        m_expect = c == '{' ? Expect::KeyOrClose : Expect::ValueOrClose;
        return c == '{' ? Token::ObjectBegin : Token::ArrayBegin;
    case '"':
        return string(Token::String);
    case 't':
        return literal("true", 4, Token::True);
    case 'f':
        return literal("false", 5, Token::False);
    case 'n':
        return literal("null", 4, Token::Null);
    default:
        if (c == '-' || isDigit(c))
            return number();
        return fail(m_pos, Text::tr("expected a value"));
    }
}

JsonTokenizer::Token JsonTokenizer::string(Token kind)
{
    const auto *bytes = reinterpret_cast<const uchar *>(m_data);
    qint64 p = m_pos + 1;
    for (;;) {
        while (p < m_size && PlainString[bytes[p]])
            ++p;
        if (p >= m_size)
            return fail(m_pos, Text::tr("unterminated string"));
        const uchar c = bytes[p];
        if (c == '"') {
            ++p;
            break;
        }
        if (c == '\\') {
            if (p + 1 >= m_size)
                return fail(m_pos, Text::tr("unterminated string"));
            switch (m_data[p + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                p += 2;
                break;
            case 'u':
                // Lone surrogates are allowed by the RFC's grammar; the view shows escapes as
                // they are, so nothing here decodes them.
                for (int i = 2; i < 6; ++i) {
                    if (p + i >= m_size || !isHex(m_data[p + i]))
                        return fail(p, Text::tr("invalid \\u escape"));
                }
                p += 6;
                break;
            default:
                return fail(p, Text::tr("invalid escape sequence"));
            }
            continue;
        }
        if (c < 0x20)
            return fail(p, Text::tr("control character in a string"));
        const int length = utf8Length(bytes + p, m_size - p);
        if (length == 0)
            return fail(p, Text::tr("invalid UTF-8 in a string"));
        p += length;
    }
    m_tokenOffset = m_pos;
    m_tokenLength = p - m_pos;
    m_pos = p;
    if (kind == Token::Key)
        m_expect = Expect::Colon;
    else
        afterValue();
    return kind;
}

JsonTokenizer::Token JsonTokenizer::number()
{
    qint64 p = m_pos;
    if (m_data[p] == '-')
        ++p;
    if (p >= m_size || !isDigit(m_data[p]))
        return fail(p, Text::tr("invalid number"));
    if (m_data[p] == '0') {
        ++p;
    } else {
        while (p < m_size && isDigit(m_data[p]))
            ++p;
    }
    if (p < m_size && m_data[p] == '.') {
        ++p;
        if (p >= m_size || !isDigit(m_data[p]))
            return fail(p, Text::tr("invalid number"));
        while (p < m_size && isDigit(m_data[p]))
            ++p;
    }
    if (p < m_size && (m_data[p] == 'e' || m_data[p] == 'E')) {
        ++p;
        if (p < m_size && (m_data[p] == '+' || m_data[p] == '-'))
            ++p;
        if (p >= m_size || !isDigit(m_data[p]))
            return fail(p, Text::tr("invalid number"));
        while (p < m_size && isDigit(m_data[p]))
            ++p;
    }
    m_tokenOffset = m_pos;
    m_tokenLength = p - m_pos;
    m_pos = p;
    afterValue();
    return Token::Number;
}

JsonTokenizer::Token JsonTokenizer::literal(const char *word, int length, Token kind)
{
    if (m_size - m_pos < length || std::memcmp(m_data + m_pos, word, std::size_t(length)) != 0)
        return fail(m_pos, Text::tr("expected a value"));
    m_tokenOffset = m_pos;
    m_tokenLength = length;
    m_pos += length;
    afterValue();
    return kind;
}

JsonTokenizer::Token JsonTokenizer::close(char c)
{
    const bool object = m_stack.back() == '{';
    if (c != (object ? '}' : ']')) {
        return fail(m_pos,
                    object ? Text::tr("expected ',' or '}'") : Text::tr("expected ',' or ']'"));
    }
    m_stack.pop_back();
    m_tokenOffset = m_pos++;
    m_tokenLength = 1;
    afterValue();
    return object ? Token::ObjectEnd : Token::ArrayEnd;
}

JsonTokenizer::Token JsonTokenizer::atEnd()
{
    if (m_expect == Expect::Nothing) {
        m_expect = Expect::Done;
        return Token::End;
    }
    if (m_expect == Expect::Done)
        return m_error.reason.isEmpty() ? Token::End : Token::Error;
    if (m_expect == Expect::Value && m_stack.empty())
        return fail(m_size, Text::tr("the body is empty"));
    return fail(m_size, Text::tr("unexpected end of the body"));
}

JsonTokenizer::Token JsonTokenizer::fail(qint64 offset, const QString &reason)
{
    m_expect = Expect::Done;
    m_error = errorAt(m_data, offset, reason);
    m_tokenOffset = offset;
    m_tokenLength = 0;
    return Token::Error;
}

JsonSyntaxError JsonTokenizer::errorAt(const char *data, qint64 offset, const QString &reason)
{
    JsonSyntaxError error;
    error.reason = reason;
    error.offset = offset;
    // Positions are only needed once, on failure, so they are counted here and not while scanning.
    qint64 line = 1;
    qint64 lineStart = 0;
    for (const char *p = data, *end = data + offset;;) {
        const void *nl = std::memchr(p, '\n', std::size_t(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        ++line;
        lineStart = p - data;
    }
    qint64 column = 1;
    for (qint64 i = lineStart; i < offset; ++i) {
        if (!isContinuation(uchar(data[i])))
            ++column;
    }
    error.line = line;
    error.column = column;
    return error;
}

qint64 JsonTokenizer::stringEnd(const char *data, qint64 size, qint64 offset, qint64 limit)
{
    const qint64 stop = limit < 0 ? size : std::min(size, offset + limit);
    qint64 p = offset + 1;
    while (p < stop) {
        const char c = data[p];
        if (c == '"')
            return p + 1;
        p += c == '\\' ? 2 : 1;
    }
    return std::min(p, size);
}

qint64 JsonTokenizer::scalarEnd(const char *data, qint64 size, qint64 offset)
{
    qint64 p = offset;
    while (p < size) {
        const char c = data[p];
        if (c == ',' || c == '}' || c == ']' || isSpace(c))
            break;
        ++p;
    }
    return p;
}

qint64 JsonTokenizer::valueEnd(const char *data, qint64 size, qint64 offset)
{
    if (offset >= size)
        return offset;
    if (data[offset] == '"')
        return stringEnd(data, size, offset);
    if (data[offset] != '{' && data[offset] != '[')
        return scalarEnd(data, size, offset);
    qint64 depth = 0;
    qint64 p = offset;
    while (p < size) {
        const char c = data[p];
        if (c == '"') {
            p = stringEnd(data, size, p);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return p + 1;
        ++p;
    }
    return p;
}

QString JsonTokenizer::decodeString(const char *data, qint64 size)
{
    const char *const end = data + size;
    const char *escape = static_cast<const char *>(std::memchr(data, '\\', std::size_t(size)));
    if (!escape)
        return QString::fromUtf8(data, size);
    QString out;
    out.reserve(size);
    const char *p = data;
    while (escape) {
        out += QString::fromUtf8(p, escape - p);
        p = escape + 1;
        if (p >= end)
            return out;
        const char e = *p++;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            // UTF-16 units one by one: a surrogate pair makes its character, a lone one stays.
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i, ++p) {
                if (p >= end || !isHex(*p))
                    return out;
                unit = char16_t(unit * 16 + hexValue(*p));
            }
            out += QChar(unit);
            break;
        }
        default: // '"', '\\' and '/' stand for themselves; validation let no other through
            out += QLatin1Char(e);
            break;
        }
        escape = static_cast<const char *>(std::memchr(p, '\\', std::size_t(end - p)));
    }
    out += QString::fromUtf8(p, end - p);
    return out;
}
