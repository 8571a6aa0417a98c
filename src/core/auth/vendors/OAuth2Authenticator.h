#pragma once

#include "auth/Authenticator.h"
#include "auth/oauth/OAuthMetadata.h"
#include "auth/oauth/OAuthTokenResponse.h"

#include <memory>

class LoopbackReceiver;

// Any OAuth 2.0 server, the way RFC 8252 tells native apps: client credentials (RFC 6749 4.4),
// the authorization code with PKCE in the system browser and a loopback redirect (RFC 6749 4.1,
// RFC 7636), the device authorization grant (RFC 8628), refresh tokens with rotation (section 6),
// OpenID Connect discovery (RFC 8414 as the fallback), revocation on sign-out (RFC 7009), and
// userinfo as the token test.
class OAuth2Authenticator : public Authenticator
{
    Q_OBJECT

public:
    enum class Method
    {
        OAuth2
    };
    // How long a sign-in waits for the browser or a device code, unless told otherwise.
    static constexpr int DefaultWaitSeconds = 300;

    OAuth2Authenticator(Method method, HttpClient *http, const Credentials &credentials,
                        QObject *parent = nullptr);
    ~OAuth2Authenticator() override;

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(Method::OAuth2); }

    void logIn() override;
    void testToken() override;
    bool canSignOut() const override;
    void signOut() override;
    bool canLogInAgain() const override;
    bool needsPerson() const override;

protected:
    bool waitsForPerson() const override;
    bool stopWaitingForPerson() override;

private:
    enum class Grant
    {
        ClientCredentials,
        AuthorizationCode,
        DeviceCode
    };
    using Form = QList<QPair<QString, QString>>;
    using TokenHandler = std::function<void(const Result<OAuthTokenResponse> &)>;

    Grant grant() const;
    int waitSeconds() const;
    bool isInteractive() const { return grant() != Grant::ClientCredentials; }
    // Runs `next` once the issuer's metadata is known (at once when no issuer is set).
    void withMetadata(std::function<void()> next);
    // The profile's own URL for `field`, else the discovered one.
    QUrl endpoint(const QString &field, QUrl OAuthMetadata::*discovered) const;
    // A form POST to `url` with the client's authentication (Basic, in the body, or only its
    // id for a public client).
    HttpRequest formPost(const QUrl &url, Form form) const;
    void requestTokens(const Form &form, TokenHandler handler);
    Form extraParameters() const;

    void startGrant();
    void refresh();
    void clientCredentials();
    void authorizationCode();
    void onRedirect(const QUrlQuery &query);
    void deviceCode();
    void poll();
    void stopWaiting();
    void finishWith(const OAuthTokenResponse &tokens);
    // OpenID Connect Core 3.1.3.7: issuer, audience, expiry and nonce of the ID token.
    std::optional<Error> checkIdToken(const QString &idToken) const;
    void revokeNext(QStringList tokens, QStringList hints, std::optional<Error> firstError);

    std::optional<OAuthMetadata> m_metadata;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    DeadlineTimer m_waitTimer;
    DeadlineTimer m_pollTimer;
    QString m_verifier;
    QString m_state;
    QString m_nonce;
    QString m_redirectUri;
    QString m_deviceCode;
    int m_intervalSeconds = 5;
};
