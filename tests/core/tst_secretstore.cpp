#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace {

const char ChildArg[] = "--secretstore-child";
const QString Service = QStringLiteral("tokenbench");

using ReadResult = Result<std::optional<QString>>;
using WriteResult = Result<bool>;

// Every message any code logs, so a test can assert no secret ever reached a log.
QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

bool logContains(const QString &needle)
{
    QMutexLocker lock(&g_logMutex);
    for (const QString &line : std::as_const(g_log)) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

QString newKey(const QString &field = QStringLiteral("password"))
{
    return SecretStore::key(QUuid::createUuid(), field);
}

QString newSecret()
{
    return QStringLiteral("s3cret-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The calls below wait in a test's own event loop; production code never does.
ReadResult readNow(SecretStore &store, const QString &key, int *calls = nullptr)
{
    QObject context;
    std::optional<ReadResult> out;
    int count = 0;
    store.read(key, &context, [&](const ReadResult &r) {
        ++count;
        out = r;
    });
    const bool answered = QTest::qWaitFor([&] { return count > 0; }, 5000);
    if (calls)
        *calls = count;
    if (!answered)
        return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"), {});
    return *out;
}

WriteResult writeNow(SecretStore &store, const QString &key, const QString &value)
{
    QObject context;
    std::optional<WriteResult> out;
    store.write(key, value, &context, [&](const WriteResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"), {});
    return *out;
}

WriteResult removeNow(SecretStore &store, const QString &key)
{
    QObject context;
    std::optional<WriteResult> out;
    store.remove(key, &context, [&](const WriteResult &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"), {});
    return *out;
}

QByteArray why(const ReadResult &r)
{
    return r.ok() ? QByteArray()
                  : (r.error().code + QLatin1String(": ") + r.error().message).toUtf8();
}

QByteArray why(const WriteResult &r)
{
    return r.ok() ? QByteArray()
                  : (r.error().code + QLatin1String(": ") + r.error().message).toUtf8();
}

// What the keyring itself holds for `key`, asked of secret-tool: an empty optional when nothing.
std::optional<QString> keyringLookup(const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            Service, QStringLiteral("user"), key});
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

// --- The child process: one KeychainSecretStore against whatever bus the parent arranged. ------
//
// It writes and reads one secret with both calls in flight at once, then makes more calls once
// the store has given up on the keychain, and prints what happened as one JSON object on stdout.
int runChild(int watchdogMs, bool exitHard)
{
    g_previousHandler = qInstallMessageHandler(captureMessage);

    KeychainSecretStore store(Service, watchdogMs);
    int changes = 0;
    QString changeReason;
    QObject::connect(&store, &SecretStore::sessionOnlyChanged, &store,
                     [&](bool on, const QString &reason) {
                         changes += on ? 1 : 100;
                         changeReason = reason;
                     });

    const QString key = newKey();
    const QString otherKey = newKey();
    const QString secret = newSecret();
    QObject context;
    QElapsedTimer clock;
    clock.start();

    int calls = 0;
    bool synchronous = false;
    bool inCall = false;
    auto count = [&] {
        ++calls;
        synchronous = synchronous || inCall;
    };

    std::optional<WriteResult> firstWrite;
    std::optional<ReadResult> firstRead;
    qint64 firstAnswerMs = -1;
    inCall = true;
    store.write(key, secret, &context, [&](const WriteResult &r) {
        count();
        firstWrite = r;
        firstAnswerMs = clock.elapsed();
    });
    store.read(key, &context, [&](const ReadResult &r) {
        count();
        firstRead = r;
    });
    inCall = false;
    (void)QTest::qWaitFor([&] { return firstWrite && firstRead; }, 8000);

    // Once session-only, calls are answered from memory and never queue behind a stuck job.
    QElapsedTimer later;
    later.start();
    std::optional<ReadResult> again, missing, afterRemove;
    std::optional<WriteResult> removed, secondWrite;
    inCall = true;
    store.read(key, &context, [&](const ReadResult &r) { count(), again = r; });
    store.read(otherKey, &context, [&](const ReadResult &r) { count(), missing = r; });
    store.remove(key, &context, [&](const WriteResult &r) { count(), removed = r; });
    store.read(key, &context, [&](const ReadResult &r) { count(), afterRemove = r; });
    store.write(otherKey, secret, &context,
                [&](const WriteResult &r) { count(), secondWrite = r; });
    inCall = false;
    (void)QTest::qWaitFor([&] { return again && missing && removed && afterRemove && secondWrite; },
                          8000);
    const qint64 laterMs = later.elapsed();
    // A late answer from the keychain must not reach any handler a second time. QtKeychain runs
    // its jobs one after another: once another store's job has been answered (or given up on by
    // its watchdog), whatever the earlier ones still had to say has been said.
    {
        KeychainSecretStore probe(Service, watchdogMs);
        bool probed = false;
        probe.read(otherKey, &context, [&probed](const ReadResult &) { probed = true; });
        (void)QTest::qWaitFor([&probed] { return probed; }, 8000);
    }

    auto valueOf = [](const std::optional<ReadResult> &r) -> QJsonValue {
        if (!r)
            return QStringLiteral("<no answer>");
        if (!r->ok())
            return QStringLiteral("<error %1>").arg(r->error().code);
        return r->value() ? QJsonValue(*r->value()) : QJsonValue();
    };
    const bool leaked = logContains(secret) || (firstWrite && !firstWrite->ok() &&
                                                (firstWrite->error().message.contains(secret) ||
                                                 firstWrite->error().detail.contains(secret)));

    QJsonObject out;
    out[QStringLiteral("changes")] = changes;
    out[QStringLiteral("signalReason")] = changeReason;
    out[QStringLiteral("sessionOnly")] = store.isSessionOnly();
    out[QStringLiteral("reason")] = store.sessionOnlyReason();
    out[QStringLiteral("firstAnswerMs")] = firstAnswerMs;
    out[QStringLiteral("writeCode")] =
        firstWrite ? (firstWrite->ok() ? QStringLiteral("ok") : firstWrite->error().code)
                   : QStringLiteral("<no answer>");
    out[QStringLiteral("writeKeychainKind")] =
        firstWrite && !firstWrite->ok() && firstWrite->error().kind == Error::Kind::Keychain;
    out[QStringLiteral("writeMessage")] =
        firstWrite && !firstWrite->ok() ? firstWrite->error().message : QString();
    out[QStringLiteral("firstRead")] = valueOf(firstRead);
    out[QStringLiteral("readAgain")] = valueOf(again);
    out[QStringLiteral("readMissing")] = valueOf(missing);
    out[QStringLiteral("removeOk")] = removed && removed->ok();
    out[QStringLiteral("removeCode")] =
        removed && !removed->ok() ? removed->error().code : QString();
    out[QStringLiteral("readAfterRemove")] = valueOf(afterRemove);
    out[QStringLiteral("secondWriteCode")] =
        secondWrite ? (secondWrite->ok() ? QStringLiteral("ok") : secondWrite->error().code)
                    : QStringLiteral("<no answer>");
    out[QStringLiteral("laterMs")] = laterMs;
    out[QStringLiteral("calls")] = calls;
    out[QStringLiteral("synchronous")] = synchronous;
    out[QStringLiteral("leaked")] = leaked;
    out[QStringLiteral("secret")] = secret;

    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fflush(stdout);
    if (exitHard) {
        // GLib's D-Bus thread is still blocked in the stuck handshake and the stuck job is still
        // alive; neither will ever end, so leave without running destructors.
        std::_Exit(0);
    }
    return 0;
}

struct ChildRun
{
    QJsonObject result;
    qint64 elapsedMs = -1;
    QByteArray errors;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    bool m_haveKeyring = false;
    bool m_haveSecretTool = false;
    QStringList m_secrets; // every value written, for the log-leak check

    ChildRun runChildProcess(const QString &busAddress, int watchdogMs, bool exitHard,
                             int timeoutMs);

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyIsUuidSlashField();
    void memoryStore();

    void roundTrip_data();
    void roundTrip();
    void readMissingIsEmptyNotError();
    void overwrite();
    void removeMissingIsOk();
    void secondInstanceReadsWhatFirstWrote();
    void profilesDoNotMix();

    void handlersAreNeverSynchronous_data();
    void handlersAreNeverSynchronous();
    void noHandlerAfterContextDestroyed_data();
    void noHandlerAfterContextDestroyed();

    void lateJobAfterWatchdogIsIgnored();
    void noSecretServiceGoesSessionOnly();
    void stuckBackendTripsWatchdog();
};

// Skipped on a developer's machine without it; in CI a keyring that did not start is a failure.
#define REQUIRE_KEYRING()                                                                          \
    if (!m_haveKeyring) {                                                                          \
        if (!qEnvironmentVariableIsEmpty("CI"))                                                    \
            QFAIL("the private keyring did not start (tests/support/with-keyring.sh)");            \
        QSKIP("needs the private keyring: run under tests/support/with-keyring.sh (make test)");   \
    }

void TestSecretStore::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessage);
    m_haveKeyring = !qEnvironmentVariableIsEmpty("TOKENBENCH_KEYRING_UP") &&
                    !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
    m_haveSecretTool = !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

void TestSecretStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString &secret : std::as_const(m_secrets))
        QVERIFY2(!logContains(secret), "a secret value reached a log message");
}

void TestSecretStore::keyIsUuidSlashField()
{
    const QUuid id = QUuid::fromString(QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}"));
    QCOMPARE(SecretStore::key(id, QStringLiteral("password")),
             QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e/password"));
}

void TestSecretStore::memoryStore()
{
    MemorySecretStore store;
    QVERIFY(store.isSessionOnly());
    QVERIFY(store.sessionOnlyReason().contains(QStringLiteral("--no-keychain")));
    QCOMPARE(MemorySecretStore(QStringLiteral("why")).sessionOnlyReason(), QStringLiteral("why"));

    const QString key = newKey();
    QVERIFY(!readNow(store, key).value().has_value());
    QVERIFY(writeNow(store, key, QStringLiteral("one")).ok());
    QCOMPARE(readNow(store, key).value(), std::optional<QString>(QStringLiteral("one")));
    QVERIFY(writeNow(store, key, QStringLiteral("two")).ok());
    QCOMPARE(readNow(store, key).value(), std::optional<QString>(QStringLiteral("two")));
    QVERIFY(removeNow(store, key).ok());
    QVERIFY(!readNow(store, key).value().has_value());
    QVERIFY(removeNow(store, key).ok());
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("ascii") << newSecret();
    QTest::newRow("unicode") << QStringLiteral("pässwörd ✓ 🔑 密码 ") + newSecret();
    QTest::newRow("quotes and spaces") << QStringLiteral("a \"quoted\" 'value' ; & ") + newSecret();
    QTest::newRow("long") << newSecret().repeated(100);
}

void TestSecretStore::roundTrip()
{
    REQUIRE_KEYRING();
    QFETCH(QString, value);
    m_secrets << value;
    KeychainSecretStore store;
    QSignalSpy changes(&store, &SecretStore::sessionOnlyChanged);
    const QString key = newKey();

    const WriteResult written = writeNow(store, key, value);
    QVERIFY2(written.ok(), why(written).constData());
    if (m_haveSecretTool)
        QCOMPARE(keyringLookup(key), std::optional<QString>(value));

    const ReadResult read = readNow(store, key);
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(read.value(), std::optional<QString>(value));

    const WriteResult removed = removeNow(store, key);
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(!readNow(store, key).value().has_value());
    if (m_haveSecretTool)
        QCOMPARE(keyringLookup(key), std::nullopt);

    QVERIFY(!store.isSessionOnly());
    QVERIFY(store.sessionOnlyReason().isEmpty());
    QCOMPARE(changes.count(), 0);
}

void TestSecretStore::readMissingIsEmptyNotError()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const ReadResult read = readNow(store, newKey());
    QVERIFY2(read.ok(), why(read).constData());
    QVERIFY(!read.value().has_value());
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::overwrite()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const QString key = newKey();
    const QString first = newSecret();
    const QString second = newSecret();
    m_secrets << first << second;
    QVERIFY(writeNow(store, key, first).ok());
    QVERIFY(writeNow(store, key, second).ok());
    QCOMPARE(readNow(store, key).value(), std::optional<QString>(second));
    if (m_haveSecretTool)
        QCOMPARE(keyringLookup(key), std::optional<QString>(second));
    QVERIFY(removeNow(store, key).ok());
}

void TestSecretStore::removeMissingIsOk()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const WriteResult removed = removeNow(store, newKey());
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(!store.isSessionOnly());
}

void TestSecretStore::secondInstanceReadsWhatFirstWrote()
{
    REQUIRE_KEYRING();
    const QString key = newKey(QStringLiteral("refresh_token"));
    const QString value = newSecret();
    m_secrets << value;
    {
        KeychainSecretStore first;
        QVERIFY(writeNow(first, key, value).ok());
    }
    // As after a restart: nothing in memory, so the value can only come from the keyring.
    KeychainSecretStore second;
    QCOMPARE(readNow(second, key).value(), std::optional<QString>(value));
    QVERIFY(removeNow(second, key).ok());
}

void TestSecretStore::profilesDoNotMix()
{
    REQUIRE_KEYRING();
    KeychainSecretStore store;
    const QUuid a = QUuid::createUuid();
    const QUuid b = QUuid::createUuid();
    const QString field = QStringLiteral("password");
    const QString valueA = newSecret();
    const QString valueB = newSecret();
    m_secrets << valueA << valueB;

    QVERIFY(writeNow(store, SecretStore::key(a, field), valueA).ok());
    QVERIFY(writeNow(store, SecretStore::key(b, field), valueB).ok());
    QCOMPARE(readNow(store, SecretStore::key(a, field)).value(), std::optional<QString>(valueA));
    QCOMPARE(readNow(store, SecretStore::key(b, field)).value(), std::optional<QString>(valueB));
    QVERIFY(
        !readNow(store, SecretStore::key(a, QStringLiteral("client_secret"))).value().has_value());

    QVERIFY(removeNow(store, SecretStore::key(a, field)).ok());
    QVERIFY(!readNow(store, SecretStore::key(a, field)).value().has_value());
    QCOMPARE(readNow(store, SecretStore::key(b, field)).value(), std::optional<QString>(valueB));
    QVERIFY(removeNow(store, SecretStore::key(b, field)).ok());
}

void TestSecretStore::handlersAreNeverSynchronous_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<QString>("op");
    for (const bool keychain : {false, true}) {
        for (const char *op : {"read", "write", "remove"}) {
            QTest::addRow("%s %s", keychain ? "keychain" : "memory", op)
                << keychain << QString::fromLatin1(op);
        }
    }
}

void TestSecretStore::handlersAreNeverSynchronous()
{
    QFETCH(bool, keychain);
    QFETCH(QString, op);
    if (keychain)
        REQUIRE_KEYRING();
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeychainSecretStore>();
    else
        store = std::make_unique<MemorySecretStore>();

    const QString key = newKey();
    QObject context;
    bool returned = false;
    int calls = 0;
    bool calledBeforeReturn = false;
    auto onAnswer = [&] {
        ++calls;
        calledBeforeReturn = calledBeforeReturn || !returned;
    };
    if (op == QLatin1String("read"))
        store->read(key, &context, [&](const ReadResult &) { onAnswer(); });
    else if (op == QLatin1String("write"))
        store->write(key, QStringLiteral("value"), &context,
                     [&](const WriteResult &) { onAnswer(); });
    else
        store->remove(key, &context, [&](const WriteResult &) { onAnswer(); });
    returned = true;

    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(!calledBeforeReturn);
    // Calls are answered in order: once a later one is, a second answer to the first would have
    // come already.
    (void)readNow(*store, newKey());
    QCOMPARE(calls, 1);
    if (op == QLatin1String("write"))
        QVERIFY(removeNow(*store, key).ok());
}

void TestSecretStore::noHandlerAfterContextDestroyed_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::newRow("memory") << false;
    QTest::newRow("keychain") << true;
}

