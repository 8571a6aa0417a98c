#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;
class LoopbackHttpServer;
struct SandboxTls;
class SandboxJwt;
class RegScaleRoutes;
class ScantrustRoutes;
class PasswordSafeRoutes;
class GenericRoutes;
class OidcRoutes;

// A local server that imitates each vendor's authentication protocol under its own path prefix,
// for the demo mode and the tests. It binds 127.0.0.1 only.
//
// Time: tokens carry real epoch times in iat/nbf/exp, so a client reading `exp` against its own
// clock agrees with the sandbox; the clock speed shortens every lifetime and idle timeout instead
// (speed 60: a 300 s Scantrust JWT dies after 5 real seconds).
class Sandbox : public QObject
{
    Q_OBJECT

public:
    enum class Vendor
    {
        RegScale,
        Scantrust,
        PasswordSafe,
        Generic,
        Oidc // an OpenID provider (OAuth 2.0 authorization server) written from the RFCs
    };

    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    // Plain HTTP.
    bool listen(quint16 port = 0);
    // HTTPS with a certificate authority of the sandbox's own (see SandboxTls), alone or beside
    // listen() on a port of its own; the same vendors and state answer on both. The CA is made at
    // the first call and written to caFile().
    bool listenTls(quint16 port = 0);
    void close();
    bool isListening() const;
    // The plain port, or the HTTPS one when only that listens.
    quint16 port() const;
    quint16 tlsPort() const;
    QString errorString() const;
    // "http://127.0.0.1:PORT", or tlsBaseUrl() when only HTTPS listens.
    QUrl baseUrl() const;
    // "https://127.0.0.1:PORT"
    QUrl tlsBaseUrl() const;
    // The base URL a profile of that vendor uses: baseUrl() plus the vendor's prefix.
    QUrl vendorBaseUrl(Vendor vendor) const;
    // The same over HTTPS.
    QUrl tlsVendorBaseUrl(Vendor vendor) const;
    // The PEM file of the sandbox's CA once listenTls() was called (a temporary folder of its
    // own, removed with the sandbox), else empty; and the certificate itself.
    QString caFile() const;
    QByteArray caPem() const;
    static QString vendorPrefix(Vendor vendor);
    static QString vendorName(Vendor vendor);

    // Settings; each takes effect for tokens and sessions made afterwards.
    void setClockSpeed(double speed);
    double clockSpeed() const { return m_clockSpeed; }
    void setTokenLifetime(Vendor vendor, qint64 seconds);
    void setTokenLifetime(qint64 seconds); // every vendor
    qint64 tokenLifetime(Vendor vendor) const;
    void setPasswordSafeIdleTimeout(qint64 seconds);
    qint64 passwordSafeIdleTimeout() const { return m_idleTimeout; }
    // Password Safe's documented refusals: sign-in answers 403 while the licence is not valid,
    // and every call answers 410 while the API version is disabled.
    void setPasswordSafeLicenceValid(bool valid) { m_psLicenceValid = valid; }
    bool passwordSafeLicenceValid() const { return m_psLicenceValid; }
    void setPasswordSafeApiEnabled(bool enabled) { m_psApiEnabled = enabled; }
    bool passwordSafeApiEnabled() const { return m_psApiEnabled; }
    // Whether an OAuth sign-in also opens a cookie session ("cookies are still supported"); when
    // not, the Bearer token alone authenticates.
    void setPasswordSafeOAuthCookie(bool set) { m_psOAuthCookie = set; }
    bool passwordSafeOAuthCookie() const { return m_psOAuthCookie; }
    // Cookie sessions signed in and neither signed out nor idle: what piles up on the appliance.
    int passwordSafeOpenSessions() const;
    // False: a RegScale that knows only the v1 login form and refuses the X-Api-Version 2.0 form
    // as ASP.NET API Versioning does (400 "UnsupportedApiVersion").
    void setRegScaleV2Supported(bool supported);
    bool regScaleV2Supported() const { return m_regScaleV2; }
    // False: RegScale tokens carry no exp claim (the documents promise none); the server still
    // ends them after their lifetime, counted from iat.
    void setRegScaleExpClaim(bool present) { m_regScaleExpClaim = present; }
    bool regScaleExpClaim() const { return m_regScaleExpClaim; }
    // How many logins RegScale refused for a wrong password or MFA code, per user name: each one
    // counts toward the account's lockout.
    int regScaleFailedLogins(const QString &username) const;
    // The next `count` Scantrust calls answer 429 with Retry-After.
    void setScantrustThrottle(int count);
    // Every JWT `vendor` issued so far is refused from now on (as after a key rotation or a
    // revoked session), while logging in again still works: the 401-then-login-again case.
    void revokeTokens(Vendor vendor);

    // The OpenID provider's issuer, "http://127.0.0.1:PORT/oidc" (vendorBaseUrl(Vendor::Oidc)).
    QUrl oidcIssuer() const;
    // The polling interval a new device authorization asks for, in sandbox seconds (RFC 8628
    // section 3.2; default 5). 0 lets a client poll as fast as it likes.
    void setDeviceInterval(int seconds);
    int deviceInterval() const;
    // Moves the sandbox clock forward, so tests see codes, device codes and tokens expire without
    // waiting. Tokens issued afterwards carry times that far ahead of the real clock.
    void advanceClock(qint64 sandboxSeconds);

