#pragma once

#include "profiles/Profile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// One JSON object of a profiles file, read straight from the file's bytes: its members point into
// the bytes, and a value is decoded only when asked for. The accessors follow QJsonValue's rules
// (a member that is missing or of another type reads as empty or as the default), so that
// Profile's one set of value rules reads this and a QJsonObject alike.
class JsonRecord
{
public:
    enum class Type : quint8
    {
        String,
        Integer, // a plain integer of at most nine digits: nothing else gets this far
        True,
        False,
        Null,
        Object,
        Array, // skipped: nothing in a profile is a list
    };

    struct Member
    {
        QByteArrayView key; // between the quotes; never holds an escape
        QByteArrayView raw; // a string between its quotes, escapes undecoded; an integer's digits
        Type type = Type::Null;
        bool escaped = false;
        qsizetype child = -1; // an object's own record, in the same pool
    };
    using Pool = std::vector<std::vector<Member>>;

    JsonRecord() = default;
    JsonRecord(const Pool *pool, qsizetype index)
        : m_pool(pool)
        , m_index(index)
    {}

    QString string(QLatin1String key) const;
    bool boolean(QLatin1String key, bool defaultValue) const;
    int integer(QLatin1String key, int defaultValue) const;
    JsonRecord object(QLatin1String key) const;
    bool isEmpty() const { return members().empty(); }

    // Calls f(key, value) for every member whose value is a string.
    template<typename F>
    void forEachString(F f) const
    {
        for (const Member &m : members())
            if (m.type == Type::String)
                f(QString::fromUtf8(m.key), decode(m));
    }

private:
    const std::vector<Member> &members() const;
    const Member *find(QLatin1String key) const;
    static QString decode(const Member &member);

    const Pool *m_pool = nullptr;
    qsizetype m_index = -1;
};

namespace ProfileFileReader {

// The profiles of a file in the form ProfileStore writes (schema `schema`: an object with
// "profiles" and "schema", every profile valid), read with the streaming JsonTokenizer and no
// document tree: a third of the instructions and none of the tree's memory for 10,000 profiles.
// Anything else gives nullopt, and the caller reads the file the general way, which migrates
// older files and says what is wrong with bad ones: invalid JSON, another schema or shape, an
// invalid profile, a member named twice, a number that is not a small integer, a \u escape, a
// byte order mark, nesting deeper than any profile has.
std::optional<QList<Profile>> readWrittenForm(const QByteArray &bytes, int schema);

} // namespace ProfileFileReader
