#include "AppBus.h"
#include "AppServices.h"
#include "MainWindow.h"
#include "SecureClipboard.h"
#include "TestClock.h"
#include "TestProcess.h"
#include "TestSessions.h"

#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The app's face on the session bus (io.tokenbench.Tokenbench) under the test's private bus: a
// window of this process holds the name, and the real tokenbench-cli and tokenbench binaries
// call it, as a keyboard shortcut or a second start would.
class TstAppBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void cliCopyGoesThroughTheRunningApp();
    void cliCopyHeaderUsesTheProfilesSendAs();
    void cliCopyOfAnUnknownProfileIsExitTwo();
    void aSecondStartShowsTheFirstAndGoes();
    void cliCopiesItselfWhenNoAppRuns();
    void helperHoldsTheClipboardUntilReleasedOrCleared();

private:
    using Run = TestProcess::Run;
    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
            const QByteArray &input = {});
    QProcessEnvironment environment() const;
    // A profile "api" of the CLI's own, in a folder of its own; returns the folder.
    QString addCliProfile(const QProcessEnvironment &env);
    void setClipboardDelay(const QString &config, int seconds);
    // Holds the bus name with `window`, as a running app does.
    void serve(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<AppBus> m_bus;
    QUuid m_id;
    const QString m_token = QStringLiteral("bus-token-3c9d61");
};

void TstAppBus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appbus"));
    QSettings().clear();
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run under tests/support/with-keyring.sh");
}

void TstAppBus::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
    Profile profile;
    profile.name = QStringLiteral("api");
    profile.vendor = QStringLiteral("generic");
    profile.method = QStringLiteral("bearer");
    profile.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    const auto added = m_services->profiles().add(profile);
    QVERIFY(added);
    m_id = added->id;
    QVERIFY(
        TestSessions::logIn(m_services->sessions(), m_id, {{QStringLiteral("token"), m_token}}));
    QGuiApplication::clipboard()->clear();
}

void TstAppBus::cleanup()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(AppBus::objectPath());
    bus.unregisterService(AppBus::serviceName());
    m_bus.reset();
    m_services.reset();
}

TstAppBus::Run TstAppBus::run(const QString &program, const QStringList &args,
                              const QProcessEnvironment &env, const QByteArray &input)
{
    // The window that answers lives in this process.
    return TestProcess::run(program, args, env, input);
}

QProcessEnvironment TstAppBus::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TOKENBENCH_CONFIG_DIR"), m_dir->path());
    // The app's own settings of a scratch user, never the developer's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    return env;
}

QString TstAppBus::addCliProfile(const QProcessEnvironment &env)
{
    const QString config = m_dir->filePath(QStringLiteral("cli"));
    const Run r = run(QStringLiteral(TOKENBENCH_CLI),
                      {QStringLiteral("--config-dir"), config, QStringLiteral("add"),
                       QStringLiteral("api"), QStringLiteral("--vendor"), QStringLiteral("generic"),
                       QStringLiteral("--method"), QStringLiteral("bearer"),
                       QStringLiteral("--url"), QStringLiteral("https://api.example.com")},
                      env);
    return r.code == 0 ? config : QString();
}

// The preference of the configuration folder in use, which tokenbench-clipboard reads as the
// app does (a --config-dir keeps its preferences in its own folder: AppPaths).
void TstAppBus::setClipboardDelay(const QString &config, int seconds)
{
    QSettings settings(config + QStringLiteral("/settings/tokenbench/tokenbench.conf"),
                       QSettings::IniFormat);
    settings.setValue(QStringLiteral("clipboard/clearAfterSeconds"), seconds);
}

void TstAppBus::serve(MainWindow &window)
{
    m_bus = std::make_unique<AppBus>(&window, m_services.get());
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY(AppBus::claimName(bus));
    QVERIFY(m_bus->exportOn(bus));
    // The name is one app's: a second claim fails while the first holds it.
    QVERIFY(!AppBus::claimName(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("second"))));
    QDBusConnection::disconnectFromBus(QStringLiteral("second"));
}

void TstAppBus::cliCopyGoesThroughTheRunningApp()
{
    TestClock clock;
    MainWindow window(m_services.get());
    serve(window);
    window.clipboard()->setClearDelay(20);

    const Run r = run(QStringLiteral(TOKENBENCH_CLI),
                      {QStringLiteral("copy"), QStringLiteral("api")}, environment());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.contains("copied the token of api"));
    QVERIFY(!r.out.contains(m_token.toUtf8()) && !r.err.contains(m_token.toUtf8()));
    // On the clipboard, marked secret, through the window's own clipboard.
    QCOMPARE(QGuiApplication::clipboard()->text(), m_token);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(window.clipboard()->holdsSecret());
    QCOMPARE(window.clipboard()->copiedWhat(), QStringLiteral("Token copied."));

    // Cleared once the delay has run, by the clock.
    clock.advance(19s);
    QCOMPARE(QGuiApplication::clipboard()->text(), m_token);
    clock.advance(1s);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TstAppBus::cliCopyHeaderUsesTheProfilesSendAs()
{
    {
        auto profile = m_services->profiles().find(m_id);
        QVERIFY(profile);
        profile->options.sendAs = QStringLiteral("X-Api-Key");
        QVERIFY(m_services->profiles().update(*profile));
    }
    MainWindow window(m_services.get());
    serve(window);
    const Run r = run(QStringLiteral(TOKENBENCH_CLI),
                      {QStringLiteral("copy"), QStringLiteral("api"), QStringLiteral("--header")},
                      environment());
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("X-Api-Key: ") + m_token);
    QCOMPARE(window.clipboard()->copiedWhat(), QStringLiteral("Header line copied."));
    QSettings().clear();
}

