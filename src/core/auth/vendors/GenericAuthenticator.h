#pragma once

#include "auth/Authenticator.h"

// Any API: a static token in a header of its own (name and scheme configurable) or HTTP Basic
// (OAuth 2.0 is OAuth2Authenticator's). The "who am I" call is whatever path the profile names in
// `test_path`.
class GenericAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    enum class Method
    {
        Bearer,
        Basic
    };

    GenericAuthenticator(Method method, HttpClient *http, const Credentials &credentials,
                         QObject *parent = nullptr);

    static MethodDescriptor describe(Method method);
    MethodDescriptor descriptor() const override { return describe(m_method); }

    void logIn() override;
    void testToken() override;
    std::optional<Session> sessionFromSecrets() const override;
    bool canLogInAgain() const override;

private:
    Method m_method;
};
