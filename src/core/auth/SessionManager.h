#pragma once

#include "auth/Authenticator.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>

class CredentialPrompter;
class LoginAttempt;

// The one session service of Tokenbench, for the app and the CLI alike: the only owner of log
// in, renew, test, sign out and forget. One authenticator per profile, rebuilt when the profile
// is edited; the secrets and session it remembers in the SecretStore; the last token's
// non-secret facts in the profile; automatic re-login; sign-out of everything on quit. When a
// person must log in it asks through a CredentialPrompter; with nobody to ask, it answers with
// Error::Kind::LoginRequired. Nothing here touches the keychain until a profile is used.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    // A token with less life than this is renewed before it is handed out.
    static constexpr qint64 MinimumLifeMs = 30 * 1000;

    // A session rebuilt from its remembered raw token and the profile's last-token facts.
    static Session rememberedSession(const Profile &profile, const QString &stored);
    // What the keychain keeps of a session: its raw token, with the refresh and ID tokens.
    static QString storedForm(const Session &session);
    // The non-secret facts of a token that the profile keeps.
    static Profile::LastToken lastTokenOf(const Token &token);
    // Whether a token has more life left than MinimumLifeMs.
    static bool hasLifeLeft(const Token &token);
    // How the profile's tokens travel: the header a person chose (Send as), else the method's.
    static TokenDelivery deliveryOf(const Profile &profile);
    // `session` as it is handed out: its token in the chosen header, a session cookie as it is.
    static Session asSent(const Profile &profile, Session session);
    // What an authenticator of `profile` is given: base URL, fields, network settings, timeout.
    static Credentials credentialsOf(const Profile &profile);

    SessionManager(ProfileStore *profiles, SecretStore *secrets, HttpClient *http,
                   QObject *parent = nullptr);
    ~SessionManager() override;

    // Who asks a person to log in; null (the default) means nobody can be asked.
    void setPrompter(CredentialPrompter *prompter);
    CredentialPrompter *prompter() const { return m_prompter; }
    // Whether logins write their secrets and session to the SecretStore (the CLI's
    // --no-remember says no). An interactive login's own choice comes on top of this.
    void setRemembering(bool remember) { m_remembering = remember; }
    // How long logins wait for a person in a browser or on another device (the CLI's
    // --timeout); 0: the method's default.
    void setSignInWait(int seconds) { m_signInWaitSeconds = seconds; }
    // Secrets for this run only (the CLI's --secrets-stdin), by field: used before the stored
    // ones, including a second-factor code for the server's first request of one.
    void provideSecrets(const QUuid &id, const QHash<QString, QString> &secrets);

    // The profile's network settings with their secrets (proxy password, client key
    // passphrase) as this run knows them: given, else read by restore().
    NetworkSettings networkFor(const QUuid &id) const;
    // A proxy password or key passphrase a person typed (the app's 407 prompt): used from now
    // on, and kept in the keychain when this service remembers.
    void saveNetworkSecret(const QUuid &id, const QString &field, const QString &value);
    // The user name of the app's proxy preference: profiles that follow it keep its password.
    void setAppProxyUser(const QString &user) { m_appProxyUser = user; }

    // The descriptor of the profile's vendor and method; empty for an unknown profile.
    std::optional<MethodDescriptor> method(const QUuid &id) const;
    // The session held in memory for a profile, if any.
    std::optional<Session> session(const QUuid &id) const;

    using SessionHandler = std::function<void(const Result<Session> &)>;

    // When a person may be asked.
    enum class Ask
    {
        IfNeeded, // when no stored secret will do (or it was refused)
        Never,    // fail with LoginRequired instead
    };

    // Reads the remembered secrets and session of a profile (once per run); no network. A
    // method whose secret is the token itself gets its session from that secret here.
    void restore(const QUuid &id, QObject *context, SessionHandler done);
    // A session with some life left: the one held, else the remembered one, else a login with
    // the stored secrets, else a person's login through the prompter.
    void freshSession(const QUuid &id, QObject *context, SessionHandler done,
                      Ask ask = Ask::IfNeeded);
    // A new session for a token the server refused (401): a login with the stored secrets when
    // they give a new token and the profile logs in again by itself, else a person's login.
    void renewSession(const QUuid &id, QObject *context, SessionHandler done,
                      Ask ask = Ask::IfNeeded);
    // A person asked to log in (Log In, `tokenbench-cli login`): always through the prompter,
    // with what is known prefilled.
    void logIn(const QUuid &id, QObject *context, SessionHandler done);
    // The vendor's "who am I" with a fresh session.
    void testToken(const QUuid &id, QObject *context,
                   std::function<void(const Result<Identity> &)> done);
    // A request went out with the profile's session (an idle clock restarts).
    void noteSessionUsed(const QUuid &id);

    // Every secret of the profile this run knows (token, password, key...), for scrubbing text
    // that is about to be kept (the history). Never shown, never logged.
    QStringList knownSecrets(const QUuid &id) const;

    // Signs out where the vendor has sign-out and forgets the session (memory and keychain).
    void logOut(const QUuid &id, QObject *context, std::function<void(const Result<bool> &)> done);
    // Removes every secret of the profile from the SecretStore, and the `extraKeys` (secrets
    // kept for it elsewhere, such as its requests' secret variables); the profile itself stays.
    // What the keychain could not remove is tried again later, as for every removal.
    void forgetSecrets(const QUuid &id, QObject *context,
                       std::function<void(const Result<bool> &)> done,
                       const QStringList &extraKeys = {});
    // On quit: signs out every session whose vendor has sign-out, waiting at most `timeoutMs`.
    void signOutAll(QObject *context, std::function<void()> done, int timeoutMs = 3000);
    // Calls `done` once every keychain write and removal this service started has finished
    // (a CLI command waits for it before the process ends).
    void settle(QObject *context, std::function<void()> done);
    // Keychain items ("<profile>/<field>") whose removal failed: tried again at the next use of
    // the service, never read back meanwhile.
    QStringList pendingRemovals() const;