void TestSecretStore::noHandlerAfterContextDestroyed()
{
    QFETCH(bool, keychain);
    if (keychain)
        REQUIRE_KEYRING();
    std::unique_ptr<SecretStore> store;
    if (keychain)
        store = std::make_unique<KeychainSecretStore>();
    else
        store = std::make_unique<MemorySecretStore>();

    const QString key = newKey();
    const QString value = newSecret();
    m_secrets << value;
    int calls = 0;
    auto *context = new QObject;
    store->write(key, value, context, [&](const WriteResult &) { ++calls; });
    store->read(key, context, [&](const ReadResult &) { ++calls; });
    delete context;

    // Calls are answered in order, so once this one is, the two above have been dealt with.
    QCOMPARE(readNow(*store, key).value(), std::optional<QString>(value));
    QCOMPARE(calls, 0);

    // A handler that destroys another call's context before that call is answered.
    context = new QObject;
    QObject killer;
    store->read(key, &killer, [&](const ReadResult &) { delete context; });
    store->read(key, context, [&](const ReadResult &) { ++calls; });
    // The memory store knows its answer at once, so it is already posted when the context goes.
    auto *posted = new QObject;
    MemorySecretStore memory;
    memory.read(key, posted, [&](const ReadResult &) { ++calls; });
    delete posted;

    QVERIFY(removeNow(*store, key).ok());
    (void)readNow(memory, key); // answered after what the memory store had posted before
    QCOMPARE(calls, 0);
}

