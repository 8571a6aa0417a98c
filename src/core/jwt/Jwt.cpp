#include "Jwt.h"

#include "Base64Url.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace {

QString segmentName(int index, int count)
{
    if (count == 5) {
        switch (index) {
        case 0:
            return Jwt::tr("header");
        case 1:
            return Jwt::tr("encrypted key");
        case 2:
            return Jwt::tr("initialisation vector");
        case 3:
            return Jwt::tr("ciphertext");
        default:
            return Jwt::tr("authentication tag");
        }
    }
    switch (index) {
    case 0:
        return Jwt::tr("header");
    case 1:
        return Jwt::tr("payload");
    default:
        return Jwt::tr("signature");
    }
}

Error jwtError(const char *code, QString message, QString detail = {})
{
    return Error::make(Error::Kind::Parse, QString::fromLatin1(code), std::move(message),
                       std::move(detail));
}

Result<QByteArray> decodeSegment(QByteArrayView segment, int index, int count)
{
    Base64Url::Failure failure;
    if (auto decoded = Base64Url::decode(segment, &failure))
        return *decoded;
    const QString name = segmentName(index, count);
    if (failure.position >= 0) {
        const QChar shown = QChar::fromLatin1(failure.character);
        const QString what = shown.isPrint()
                                 ? QStringLiteral("'%1'").arg(shown)
                                 : QStringLiteral("0x%1").arg(uint(uchar(failure.character)), 2, 16,
                                                              QLatin1Char('0'));
        return jwtError(
            "jwt.base64url",
            Jwt::tr("The %1 segment is not valid base64url: character %2 at position %3 is "
                    "not allowed.")
                .arg(name, what)
                .arg(failure.position + 1));
    }
    return jwtError(
        "jwt.base64url",
        Jwt::tr("The %1 segment is not valid base64url: its length of %2 characters is impossible.")
            .arg(name)
            .arg(segment.size()));
}

struct ParsedPart
{
    QJsonObject object;
    QByteArray json;
    JsonNode tree;
};

Result<ParsedPart> parseObject(const QByteArray &json, bool isHeader)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    // Qt refuses a bare scalar as a document; such a part is JSON all the same, just not an object.
    const bool scalar = parseError.error != QJsonParseError::NoError &&
                        !QJsonDocument::fromJson('[' + json + ']').isNull();
    if (parseError.error != QJsonParseError::NoError && !scalar) {
        const QString reason = parseError.errorString();
        return isHeader ? jwtError("jwt.header_not_json",
                                   Jwt::tr("The header is not JSON (%1 at byte %2).")
                                       .arg(reason)
                                       .arg(parseError.offset))
                        : jwtError("jwt.payload_not_json",
                                   Jwt::tr("The payload is not JSON (%1 at byte %2).")
                                       .arg(reason)
                                       .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return isHeader
                   ? jwtError(
                         "jwt.header_not_object",
                         Jwt::tr("The header is JSON but not an object; a JWT header must be a "
                                 "JSON object."))
                   : jwtError(
                         "jwt.payload_not_object",
                         Jwt::tr("The payload is JSON but not an object; a JWT claims set must be "
                                 "a JSON object."));
    }
    ParsedPart part;
    part.object = document.object();
    part.json = json;
    part.tree = JsonText::orderedTree(json, part.object);
    return part;
}

std::optional<QDateTime> numericDate(const QJsonObject &payload, const QString &name,
                                     QStringList &warnings)
{
    if (!payload.contains(name))
        return std::nullopt;
    const QJsonValue value = payload.value(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        warnings.append(
            Jwt::tr("The \"%1\" claim is not a number of seconds, so it was ignored.").arg(name));
        return std::nullopt;
    }
    const double seconds = value.toDouble();
    // QDateTime covers far more than this; beyond it a date means nothing to anyone.
    constexpr double limit = 253402300799.0; // 9999-12-31T23:59:59Z
    if (seconds < -limit || seconds > limit) {
        warnings.append(Jwt::tr("The \"%1\" claim is out of range, so it was ignored.").arg(name));
        return std::nullopt;
    }
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

std::optional<QString> stringClaim(const QJsonObject &payload, const QString &name,
                                   QStringList &warnings)
{
    if (!payload.contains(name))
        return std::nullopt;
    const QJsonValue value = payload.value(name);
    if (!value.isString()) {
        warnings.append(Jwt::tr("The \"%1\" claim is not a string.").arg(name));
        return std::nullopt;
    }
    return value.toString();
}

RegisteredClaims readClaims(const QJsonObject &payload, QStringList &warnings)
{
    RegisteredClaims claims;
    claims.issuer = stringClaim(payload, QStringLiteral("iss"), warnings);
    claims.subject = stringClaim(payload, QStringLiteral("sub"), warnings);
    claims.jwtId = stringClaim(payload, QStringLiteral("jti"), warnings);
    const QJsonValue aud = payload.value(QLatin1String("aud"));
    if (aud.isString()) {
        claims.audience = QStringList{aud.toString()};
    } else if (aud.isArray()) {
        claims.audienceIsArray = true;
        const QJsonArray array = aud.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                claims.audience.append(item.toString());
            else
                warnings.append(Jwt::tr("The \"aud\" claim holds an entry that is not a string."));
        }
    } else if (!aud.isUndefined()) {
        warnings.append(Jwt::tr("The \"aud\" claim is neither a string nor an array of strings."));
    }
    claims.expiresAt = numericDate(payload, QStringLiteral("exp"), warnings);
    claims.notBefore = numericDate(payload, QStringLiteral("nbf"), warnings);
    claims.issuedAt = numericDate(payload, QStringLiteral("iat"), warnings);
    return claims;
}

} // namespace

