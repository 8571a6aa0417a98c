#pragma once

#include "auth/Authenticator.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <memory>

// The sessions of every profile in a long-running face (the desktop app): one authenticator per
// profile, the secrets and session it remembers in the SecretStore, the last token's non-secret
// facts in the profile, automatic re-login, and sign-out of everything on quit. Nothing here
// touches the keychain until a profile is used.
class SessionManager : public QObject
{
    Q_OBJECT

public:
    // A token with less life than this is renewed before it is handed out.
    static constexpr qint64 MinimumLifeMs = 30 * 1000;

    // Shared with the CLI, which keeps sessions the same way between its runs:
    // a session rebuilt from its remembered raw token and the profile's last-token facts,
    static Session rememberedSession(const Profile &profile, const QString &raw);
    // the non-secret facts of a token that the profile keeps,
    static Profile::LastToken lastTokenOf(const Token &token);
    // whether a token has more life left than MinimumLifeMs,
    static bool hasLifeLeft(const Token &token);
    // and the secret fields that are good once and never stored (MFA code, challenge answer).
    static bool isOneTimeField(const QString &field);

    SessionManager(ProfileStore *profiles, SecretStore *secrets, HttpClient *http,
                   QObject *parent = nullptr);
    ~SessionManager() override;

    // The authenticator of a profile, made on first use from its vendor and method; null for an
    // unknown profile. Faces drive logins through it (LoginDialog) and call recordLogin() after.
    Authenticator *authenticator(const QUuid &id);

    // The session held in memory for a profile, if any.
    std::optional<Session> session(const QUuid &id) const;

    using SessionHandler = std::function<void(const Result<Session> &)>;

    // Reads the remembered secrets and session of a profile from the SecretStore (once per run).
    void restore(const QUuid &id, QObject *context, SessionHandler done);

    // A session with some life left: the one held, else the remembered one, else a fresh login
    // when the stored secrets allow it. Fails with code "session.needs_login" when a person must
    // log in (the face then opens its login dialog).
    void freshSession(const QUuid &id, QObject *context, SessionHandler done);

    // A new session from the stored secrets even when the one held still looks alive: for a token
    // the server refused (401). Fails with "session.needs_login" when a person must log in.
    void renewSession(const QUuid &id, QObject *context, SessionHandler done);

    // Every secret of the profile this run knows (token, password, key...), for scrubbing text
    // that is about to be kept (the history). Never shown, never logged.
    QStringList knownSecrets(const QUuid &id) const;

    // After a successful interactive login: keeps the authenticator's session, writes the
    // secrets (without one-time codes) and the session when `remember`, and records the token's
    // non-secret facts in the profile. Keychain trouble is reported through problem().
    void recordLogin(const QUuid &id, const QHash<QString, QString> &secrets, bool remember);

    // Signs out where the vendor has sign-out and forgets the session (memory and keychain).
    void logOut(const QUuid &id, QObject *context, std::function<void(const Result<bool> &)> done);

    // Removes every secret of the profile from the SecretStore; the profile itself stays.
    void forgetSecrets(const QUuid &id, QObject *context,
                       std::function<void(const Result<bool> &)> done);

    // On quit: signs out every session whose vendor has sign-out, waiting at most `timeoutMs`.
    void signOutAll(QObject *context, std::function<void()> done, int timeoutMs = 3000);

Q_SIGNALS:
    void sessionChanged(const QUuid &id);
    void problem(const QUuid &id, const Error &error);

private:
    struct Entry;
    Entry *entry(const QUuid &id);
    void adopt(const QUuid &id, const Session &session, bool persist);
    void recordLastToken(const QUuid &id, const Session &session);
    void logInWithStored(const QUuid &id, SessionHandler done);
    QStringList secretFieldsOf(const Profile &profile) const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    HttpClient *m_http;
    QHash<QUuid, std::shared_ptr<Entry>> m_entries;
};