// The watchdog fires before the keychain's answer arrives: the event loop is held up for longer
// than the watchdog right after the call, so the expired timer is dispatched before the first
// D-Bus round trip can complete. The late answer must not reach the handler a second time.
void TestSecretStore::lateJobAfterWatchdogIsIgnored()
{
    REQUIRE_KEYRING();
    const QString key = newKey();
    const QString value = newSecret();
    m_secrets << value;
    KeychainSecretStore store(Service, 1);
    QSignalSpy changes(&store, &SecretStore::sessionOnlyChanged);

    QObject context;
    int calls = 0;
    std::optional<WriteResult> written;
    store.write(key, value, &context, [&](const WriteResult &r) {
        ++calls;
        written = r;
    });
    QThread::msleep(50);

    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QVERIFY(!written->ok());
    QCOMPARE(written->error().kind, Error::Kind::Keychain);
    QCOMPARE(written->error().code, QStringLiteral("keychain.session_only"));
    QVERIFY(!written->error().message.contains(value));
    QVERIFY(!written->error().detail.contains(value));
    QVERIFY(store.isSessionOnly());
    QVERIFY2(store.sessionOnlyReason().contains(QStringLiteral("did not answer")),
             qPrintable(store.sessionOnlyReason()));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).toBool(), true);
    QCOMPARE(changes.at(0).at(1).toString(), store.sessionOnlyReason());

    if (m_haveSecretTool) {
        // The job itself carried on and finished; its answer was dropped.
        QTRY_COMPARE_WITH_TIMEOUT(keyringLookup(key), std::optional<QString>(value), 5000);
    } else {
        // QtKeychain runs jobs one after another: once a later one is answered, so was that one.
        KeychainSecretStore probe;
        QCOMPARE(readNow(probe, key).value(), std::optional<QString>(value));
    }
    QCOMPARE(calls, 1);

    // From now on, memory only: what this run wrote is there; nothing else is asked of the keyring.
    QCOMPARE(readNow(store, key).value(), std::optional<QString>(value));
    QCOMPARE(changes.count(), 1);

    KeychainSecretStore healthy;
    QVERIFY(removeNow(healthy, key).ok());
}

