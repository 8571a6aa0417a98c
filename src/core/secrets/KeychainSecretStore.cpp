#include "secrets/KeychainSecretStore.h"

#include "secrets/AnswerLater.h"
#include "util/Redactor.h"
#include "util/SessionBus.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcSecrets, "tokenbench.secrets", QtInfoMsg)

namespace {

// One read, write or remove, from the call until its handler has been answered.
struct Call
{
    using Op = KeychainJobs::Op;

    Op op = Op::Read;
    QString key;
    QString value; // writes only: the memory copy needs it if the keychain fails
    QPointer<QObject> context;
    SecretStore::ReadHandler onRead;
    SecretStore::WriteHandler onWrite;
    QPointer<QTimer> watchdog;
    bool answered = false;
};

const char *errorName(KeychainJobs::Error error)
{
    switch (error) {
    case KeychainJobs::Error::NoError:
        return "NoError";
    case KeychainJobs::Error::EntryNotFound:
        return "EntryNotFound";
    case KeychainJobs::Error::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case KeychainJobs::Error::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case KeychainJobs::Error::AccessDenied:
        return "AccessDenied";
    case KeychainJobs::Error::NoBackendAvailable:
        return "NoBackendAvailable";
    case KeychainJobs::Error::NotImplemented:
        return "NotImplemented";
    case KeychainJobs::Error::OtherError:
        break;
    }
    return "OtherError";
}

// libsecret reports a missing or unreachable session bus, or a bus without a Secret Service, as
// OtherError with GLib's D-Bus message; people should hear "no keychain", not "an error".
bool looksUnreachable(const QString &errorString)
{
    static const char *const hints[] = {
        "Could not connect",   "org.freedesktop.secrets", "org.freedesktop.DBus.Error",
        "not provided by any", "Cannot autolaunch",       "D-Bus",
    };
    for (const char *hint : hints) {
        if (errorString.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

struct KeychainSecretStore::Private
{
    Private(KeychainSecretStore *store, QString name, int ms)
        : q(store)
        , service(std::move(name))
        , watchdogMs(ms > 0 ? ms : DefaultWatchdogMs)
    {}

    KeychainSecretStore *q;
    QString service;
    int watchdogMs;
    // What this run wrote or read, so the store can carry on from memory once the keychain fails.
    QHash<QString, QString> memory;
    bool sessionOnly = false;
    QString reason;
    QString detail; // for logs: what failed first
    // Oldest first, like QtKeychain's own queue.
    std::vector<std::shared_ptr<Call>> inFlight;
    KeychainJobs *jobs = nullptr; // loaded with the first call

    void start(const std::shared_ptr<Call> &call);
    void jobFinished(const std::shared_ptr<Call> &call, const KeychainJobs::Outcome &outcome);
    void watchdogFired(const std::shared_ptr<Call> &call);
    void goSessionOnly(const QString &why, const QString &what);
    void answerFromMemory(const std::shared_ptr<Call> &call);
    void settle(const std::shared_ptr<Call> &call);
    QString reasonFor(KeychainJobs::Error error, const QString &errorString) const;
};

void KeychainSecretStore::Private::start(const std::shared_ptr<Call> &call)
{
    if (sessionOnly) {
        // A stuck job would hold every later job in QtKeychain's queue: do not join it.
        answerFromMemory(call);
        return;
    }

    if (!jobs) {
        QString why;
        jobs = KeychainJobs::load(&why);
        if (!jobs) {
            goSessionOnly(reasonFor(KeychainJobs::Error::NoBackendAvailable, QString()),
                          QStringLiteral("the session bus module did not load: %1").arg(why));
            answerFromMemory(call);
            return;
        }
    }
    call->watchdog = new QTimer(q);
    call->watchdog->setSingleShot(true);
    QObject::connect(call->watchdog, &QTimer::timeout, q, [this, call] { watchdogFired(call); });
    call->watchdog->start(watchdogMs);

    inFlight.push_back(call);
    jobs->start(call->op, service, call->key, call->value, q,
                [this, call](const KeychainJobs::Outcome &outcome) { jobFinished(call, outcome); });
}

void KeychainSecretStore::Private::jobFinished(const std::shared_ptr<Call> &call,
                                               const KeychainJobs::Outcome &outcome)
{
    // Answered already: by the watchdog, or from memory when another job failed.
    if (call->answered)
        return;

    const KeychainJobs::Error error = outcome.error;
    const bool notFound = error == KeychainJobs::Error::EntryNotFound;
    if (error != KeychainJobs::Error::NoError && !(notFound && call->op != Call::Op::Write)) {
        const QString what = QStringLiteral("%1 of %2 failed: %3 (%4)")
                                 .arg(QLatin1String(call->op == Call::Op::Read    ? "read"
                                                    : call->op == Call::Op::Write ? "write"
                                                                                  : "remove"),
                                      call->key, Redactor::text(outcome.errorString),
                                      QLatin1String(errorName(error)));
        goSessionOnly(reasonFor(error, outcome.errorString), what);
        return;
    }

    settle(call);
    switch (call->op) {
    case Call::Op::Read: {
        std::optional<QString> value;
        if (notFound) {
            memory.remove(call->key);
        } else {
            value = outcome.text;
            memory.insert(call->key, *value);
        }
        SecretStoreAnswer::later(call->context, std::move(call->onRead),
                                 Result<std::optional<QString>>(std::move(value)));
        break;
    }
    case Call::Op::Write:
        memory.insert(call->key, call->value);
        call->value.clear();
        SecretStoreAnswer::later(call->context, std::move(call->onWrite), Result<bool>(true));
        break;
    case Call::Op::Remove:
        memory.remove(call->key);
        SecretStoreAnswer::later(call->context, std::move(call->onWrite), Result<bool>(true));
        break;
    }
}

void KeychainSecretStore::Private::watchdogFired(const std::shared_ptr<Call> &call)
{
    if (call->answered)
        return;
    const QString seconds = QLocale().toString(watchdogMs / 1000.0, 'g', 3);
    goSessionOnly(tr("The keychain did not answer within %1 s, so secrets are kept for this "
                     "session only.")
                      .arg(seconds),
                  QStringLiteral("no answer from the keychain for %1 within %2 ms")
                      .arg(call->key)
                      .arg(watchdogMs));
}

// For the rest of the run. Every call still waiting for the keychain is answered from memory now:
// the ones queued behind a failed or stuck job would otherwise wait for their own watchdogs.
void KeychainSecretStore::Private::goSessionOnly(const QString &why, const QString &what)
{
    if (!sessionOnly) {
        sessionOnly = true;
        reason = why;
        detail = what;
        qCWarning(lcSecrets).noquote()
            << "keychain unavailable, keeping secrets in memory:" << detail;
        const QPointer<KeychainSecretStore> alive(q);
        Q_EMIT q->sessionOnlyChanged(true, reason);
        if (!alive)
            return;
    }
    const std::vector<std::shared_ptr<Call>> waiting = std::move(inFlight);
    inFlight.clear();
    for (const std::shared_ptr<Call> &call : waiting)
        answerFromMemory(call);
}

void KeychainSecretStore::Private::answerFromMemory(const std::shared_ptr<Call> &call)
{
    settle(call);
    switch (call->op) {
    case Call::Op::Read: {
        std::optional<QString> value;
        const auto it = memory.constFind(call->key);
        if (it != memory.constEnd())
            value = *it;
        SecretStoreAnswer::later(call->context, std::move(call->onRead),
                                 Result<std::optional<QString>>(std::move(value)));
        break;
    }
    case Call::Op::Write:
        memory.insert(call->key, call->value);
        call->value.clear();
        SecretStoreAnswer::later(
            call->context, std::move(call->onWrite),
            Result<bool>(Error::make(Error::Kind::Keychain, QStringLiteral("keychain.session_only"),
                                     reason, detail)));
        break;
    case Call::Op::Remove:
        // Gone from memory, but the keychain may still hold it: that is no success.
        memory.remove(call->key);
        SecretStoreAnswer::later(
            call->context, std::move(call->onWrite),
            Result<bool>(Error::make(
                Error::Kind::Keychain, QStringLiteral("keychain.remove_failed"),
                tr("The keychain could not be reached to remove a secret (%1).").arg(reason),
                detail)));
        break;
    }
}

// Marks the call answered, so a late job or watchdog cannot answer it a second time.
void KeychainSecretStore::Private::settle(const std::shared_ptr<Call> &call)
{
    call->answered = true;
    if (call->watchdog) {
        call->watchdog->stop();
        call->watchdog->deleteLater();
    }
    for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
        if (*it == call) {
            inFlight.erase(it);
            break;
        }
    }
}

QString KeychainSecretStore::Private::reasonFor(KeychainJobs::Error error,
                                                const QString &errorString) const
{
    switch (error) {
    case KeychainJobs::Error::AccessDenied:
    case KeychainJobs::Error::AccessDeniedByUser:
        return tr("The keychain refused access (it may be locked), so secrets are kept for this "
                  "session only.");
    case KeychainJobs::Error::NoBackendAvailable:
    case KeychainJobs::Error::NotImplemented:
        return tr("No keychain (Secret Service) is available, so secrets are kept for this "
                  "session only.");
    default:
        break;
    }
    if (looksUnreachable(errorString)) {
        return tr("No keychain (Secret Service) is available, so secrets are kept for this "
                  "session only.");
    }
    return tr("The keychain reported an error, so secrets are kept for this session only.");
}

KeychainSecretStore::KeychainSecretStore(QString service, int watchdogMs, QObject *parent)
    : SecretStore(parent)
    , d(std::make_unique<Private>(this, std::move(service), watchdogMs))
{}

// Jobs still running finish on their own and delete themselves; their handlers are not called.
KeychainSecretStore::~KeychainSecretStore() = default;

// A call without a context is answered as long as the store lives.
void KeychainSecretStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Read;
    call->key = key;
    call->context = context ? context : this;
    call->onRead = std::move(handler);
    d->start(call);
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                WriteHandler handler)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Write;
    call->key = key;
    call->value = value;
    call->context = context ? context : this;
    call->onWrite = std::move(handler);
    d->start(call);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, WriteHandler handler)
{
    auto call = std::make_shared<Call>();
    call->op = Call::Op::Remove;
    call->key = key;
    call->context = context ? context : this;
    call->onWrite = std::move(handler);
    d->start(call);
}

bool KeychainSecretStore::isSessionOnly() const
{
    return d->sessionOnly;
}

QString KeychainSecretStore::sessionOnlyReason() const
{
    return d->reason;
}