bool Jwt::isTimeClaim(const QString &name)
{
    static const QStringList names{
        QStringLiteral("exp"),       QStringLiteral("nbf"),        QStringLiteral("iat"),
        QStringLiteral("auth_time"), QStringLiteral("updated_at"), QStringLiteral("orig_iat"),
    };
    return names.contains(name);
}

Result<Jwt> Jwt::decode(QByteArrayView text)
{
    if (text.size() > MaxInputSize) {
        return jwtError(
            "jwt.too_large",
            Jwt::tr("The input is %1 bytes long; tokens over 1 MiB (%2 bytes) are refused.")
                .arg(text.size())
                .arg(MaxInputSize));
    }
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return jwtError("jwt.empty", Jwt::tr("There is no token: the input is empty."));

    const qsizetype dots = trimmed.count('.');
    const qsizetype segments = dots + 1;
    if (segments != 3 && segments != 5) {
        return jwtError(
            "jwt.segment_count",
            segments == 1
                ? Jwt::tr(
                      "Not a JWT: it has no dots. A JWT has 3 segments (signed) or 5 (encrypted); "
                      "this may be an opaque token.")
                : Jwt::tr("Not a JWT: it has %1 segments separated by dots. A JWT has 3 segments "
                          "(signed) or 5 (encrypted).")
                      .arg(segments));
    }

    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= trimmed.size(); ++i) {
        if (i == trimmed.size() || trimmed.at(i) == '.') {
            parts.append(trimmed.sliced(start, i - start));
            start = i + 1;
        }
    }

    if (parts.at(0).isEmpty())
        return jwtError("jwt.base64url", Jwt::tr("The header segment is empty."));
    QList<QByteArray> decoded;
    for (int i = 0; i < parts.size(); ++i) {
        auto segment = decodeSegment(parts.at(i), i, int(parts.size()));
        if (!segment)
            return segment.error();
        decoded.append(std::move(segment).value());
    }

    Jwt jwt;
    auto header = parseObject(decoded.at(0), true);
    if (!header)
        return header.error();
    jwt.m_header = header->object;
    jwt.m_headerJson = header->json;
    jwt.m_headerTree = header->tree;

    if (segments == 5) {
        jwt.m_kind = Kind::Encrypted;
        if (!jwt.m_header.contains(QLatin1String("enc")))
            jwt.m_warnings.append(Jwt::tr("The header of this encrypted token names no \"enc\"."));
        return jwt;
    }

    if (parts.at(1).isEmpty())
        return jwtError("jwt.base64url", Jwt::tr("The payload segment is empty."));
    auto payload = parseObject(decoded.at(1), false);
    if (!payload)
        return payload.error();
    jwt.m_payload = payload->object;
    jwt.m_payloadJson = payload->json;
    jwt.m_payloadTree = payload->tree;
    jwt.m_signature = decoded.at(2);
    jwt.m_claims = readClaims(jwt.m_payload, jwt.m_warnings);

    const QJsonValue alg = jwt.m_header.value(QLatin1String("alg"));
    if (!alg.isString())
        jwt.m_warnings.append(Jwt::tr("The header names no algorithm (\"alg\")."));
    if (alg.toString().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        jwt.m_kind = Kind::Unsecured;
        if (!jwt.m_signature.isEmpty())
            jwt.m_warnings.append(
                Jwt::tr("The header says \"alg\": \"none\" yet a signature segment is present."));
    } else if (jwt.m_signature.isEmpty()) {
        jwt.m_warnings.append(Jwt::tr("The signature segment is empty."));
    }
    return jwt;
}
