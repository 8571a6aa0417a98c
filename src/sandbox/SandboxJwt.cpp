#include "SandboxJwt.h"

#include "jwt/Base64Url.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

#include <optional>
#include <utility>

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Compares without returning early, so timing does not tell how much of a signature matched.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

std::optional<QJsonObject> segmentObject(QByteArrayView segment)
{
    const auto bytes = Base64Url::decode(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}
} // namespace

SandboxJwt::SandboxJwt(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray SandboxJwt::sign(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + Base64Url::encode(hmac(m_key, signingInput));
}

SandboxJwt::Check SandboxJwt::verify(QByteArrayView token, qint64 nowMs, QJsonObject *claims) const
{
    const QByteArray raw = token.toByteArray();
    const QList<QByteArray> segments = raw.split('.');
    if (segments.size() != 3)
        return Check::Malformed;
    const auto header = segmentObject(segments.at(0));
    const auto payload = segmentObject(segments.at(1));
    const auto signature = Base64Url::decode(segments.at(2));
    if (!header || !payload || !signature)
        return Check::Malformed;
    if (header->value(QLatin1String("alg")).toString() != QLatin1String("HS256"))
        return Check::BadSignature;
    if (!sameBytes(*signature, hmac(m_key, segments.at(0) + '.' + segments.at(1))))
        return Check::BadSignature;
    if (claims)
        *claims = *payload;
    const double now = static_cast<double>(nowMs) / 1000.0;
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    if (exp.isDouble() && now >= exp.toDouble())
        return Check::Expired;
    const QJsonValue nbf = payload->value(QLatin1String("nbf"));
    if (nbf.isDouble() && now < nbf.toDouble())
        return Check::NotYetValid;
    return Check::Valid;
}
