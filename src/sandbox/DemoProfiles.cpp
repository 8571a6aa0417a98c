#include "DemoProfiles.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoProfiles)
};

DemoProfile make(const Sandbox &sandbox, Sandbox::Vendor vendor, const QString &name, const char *v,
                 const char *m, QMap<QString, QString> fields, QHash<QString, QString> secrets,
                 const QString &notes = {}, const QString &colour = {})
{
    DemoProfile demo;
    demo.profile.name = name;
    demo.profile.vendor = QLatin1String(v);
    demo.profile.method = QLatin1String(m);
    demo.profile.baseUrl = sandbox.vendorBaseUrl(vendor);
    demo.profile.fields = std::move(fields);
    demo.profile.notes = notes;
    demo.profile.colour = colour;
    demo.secrets = std::move(secrets);
    return demo;
}

} // namespace

namespace DemoProfiles {

QList<DemoProfile> all(const Sandbox &sandbox)
{
    using V = Sandbox::Vendor;
    const QString password = QStringLiteral("password");
    const QString token = QStringLiteral("token");
    const QString generic = sandbox.vendorBaseUrl(V::Generic).toString();
    QList<DemoProfile> demos{
        make(sandbox, V::RegScale, Text::tr("RegScale (password)"), "regscale", "password",
             {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
             {{password, Sandbox::regScalePassword()}}, {}, QStringLiteral("#2e7d32")),
        make(sandbox, V::RegScale, Text::tr("RegScale (password + MFA)"), "regscale", "password",
             {{QStringLiteral("username"), Sandbox::regScaleMfaUsername()}},
             {{password, Sandbox::regScalePassword()}},
             Text::tr("The sandbox asks for an MFA code: %1").arg(Sandbox::regScaleMfaCode())),
        make(sandbox, V::RegScale, Text::tr("RegScale (My Profile token)"), "regscale", "token", {},
             {{token, sandbox.regScaleProfileToken()}}),
        make(sandbox, V::RegScale, Text::tr("RegScale (service account)"), "regscale",
             "service-account",
             {{QStringLiteral("expires"), QDate::currentDate().addDays(90).toString(Qt::ISODate)}},
             {{token, Sandbox::regScaleServiceAccountToken()}}),
        make(sandbox, V::Scantrust, Text::tr("Scantrust (e-mail + password)"), "scantrust", "jwt",
             {{QStringLiteral("email"), Sandbox::scantrustEmail()}},
             {{password, Sandbox::scantrustPassword()}}),
        make(sandbox, V::Scantrust, Text::tr("Scantrust (UAT)"), "scantrust", "uat",
             {{QStringLiteral("valid_until"),
               QDate::currentDate().addDays(30).toString(Qt::ISODate)}},
             {{token, Sandbox::scantrustUat()}}),
        make(sandbox, V::PasswordSafe, Text::tr("Password Safe (API key)"), "passwordsafe",
             "apikey", {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
             {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}}, {},
             QStringLiteral("#6a1b9a")),
        make(sandbox, V::PasswordSafe, Text::tr("Password Safe (API key + 2FA)"), "passwordsafe",
             "apikey", {{QStringLiteral("runas"), Sandbox::passwordSafeMfaRunAs()}},
             {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}},
             Text::tr("The sandbox asks for a one-time passcode: %1")
                 .arg(Sandbox::passwordSafeChallengeCode())),
        make(sandbox, V::PasswordSafe, Text::tr("Password Safe (OAuth)"), "passwordsafe", "oauth",
             {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}},
             {{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}}),
        make(sandbox, V::Generic, Text::tr("Generic (Bearer token)"), "generic", "bearer",
             {{QStringLiteral("test_path"), QStringLiteral("api/whoami")}},
             {{token, Sandbox::genericStaticToken()}}),
        make(sandbox, V::Generic, Text::tr("Generic (X-Api-Key)"), "generic", "bearer",
             {{QStringLiteral("test_path"), QStringLiteral("api/whoami")},
              {QStringLiteral("header"), QStringLiteral("X-Api-Key")}},
             {{token, Sandbox::genericApiKey()}}),
        make(sandbox, V::Generic, Text::tr("Generic (HTTP Basic)"), "generic", "basic",
             {{QStringLiteral("test_path"), QStringLiteral("api/whoami")},
              {QStringLiteral("username"), Sandbox::genericUsername()}},
             {{password, Sandbox::genericPassword()}}),
        make(sandbox, V::Generic, Text::tr("Generic (OAuth2 client credentials)"), "generic",
             "oauth2",
             {{QStringLiteral("test_path"), QStringLiteral("api/whoami")},
              {QStringLiteral("token_url"), generic + QStringLiteral("/oauth/token")},
              {QStringLiteral("client_id"), Sandbox::genericClientId()},
              {QStringLiteral("scope"), QStringLiteral("read")}},
             {{QStringLiteral("client_secret"), Sandbox::genericClientSecret()}}),
        // Sign-ins in the browser: the sandbox's sign-in page takes the user below.
        make(sandbox, V::Oidc, Text::tr("OpenID Connect (browser sign-in)"), "generic", "oauth2",
             {{QStringLiteral("grant"), QStringLiteral("authorization_code")},
              {QStringLiteral("issuer"), sandbox.oidcIssuer().toString()},
              {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
              {QStringLiteral("client_auth"), QStringLiteral("none")},
              {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")}},
             {},
             Text::tr("Your browser opens the sandbox's sign-in page: user %1, password %2.")
                 .arg(Sandbox::oidcUsername(), Sandbox::oidcPassword()),
             QStringLiteral("#00838f")),
        make(sandbox, V::Oidc, Text::tr("OpenID Connect (device code)"), "generic", "oauth2",
             {{QStringLiteral("grant"), QStringLiteral("device_code")},
              {QStringLiteral("issuer"), sandbox.oidcIssuer().toString()},
              {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
              {QStringLiteral("client_auth"), QStringLiteral("none")},
              {QStringLiteral("scope"), QStringLiteral("openid profile offline_access")}},
             {},
             Text::tr("Enter the code shown at the sandbox's device page: user %1, password %2.")
                 .arg(Sandbox::oidcUsername(), Sandbox::oidcPassword())),
    };
    for (DemoProfile &demo : demos)
        demo.signsInInBrowser = demo.profile.fields.contains(QStringLiteral("grant")) &&
                                demo.profile.fields.value(QStringLiteral("grant")) !=
                                    QLatin1String("client_credentials");
    if (sandbox.tlsPort() != 0) {
        // A server behind a private CA, as on-premises appliances are: its CA file is set, so it
        // works; clear it in the profile's editor to see the certificate refused, and trusted
        // again from the error.
        const QString https = sandbox.tlsVendorBaseUrl(V::Generic).toString();
        DemoProfile tls =
            make(sandbox, V::Generic, Text::tr("Generic (HTTPS, private CA)"), "generic", "oauth2",
                 {{QStringLiteral("test_path"), QStringLiteral("api/whoami")},
                  {QStringLiteral("token_url"), https + QStringLiteral("/oauth/token")},
                  {QStringLiteral("client_id"), Sandbox::genericClientId()},
                  {QStringLiteral("scope"), QStringLiteral("read")}},
                 {{QStringLiteral("client_secret"), Sandbox::genericClientSecret()}},
                 Text::tr("The sandbox's HTTPS side, signed by a certificate authority it made at "
                          "start-up; this profile's CA file is %1.")
                     .arg(sandbox.caFile()));
        tls.profile.baseUrl = sandbox.tlsVendorBaseUrl(V::Generic);
        tls.profile.options.caFile = sandbox.caFile();
        demos.append(tls);
    }
    return demos;
}

} // namespace DemoProfiles