void TstAppBus::cliCopyOfAnUnknownProfileIsExitTwo()
{
    MainWindow window(m_services.get());
    serve(window);
    const Run r = run(QStringLiteral(TOKENBENCH_CLI),
                      {QStringLiteral("copy"), QStringLiteral("nope")}, environment());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("No profile named 'nope'"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TstAppBus::aSecondStartShowsTheFirstAndGoes()
{
    MainWindow window(m_services.get());
    serve(window);
    QVERIFY(!window.isVisible());
    // A second start finds the name taken, asks the first to show itself and ends.
    const Run r = run(QStringLiteral(TOKENBENCH_APP), {}, environment());
    QVERIFY2(r.code == 0, r.err.constData());
    QTRY_VERIFY(window.isVisible());
    // The first still holds the name.
    QVERIFY(
        QDBusConnection::sessionBus().interface()->serviceOwner(AppBus::serviceName()).value() ==
        QDBusConnection::sessionBus().baseService());
}

void TstAppBus::cliCopiesItselfWhenNoAppRuns()
{
    // No window holds the name: the CLI copies through its own secret-marked clipboard and
    // stays until the clearing delay (the app's preference, one second here) has run.
    QProcessEnvironment env = environment();
    const QString cli = QStringLiteral(TOKENBENCH_CLI);
    const QString config = addCliProfile(env);
    setClipboardDelay(config, 1);
    Run r = run(cli,
                {QStringLiteral("--config-dir"), config, QStringLiteral("--no-keychain"),
                 QStringLiteral("copy"), QStringLiteral("api"), QStringLiteral("--secrets-stdin")},
                env, "token=" + m_token.toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("Token copied. The clipboard is cleared in 1 s."), r.err.constData());
    QVERIFY(!r.err.contains(m_token.toUtf8()) && !r.out.contains(m_token.toUtf8()));

    // Without a display and without an app there is nothing to copy on.
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    r = run(cli,
            {QStringLiteral("--config-dir"), config, QStringLiteral("copy"), QStringLiteral("api")},
            env);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no display"));
}

void TstAppBus::helperHoldsTheClipboardUntilReleasedOrCleared()
{
    // Only where processes share a clipboard (X11; ctest runs this under Xvfb as
    // tst_appbus_x11) can this process see what tokenbench-clipboard put there.
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs a shared clipboard: see tst_appbus_x11");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const QString config = addCliProfile(env);
    QVERIFY(!config.isEmpty());
    const QStringList copy{QStringLiteral("--config-dir"),  config,
                           QStringLiteral("--no-keychain"), QStringLiteral("copy"),
                           QStringLiteral("api"),           QStringLiteral("--secrets-stdin")};
    QClipboard *clipboard = QGuiApplication::clipboard();

    // Held until someone copies something else.
    setClipboardDelay(config, 600);
    QProcess holder;
    holder.setProcessEnvironment(env);
    holder.start(QStringLiteral(TOKENBENCH_CLI), copy);
    QVERIFY(holder.waitForStarted());
    holder.write("token=" + m_token.toUtf8() + '\n');
    holder.closeWriteChannel();
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += holder.readAllStandardError()).contains("Token copied."),
                              said.constData(), 30000);
    QTRY_COMPARE(clipboard->text(), m_token);
    QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
             QByteArray("secret"));
    QCOMPARE(holder.state(), QProcess::Running);
    clipboard->setText(QStringLiteral("something else"));
    QTRY_COMPARE_WITH_TIMEOUT(holder.state(), QProcess::NotRunning, 30000);
    QCOMPARE(holder.exitCode(), 0);
    QCOMPARE(clipboard->text(), QStringLiteral("something else"));

    // Cleared when the delay has run; the helper goes with it.
    setClipboardDelay(config, 1);
    QProcess clearing;
    clearing.setProcessEnvironment(env);
    clearing.start(QStringLiteral(TOKENBENCH_CLI), copy);
    QVERIFY(clearing.waitForStarted());
    clearing.write("token=" + m_token.toUtf8() + '\n');
    clearing.closeWriteChannel();
    QTRY_COMPARE_WITH_TIMEOUT(clearing.state(), QProcess::NotRunning, 30000);
    QCOMPARE(clearing.exitCode(), 0);
    QVERIFY(clipboard->text().isEmpty());
}

QTEST_MAIN(TstAppBus)
#include "tst_appbus.moc"