    // The clock the vendors use: milliseconds since the epoch, and how many real milliseconds a
    // span of sandbox seconds lasts at the current clock speed.
    qint64 nowMs() const;
    qint64 realMsFor(qint64 sandboxSeconds) const;
    // iat, nbf and exp for a token of `vendor` issued now.
    QJsonObject timeClaims(Vendor vendor) const;
    // The lifetime in real seconds, as an OAuth `expires_in` (at least 1).
    qint64 expiresIn(Vendor vendor) const;
    const SandboxJwt &signer(Vendor vendor) const;

    // Demo credentials, for tests and the app's demo mode.
    static QString regScaleUsername() { return QStringLiteral("analyst"); }
    static QString regScaleMfaUsername() { return QStringLiteral("mfa-analyst"); }
    static QString regScaleLockedUsername() { return QStringLiteral("locked-user"); }
    // A user without the logging role: the token check (filterLogs) answers 403 for them.
    static QString regScaleNoLogsUsername() { return QStringLiteral("auditor"); }
    static QString regScalePassword() { return QStringLiteral("regscale-demo"); }
    static QString regScaleMfaCode() { return QStringLiteral("123456"); }
    // A "Current Access Token" as copied from My Profile: a JWT for `username`, issued now.
    QString regScaleProfileToken(const QString &username = regScaleUsername()) const;
    // A service-account token: long-lived and opaque (not a JWT).
    static QString regScaleServiceAccountToken();

    static QString scantrustEmail() { return QStringLiteral("analyst@scantrust.example"); }
    static QString scantrustPassword() { return QStringLiteral("scantrust-demo"); }
    // A User Authorization Token (opaque) with scantrustUatPermissions().
    static QString scantrustUat();
    static QStringList scantrustUatPermissions();

    static QString passwordSafeApiKey(); // 128 hex characters
    static QString passwordSafeRunAs() { return QStringLiteral("DEMO\\analyst"); }
    static QString passwordSafeAdminRunAs() { return QStringLiteral("ps-admin"); }
    static QString passwordSafeAdminPassword() { return QStringLiteral("ps-demo"); }
    static QString passwordSafeMfaRunAs() { return QStringLiteral("mfa-analyst"); }
    static QString passwordSafeChallengeCode() { return QStringLiteral("654321"); }
    static QString passwordSafeClientId();
    static QString passwordSafeClientSecret();

    static QString genericClientId() { return QStringLiteral("sandbox-client"); }
    static QString genericClientSecret();
    static QString genericStaticToken();
    static QString genericApiKey();
    static QString genericUsername() { return QStringLiteral("generic-user"); }
    static QString genericPassword() { return QStringLiteral("generic-demo"); }

    // The OpenID provider's clients and its one user. The public clients have no secret and must
    // use PKCE (S256); the confidential one authenticates with Basic or client_secret_post.
    static QString oidcPublicClientId() { return QStringLiteral("tokenbench-public"); }
    // Public clients like the one above whose ID and access tokens are signed with ES256 and
    // EdDSA instead of RS256 (their id_token_signed_response_alg).
    static QString oidcPublicEs256ClientId() { return QStringLiteral("tokenbench-public-es256"); }
    static QString oidcPublicEdDsaClientId() { return QStringLiteral("tokenbench-public-eddsa"); }
    static QString oidcConfidentialClientId() { return QStringLiteral("tokenbench-confidential"); }
    static QString oidcClientSecret() { return QStringLiteral("sandbox-client-secret"); }
    static QString oidcUsername() { return QStringLiteral("ada"); }
    static QString oidcPassword() { return QStringLiteral("ada-password"); }
    static QString oidcUserFullName() { return QStringLiteral("Ada Lovelace"); }
    static QString oidcUserEmail() { return QStringLiteral("ada@example.com"); }
    // The user's `sub`: stable, and not the user name, as at a real provider.
    static QString oidcUserSubject() { return QStringLiteral("248289761001"); }

    // A human-readable table of the demo accounts, with their secrets.
    QString demoAccountsText() const;

Q_SIGNALS:
    // Only the method and the path: never headers, query or body, which may hold secrets.
    void requestReceived(const QString &method, const QString &path);
    void requestHandled(const QString &method, const QString &path, int status);

private:
    SandboxResponse handle(const SandboxRequest &request);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<LoopbackHttpServer> m_tlsServer;
    std::unique_ptr<SandboxTls> m_tls;
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    QString m_errorString;
    double m_clockSpeed = 1.0;
    qint64 m_clockOffsetMs = 0;
    QHash<int, qint64> m_lifetimes;
    qint64 m_idleTimeout = 1200;
    bool m_psLicenceValid = true;
    bool m_psApiEnabled = true;
    bool m_psOAuthCookie = true;
    bool m_regScaleV2 = true;
    bool m_regScaleExpClaim = true;
    QHash<int, std::shared_ptr<SandboxJwt>> m_signers;
    std::unique_ptr<RegScaleRoutes> m_regScale;
    std::unique_ptr<ScantrustRoutes> m_scantrust;
    std::unique_ptr<PasswordSafeRoutes> m_passwordSafe;
    std::unique_ptr<GenericRoutes> m_generic;
    std::unique_ptr<OidcRoutes> m_oidc;
};