ChildRun TestSecretStore::runChildProcess(const QString &busAddress, int watchdogMs, bool exitHard,
                                          int timeoutMs)
{
    ChildRun run;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    child.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(ChildArg), QString::number(watchdogMs),
                 exitHard ? QStringLiteral("hard") : QStringLiteral("soft")});
    if (!child.waitForStarted(5000))
        return run;
    // Not waitForFinished(): the parent's event loop must run (the stuck bus lives here).
    (void)QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, timeoutMs);
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(2000);
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.errors = child.readAllStandardError();
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    run.result = QJsonDocument::fromJson(lines.last()).object();
    return run;
}

// No session bus at all: QtKeychain's job fails at once and the store goes session-only.
void TestSecretStore::noSecretServiceGoesSessionOnly()
{
    const ChildRun run = runChildProcess(QStringLiteral("unix:path=/nonexistent/tokenbench/bus"),
                                         KeychainSecretStore::DefaultWatchdogMs, false, 10000);
    QVERIFY2(run.elapsedMs >= 0, "the child hung or did not start");
    const QJsonObject &r = run.result;
    QVERIFY2(!r.isEmpty(), run.errors.constData());

    QVERIFY2(run.elapsedMs < 3000, QByteArray::number(run.elapsedMs).constData());
    QCOMPARE(r.value(QStringLiteral("changes")).toInt(), 1);
    QVERIFY(r.value(QStringLiteral("sessionOnly")).toBool());
    const QString reason = r.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.startsWith(QStringLiteral("No keychain")), qPrintable(reason));
    QCOMPARE(r.value(QStringLiteral("signalReason")).toString(), reason);
    // Not the watchdog: the error itself switched the store.
    QVERIFY2(r.value(QStringLiteral("firstAnswerMs")).toInt() < 2000,
             qPrintable(QString::number(r.value(QStringLiteral("firstAnswerMs")).toInt())));

    QCOMPARE(r.value(QStringLiteral("writeCode")).toString(),
             QStringLiteral("keychain.session_only"));
    QVERIFY(r.value(QStringLiteral("writeKeychainKind")).toBool());
    QVERIFY(!r.value(QStringLiteral("writeMessage")).toString().isEmpty());
    const QString secret = r.value(QStringLiteral("secret")).toString();
    QCOMPARE(r.value(QStringLiteral("firstRead")).toString(), secret);
    QCOMPARE(r.value(QStringLiteral("readAgain")).toString(), secret);
    QVERIFY(r.value(QStringLiteral("readMissing")).isNull());
    // The keychain may still hold it: a removal that could not reach it is no success.
    QVERIFY(!r.value(QStringLiteral("removeOk")).toBool());
    QCOMPARE(r.value(QStringLiteral("removeCode")).toString(),
             QStringLiteral("keychain.remove_failed"));
    QVERIFY(r.value(QStringLiteral("readAfterRemove")).isNull());
    QCOMPARE(r.value(QStringLiteral("secondWriteCode")).toString(),
             QStringLiteral("keychain.session_only"));
    QVERIFY(r.value(QStringLiteral("laterMs")).toInt() < 500);
    QCOMPARE(r.value(QStringLiteral("calls")).toInt(), 7);
    QVERIFY(!r.value(QStringLiteral("synchronous")).toBool());
    QVERIFY(!r.value(QStringLiteral("leaked")).toBool());
    QVERIFY(!run.errors.contains(secret.toUtf8()));
}

