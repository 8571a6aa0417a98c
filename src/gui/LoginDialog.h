#pragma once

#include "auth/Credentials.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

namespace Ui {
class LoginDialog;
}
class Authenticator;
class QLineEdit;
class QPushButton;
class QToolButton;
struct Error;

// Logs one profile in through the authenticator it is given: asks for the method's secrets, shows
// progress with a way to cancel, the server's own second-factor prompt and its own error words.
// It sends nothing itself; the authenticator does.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const Profile &profile, Authenticator *authenticator, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Prefills secret fields by key (from the keychain or the demo mode).
    void setSecrets(const QHash<QString, QString> &secrets);
    // What was entered, by key (empty ones left out), for the caller to store when remember().
    QHash<QString, QString> secrets() const;

    bool remember() const;
    // Greys "Remember in keychain" out with `reason` when the app runs session-only.
    void setRememberAvailable(bool available, const QString &reason = {});

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void logIn();
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void growToFit();
    struct SecretEditor
    {
        FieldSpec spec;
        QLineEdit *edit = nullptr;
    };

    void buildSecretFields();
    void continueWithCode();
    void cancelLogin();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void onSecondFactorRequired(const QString &prompt);
    void onFailed(const Error &error);
    void onLoggedIn();
    void updateButtons();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Profile m_profile;
    QPointer<Authenticator> m_authenticator;
    QList<SecretEditor> m_secrets;
    QPushButton *m_logInButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    bool m_busy = false;
    bool m_rememberAvailable = true;
};
