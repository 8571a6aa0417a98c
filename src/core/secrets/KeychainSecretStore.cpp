#include "secrets/KeychainSecretStore.h"

#include "secrets/AnswerLater.h"
#include "util/Redactor.h"

#include <qt6keychain/keychain.h>

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
    enum class Op
    {
        Read,
        Write,
        Remove,
    };

    Op op = Op::Read;
    QString key;
    QString value; // writes only: the memory copy needs it if the keychain fails
    QPointer<QObject> context;
    SecretStore::ReadHandler onRead;
    SecretStore::WriteHandler onWrite;
    QPointer<QTimer> watchdog;
    bool answered = false;
};

const char *errorName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return "NoError";
    case QKeychain::EntryNotFound:
        return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case QKeychain::AccessDenied:
        return "AccessDenied";
    case QKeychain::NoBackendAvailable:
        return "NoBackendAvailable";
    case QKeychain::NotImplemented:
        return "NotImplemented";
    case QKeychain::OtherError:
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

    void start(const std::shared_ptr<Call> &call);
    void jobFinished(const std::shared_ptr<Call> &call, QKeychain::Job *job);
    void watchdogFired(const std::shared_ptr<Call> &call);
    void goSessionOnly(const QString &why, const QString &what);
    void answerFromMemory(const std::shared_ptr<Call> &call);
    void settle(const std::shared_ptr<Call> &call);
    QString reasonFor(QKeychain::Error error, const QString &errorString) const;
};

void KeychainSecretStore::Private::start(const std::shared_ptr<Call> &call)
{
    if (sessionOnly) {
        // A stuck job would hold every later job in QtKeychain's queue: do not join it.
        answerFromMemory(call);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (call->op) {
    case Call::Op::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Call::Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(call->value);
        job = write;
        break;
    }
    case Call::Op::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // No parent: libsecret's callback holds the job's private pointer, so a job must never be
    // deleted before it finishes, not even with the store. It deletes itself once finished.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(call->key);
    QObject::connect(job, &QKeychain::Job::finished, q,
                     [this, call](QKeychain::Job *finished) { jobFinished(call, finished); });

    call->watchdog = new QTimer(q);
    call->watchdog->setSingleShot(true);
    QObject::connect(call->watchdog, &QTimer::timeout, q, [this, call] { watchdogFired(call); });
    call->watchdog->start(watchdogMs);

    inFlight.push_back(call);
    job->start();
}

void KeychainSecretStore::Private::jobFinished(const std::shared_ptr<Call> &call,
                                               QKeychain::Job *job)
{
    // Answered already: by the watchdog, or from memory when another job failed.
    if (call->answered)
        return;

    const QKeychain::Error error = job->error();
    const bool notFound = error == QKeychain::EntryNotFound;
    if (error != QKeychain::NoError && !(notFound && call->op != Call::Op::Write)) {
        const QString what = QStringLiteral("%1 of %2 failed: %3 (%4)")
                                 .arg(QLatin1String(call->op == Call::Op::Read    ? "read"
                                                    : call->op == Call::Op::Write ? "write"
                                                                                  : "remove"),
                                      call->key, Redactor::text(job->errorString()),
                                      QLatin1String(errorName(error)));
        goSessionOnly(reasonFor(error, job->errorString()), what);
        return;
    }

    settle(call);
    switch (call->op) {
    case Call::Op::Read: {
        std::optional<QString> value;
        if (notFound) {
            memory.remove(call->key);
        } else {
            value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
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

QString KeychainSecretStore::Private::reasonFor(QKeychain::Error error,
                                                const QString &errorString) const
{
    switch (error) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return tr("The keychain refused access (it may be locked), so secrets are kept for this "
                  "session only.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
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
