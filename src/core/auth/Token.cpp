#include "Token.h"

#include <QCoreApplication>

Token Token::fromRaw(const QString &raw, Source source, TokenDelivery delivery,
                     const QDateTime &obtainedAt)
{
    Token token;
    token.m_raw = raw;
    token.m_source = source;
    token.m_delivery = std::move(delivery);
    token.m_obtainedAt = obtainedAt.toUTC();
    token.m_jwt = Jwt::decode(raw.toUtf8());
    if (token.m_jwt && token.m_jwt->claims().expiresAt) {
        token.m_expiresAt = token.m_jwt->claims().expiresAt;
        token.m_expirySource = ExpirySource::ExpClaim;
    }
    return token;
}

std::optional<QDateTime> Token::notBefore() const
{
    if (m_jwt)
        return m_jwt->claims().notBefore;
    return std::nullopt;
}

void Token::setExpiresIn(qint64 seconds)
{
    m_expiresAt = m_obtainedAt.addSecs(seconds);
    m_expirySource = ExpirySource::ExpiresIn;
}

void Token::setStatedExpiry(const QDateTime &expiresAt)
{
    m_expiresAt = expiresAt.toUTC();
    m_expirySource = ExpirySource::StatedByUser;
}

void Token::setDocumentedLifetime(qint64 seconds)
{
    m_expiresAt = m_obtainedAt.addSecs(seconds);
    m_expirySource = ExpirySource::Documented;
}

void Token::setIdleExpiry(qint64 seconds)
{
    m_expiresAt = Clock::now().addSecs(seconds);
    m_expirySource = ExpirySource::IdleTimeout;
}

void Token::restoreExpiry(const QDateTime &expiresAt, ExpirySource source)
{
    m_expiresAt = expiresAt.toUTC();
    m_expirySource = source;
}

Token::Source Token::sourceFromKey(const QString &key)
{
    for (const Source s : {Source::Login, Source::Pasted, Source::ServiceAccount})
        if (sourceKey(s) == key)
            return s;
    return Source::Pasted;
}

Token::ExpirySource Token::expirySourceFromKey(const QString &key)
{
    for (const ExpirySource s :
         {ExpirySource::ExpClaim, ExpirySource::ExpiresIn, ExpirySource::StatedByUser,
          ExpirySource::IdleTimeout, ExpirySource::Documented})
        if (expirySourceKey(s) == key)
            return s;
    return ExpirySource::Unknown;
}

void Token::clearExpiry()
{
    m_expiresAt.reset();
    m_expirySource = ExpirySource::Unknown;
}

TokenTiming Token::timing(const QDateTime &now) const
{
    return TokenTiming::evaluate(m_expiresAt, notBefore(), now);
}

QString Token::sourceKey(Source source)
{
    switch (source) {
    case Source::Login:
        return QStringLiteral("login");
    case Source::ServiceAccount:
        return QStringLiteral("service_account");
    case Source::Pasted:
        break;
    }
    return QStringLiteral("pasted");
}

QString Token::expirySourceKey(ExpirySource source)
{
    switch (source) {
    case ExpirySource::ExpClaim:
        return QStringLiteral("exp_claim");
    case ExpirySource::ExpiresIn:
        return QStringLiteral("expires_in");
    case ExpirySource::StatedByUser:
        return QStringLiteral("stated");
    case ExpirySource::IdleTimeout:
        return QStringLiteral("idle_timeout");
    case ExpirySource::Documented:
        return QStringLiteral("documented");
    case ExpirySource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString Token::expirySourceName(ExpirySource source)
{
    switch (source) {
    case ExpirySource::ExpClaim:
        return QCoreApplication::translate("Token", "from the token's exp claim");
    case ExpirySource::ExpiresIn:
        return QCoreApplication::translate("Token", "from the server's expires_in");
    case ExpirySource::StatedByUser:
        return QCoreApplication::translate("Token", "as stated by you");
    case ExpirySource::IdleTimeout:
        return QCoreApplication::translate("Token", "when the idle session ends");
    case ExpirySource::Documented:
        return QCoreApplication::translate("Token", "by the lifetime the vendor documents");
    case ExpirySource::Unknown:
        break;
    }
    return QCoreApplication::translate("Token", "unknown");
}
