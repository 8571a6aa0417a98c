#pragma once

#include "auth/Authenticator.h"

// RegScale: username and password (with an MFA round and the X-Api-Version 2.0 answer, falling
// back to the v1 form as the official client does), a token pasted from My Profile, or a
// service-account token. Tokens are Bearer JWTs; re-login is the only refresh; no sign-out.
class RegScaleAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    enum class Method
    {
        Password,
        Token,
        ServiceAccount
    };

    RegScaleAuthenticator(Method method, HttpClient *http, const Credentials &credentials,
                          QObject *parent = nullptr);

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(m_method); }

    void logIn() override;
    void provideSecondFactor(const QString &code) override;
    void testToken() override;
    std::optional<Session> sessionFromSecrets() const override;
    bool canLogInAgain() const override;

private:
    void logInWithPassword(bool versionTwo);
    void onLoginAnswer(const HttpResponse &response, bool versionTwo);
    void usePastedToken();
    Result<Session> pastedSession() const;
    void checkAlive(const Session &session, std::function<void()> onAlive);

    Method m_method;
    QString m_mfaCode;
    bool m_asksForMfa = false; // this account needs a person for every login
};
