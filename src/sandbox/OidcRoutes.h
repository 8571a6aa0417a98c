#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

class Sandbox;

// An OpenID provider under /oidc, written from the standards rather than from any client: OAuth
// 2.0 authorization code with PKCE (RFC 6749, RFC 7636), the device authorization grant (RFC
// 8628), refresh-token rotation with reuse detection, client credentials, revocation (RFC 7009),
// discovery (OpenID Connect Discovery 1.0, RFC 8414), userinfo, and tokens signed with RS256,
// ES256 or EdDSA (per client) whose keys are published as a JWKS.
class OidcRoutes
{
public:
    explicit OidcRoutes(const Sandbox &sandbox);
    ~OidcRoutes();

    // `path` is the part after "/oidc".
    SandboxResponse handle(const SandboxRequest &request, const QString &path);
    // The authorization server metadata, for /oidc/.well-known/openid-configuration and for
    // /.well-known/oauth-authorization-server/oidc.
    SandboxResponse metadataResponse(const SandboxRequest &request) const;

    void setDeviceInterval(int seconds);
    int deviceInterval() const { return m_deviceInterval; }
    // Every access token issued so far is refused from now on; refresh tokens still work.
    void revokeAccessTokens();

private:
    enum class Algorithm
    {
        Rs256 = 0,
        Es256,
        EdDsa
    };
    class SigningKey;

    // A grant: what one sign-in (or one device approval) allowed one client, shared by the access
    // and refresh tokens issued from it; revoking it revokes them all.
    struct Grant
    {
        QString clientId;
        QStringList scopes;
        qint64 authTime = 0; // seconds since the epoch
        bool revoked = false;
    };
    struct AuthorizationCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString nonce;
        QStringList scopes;
        qint64 authTime = 0;
        qint64 expiresMs = 0;
        bool used = false;
        QString grantId; // the grant its exchange made, revoked if the code comes back
    };
    struct AccessRecord
    {
        QString clientId;
        QString grantId; // empty for client credentials
        bool revoked = false;
    };
    struct RefreshRecord
    {
        QString grantId;
        bool rotated = false;
    };
    struct DeviceAuthorization
    {
        enum class State
        {
            Pending,
            Approved,
            Denied,
            Used
        };
        QString clientId;
        QStringList scopes;
        QString userCode; // eight letters, no dash
        qint64 expiresMs = 0;
        int interval = 5; // sandbox seconds, grown by slow_down
        qint64 lastPollMs = -1;
        State state = State::Pending;
        qint64 authTime = 0;
    };
    QJsonObject metadata() const;
    QString issuer() const;

    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse deviceAuthorization(const SandboxRequest &request);
    SandboxResponse devicePage(const SandboxRequest &request);
    SandboxResponse userinfo(const SandboxRequest &request);
    SandboxResponse revoke(const SandboxRequest &request);
    SandboxResponse jwks() const;
    // The key that signs this client's ID and access tokens.
    SigningKey &signingKeyFor(const QString &clientId) const;
    // The header and claims of a token one of our keys signed, or nothing.
    std::optional<QPair<QJsonObject, QJsonObject>> verifiedToken(const QByteArray &token) const;

    SandboxResponse authorizationCodeGrant(const QHash<QString, QString> &fields,
                                           const QString &clientId);
    SandboxResponse refreshTokenGrant(const QHash<QString, QString> &fields,
                                      const QString &clientId);
    SandboxResponse deviceCodeGrant(const QHash<QString, QString> &fields, const QString &clientId);
    SandboxResponse clientCredentialsGrant(const QHash<QString, QString> &fields,
                                           const QString &clientId);

    // Checks the client's authentication (RFC 6749 section 2.3); the error response when it
    // fails, otherwise nothing and `clientId` set.
    std::optional<SandboxResponse> authenticateClient(const SandboxRequest &request,
                                                      const QHash<QString, QString> &fields,
                                                      QString *clientId) const;
    // The access token's claims when it is one of ours and still good.
    std::optional<QJsonObject> validAccessToken(const QByteArray &token, QString *problem) const;
    // Tokens for a grant (or for the client itself when `grantId` is empty).
    SandboxResponse issueTokens(const QString &clientId, const QString &grantId,
                                const QStringList &scopes, const QString &nonce);
    QString newGrant(const QString &clientId, const QStringList &scopes, qint64 authTime);
    void revokeGrant(const QString &grantId);
    void dropExpired();

    const Sandbox &m_sandbox;
    // Indexed by Algorithm, the order the JWKS lists them in.
    std::array<std::unique_ptr<SigningKey>, 3> m_keys;
    int m_deviceInterval = 5;
    QHash<QString, Grant> m_grants;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, AccessRecord> m_accessTokens; // by jti
    QHash<QString, RefreshRecord> m_refreshTokens;
    QHash<QString, DeviceAuthorization> m_devices; // by device code
    QHash<QString, QString> m_userCodes;           // user code -> device code
};
