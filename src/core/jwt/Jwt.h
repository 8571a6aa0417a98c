#pragma once

#include "util/JsonText.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

// The registered claims of RFC 7519, typed. Absent claims are empty optionals; a claim of the
// wrong type is left empty and reported in Jwt::warnings().
struct RegisteredClaims
{
    std::optional<QString> issuer;  // iss
    std::optional<QString> subject; // sub
    QStringList audience;           // aud, a string or an array of strings
    bool audienceIsArray = false;
    std::optional<QDateTime> expiresAt; // exp (UTC, millisecond precision)
    std::optional<QDateTime> notBefore; // nbf
    std::optional<QDateTime> issuedAt;  // iat
    std::optional<QString> jwtId;       // jti
};

// A decoded compact JWT: a JWS (three segments, possibly unsecured with alg "none") or a JWE (five
// segments, of which only the protected header can be read). Nothing here verifies a signature.
class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(Jwt)

public:
    enum class Kind
    {
        Signed,
        Unsecured,
        Encrypted
    };

    static constexpr qsizetype MaxInputSize = 1024 * 1024;

    // Decodes `text` after trimming surrounding white space. Errors carry codes `jwt.empty`,
    // `jwt.too_large`, `jwt.segment_count`, `jwt.base64url`, `jwt.header_not_json`,
    // `jwt.header_not_object`, `jwt.payload_not_json`, `jwt.payload_not_object`.
    static Result<Jwt> decode(QByteArrayView text);

    Kind kind() const { return m_kind; }
    QString algorithm() const { return m_header.value(QLatin1String("alg")).toString(); }
    QString type() const { return m_header.value(QLatin1String("typ")).toString(); }

    const QJsonObject &header() const { return m_header; }
    const QByteArray &headerJson() const { return m_headerJson; }
    const JsonNode &headerTree() const { return m_headerTree; }

    // Empty for a JWE, whose payload is encrypted.
    const QJsonObject &payload() const { return m_payload; }
    const QByteArray &payloadJson() const { return m_payloadJson; }
    const JsonNode &payloadTree() const { return m_payloadTree; }

    const RegisteredClaims &claims() const { return m_claims; }
    QByteArray signature() const { return m_signature; }
    const QStringList &warnings() const { return m_warnings; }

    // The claims that are NumericDates in RFC 7519, plus common vendor ones shown the same way.
    static bool isTimeClaim(const QString &name);

private:
    Kind m_kind = Kind::Signed;
    QJsonObject m_header;
    QByteArray m_headerJson;
    JsonNode m_headerTree;
    QJsonObject m_payload;
    QByteArray m_payloadJson;
    JsonNode m_payloadTree;
    RegisteredClaims m_claims;
    QByteArray m_signature;
    QStringList m_warnings;
};
