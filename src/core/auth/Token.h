#pragma once

#include "auth/TokenDelivery.h"
#include "auth/TokenTiming.h"
#include "jwt/Jwt.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A credential in hand: its raw value, how it is sent, where it came from and when it dies. Every
// part of Tokenbench that holds a token holds one of these. The raw value is a secret: it is never
// logged, and only the HTTP layer and the clipboard see it.
class Token
{
public:
    enum class Source
    {
        Login,
        Pasted,
        ServiceAccount
    };
    enum class ExpirySource
    {
        Unknown,
        ExpClaim,
        ExpiresIn,
        StatedByUser,
        IdleTimeout,
        Documented
    };

    Token() = default;

    // Takes `raw` as it is and, when it is a JWT, reads its expiry from the `exp` claim. A token
    // that is not a JWT is still a token: opaque, with its expiry unknown until someone states it.
    static Token fromRaw(const QString &raw, Source source = Source::Pasted,
                         TokenDelivery delivery = TokenDelivery::bearer(),
                         const QDateTime &obtainedAt = Clock::now());

    const QString &raw() const { return m_raw; }
    bool isEmpty() const { return m_raw.isEmpty(); }
    const TokenDelivery &delivery() const { return m_delivery; }
    void setDelivery(const TokenDelivery &delivery) { m_delivery = delivery; }
    Source source() const { return m_source; }
    const QDateTime &obtainedAt() const { return m_obtainedAt; }

    // The decoded JWT, or why the raw value is not one.
    bool isJwt() const { return m_jwt.ok(); }
    const Result<Jwt> &jwt() const { return m_jwt; }

    const std::optional<QDateTime> &expiresAt() const { return m_expiresAt; }
    ExpirySource expirySource() const { return m_expirySource; }
    std::optional<QDateTime> notBefore() const;

    // An expiry the server gave as `expires_in` seconds from when the token was obtained.
    void setExpiresIn(qint64 seconds);
    // An expiry a person recorded (a RegScale service-account token, a Scantrust UAT).
    void setStatedExpiry(const QDateTime &expiresAt);
    // A session the server ends after `seconds` without calls (Password Safe): from now.
    void setIdleExpiry(qint64 seconds);
    // The lifetime the vendor documents for such tokens (RegScale's My Profile token: 24 hours),
    // counted from when the token was obtained, for a token that does not state its own.
    void setDocumentedLifetime(qint64 seconds);
    void clearExpiry();
    // An expiry remembered from an earlier run, with where it first came from.
    void restoreExpiry(const QDateTime &expiresAt, ExpirySource source);

    TokenTiming timing(const QDateTime &now = Clock::now()) const;

    QString headerLine() const { return m_delivery.headerLine(m_raw); }

    static QString sourceKey(Source source);
    static QString expirySourceKey(ExpirySource source);
    static QString expirySourceName(ExpirySource source);
    static Source sourceFromKey(const QString &key);
    static ExpirySource expirySourceFromKey(const QString &key);

private:
    QString m_raw;
    TokenDelivery m_delivery;
    Source m_source = Source::Pasted;
    QDateTime m_obtainedAt;
    Result<Jwt> m_jwt = Error{};
    std::optional<QDateTime> m_expiresAt;
    ExpirySource m_expirySource = ExpirySource::Unknown;
};
