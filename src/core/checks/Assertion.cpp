#include "checks/Assertion.h"

#include <QCoreApplication>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Assertion)
};

using Kind = Assertion::Kind;
using Op = Assertion::Operator;

const QList<QPair<Kind, const char *>> &kindKeys()
{
    static const QList<QPair<Kind, const char *>> keys{{Kind::Status, "status"},
                                                       {Kind::Header, "header"},
                                                       {Kind::JsonBody, "json"},
                                                       {Kind::ResponseTime, "time"}};
    return keys;
}

const QList<QPair<Op, const char *>> &operatorKeys()
{
    static const QList<QPair<Op, const char *>> keys{
        {Op::Equals, "equals"},   {Op::InRange, "range"}, {Op::Exists, "exists"},
        {Op::Matches, "matches"}, {Op::IsType, "type"},   {Op::Below, "below"}};
    return keys;
}
} // namespace

QList<Assertion::Kind> Assertion::kinds()
{
    return {Kind::Status, Kind::Header, Kind::JsonBody, Kind::ResponseTime};
}

QList<Assertion::Operator> Assertion::operatorsFor(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return {Op::Equals, Op::InRange};
    case Kind::Header:
        return {Op::Exists, Op::Equals, Op::Matches};
    case Kind::JsonBody:
        return {Op::Equals, Op::Exists, Op::Matches, Op::IsType};
    case Kind::ResponseTime:
        return {Op::Below};
    }
    return {};
}

QStringList Assertion::typeNames()
{
    return {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
            QStringLiteral("object"), QStringLiteral("array"),  QStringLiteral("null")};
}

QString Assertion::kindKey(Kind kind)
{
    for (const auto &k : kindKeys())
        if (k.first == kind)
            return QString::fromLatin1(k.second);
    return {};
}

std::optional<Assertion::Kind> Assertion::kindFromKey(const QString &key)
{
    for (const auto &k : kindKeys())
        if (key == QLatin1String(k.second))
            return k.first;
    return std::nullopt;
}

QString Assertion::operatorKey(Operator op)
{
    for (const auto &k : operatorKeys())
        if (k.first == op)
            return QString::fromLatin1(k.second);
    return {};
}

std::optional<Assertion::Operator> Assertion::operatorFromKey(const QString &key)
{
    for (const auto &k : operatorKeys())
        if (key == QLatin1String(k.second))
            return k.first;
    return std::nullopt;
}

QString Assertion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return Text::tr("Status");
    case Kind::Header:
        return Text::tr("Header");
    case Kind::JsonBody:
        return Text::tr("JSON body");
    case Kind::ResponseTime:
        return Text::tr("Response time");
    }
    return {};
}

QString Assertion::operatorName(Operator op)
{
    switch (op) {
    case Op::Equals:
        return Text::tr("equals");
    case Op::InRange:
        return Text::tr("in range");
    case Op::Exists:
        return Text::tr("exists");
    case Op::Matches:
        return Text::tr("matches");
    case Op::IsType:
        return Text::tr("is of type");
    case Op::Below:
        return Text::tr("below (ms)");
    }
    return {};
}

QString Assertion::describe() const
{
    QString subject;
    switch (kind) {
    case Kind::Status:
        subject = Text::tr("status");
        break;
    case Kind::Header:
        subject = Text::tr("header %1").arg(target);
        break;
    case Kind::JsonBody:
        subject = target;
        break;
    case Kind::ResponseTime:
        return Text::tr("response time below %1 ms").arg(expected);
    }
    switch (op) {
    case Op::Equals:
        return Text::tr("%1 equals %2").arg(subject, expected);
    case Op::InRange:
        return Text::tr("%1 in %2").arg(subject, expected);
    case Op::Exists:
        return Text::tr("%1 exists").arg(subject);
    case Op::Matches:
        return Text::tr("%1 matches /%2/").arg(subject, expected);
    case Op::IsType:
        return Text::tr("%1 is of type %2").arg(subject, expected);
    case Op::Below:
        return Text::tr("%1 below %2").arg(subject, expected);
    }
    return subject;
}

QJsonObject Assertion::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindKey(kind)},
                     {QStringLiteral("op"), operatorKey(op)}};
    if (!target.isEmpty())
        json.insert(QStringLiteral("target"), target);
    if (!expected.isEmpty())
        json.insert(QStringLiteral("expected"), expected);
    return json;
}

std::optional<Assertion> Assertion::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromKey(json.value(QStringLiteral("kind")).toString());
    const auto op = operatorFromKey(json.value(QStringLiteral("op")).toString());
    if (!kind || !op || !operatorsFor(*kind).contains(*op))
        return std::nullopt;
    return Assertion{*kind, *op, json.value(QStringLiteral("target")).toString(),
                     json.value(QStringLiteral("expected")).toString()};
}
