#include "SandboxRoutes.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace SandboxRoutes {

std::optional<Authorization> authorization(const SandboxRequest &request)
{
    const QByteArray value = request.header("Authorization").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const qsizetype space = value.indexOf(' ');
    if (space < 0)
        return Authorization{QString::fromLatin1(value), {}};
    return Authorization{QString::fromLatin1(value.left(space)), value.mid(space + 1).trimmed()};
}

QList<QPair<QString, QString>> formFields(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        QByteArray name = pair;
        QByteArray value;
        const qsizetype eq = pair.indexOf('=');
        if (eq >= 0) {
            name = pair.left(eq);
            value = pair.mid(eq + 1);
        }
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return fields;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1String key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<QPair<QString, QString>> basicCredentials(const QByteArray &credentials)
{
    const auto result =
        QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    const QByteArray &decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return QPair<QString, QString>{QString::fromUtf8(decoded.left(colon)),
                                   QString::fromUtf8(decoded.mid(colon + 1))};
}

SandboxResponse methodNotAllowed(const QByteArray &allow, const QJsonObject &body)
{
    return SandboxResponse::json(405, body).addHeader("Allow", allow);
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

} // namespace SandboxRoutes
