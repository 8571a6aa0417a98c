#pragma once

#include "auth/Authenticator.h"

// RegScale: username and password (with an MFA round; the X-Api-Version 2.0 form first, the v1
// form when the server does not understand it, never after refused credentials), a token pasted
// from My Profile (24 hours unless it says otherwise), or a service-account token. Tokens are
// Bearer JWTs; re-login is the only refresh; no sign-out.
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

    // The two forms of the login request: v2 sends X-Api-Version 2.0 and appId, v1 neither.
    enum class LoginForm
    {
        V2,
        V1
    };

    // A My Profile token lasts this long when it does not say (the vendor's documents).
    static constexpr qint64 ProfileTokenSeconds = 24 * 3600;

    RegScaleAuthenticator(Method method, HttpClient *http, const Credentials &credentials,
                          QObject *parent = nullptr);

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(m_method); }

    void logIn() override;
    void provideSecondFactor(const QString &code) override;
    void testToken() override;
    std::optional<Session> sessionFromSecrets() const override;
    bool canLogInAgain() const override;

    // "v2" or "v1": the profile field that names the form to try first, and the session fact
    // that reports the form that worked.
    static QString formKey(LoginForm form);

private:
    void logInWithPassword(LoginForm form);
    void onLoginAnswer(const HttpResponse &response, LoginForm form);
    void usePastedToken();
    Result<Session> pastedSession() const;
    // Calls `onAlive` when RegScale takes the token; a 403 takes it too (the account lacks a
    // role for the check's endpoint), with what is missing in `missingRole`.
    void checkAlive(const Session &session,
                    std::function<void(const QString &missingRole)> onAlive);

    Method m_method;
    QString m_mfaCode;
    bool m_asksForMfa = false;              // this account needs a person for every login
    std::optional<LoginForm> m_workingForm; // what worked for this authenticator
    LoginForm m_form = LoginForm::V2;       // the form of the login under way
    bool m_triedOtherForm = false;          // in the login under way
};
