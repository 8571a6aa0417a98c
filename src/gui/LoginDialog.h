#pragma once

#include "auth/Credentials.h"
#include "net/CaTrust.h"
#include "profiles/Profile.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

namespace Ui {
class LoginDialog;
}
class LoginAttempt;
class MethodFieldsForm;
class SignInStepWidget;
class ProfileStore;
class QPushButton;
struct Error;
struct SignInStep;

// The app's face of one login attempt of the session service: asks for the method's secrets
// (prefilled with what the keychain knows), shows why it is asked, progress with a way to
// cancel, the server's own second-factor prompt and its own error words. It sends nothing and
// stores nothing itself; the attempt does. Closing it gives the attempt up.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(LoginAttempt *attempt, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Prefills secret fields by key (the demo mode's own values).
    void setSecrets(const QHash<QString, QString> &secrets);
    // What was entered, by key (empty ones left out).
    QHash<QString, QString> secrets() const;

    bool remember() const;

    // Where a certificate authority trusted from a refused server's error is kept; without it,
    // such an error offers nothing.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }

    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void logIn();
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void continueWithCode();
    void cancelLogin();
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void onSecondFactorRequired(const QString &prompt);
    void onSignInStep(const SignInStep &step);
    void onFailed(const Error &error);
    void onLoggedIn();
    void updateButtons();
    void setRememberAvailable(bool available, const QString &reason);
    void offerTrust(const Error &error);
    void askToTrust();
    void onTrusted(const Result<bool> &stored);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Profile m_profile;
    QPointer<LoginAttempt> m_attempt;
    MethodFieldsForm *m_fields = nullptr;
    QPushButton *m_logInButton = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<SignInStepWidget> m_signInStep;
    QPushButton *m_trustCaButton = nullptr;
    std::optional<CaTrust::Offer> m_trustOffer;
    ProfileStore *m_profiles = nullptr;
    bool m_busy = false;
    bool m_rememberAvailable = true;
};
