#include "AuthenticatorFactory.h"

#include "auth/vendors/GenericAuthenticator.h"
#include "auth/vendors/PasswordSafeAuthenticator.h"
#include "auth/vendors/RegScaleAuthenticator.h"
#include "auth/vendors/ScantrustAuthenticator.h"

namespace AuthenticatorFactory {

QList<MethodDescriptor> all()
{
    using RS = RegScaleAuthenticator::Method;
    using ST = ScantrustAuthenticator::Method;
    using PS = PasswordSafeAuthenticator::Method;
    using G = GenericAuthenticator::Method;
    return {
        RegScaleAuthenticator::describe(RS::Password),
        RegScaleAuthenticator::describe(RS::Token),
        RegScaleAuthenticator::describe(RS::ServiceAccount),
        ScantrustAuthenticator::describe(ST::Uat),
        ScantrustAuthenticator::describe(ST::Jwt),
        PasswordSafeAuthenticator::describe(PS::ApiKey),
        PasswordSafeAuthenticator::describe(PS::OAuth),
        GenericAuthenticator::describe(G::Bearer),
        GenericAuthenticator::describe(G::Basic),
        GenericAuthenticator::describe(G::OAuth2),
    };
}

std::optional<MethodDescriptor> find(const QString &vendor, const QString &method)
{
    const QList<MethodDescriptor> methods = all();
    for (const MethodDescriptor &d : methods)
        if (d.vendor == vendor && d.method == method)
            return d;
    return std::nullopt;
}

std::unique_ptr<Authenticator> create(const QString &vendor, const QString &method,
                                      HttpClient *http, const Credentials &credentials)
{
    const auto is = [&](const char *v, const char *m) {
        return vendor == QLatin1String(v) && method == QLatin1String(m);
    };
    using RS = RegScaleAuthenticator::Method;
    using ST = ScantrustAuthenticator::Method;
    using PS = PasswordSafeAuthenticator::Method;
    using G = GenericAuthenticator::Method;
    if (is("regscale", "password"))
        return std::make_unique<RegScaleAuthenticator>(RS::Password, http, credentials);
    if (is("regscale", "token"))
        return std::make_unique<RegScaleAuthenticator>(RS::Token, http, credentials);
    if (is("regscale", "service-account"))
        return std::make_unique<RegScaleAuthenticator>(RS::ServiceAccount, http, credentials);
    if (is("scantrust", "uat"))
        return std::make_unique<ScantrustAuthenticator>(ST::Uat, http, credentials);
    if (is("scantrust", "jwt"))
        return std::make_unique<ScantrustAuthenticator>(ST::Jwt, http, credentials);
    if (is("passwordsafe", "apikey"))
        return std::make_unique<PasswordSafeAuthenticator>(PS::ApiKey, http, credentials);
    if (is("passwordsafe", "oauth"))
        return std::make_unique<PasswordSafeAuthenticator>(PS::OAuth, http, credentials);
    if (is("generic", "bearer"))
        return std::make_unique<GenericAuthenticator>(G::Bearer, http, credentials);
    if (is("generic", "basic"))
        return std::make_unique<GenericAuthenticator>(G::Basic, http, credentials);
    if (is("generic", "oauth2"))
        return std::make_unique<GenericAuthenticator>(G::OAuth2, http, credentials);
    return nullptr;
}

TokenDelivery deliveryFor(const QString &vendor, const QString &method,
                          const QMap<QString, QString> &fields)
{
    if (vendor == QLatin1String("scantrust"))
        return method == QLatin1String("uat") ? TokenDelivery::uat() : TokenDelivery::jwt();
    if (vendor == QLatin1String("passwordsafe") && method == QLatin1String("apikey"))
        return TokenDelivery::cookie(QString::fromLatin1(PasswordSafeAuthenticator::SessionCookie));
    if (vendor == QLatin1String("generic") && method == QLatin1String("basic"))
        return TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Basic"));
    if (vendor == QLatin1String("generic") && method == QLatin1String("bearer")) {
        const QString header = fields.value(QStringLiteral("header")).trimmed();
        const bool authorization =
            header.isEmpty() ||
            header.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        // A scheme word belongs in Authorization; an API-key header carries the bare key.
        const QString prefix = fields.contains(QStringLiteral("prefix"))
                                   ? fields.value(QStringLiteral("prefix")).trimmed()
                               : authorization ? QStringLiteral("Bearer")
                                               : QString();
        return TokenDelivery::custom(authorization ? QStringLiteral("Authorization") : header,
                                     prefix);
    }
    return TokenDelivery::bearer();
}

} // namespace AuthenticatorFactory