// A bus that accepts the connection and never says a word: the D-Bus handshake hangs, so does
// QtKeychain's job, and only the watchdog gets the store going again.
void TestSecretStore::stuckBackendTripsWatchdog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QLocalServer silent;
    const QString path = dir.filePath(QStringLiteral("bus"));
    QVERIFY2(silent.listen(path), qPrintable(silent.errorString()));
    int connections = 0;
    connect(&silent, &QLocalServer::newConnection, &silent, [&] {
        while (QLocalSocket *socket = silent.nextPendingConnection()) {
            ++connections;
            socket->setParent(&silent); // kept open, never written to
        }
    });

    const int watchdogMs = 300;
    const ChildRun run =
        runChildProcess(QStringLiteral("unix:path=") + path, watchdogMs, true, 10000);
    QVERIFY2(run.elapsedMs >= 0, "the child hung or did not start");
    const QJsonObject &r = run.result;
    QVERIFY2(!r.isEmpty(), run.errors.constData());

    QVERIFY2(connections >= 1, "the child never reached the silent bus");
    const int firstAnswerMs = r.value(QStringLiteral("firstAnswerMs")).toInt();
    QVERIFY2(firstAnswerMs >= watchdogMs - 20 && firstAnswerMs < 1000,
             qPrintable(QString::number(firstAnswerMs)));
    QCOMPARE(r.value(QStringLiteral("changes")).toInt(), 1);
    QVERIFY(r.value(QStringLiteral("sessionOnly")).toBool());
    const QString reason = r.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QStringLiteral("did not answer within 0.3 s")), qPrintable(reason));

    QCOMPARE(r.value(QStringLiteral("writeCode")).toString(),
             QStringLiteral("keychain.session_only"));
    const QString secret = r.value(QStringLiteral("secret")).toString();
    // The read was queued behind the stuck write; it was answered from memory with it.
    QCOMPARE(r.value(QStringLiteral("firstRead")).toString(), secret);
    QCOMPARE(r.value(QStringLiteral("readAgain")).toString(), secret);
    QVERIFY(r.value(QStringLiteral("readMissing")).isNull());
    // The keychain may still hold it: a removal that could not reach it is no success.
    QVERIFY(!r.value(QStringLiteral("removeOk")).toBool());
    QCOMPARE(r.value(QStringLiteral("removeCode")).toString(),
             QStringLiteral("keychain.remove_failed"));
    QVERIFY(r.value(QStringLiteral("readAfterRemove")).isNull());
    QCOMPARE(r.value(QStringLiteral("secondWriteCode")).toString(),
             QStringLiteral("keychain.session_only"));
    // Not queued behind the stuck job (that would take another watchdog period at least).
    QVERIFY2(r.value(QStringLiteral("laterMs")).toInt() < 150,
             qPrintable(QString::number(r.value(QStringLiteral("laterMs")).toInt())));
    QCOMPARE(r.value(QStringLiteral("calls")).toInt(), 7);
    QVERIFY(!r.value(QStringLiteral("synchronous")).toBool());
    QVERIFY(!r.value(QStringLiteral("leaked")).toBool());
    QVERIFY(!run.errors.contains(secret.toUtf8()));
}

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], ChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QByteArray(argv[2]).toInt(), qstrcmp(argv[3], "hard") == 0);
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
