#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One check on a saved request's response: its status, a header, a value in its JSON body
// or its time. Saved with the request in its collection; never a secret (it is compared with
// what the server answers, not sent).
struct Assertion
{
    enum class Kind
    {
        Status,      // expected: "200"; in range: "200-299"
        Header,      // target: the header's name
        JsonBody,    // target: a JSON path ($.items[0].id)
        ResponseTime // expected: milliseconds
    };
    enum class Operator
    {
        Equals,
        InRange,
        Exists,
        Matches, // a regular expression, found anywhere in the value
        IsType,  // expected: string, number, boolean, object, array or null
        Below
    };

    Kind kind = Kind::Status;
    Operator op = Operator::Equals;
    QString target;
    QString expected;

    // What each kind allows, in the order an editor offers them.
    static QList<Operator> operatorsFor(Kind kind);
    static QList<Kind> kinds();
    static QStringList typeNames(); // string number boolean object array null

    static QString kindKey(Kind kind); // "status", "header", "json", "time"
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString operatorKey(Operator op); // "equals", "range", "exists", "matches", ...
    static std::optional<Operator> operatorFromKey(const QString &key);
    // For people: "Status", "equals"...
    static QString kindName(Kind kind);
    static QString operatorName(Operator op);

    bool needsTarget() const { return kind == Kind::Header || kind == Kind::JsonBody; }
    bool needsExpected() const { return op != Operator::Exists; }

    // What it checks, in words: "status equals 200", "$.id is a number".
    QString describe() const;

    QJsonObject toJson() const;
    static std::optional<Assertion> fromJson(const QJsonObject &json);

    bool operator==(const Assertion &o) const
    {
        return kind == o.kind && op == o.op && target == o.target && expected == o.expected;
    }
    bool operator!=(const Assertion &o) const { return !(*this == o); }
};
