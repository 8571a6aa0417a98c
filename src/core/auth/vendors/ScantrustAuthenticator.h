#pragma once

#include "auth/Authenticator.h"

// Scantrust: a User Authorization Token made in the portal (sent as "UAT", valid until the date
// the user recorded), or email and password exchanged for a JWT (sent as "JWT"). No sign-out.
class ScantrustAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    enum class Method
    {
        Uat,
        Jwt
    };

    ScantrustAuthenticator(Method method, HttpClient *http, const Credentials &credentials,
                           QObject *parent = nullptr);

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(m_method); }

    void logIn() override;
    void testToken() override;
    std::optional<Session> sessionFromSecrets() const override;
    bool canLogInAgain() const override;

private:
    Result<Session> uatSession() const;
    void whoAmI(const Session &session, std::function<void(const QJsonObject &)> onAnswer);

    Method m_method;
};
