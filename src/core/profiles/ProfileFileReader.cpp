#include "ProfileFileReader.h"

#include "body/JsonTokenizer.h"

#include <cstring>

namespace {

using Token = JsonTokenizer::Token;
using Member = JsonRecord::Member;

// Deeper than any profile goes; Qt's own parser stops at 1024, so nothing it rejects for depth
// gets through here.
constexpr int MaxDepth = 64;

const std::vector<Member> &noMembers()
{
    static const std::vector<Member> none;
    return none;
}

bool isPlainInteger(QByteArrayView digits)
{
    const qsizetype start = digits.startsWith('-') ? 1 : 0;
    const qsizetype count = digits.size() - start;
    if (count < 1 || count > 9)
        return false;
    for (qsizetype i = start; i < digits.size(); ++i)
        if (digits.at(i) < '0' || digits.at(i) > '9')
            return false;
    return true;
}

class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
        , m_tokens(bytes.constData(), bytes.size(), MaxDepth)
    {}

    std::optional<QList<Profile>> read(int schema)
    {
        // Qt's parser and ours may differ on a byte order mark: leave it to the general way.
        if (m_bytes.startsWith("\xEF\xBB\xBF") || m_tokens.next() != Token::ObjectBegin)
            return std::nullopt;
        QList<Profile> profiles;
        bool sawProfiles = false;
        bool sawSchema = false;
        for (;;) {
            const Token t = m_tokens.next();
            if (t == Token::ObjectEnd)
                break;
            if (t != Token::Key)
                return std::nullopt;
            const QByteArrayView key = inside();
            if (key == "profiles" && !sawProfiles) {
                sawProfiles = true;
                if (!readProfiles(&profiles))
                    return std::nullopt;
            } else if (key == "schema" && !sawSchema) {
                sawSchema = true;
                if (m_tokens.next() != Token::Number || token() != QByteArray::number(schema))
                    return std::nullopt;
            } else {
                return std::nullopt;
            }
        }
        if (!sawProfiles || !sawSchema || m_tokens.next() != Token::End)
            return std::nullopt;
        return profiles;
    }

private:
    QByteArrayView token() const
    {
        return QByteArrayView(m_bytes.constData() + m_tokens.tokenOffset(), m_tokens.tokenLength());
    }
    // A string or key token without its quotes.
    QByteArrayView inside() const { return token().sliced(1, m_tokens.tokenLength() - 2); }

    bool readProfiles(QList<Profile> *profiles)
    {
        if (m_tokens.next() != Token::ArrayBegin)
            return false;
        for (;;) {
            const Token t = m_tokens.next();
            if (t == Token::ArrayEnd)
                return true;
            if (t != Token::ObjectBegin)
                return false;
            // The pool keeps its vectors' capacity from one profile to the next.
            for (auto &members : m_pool)
                members.clear();
            m_used = 0;
            if (!readObject(newRecord()))
                return false;
            const Result<Profile> profile = Profile::fromRecord(JsonRecord(&m_pool, 0));
            if (!profile)
                return false;
            profiles->append(profile.value());
        }
    }

    qsizetype newRecord()
    {
        if (m_used == qsizetype(m_pool.size()))
            m_pool.emplace_back();
        return m_used++;
    }

    // Reads the members of the object whose '{' was the last token, into record `index`.
    bool readObject(qsizetype index)
    {
        for (;;) {
            Token t = m_tokens.next();
            if (t == Token::ObjectEnd)
                return true;
            if (t != Token::Key)
                return false;
            Member member;
            member.key = inside();
            if (member.key.contains('\\'))
                return false;
            for (const Member &other : m_pool[size_t(index)])
                if (other.key == member.key)
                    return false; // QJsonObject and we might not pick the same one
            t = m_tokens.next();
            switch (t) {
            case Token::String:
                member.type = JsonRecord::Type::String;
                member.raw = inside();
                member.escaped = member.raw.contains('\\');
                // \u escapes may hold lone surrogates, on which parsers differ.
                if (member.escaped && QByteArrayView(member.raw).indexOf("\\u") >= 0)
                    return false;
                break;
            case Token::Number:
                member.type = JsonRecord::Type::Integer;
                member.raw = token();
                if (!isPlainInteger(member.raw))
                    return false;
                break;
            case Token::True:
                member.type = JsonRecord::Type::True;
                break;
            case Token::False:
                member.type = JsonRecord::Type::False;
                break;
            case Token::Null:
                member.type = JsonRecord::Type::Null;
                break;
            case Token::ObjectBegin: {
                member.type = JsonRecord::Type::Object;
                const qsizetype child = newRecord();
                if (!readObject(child))
                    return false;
                member.child = child;
                break;
            }
            case Token::ArrayBegin:
                member.type = JsonRecord::Type::Array;
                if (!skipArray())
                    return false;
                break;
            default:
                return false;
            }
            m_pool[size_t(index)].push_back(member);
        }
    }

    bool skipArray()
    {
        const int depth = m_tokens.depth();
        for (;;) {
            const Token t = m_tokens.next();
            if (t == Token::Error || t == Token::End)
                return false;
            if (m_tokens.depth() < depth)
                return true;
        }
    }

    const QByteArray &m_bytes;
    JsonTokenizer m_tokens;
    JsonRecord::Pool m_pool;
    qsizetype m_used = 0;
};

} // namespace

const std::vector<Member> &JsonRecord::members() const
{
    return m_pool && m_index >= 0 ? (*m_pool)[size_t(m_index)] : noMembers();
}

const Member *JsonRecord::find(QLatin1String key) const
{
    const QByteArrayView wanted(key.data(), key.size());
    for (const Member &m : members())
        if (m.key == wanted)
            return &m;
    return nullptr;
}

QString JsonRecord::decode(const Member &member)
{
    if (!member.escaped)
        return QString::fromUtf8(member.raw);
    return JsonTokenizer::decodeString(member.raw.data(), member.raw.size());
}

QString JsonRecord::string(QLatin1String key) const
{
    const Member *m = find(key);
    return m && m->type == Type::String ? decode(*m) : QString();
}

bool JsonRecord::boolean(QLatin1String key, bool defaultValue) const
{
    const Member *m = find(key);
    if (!m || (m->type != Type::True && m->type != Type::False))
        return defaultValue;
    return m->type == Type::True;
}

int JsonRecord::integer(QLatin1String key, int defaultValue) const
{
    const Member *m = find(key);
    if (!m || m->type != Type::Integer)
        return defaultValue;
    bool ok = false;
    const int value = QByteArray::fromRawData(m->raw.data(), m->raw.size()).toInt(&ok);
    return ok ? value : defaultValue;
}

JsonRecord JsonRecord::object(QLatin1String key) const
{
    const Member *m = find(key);
    return m && m->type == Type::Object ? JsonRecord(m_pool, m->child) : JsonRecord();
}

std::optional<QList<Profile>> ProfileFileReader::readWrittenForm(const QByteArray &bytes,
                                                                 int schema)
{
    return Reader(bytes).read(schema);
}
