#pragma once

#include "auth/Authenticator.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

class QIODevice;

// What every command shares: the streams, the profile store, the secret store, the HTTP client,
// and small synchronous wrappers around their asynchronous calls (the CLI does one thing at a
// time, so it waits for each in an event loop of its own).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode
    {
        Ok = 0,
        Failure = 1,
        Usage = 2,
        AuthRefused = 3,
        NetworkError = 4,
        HttpError = 5,
        KeychainUnavailable = 6,
    };

    CliContext(QIODevice &in, QTextStream &out, QTextStream &err, const QString &configDir,
               bool noKeychain);
    ~CliContext();

    QIODevice &in;
    QTextStream &out;
    QTextStream &err;

    ProfileStore &profiles() { return *m_profiles; }
    SecretStore &secrets() { return *m_secrets; }
    HttpClient &http() { return *m_http; }
    bool noKeychain() const { return m_noKeychain; }

    // Prints "tokenbench-cli: <message>" on standard error and returns `code`.
    int fail(int code, const QString &message);
    // The exit status for an error from a login, a request or the keychain.
    static int exitCodeFor(const Error &error);

    // Loads the profile store (saying so on stderr when a corrupt file was moved aside).
    bool loadProfiles();
    std::optional<Profile> profile(const QString &name);
    // Loads the store and finds `name`; otherwise reports why on stderr and sets `code`.
    std::optional<Profile> requireProfile(const QString &name, int &code);

    Result<std::optional<QString>> readSecret(const QString &key);
    Result<bool> writeSecret(const QString &key, const QString &value);
    Result<bool> removeSecret(const QString &key);

    // Secrets given on standard input as `field=value` lines (--secrets-stdin).
    Result<QHash<QString, QString>> readSecretsFromStdin();
    bool stdinIsTerminal() const;
    // Asks on the terminal without echo; empty when there is no terminal.
    QString promptHidden(const QString &prompt);

    // HttpClient options from a profile's per-profile settings.
    void applyProfileOptions(const Profile &profile);

private:
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    bool m_noKeychain;
};
