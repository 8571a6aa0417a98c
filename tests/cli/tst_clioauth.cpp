// tokenbench-cli with OAuth 2.0, as a person at a terminal and a script use it: the real binary,
// the sandbox's OpenID provider on loopback, a browser this test plays from the address the CLI
// prints, the real keychain of the test session.
#include "Sandbox.h"
#include "TestBrowser.h"
#include "TestProcess.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstCliOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void browserLoginThenRefreshAndRevoke();
    void deviceCodeOnStandardError();
    void aDeclinedSignInIsExitThree();
    void aBrowserThatNeverComesBackTimesOut();
    void clientCredentialsAskForTheSecret();

private:
    using Run = TestProcess::Run;
    Run cli(const QStringList &args, const QByteArray &input = {});
    QStringList base() const { return {QStringLiteral("--config-dir"), m_config->path()}; }
    void addProfile(const QString &name, const QString &grant, const QStringList &sets = {});
    // Starts `args`, waits until standard error has `lines` lines, and gives them.
    QStringList startAndRead(QProcess &process, const QStringList &args, int lines,
                             const QByteArray &input = {});
    bool finish(QProcess &process);
    int requestsTo(const QString &pathEnd) const;

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QSignalSpy> m_handled;
    QProcessEnvironment m_env;
};

void TstCliOAuth::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_env = QProcessEnvironment::systemEnvironment();
    // No display: nothing opens a browser on the machine that runs the tests.
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

void TstCliOAuth::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_sandbox.setTokenLifetime(Sandbox::Vendor::Oidc, 3600);
    m_sandbox.setDeviceInterval(0);
    m_handled = std::make_unique<QSignalSpy>(&m_sandbox, &Sandbox::requestHandled);
}

TstCliOAuth::Run TstCliOAuth::cli(const QStringList &args, const QByteArray &input)
{
    return TestProcess::run(QStringLiteral(TOKENBENCH_CLI), base() + args, m_env, input, 30000);
}

void TstCliOAuth::addProfile(const QString &name, const QString &grant, const QStringList &sets)
{
    const QString issuer = m_sandbox.oidcIssuer().toString();
    QStringList args{QStringLiteral("add"),      name,
                     QStringLiteral("--vendor"), QStringLiteral("generic"),
                     QStringLiteral("--method"), QStringLiteral("oauth2"),
                     QStringLiteral("--url"),    issuer,
                     QStringLiteral("--set"),    QStringLiteral("grant=") + grant,
                     QStringLiteral("--set"),    QStringLiteral("issuer=") + issuer};
    // A person signs in with these; client credentials have no person to speak of.
    if (grant != QLatin1String("client_credentials"))
        args << QStringLiteral("--set") << QStringLiteral("scope=openid profile offline_access");
    if (!sets.join(QString()).contains(QLatin1String("client_id=")))
        args << QStringLiteral("--set")
             << QStringLiteral("client_id=") + Sandbox::oidcPublicClientId()
             << QStringLiteral("--set") << QStringLiteral("client_auth=none");
    for (const QString &set : sets)
        args << QStringLiteral("--set") << set;
    const Run run = cli(args);
    QVERIFY2(run.code == 0, run.err.constData());
}

QStringList TstCliOAuth::startAndRead(QProcess &process, const QStringList &args, int lines,
                                      const QByteArray &input)
{
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(TOKENBENCH_CLI), base() + args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    QByteArray err;
    // The sandbox lives in this process: its event loop turns while the CLI waits.
    (void)QTest::qWaitFor(
        [&] {
            err += process.readAllStandardError();
            return err.count('\n') >= lines || process.state() == QProcess::NotRunning;
        },
        20000);
    return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool TstCliOAuth::finish(QProcess &process)
{
    return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000);
}

int TstCliOAuth::requestsTo(const QString &pathEnd) const
{
    int n = 0;
    for (const auto &call : *m_handled)
        n += call.at(1).toString().endsWith(pathEnd);
    return n;
}

