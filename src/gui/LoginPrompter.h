#pragma once

#include "auth/CredentialPrompter.h"

#include <QObject>
#include <QPointer>

class ProfileStore;
class QWidget;

// The app's way to ask a person to log in: a LoginDialog over the window, one per attempt,
// opened whenever the session service needs a person (Log In, a copy or request without a
// usable token, a token the server refused).
class LoginPrompter : public QObject, public CredentialPrompter
{
    Q_OBJECT

public:
    // `profiles`: where a login's error may store a certificate authority the person trusts.
    explicit LoginPrompter(QWidget *window, ProfileStore *profiles = nullptr);

    void prompt(LoginAttempt *attempt) override;
    // A password field over the window (a proxy's password, a client key's passphrase), asked
    // once per refusal.
    void askNetworkSecret(const QString &question, QObject *context,
                          std::function<void(const QString &)> done) override;

private:
    QPointer<QWidget> m_window;
    ProfileStore *m_profiles = nullptr;
};