Q_SIGNALS:
    void sessionChanged(const QUuid &id);
    void problem(const QUuid &id, const Error &error);
    // An attempt a prompter was given, for faces that show who is logging in.
    void loginStarted(const QUuid &id);

private:
    friend class LoginAttempt;
    struct Entry;
    enum class Need
    {
        Fresh,
        Renew,
        Person
    };

    Entry *entry(const QUuid &id);
    std::shared_ptr<Entry> makeEntry(const Profile &profile);
    void followProfiles();
    void obtain(const QUuid &id, Need need, Ask ask, QObject *context, SessionHandler done);
    void logInUnattended(const QUuid &id);
    // `underWay`: a sign-in that already waits for the person (the attempt starts busy with it).
    void askPerson(const QUuid &id, const std::optional<Error> &reason,
                   const std::optional<SignInStep> &underWay = std::nullopt,
                   bool requested = false);
    void answerWaiting(const QUuid &id, const Result<Session> &result);
    void runLater(const QUuid &id);
    void onLoggedIn(const QUuid &id);
    void onLoginFailed(const QUuid &id, const Error &error);
    void onSecondFactor(const QUuid &id, const QString &prompt);
    void onSignInStep(const QUuid &id, const SignInStep &step);
    void submitAttempt(LoginAttempt *attempt, const QHash<QString, QString> &secrets,
                       bool remember);
    void provideSecondFactorFor(LoginAttempt *attempt, const QString &code);
    void cancelAttempt(LoginAttempt *attempt);
    void abandonAttempt(LoginAttempt *attempt, const std::optional<Error> &why);
    // Lets the redactor know the session's secrets before anything can print them.
    static void registerSecrets(const Session &session);
    void adopt(const QUuid &id, const Session &session, bool persist);
    void recordLastToken(const QUuid &id, const Session &session);
    void writeSecrets(const QUuid &id, const QHash<QString, QString> &secrets);
    Credentials credentialsFor(const Entry &e, const QHash<QString, QString> &extra = {}) const;
    bool secretsComplete(const Entry &e) const;
    void retire(std::shared_ptr<Entry> old, bool signOut);
    void storeWrite(const QString &key, const QString &value, QObject *context,
                    SecretStore::WriteHandler handler);
    void storeRemove(const QString &key, QObject *context, SecretStore::WriteHandler handler);
    void storeJobDone();
    void readStored(const QUuid &id);
    // The network secrets a profile uses: its own proxy user's password, the app proxy's when
    // it follows the app, a client key's passphrase.
    QStringList networkSecretFieldsOf(const Profile &profile) const;
    QString pendingRemovalsFile() const;
    void setRemovalPending(const QString &key, bool pending);
    void retryPendingRemovals(std::function<void()> done);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    HttpClient *m_http;
    CredentialPrompter *m_prompter = nullptr;
    bool m_remembering = true;
    QString m_appProxyUser;
    int m_signInWaitSeconds = 0;
    QHash<QUuid, std::shared_ptr<Entry>> m_entries;
    QHash<QUuid, QHash<QString, QString>> m_given;
    int m_pendingStoreJobs = 0;
    mutable QStringList m_pending;
    mutable bool m_pendingLoaded = false;
    bool m_pendingRetried = false;
    QList<std::function<void()>> m_settleWaiters;
};
