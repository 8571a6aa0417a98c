#include "compose/RequestDraft.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestDraft)
};

// Encodes what would change the query's structure (and what is not printable ASCII), nothing
// else: braces, slashes and colons stay as typed.
QString encodeQueryPart(const QString &text)
{
    static const QByteArray keep = "-._~!$'()*+,;:@/?{}[]|^`";
    QString out;
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                           (u >= '0' && u <= '9') || keep.contains(c);
        if (plain && c != '+') {
            out += QLatin1Char(c);
        } else if (c == ' ') {
            out += QLatin1String("%20");
        } else {
            out += QLatin1Char('%') +
                   QString::number(u, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        }
    }
    return out;
}

QString decodeQueryPart(const QString &text)
{
    QString plus = text;
    plus.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(plus.toUtf8());
}

QJsonArray rowsToJson(const QList<KeyValueRow> &rows)
{
    QJsonArray array;
    for (const auto &row : rows) {
        QJsonObject o{{QStringLiteral("name"), row.name}, {QStringLiteral("value"), row.value}};
        if (!row.enabled)
            o.insert(QStringLiteral("enabled"), false);
        array.append(o);
    }
    return array;
}

QList<KeyValueRow> rowsFromJson(const QJsonValue &value)
{
    QList<KeyValueRow> rows;
    const QJsonArray array = value.toArray();
    for (const auto &item : array) {
        const QJsonObject o = item.toObject();
        rows.append({o.value(QStringLiteral("name")).toString(),
                     o.value(QStringLiteral("value")).toString(),
                     o.value(QStringLiteral("enabled")).toBool(true)});
    }
    return rows;
}

} // namespace

const QStringList &RequestDraft::methods()
{
    static const QStringList list{QStringLiteral("GET"),    QStringLiteral("POST"),
                                  QStringLiteral("PUT"),    QStringLiteral("PATCH"),
                                  QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                                  QStringLiteral("OPTIONS")};
    return list;
}

QString RequestDraft::bodyKindKey(BodyKind kind)
{
    switch (kind) {
    case BodyKind::None:
        return QStringLiteral("none");
    case BodyKind::Json:
        return QStringLiteral("json");
    case BodyKind::Form:
        return QStringLiteral("form");
    case BodyKind::Raw:
        return QStringLiteral("raw");
    case BodyKind::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("none");
}

std::optional<RequestDraft::BodyKind> RequestDraft::bodyKindFromKey(const QString &key)
{
    for (const BodyKind kind :
         {BodyKind::None, BodyKind::Json, BodyKind::Form, BodyKind::Raw, BodyKind::File}) {
        if (bodyKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QList<KeyValueRow> RequestDraft::queryRows() const
{
    QList<KeyValueRow> rows;
    const qsizetype question = url.indexOf(QLatin1Char('?'));
    if (question < 0)
        return rows;
    qsizetype end = url.indexOf(QLatin1Char('#'), question);
    if (end < 0)
        end = url.size();
    const QString query = url.mid(question + 1, end - question - 1);
    if (query.isEmpty())
        return rows;
    const QStringList pairs = query.split(QLatin1Char('&'));
    for (const QString &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            rows.append({decodeQueryPart(pair), QString(), true});
        else
            rows.append({decodeQueryPart(pair.left(eq)), decodeQueryPart(pair.mid(eq + 1)), true});
    }
    return rows;
}

void RequestDraft::setQueryRows(const QList<KeyValueRow> &rows)
{
    QString base = url;
    QString fragment;
    const qsizetype hash = base.indexOf(QLatin1Char('#'));
    if (hash >= 0) {
        fragment = base.mid(hash);
        base.truncate(hash);
    }
    const qsizetype question = base.indexOf(QLatin1Char('?'));
    if (question >= 0)
        base.truncate(question);
    QStringList pairs;
    for (const auto &row : rows) {
        if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty()))
            continue;
        QString pair = encodeQueryPart(row.name);
        if (!row.value.isEmpty())
            pair += QLatin1Char('=') + encodeQueryPart(row.value);
        pairs.append(pair);
    }
    url = pairs.isEmpty() ? base + fragment
                          : base + QLatin1Char('?') + pairs.join(QLatin1Char('&')) + fragment;
}

std::optional<QString> RequestDraft::header(const QString &name) const
{
    for (const auto &row : headers) {
        if (row.enabled && row.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return row.value;
    }
    return std::nullopt;
}

QString RequestDraft::impliedContentType() const
{
    if (const auto set = header(QStringLiteral("Content-Type")); set && hasBody())
        return *set;
    switch (bodyKind) {
    case BodyKind::None:
        return {};
    case BodyKind::Json:
        return QStringLiteral("application/json");
    case BodyKind::Form:
        return QStringLiteral("application/x-www-form-urlencoded");
    case BodyKind::Raw:
        return rawContentType.isEmpty() ? QStringLiteral("text/plain") : rawContentType;
    case BodyKind::File:
        return fileContentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                         : fileContentType;
    }
    return {};
}

QJsonObject RequestDraft::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), rowsToJson(headers));
    QJsonObject body{{QStringLiteral("kind"), bodyKindKey(bodyKind)}};
    switch (bodyKind) {
    case BodyKind::None:
        break;
    case BodyKind::Json:
        body.insert(QStringLiteral("text"), bodyText);
        break;
    case BodyKind::Raw:
        body.insert(QStringLiteral("text"), bodyText);
        body.insert(QStringLiteral("contentType"), rawContentType);
        break;
    case BodyKind::Form:
        body.insert(QStringLiteral("fields"), rowsToJson(formFields));
        break;
    case BodyKind::File:
        body.insert(QStringLiteral("path"), bodyFilePath);
        body.insert(QStringLiteral("contentType"), fileContentType);
        break;
    }
    o.insert(QStringLiteral("body"), body);
    return o;
}

Result<RequestDraft> RequestDraft::fromJson(const QJsonObject &json)
{
    RequestDraft d;
    d.method = json.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    if (d.method.isEmpty() || d.method.contains(QLatin1Char(' ')))
        return Error::make(Error::Kind::Parse, QStringLiteral("draft.method"),
                           Text::tr("The request's method is not valid."));
    d.url = json.value(QStringLiteral("url")).toString();
    d.headers = rowsFromJson(json.value(QStringLiteral("headers")));
    const QJsonObject body = json.value(QStringLiteral("body")).toObject();
    const auto kind =
        bodyKindFromKey(body.value(QStringLiteral("kind")).toString(QStringLiteral("none")));
    if (!kind)
        return Error::make(Error::Kind::Parse, QStringLiteral("draft.body_kind"),
                           Text::tr("The request's body kind is not known."));
    d.bodyKind = *kind;
    d.bodyText = body.value(QStringLiteral("text")).toString();
    d.formFields = rowsFromJson(body.value(QStringLiteral("fields")));
    d.bodyFilePath = body.value(QStringLiteral("path")).toString();
    const QString type = body.value(QStringLiteral("contentType")).toString();
    if (d.bodyKind == BodyKind::Raw && !type.isEmpty())
        d.rawContentType = type;
    if (d.bodyKind == BodyKind::File && !type.isEmpty())
        d.fileContentType = type;
    return d;
}

bool RequestDraft::operator==(const RequestDraft &o) const
{
    return method == o.method && url == o.url && headers == o.headers && bodyKind == o.bodyKind &&
           bodyText == o.bodyText && rawContentType == o.rawContentType &&
           formFields == o.formFields && bodyFilePath == o.bodyFilePath &&
           fileContentType == o.fileContentType;
}
