#pragma once

#include "auth/Authenticator.h"

#include <QNetworkCookie>

// BeyondTrust Password Safe (public API v3): sign in with a PS-Auth API key as a run-as user (with
// an optional password and a second-factor round in the same cookie session), or with OAuth
// client credentials whose Bearer token signs in. After a PS-Auth sign-in the ASP.NET session
// cookie carries every later call, and the server ends it after 20 idle minutes; after an OAuth
// sign-in the Bearer token does until its expires_in, with the cookie (when set) beside it. A new
// sign-in signs the old session out first; we sign out when asked.
class PasswordSafeAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    enum class Method
    {
        ApiKey,
        OAuth
    };

    static constexpr int IdleTimeoutSeconds = 20 * 60;
    static inline const QByteArray SessionCookie = QByteArrayLiteral("ASP.NET_SessionId");

    PasswordSafeAuthenticator(Method method, HttpClient *http, const Credentials &credentials,
                              QObject *parent = nullptr);

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(m_method); }

    void logIn() override;
    void provideSecondFactor(const QString &code) override;
    void testToken() override;
    bool canSignOut() const override { return true; }
    void signOut() override;
    // The server's idle clock of a cookie session starts again with every call.
    void noteSessionUsed() override;
    bool canLogInAgain() const override;

    // The PS-Auth header value: key=...; runas=...; [pwd=[...];] [challenge=...;]
    static QByteArray psAuthHeader(const QString &apiKey, const QString &runAs,
                                   const QString &password, const QString &challenge = {});

private:
    void startLogIn();
    // Signs the session out; it is over for us whatever the answer.
    void sendSignOut(std::function<void(const Result<HttpResponse> &)> then);
    void requestAccessToken();
    void signAppIn(const QByteArray &authorization);
    void onSignedIn(const HttpResponse &response);
    QNetworkCookie sessionCookie(const HttpResponse &response) const;
    // A failed answer, with the meaning the document gives 403 and 410.
    void failWithStatus(const HttpResponse &response, bool signingIn);

    Method m_method;
    QString m_challenge;
    QList<QNetworkCookie> m_pendingCookies; // the cookie session of a second-factor round
    Token m_accessToken; // OAuth: between the token endpoint's answer and the sign-in
};
