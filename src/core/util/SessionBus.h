#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// What Tokenbench does over the desktop session's D-Bus, implemented in the session bus module
// (src/modules/sessionbus, libtokenbench_sessionbus.so) with QtKeychain and Qt D-Bus. Programs
// load it when they first touch the keychain or call the running app: a request with secrets
// from standard input, `--version` and the app's first paint load neither library.
// Only Qt Core types cross this line, so the module links nothing of core.

// QtKeychain's jobs, one at a time as QtKeychain runs them.
class KeychainJobs
{
public:
    enum class Op
    {
        Read,
        Write,
        Remove,
    };
    // QtKeychain's error codes, in its own order.
    enum class Error
    {
        NoError,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError,
    };
    struct Outcome
    {
        Error error = Error::NoError;
        QString errorString;
        QString text; // what a read found
    };
    using Done = std::function<void(const Outcome &)>;

    virtual ~KeychainJobs() = default;
    // Starts one job; `done` runs once when it finishes, unless `context` is gone by then. A job
    // is never cancelled: libsecret holds it until it answers.
    virtual void start(Op op, const QString &service, const QString &key, const QString &text,
                       QObject *context, Done done) = 0;

    // The module's jobs; nullptr when it cannot be loaded, with the reason in `why`.
    static KeychainJobs *load(QString *why);
};

// A call to the running Tokenbench app, blocking until it answers or the timeout passes.
class AppBusCaller
{
public:
    struct Reply
    {
        bool appRunning = false; // false: no bus, or no app registered on it
        bool ok = false;
        QString errorName;
        QString errorMessage;
    };

    virtual ~AppBusCaller() = default;
    virtual Reply call(const QString &service, const QString &path, const QString &method,
                       const QString &argument, int timeoutMs) = 0;

    static AppBusCaller *load(QString *why);
};