void TstCliOAuth::browserLoginThenRefreshAndRevoke()
{
    addProfile(QStringLiteral("idp"), QStringLiteral("authorization_code"));
    // Tokens that live less than the half minute `token` wants: every `token` below renews.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::Oidc, 20);
    QProcess login;
    // --no-browser after the command too, where people type it.
    const QStringList lines = startAndRead(
        login, {QStringLiteral("login"), QStringLiteral("idp"), QStringLiteral("--no-browser")}, 2);
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('|'))));
    QVERIFY(lines.at(0).contains(QLatin1String("open this address in a browser")));
    // The address on a line of its own, for a person to copy.
    const QUrl authorization(lines.at(1));
    QVERIFY2(authorization.toString().startsWith(m_sandbox.oidcIssuer().toString() +
                                                 QLatin1String("/authorize?")),
             qPrintable(lines.at(1)));
    TestBrowser browser(Sandbox::oidcUsername(), Sandbox::oidcPassword());
    QVERIFY(browser.signIn(authorization));
    QVERIFY(browser.lastPage().contains("close this tab"));
    QVERIFY(finish(login));
    const QByteArray rest = login.readAllStandardError();
    QVERIFY2(login.exitCode() == 0, rest.constData());
    QVERIFY(rest.contains("Logged in to idp."));

    // It renews through the refresh token, with no prompt and no browser.
    const int refreshesBefore = requestsTo(QStringLiteral("/oidc/token"));
    Run token = cli({QStringLiteral("token"), QStringLiteral("idp")});
    QVERIFY2(token.code == 0, token.err.constData());
    QCOMPARE(requestsTo(QStringLiteral("/oidc/token")), refreshesBefore + 1);
    QCOMPARE(token.out.count('.'), 2); // the sandbox's access tokens are JWTs
    QVERIFY(!token.err.contains("http"));
    // Rotation: the next renewal uses the new refresh token, which the keychain kept.
    Run again = cli({QStringLiteral("token"), QStringLiteral("idp")});
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY(again.out != token.out);
    // The tokens live in the keychain alone: no file of the configuration holds either access
    // token or a refresh token.
    QDirIterator files(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY2(!data.contains(token.out.trimmed()) && !data.contains(again.out.trimmed()) &&
                     !data.contains("refresh_token"),
                 qPrintable(file.fileName()));
    }

    const Run out = cli({QStringLiteral("logout"), QStringLiteral("idp")});
    QVERIFY2(out.code == 0, out.err.constData());
    QCOMPARE(requestsTo(QStringLiteral("/oidc/revoke")), 2); // the refresh and the access token
    // Nothing is left to renew with: a script is told to log in.
    const Run after = cli({QStringLiteral("token"), QStringLiteral("idp")});
    QCOMPARE(after.code, 3);
}

void TstCliOAuth::deviceCodeOnStandardError()
{
    addProfile(QStringLiteral("tv"), QStringLiteral("device_code"),
               {QStringLiteral("client_id=") + Sandbox::oidcConfidentialClientId(),
                QStringLiteral("client_auth=basic")});
    QProcess login;
    const QStringList lines = startAndRead(
        login, {QStringLiteral("login"), QStringLiteral("tv"), QStringLiteral("--secrets-stdin")},
        3, "client_secret=" + Sandbox::oidcClientSecret().toUtf8() + '\n');
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
    // The verification address and the code, each on a line of its own.
    const QUrl verification(lines.at(1));
    QCOMPARE(verification.toString(), m_sandbox.oidcIssuer().toString() + QLatin1String("/device"));
    const QString code = lines.at(2);
    QVERIFY(QRegularExpression(QStringLiteral("^[B-Z]{4}-[B-Z]{4}$")).match(code).hasMatch());
    TestBrowser person(Sandbox::oidcUsername(), Sandbox::oidcPassword());
    QVERIFY(person.enterCode(verification, code));
    QVERIFY(finish(login));
    const QByteArray rest = login.readAllStandardError();
    QVERIFY2(login.exitCode() == 0, rest.constData());
    QVERIFY(!rest.contains(Sandbox::oidcClientSecret().toUtf8()));
}

void TstCliOAuth::aDeclinedSignInIsExitThree()
{
    addProfile(QStringLiteral("idp"), QStringLiteral("authorization_code"));
    QProcess login;
    // --no-browser after the command too, where people type it.
    const QStringList lines = startAndRead(
        login, {QStringLiteral("login"), QStringLiteral("idp"), QStringLiteral("--no-browser")}, 2);
    QVERIFY(lines.size() >= 2);
    TestBrowser browser(Sandbox::oidcUsername(), Sandbox::oidcPassword());
    QVERIFY(browser.signIn(QUrl(lines.at(1)), QStringLiteral("deny")));
    QVERIFY(finish(login));
    QCOMPARE(login.exitCode(), 3);
    QVERIFY(login.readAllStandardError().contains("access_denied"));
}

void TstCliOAuth::aBrowserThatNeverComesBackTimesOut()
{
    addProfile(QStringLiteral("idp"), QStringLiteral("authorization_code"));
    // The one real wait of this test: the CLI's own clock, one second.
    const Run run = cli({QStringLiteral("--no-browser"), QStringLiteral("login"),
                         QStringLiteral("idp"), QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(run.code, 3);
    QVERIFY2(run.err.contains("No answer came from the browser within 1 second"),
             run.err.constData());
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("idp"), QStringLiteral("--timeout"),
                  QStringLiteral("soon")})
                 .code,
             2);
}

// The client secret is optional for a public client in the browser, not for client credentials:
// a script without it is told how to give it, instead of a login that cannot succeed.
void TstCliOAuth::clientCredentialsAskForTheSecret()
{
    addProfile(QStringLiteral("service"), QStringLiteral("client_credentials"),
               {QStringLiteral("client_id=") + Sandbox::oidcConfidentialClientId(),
                QStringLiteral("client_auth=basic")});
    const Run without = cli({QStringLiteral("login"), QStringLiteral("service")});
    QCOMPARE(without.code, 3);
    QVERIFY2(without.err.contains("client_secret="), without.err.constData());
    const Run with =
        cli({QStringLiteral("login"), QStringLiteral("service"), QStringLiteral("--secrets-stdin")},
            "client_secret=" + Sandbox::oidcClientSecret().toUtf8() + '\n');
    QVERIFY2(with.code == 0, with.err.constData());
    const Run token = cli({QStringLiteral("token"), QStringLiteral("service")});
    QCOMPARE(token.code, 0);
    QCOMPARE(token.out.count('.'), 2);
}

QTEST_GUILESS_MAIN(TstCliOAuth)
#include "tst_clioauth.moc"
