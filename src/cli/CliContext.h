#pragma once

#include "AppServices.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <functional>
#include <memory>

class CliPrompter;
class QIODevice;

// What every command shares: the streams and the core's services (profiles, secrets, the one
// session service, the one send path, history). The CLI does one thing at a time, so it waits
// for each asynchronous answer of the core in wait(); it has no session logic of its own.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode
    {
        Ok = 0,
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

    AppServices &services() { return *m_services; }
    ProfileStore &profiles() { return m_services->profiles(); }
    SessionManager &sessions() { return m_services->sessions(); }
    bool noKeychain() const { return m_noKeychain; }
    // Whether a browser sign-in opens the system browser (--no-browser: only print the address).
    bool opensBrowser() const { return m_opensBrowser; }
    void setOpensBrowser(bool opens) { m_opensBrowser = opens; }
    // The folder given with --config-dir or TOKENBENCH_CONFIG_DIR; empty for the usual one.
    QString configDir() const { return m_configDir; }

    // Prints "tokenbench-cli: <message>" on standard error and returns `code`.
    int fail(int code, const QString &message);
    // The exit status for an error from a login, a request or the keychain.
    static int exitCodeFor(const Error &error);
    // fail() with the exit status and words of `error`.
    int fail(const Error &error) { return fail(exitCodeFor(error), error.message); }

    // Says on stderr when loading the profiles found a problem; false when they are unusable.
    bool loadProfiles();
    // Finds `name`; otherwise reports why on stderr and sets `code`.
    std::optional<Profile> requireProfile(const QString &name, int &code);

    // A session with life left for `profile` (renewed or logged in again first when needed), from
    // the one session service.
    Result<Session> freshSession(const Profile &profile);

    // The profile whose base URL serves `url` (a credential helper's request): same host and
    // port, the same scheme unless `anyScheme`; of several, the one whose base path is the
    // longest prefix of the URL's path. None when no profile matches; `problem` says why when
    // the choice is ambiguous.
    std::optional<Profile> profileServing(const QUrl &url, bool anyScheme, QString *problem);
    // The user name a credential helper hands out with the token: the profile's own user name
    // when its method has one, else "tokenbench" (servers that take a token as a password
    // ignore the name).
    static QString userNameFor(const Profile &profile);

    // Reads `field=value` lines from standard input (--secrets-stdin) and gives them to the
    // session service for `profile`, for this run only.
    int takeSecretsFromStdin(const Profile &profile);
    // Logins write their secrets and session to the keychain unless this says no.
    void setRemembering(bool remember);
    bool remembering() const { return m_remembering; }

    // Waits until every keychain write the command started has finished.
    void settle();
    // Keychain trouble the session service reported during this command.
    QStringList keychainProblems() const { return m_keychainProblems; }

    bool stdinIsTerminal() const;
    // Asks on the terminal without echo; empty when there is no terminal.
    QString promptHidden(const QString &prompt);

    // Runs the event loop until the core answers through the handler `start` is given.
    template<typename T>
    T wait(const std::function<void(std::function<void(const T &)>)> &start)
    {
        std::optional<T> result;
        runUntil([&](std::function<void()> quit) {
            start([&result, quit](const T &value) {
                result = value;
                quit();
            });
        });
        return *result;
    }

private:
    void runUntil(const std::function<void(std::function<void()>)> &start);

    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<CliPrompter> m_prompter;
    QStringList m_keychainProblems;
    QString m_configDir;
    bool m_noKeychain;
    bool m_opensBrowser = true;
    bool m_remembering;
};
