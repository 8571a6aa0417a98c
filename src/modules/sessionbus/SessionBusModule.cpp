// The session bus module: QtKeychain and Qt D-Bus behind the interfaces of core's
// util/SessionBus.h, loaded by core when first needed. Links Qt Core, Qt D-Bus and QtKeychain
// only; nothing of core, so there is one copy of every core object in a process.
#include "util/SessionBus.h"

#include <qt6keychain/keychain.h>

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace {

class QtKeychainJobs final : public KeychainJobs
{
public:
    void start(Op op, const QString &service, const QString &key, const QString &text,
               QObject *context, Done done) override
    {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Op::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Op::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setTextData(text);
            job = write;
            break;
        }
        case Op::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        // No parent: libsecret's callback holds the job's private pointer, so a job must never
        // be deleted before it finishes. It deletes itself once finished.
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        QObject::connect(
            job, &QKeychain::Job::finished, context,
            [op, done = std::move(done)](QKeychain::Job *finished) {
                Outcome outcome;
                outcome.error = static_cast<Error>(finished->error());
                outcome.errorString = finished->errorString();
                if (op == Op::Read && finished->error() == QKeychain::NoError)
                    outcome.text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                done(outcome);
            });
        job->start();
    }
};

// QtKeychain's codes and ours must stay in step.
static_assert(int(KeychainJobs::Error::NoError) == QKeychain::NoError);
static_assert(int(KeychainJobs::Error::EntryNotFound) == QKeychain::EntryNotFound);
static_assert(int(KeychainJobs::Error::CouldNotDeleteEntry) == QKeychain::CouldNotDeleteEntry);
static_assert(int(KeychainJobs::Error::AccessDeniedByUser) == QKeychain::AccessDeniedByUser);
static_assert(int(KeychainJobs::Error::AccessDenied) == QKeychain::AccessDenied);
static_assert(int(KeychainJobs::Error::NoBackendAvailable) == QKeychain::NoBackendAvailable);
static_assert(int(KeychainJobs::Error::NotImplemented) == QKeychain::NotImplemented);
static_assert(int(KeychainJobs::Error::OtherError) == QKeychain::OtherError);

class DBusAppCaller final : public AppBusCaller
{
public:
    Reply call(const QString &service, const QString &path, const QString &method,
               const QString &argument, int timeoutMs) override
    {
        Reply reply;
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || !bus.interface() ||
            !bus.interface()->isServiceRegistered(service).value())
            return reply;
        reply.appRunning = true;
        QDBusMessage message = QDBusMessage::createMethodCall(service, path, service, method);
        message << argument;
        const QDBusMessage answer = bus.call(message, QDBus::Block, timeoutMs);
        reply.ok = answer.type() == QDBusMessage::ReplyMessage;
        if (!reply.ok) {
            reply.errorName = answer.errorName();
            reply.errorMessage = answer.errorMessage();
        }
        return reply;
    }
};

} // namespace

extern "C" Q_DECL_EXPORT KeychainJobs *tokenbench_keychain_jobs()
{
    static QtKeychainJobs jobs;
    return &jobs;
}

extern "C" Q_DECL_EXPORT AppBusCaller *tokenbench_app_bus_caller()
{
    static DBusAppCaller caller;
    return &caller;
}
