#pragma once

#include "CliContext.h"

// One profile's login state for a CLI command: its secrets (from standard input, the keychain or
// a prompt), its authenticator, and the session remembered in the keychain between runs.
class ProfileSession
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSession)

public:
    ProfileSession(CliContext &context, Profile profile);
    ~ProfileSession();

    // Reads the secrets for this profile: standard input first when asked, then the keychain.
    // Returns an exit code, Ok when it could carry on.
    int gatherSecrets(bool fromStdin);

    // Logs in, asking for what is missing on the terminal (password, MFA code, challenge answer).
    // With `remember`, the secrets and the session go to the keychain.
    int logIn(bool remember);

    // A usable session: the remembered one while valid, else a fresh login when the stored
    // secrets allow it. `allowLogin` false only reports.
    int ensureSession(bool allowLogin);

    // Forgets the session (signing out first where the vendor has sign-out).
    int logOut();

    const Session &session() const { return m_session; }
    Profile &profile() { return m_profile; }
    Authenticator *authenticator() { return m_auth.get(); }
    bool hasRememberedSession() const { return m_remembered; }

private:
    Credentials credentials() const;
    void loadRememberedSession();
    int saveSession(bool remember);
    int askForMissingSecrets();
    QString sessionKey() const;

    CliContext &m_context;
    Profile m_profile;
    MethodDescriptor m_descriptor;
    QHash<QString, QString> m_secrets;
    bool m_secretsFromStdin = false;
    bool m_keychainFailed = false;
    std::unique_ptr<Authenticator> m_auth;
    Session m_session;
    bool m_remembered = false;
};
