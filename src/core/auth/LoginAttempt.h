#pragma once

#include "auth/Credentials.h"
#include "auth/SignInStep.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>

class SessionManager;

// One interactive login of one profile, made by the session service for a CredentialPrompter.
// The prompter submits secrets (again after a failure, as often as the person likes), answers a
// second-factor request, cancels what is in flight, or abandons the attempt. Every request that
// waits for this profile's session is answered when the attempt succeeds or is abandoned.
class LoginAttempt : public QObject
{
    Q_OBJECT

public:
    ~LoginAttempt() override;

    QUuid profileId() const { return m_profile.id; }
    const Profile &profile() const { return m_profile; }
    const MethodDescriptor &method() const { return m_method; }
    // Why a person is asked: empty when they asked to log in themselves; else what went wrong
    // with the stored secrets or the token (the server's own words where it gave some).
    const std::optional<Error> &reason() const { return m_reason; }
    // Secrets known already (the keychain's, or given on standard input), by field: to prefill
    // a dialog, or for a script to submit as they are.
    QHash<QString, QString> knownSecrets() const { return m_known; }
    // Whether a login may be remembered in the secret store, and if not why not.
    bool canRemember() const { return m_canRemember; }
    QString rememberUnavailableReason() const { return m_rememberReason; }

    bool isBusy() const { return m_busy; }
    bool isFinished() const { return m_finished; }
    // Set while the server waits for a second factor: its own words, and the field that answers.
    QString secondFactorPrompt() const { return m_secondFactorPrompt; }
    bool waitsForSecondFactor() const { return m_waitsForSecondFactor; }
    // What the login waits for outside Tokenbench (a browser, a code), since it last asked.
    const std::optional<SignInStep> &signInStep() const { return m_signInStep; }

    // Logs in with `secrets` (added to the known ones). With `remember`, the secrets that are
    // not one-time codes and the session are written to the secret store.
    void submit(const QHash<QString, QString> &secrets, bool remember);
    // The code the server asked for with secondFactorRequired().
    void provideSecondFactor(const QString &code);
    // Stops the login in flight (failed(Cancelled)); the attempt stays open.
    void cancel();
    // The person gave up: everything waiting for this login fails with Error::Kind::Cancelled,
    // or with `why` when the prompter knows better (nothing to ask on, a refused secret it
    // will not ask for again).
    void abandon(const std::optional<Error> &why = std::nullopt);

Q_SIGNALS:
    void busyChanged(bool busy);
    void secondFactorRequired(const QString &prompt);
    // The login goes on once the person did `step` (opened the address, entered the code);
    // cancel() stops the wait.
    void signInStepRequired(const SignInStep &step);
    // The attempt stays open: submit again, or abandon.
    void failed(const Error &error);
    void succeeded();
    // After succeeded() or abandonment; the attempt is deleted later.
    void finished();

private:
    friend class SessionManager;
    LoginAttempt(SessionManager *service, const Profile &profile, const MethodDescriptor &method,
                 QObject *parent);
    void setBusy(bool busy);
    void finish();

    QPointer<SessionManager> m_service;
    Profile m_profile;
    MethodDescriptor m_method;
    std::optional<Error> m_reason;
    QHash<QString, QString> m_known;
    bool m_canRemember = true;
    QString m_rememberReason;
    bool m_remember = true;
    bool m_busy = false;
    bool m_finished = false;
    bool m_waitsForSecondFactor = false;
    QString m_secondFactorPrompt;
    std::optional<SignInStep> m_signInStep;
};
