// Keychain faults that tests/core/tst_secretstore.cpp does not already stage: a session bus on
// which no Secret Service exists (and none can be started), and a keyring whose collection is
// locked with no display for the unlock prompt. Each runs the store in a child process against a
// bus of its own, so the shared test keyring is never locked under other tests' feet.
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <optional>

namespace {

const char ChildArg[] = "--keychain-child";
const int WatchdogMs = 8000;

// The child: one write and one read through a fresh store, reported as one JSON line.
int runChild()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    KeychainSecretStore store(QStringLiteral("tokenbench"), WatchdogMs);
    const QString key = SecretStore::key(QUuid::createUuid(), QStringLiteral("password"));
    const QString secret = QStringLiteral("locked-SECRET-") + QUuid::createUuid().toString();
    QObject context;
    QElapsedTimer clock;
    clock.start();
    std::optional<Result<bool>> written;
    std::optional<Result<std::optional<QString>>> read;
    qint64 answeredMs = -1;
    store.write(key, secret, &context, [&](const Result<bool> &r) {
        written = r;
        answeredMs = clock.elapsed();
    });
    store.read(key, &context, [&](const Result<std::optional<QString>> &r) { read = r; });
    (void)QTest::qWaitFor([&] { return written && read; }, 3 * WatchdogMs);

    QJsonObject out;
    out[QStringLiteral("answeredMs")] = answeredMs;
    out[QStringLiteral("sessionOnly")] = store.isSessionOnly();
    out[QStringLiteral("reason")] = store.sessionOnlyReason();
    out[QStringLiteral("writeCode")] =
        !written ? QStringLiteral("<none>")
                 : (written->ok() ? QStringLiteral("ok") : written->error().code);
    out[QStringLiteral("writeMessageLeaks")] =
        written && !written->ok() &&
        (written->error().message.contains(secret) || written->error().detail.contains(secret));
    out[QStringLiteral("readBack")] =
        read && read->ok() && read->value() && *read->value() == secret;
    const QByteArray line = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    // A stuck GLib D-Bus thread must not keep the child from ending.
    std::_Exit(0);
}

struct ChildRun
{
    QJsonObject result;
    qint64 elapsedMs = -1;
    QByteArray errors;
};

ChildRun waitForChild(QProcess &child, int timeoutMs)
{
    ChildRun run;
    QElapsedTimer clock;
    clock.start();
    if (!child.waitForStarted(10000))
        return run;
    if (!child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished(5000);
        run.errors = child.readAllStandardError();
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.errors = child.readAllStandardError();
    const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
    run.result = QJsonDocument::fromJson(lines.last()).object();
    return run;
}

} // namespace

class TstKeychainFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretServiceOnTheBus();
    void lockedCollection();
};

// A working session bus with no org.freedesktop.secrets and no service files to start one from.
void TstKeychainFaults::noSecretServiceOnTheBus()
{
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("bus.conf"));
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\""
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir=" +
                dir.path().toUtf8() +
                "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
                "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                "<allow own=\"*\"/></policy></busconfig>\n");
    }
    QProcess bus;
    bus.start(daemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                       QStringLiteral("--print-address=1")});
    QVERIFY(bus.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return bus.canReadLine(); }, 10000));
    const QString address = QString::fromUtf8(bus.readLine().trimmed());
    QVERIFY2(address.startsWith(QLatin1String("unix:")), qPrintable(address));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildArg)});
    const ChildRun run = waitForChild(child, 4 * WatchdogMs);
    bus.kill();
    bus.waitForFinished(5000);

    QVERIFY2(run.elapsedMs >= 0, run.errors.constData());
    const QJsonObject &r = run.result;
    QVERIFY2(!r.isEmpty(), run.errors.constData());
    QVERIFY(r.value(QStringLiteral("sessionOnly")).toBool());
    QVERIFY2(r.value(QStringLiteral("reason")).toString().startsWith(QLatin1String("No keychain")),
             qPrintable(r.value(QStringLiteral("reason")).toString()));
    // The bus said "no such service": an answer, not the watchdog.
    QVERIFY2(r.value(QStringLiteral("answeredMs")).toInt() < WatchdogMs,
             qPrintable(QString::number(r.value(QStringLiteral("answeredMs")).toInt())));
    QCOMPARE(r.value(QStringLiteral("writeCode")).toString(),
             QStringLiteral("keychain.session_only"));
    QVERIFY(!r.value(QStringLiteral("writeMessageLeaks")).toBool());
    QVERIFY(r.value(QStringLiteral("readBack")).toBool());
}

// gnome-keyring with its collection locked and no display: the unlock prompt cannot be shown.
void TstKeychainFaults::lockedCollection()
{
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon", "dbus-send"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A bus and keyring of their own; the collection is locked through the Secret Service API.
    const QString script = QStringLiteral(R"sh(set -e
scratch="$1"; shift
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
eval "$(printf '%s' locked-test | gnome-keyring-daemon --unlock --components=secrets)"
dbus-send --session --dest=org.freedesktop.secrets --type=method_call --print-reply \
    /org/freedesktop/secrets org.freedesktop.Secret.Service.Lock \
    array:objpath:/org/freedesktop/secrets/collection/login >/dev/null
"$@"
)sh");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("TOKENBENCH_KEYRING_READY"));
    env.remove(QStringLiteral("TOKENBENCH_KEYRING_UP"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral("dbus-run-session"),
                {QStringLiteral("--"), QStringLiteral("bash"), QStringLiteral("-c"), script,
                 QStringLiteral("keyring"), dir.path(), QCoreApplication::applicationFilePath(),
                 QString::fromLatin1(ChildArg)});
    const ChildRun run = waitForChild(child, 4 * WatchdogMs + 20000);

    QVERIFY2(run.elapsedMs >= 0, run.errors.constData());
    const QJsonObject &r = run.result;
    QVERIFY2(!r.isEmpty(), run.errors.constData());
    QVERIFY(r.value(QStringLiteral("sessionOnly")).toBool());
    // Denied, not "no keychain": the prompt gnome-keyring wanted to show failed at once.
    QVERIFY2(r.value(QStringLiteral("reason")).toString().contains(QLatin1String("refused access")),
             qPrintable(r.value(QStringLiteral("reason")).toString()));
    QCOMPARE(r.value(QStringLiteral("writeCode")).toString(),
             QStringLiteral("keychain.session_only"));
    QVERIFY(!r.value(QStringLiteral("writeMessageLeaks")).toBool());
    // The secret is still usable for this run, from memory.
    QVERIFY(r.value(QStringLiteral("readBack")).toBool());
    qInfo().noquote() << "locked collection:" << r.value(QStringLiteral("reason")).toString()
                      << "after" << r.value(QStringLiteral("answeredMs")).toInt() << "ms";
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], ChildArg) == 0) {
        QCoreApplication app(argc, argv);
        return runChild();
    }
    QCoreApplication app(argc, argv);
    TstKeychainFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainfaults.moc"
