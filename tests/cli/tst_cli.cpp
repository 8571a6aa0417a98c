#include "Sandbox.h"
#include "TestCertificates.h"
#include "TestHttpServer.h"
#include "TestProcess.h"
#include "TestTokens.h"
#include "compose/SecretVariables.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// tokenbench-cli end to end, as scripts use it: the real binary, the sandbox on loopback, the real
// gnome-keyring of the test session (tests/support/with-keyring.sh), a fresh config folder each.
class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addListStatusRemove();
    void addRefusesSecretsAndNonsense_data();
    void addRefusesSecretsAndNonsense();
    void regScaleFullRound();
    void wrongPasswordIsExitThreeWithoutTheSecret();
    void secondFactorRounds();
    void everyVendorAndMethodLogsIn_data();
    void everyVendorAndMethodLogsIn();
    void passwordSafeLogoutSignsOut();
    void requestOutputs();
    void tokenLogsInAgainWhenExpired();
    void statusCallsATokenPastExpExpired();
    void keychainRoundTripAndRemoval();
    void removeTakesItsTrustedCaFileOnly();
    void noKeychainRemembersNothing();
    void noSecretServiceIsExitSix();
    void networkErrorIsExitFour();
    void corruptProfileFileIsKeptAside();
    void stdinSecretsServeEveryCommand_data();
    void stdinSecretsServeEveryCommand();
    void sendAsIsTheHeaderPrintedAndSent();
    void statusOfAnExpiredTokenOnStdin();
    void loginAnsweredWithoutATokenIsExitThree_data();
    void loginAnsweredWithoutATokenIsExitThree();
    void requestRenewsOnceAfterA401();
    void requestsGoIntoTheHistory();
    void aRemovalTheKeychainMissedIsRetriedNotReadBack();
    void nothingLeftInTheTempFolder();
    void curlKeepsTypedSecretsOutUnlessRevealed();
    void curlSaysWhenTheTokenStaysHome();
    void importPutsRequestsInACollectionAndSecretsInTheKeychain();
    void importRefusesWhatItCannotRead();
    void installedLayoutFindsItsModules();

private:
    using Run = TestProcess::Run;
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void add(const QString &name, const QString &vendor, const QString &method,
             const QStringList &sets = {});
    QString url(Sandbox::Vendor vendor) const { return m_sandbox.vendorBaseUrl(vendor).toString(); }
    void assertNoSecretsOnDisk();

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
    QStringList m_secrets;
    QStringList m_leaks; // commands that printed a secret where none belongs
};

void TstCli::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_secrets = {Sandbox::regScalePassword(),
                 Sandbox::scantrustPassword(),
                 Sandbox::scantrustUat(),
                 Sandbox::passwordSafeApiKey(),
                 Sandbox::passwordSafeClientSecret(),
                 Sandbox::genericClientSecret(),
                 Sandbox::genericStaticToken(),
                 Sandbox::genericPassword(),
                 Sandbox::regScaleServiceAccountToken()};
}

void TstCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 24 * 3600);
}

void TstCli::cleanup()
{
    assertNoSecretsOnDisk();
    // Only token, header and curl --reveal may print a secret, and only on standard output.
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1String("; "))));
}

TstCli::Run TstCli::cli(const QStringList &args, const QByteArray &input,
                        const QProcessEnvironment &env)
{
    // The sandbox lives in this process: its event loop turns while the CLI works.
    const Run run = TestProcess::run(
        QStringLiteral(TOKENBENCH_CLI),
        QStringList{QStringLiteral("--config-dir"), m_config->path()} + args, env, input, 30000);
    // Whatever happened, no secret reaches standard error.
    // Standard error never shows a secret; standard output only where the command's purpose is
    // to print one (token, header, curl --reveal) or a server sent it back (request).
    const bool mayPrint =
        args.contains(QStringLiteral("token")) || args.contains(QStringLiteral("header")) ||
        args.contains(QStringLiteral("--reveal")) || args.contains(QStringLiteral("request"));
    for (const QString &secret : std::as_const(m_secrets))
        if (run.err.contains(secret.toUtf8()) || (!mayPrint && run.out.contains(secret.toUtf8())))
            m_leaks.append(args.join(QLatin1Char(' ')));
    return run;
}

void TstCli::add(const QString &name, const QString &vendor, const QString &method,
                 const QStringList &sets)
{
    Sandbox::Vendor v = Sandbox::Vendor::Generic;
    if (vendor == QLatin1String("regscale"))
        v = Sandbox::Vendor::RegScale;
    else if (vendor == QLatin1String("scantrust"))
        v = Sandbox::Vendor::Scantrust;
    else if (vendor == QLatin1String("passwordsafe"))
        v = Sandbox::Vendor::PasswordSafe;
    QStringList args{QStringLiteral("add"),      name,   QStringLiteral("--vendor"), vendor,
                     QStringLiteral("--method"), method, QStringLiteral("--url"),    url(v)};
    for (const QString &set : sets)
        args << QStringLiteral("--set") << set;
    const Run r = cli(args);
    QVERIFY2(r.code == 0, r.err.constData());
}

void TstCli::assertNoSecretsOnDisk()
{
    if (!m_config)
        return;
    QDirIterator it(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!content.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a secret in ") + file.fileName()));
    }
}

void TstCli::addListStatusRemove()
{
    add(QStringLiteral("rs"), QStringLiteral("regscale"), QStringLiteral("password"),
        {QStringLiteral("username=analyst"), QStringLiteral("timeout=12")});
    Run r = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("rs"));
    QCOMPARE(list.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("none"));

    r = cli({QStringLiteral("status"), QStringLiteral("rs"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QLatin1String("profile")).toString(), QStringLiteral("rs"));
    QCOMPARE(status.value(QLatin1String("vendor")).toString(), QStringLiteral("regscale"));
    QCOMPARE(status.value(QLatin1String("method")).toString(), QStringLiteral("password"));
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("none"));
    QVERIFY(status.value(QLatin1String("expires_at")).isNull());
    QVERIFY(status.value(QLatin1String("seconds_left")).isNull());

    r = cli({QStringLiteral("list")});
    QVERIFY(r.out.contains("regscale/password"));
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("rs")}).code, 0);
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("rs")}).code, 2);
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("rs")}).code, 2);
}

void TstCli::addRefusesSecretsAndNonsense_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString base = url(Sandbox::Vendor::RegScale);
    const QStringList common{QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--url"),
                             base};
    QTest::newRow("password as argument")
        << common + QStringList{QStringLiteral("--vendor"), QStringLiteral("regscale"),
                                QStringLiteral("--method"), QStringLiteral("password"),
                                QStringLiteral("--set"),    QStringLiteral("username=a"),
                                QStringLiteral("--set"),    QStringLiteral("password=hunter2")}
        << "secret";
    QTest::newRow("unknown vendor")
        << common + QStringList{QStringLiteral("--vendor"), QStringLiteral("acme"),
                                QStringLiteral("--method"), QStringLiteral("password")}
        << "unknown vendor/method";
    QTest::newRow("missing username")
        << common + QStringList{QStringLiteral("--vendor"), QStringLiteral("regscale"),
                                QStringLiteral("--method"), QStringLiteral("password")}
        << "username";
    QTest::newRow("bad url") << QStringList{QStringLiteral("add"),      QStringLiteral("x"),
                                            QStringLiteral("--vendor"), QStringLiteral("generic"),
                                            QStringLiteral("--method"), QStringLiteral("bearer"),
                                            QStringLiteral("--url"),    QStringLiteral("ftp://h")}
                             << "http";
    // A password or token in a URL would be written to profiles.json (issue 19, item 4).
    const QStringList generic{QStringLiteral("add"),      QStringLiteral("x"),
                              QStringLiteral("--vendor"), QStringLiteral("generic"),
                              QStringLiteral("--method"), QStringLiteral("bearer")};
    QTest::newRow("password in the base URL")
        << generic + QStringList{QStringLiteral("--url"),
                                 QStringLiteral("https://ada:hunter2@api.example.com")}
        << "keychain";
    QTest::newRow("token as the user of the base URL")
        << generic + QStringList{QStringLiteral("--url"),
                                 QStringLiteral("https://hunter2@api.example.com")}
        << "keychain";
    QTest::newRow("password in a URL field")
        << QStringList{QStringLiteral("add"),
                       QStringLiteral("x"),
                       QStringLiteral("--vendor"),
                       QStringLiteral("generic"),
                       QStringLiteral("--method"),
                       QStringLiteral("oauth2"),
                       QStringLiteral("--url"),
                       QStringLiteral("https://api.example.com"),
                       QStringLiteral("--set"),
                       QStringLiteral("client_id=c"),
                       QStringLiteral("--set"),
                       QStringLiteral("token_url=https://c:hunter2@idp.example.com/token")}
        << "keychain";
}

void TstCli::addRefusesSecretsAndNonsense()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(!r.err.contains("hunter2"));
    // Nothing was written.
    QVERIFY(!QFile::exists(m_config->filePath(QStringLiteral("profiles.json"))));
}

void TstCli::regScaleFullRound()
{
    add(QStringLiteral("rs"), QStringLiteral("regscale"), QStringLiteral("password"),
        {QStringLiteral("username=analyst")});
    const QByteArray secrets = "password=" + Sandbox::regScalePassword().toUtf8() + '\n';
    Run r = cli({QStringLiteral("login"), QStringLiteral("rs"), QStringLiteral("--secrets-stdin")},
                secrets);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.err.contains("Logged in to rs"));

    r = cli({QStringLiteral("token"), QStringLiteral("rs")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray token = r.out.trimmed();
    QCOMPARE(token.count('.'), 2);
    m_secrets.append(QString::fromLatin1(token));

    r = cli({QStringLiteral("header"), QStringLiteral("rs")});
    QCOMPARE(r.out, "Authorization: Bearer " + token + '\n');

    r = cli({QStringLiteral("status"), QStringLiteral("rs"), QStringLiteral("--json")});
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
    QVERIFY(status.value(QLatin1String("seconds_left")).toDouble() > 23 * 3600);
    QVERIFY(status.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));

    r = cli({QStringLiteral("request"), QStringLiteral("rs"), QStringLiteral("GET"),
             QStringLiteral("api/assets/getList")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isArray() || QJsonDocument::fromJson(r.out).isObject());
    QVERIFY2(r.err.startsWith("200 "), r.err.constData());

    r = cli({QStringLiteral("curl"), QStringLiteral("rs"), QStringLiteral("POST"),
             QStringLiteral("/api/issues"), QStringLiteral("-d"),
             QStringLiteral("{\"title\":\"x\"}")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("curl -X POST '" + url(Sandbox::Vendor::RegScale).toUtf8() +
                              "/api/issues' -H \"Authorization: Bearer $TOKEN\""),
             r.out.constData());
    QVERIFY(r.out.contains("--data-raw '{\"title\":\"x\"}'"));
    QVERIFY(!r.out.contains(token));
    r = cli({QStringLiteral("curl"), QStringLiteral("rs"), QStringLiteral("GET"),
             QStringLiteral("api/config/getLicense"), QStringLiteral("--reveal")});
    QVERIFY(r.out.contains("'Authorization: Bearer " + token + "'"));

    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("rs")}).code, 0);
    r = cli({QStringLiteral("status"), QStringLiteral("rs"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("state")).toString(),
             QStringLiteral("none"));
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("rs")}).code, 0);
}

void TstCli::wrongPasswordIsExitThreeWithoutTheSecret()
{
    add(QStringLiteral("st"), QStringLiteral("scantrust"), QStringLiteral("jwt"),
        {QStringLiteral("email=") + Sandbox::scantrustEmail()});
    m_secrets.append(QStringLiteral("definitely-wrong-pw"));
    const Run r = cli({QStringLiteral("login"), QStringLiteral("st"),
                       QStringLiteral("--secrets-stdin"), QStringLiteral("--no-remember")},
                      "password=definitely-wrong-pw\n");
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("Unable to login with provided credentials."), r.err.constData());
    QVERIFY(!r.err.contains("definitely-wrong-pw"));
}

void TstCli::secondFactorRounds()
{
    add(QStringLiteral("mfa"), QStringLiteral("regscale"), QStringLiteral("password"),
        {QStringLiteral("username=") + Sandbox::regScaleMfaUsername()});
    const QByteArray password = "password=" + Sandbox::regScalePassword().toUtf8() + '\n';
    Run r = cli({QStringLiteral("login"), QStringLiteral("mfa"), QStringLiteral("--secrets-stdin")},
                password);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("mfa="), r.err.constData());
    r = cli({QStringLiteral("login"), QStringLiteral("mfa"), QStringLiteral("--secrets-stdin")},
            password + "mfa=" + Sandbox::regScaleMfaCode().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());

    add(QStringLiteral("ps2fa"), QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
        {QStringLiteral("runas=") + Sandbox::passwordSafeMfaRunAs()});
    const QByteArray key = "api_key=" + Sandbox::passwordSafeApiKey().toUtf8() + '\n';
    r = cli({QStringLiteral("login"), QStringLiteral("ps2fa"), QStringLiteral("--secrets-stdin")},
            key);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Enter the one-time passcode from your authenticator"),
             r.err.constData());
    r = cli({QStringLiteral("login"), QStringLiteral("ps2fa"), QStringLiteral("--secrets-stdin")},
            key + "challenge=" + Sandbox::passwordSafeChallengeCode().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("header"), QStringLiteral("ps2fa")});
    QVERIFY2(r.out.startsWith("Cookie: ASP.NET_SessionId="), r.out.constData());
    cli({QStringLiteral("logout"), QStringLiteral("ps2fa")});
}

void TstCli::everyVendorAndMethodLogsIn_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QByteArray>("secrets");
    QTest::addColumn<QByteArray>("headerStart");

    const QString tokenUrl = url(Sandbox::Vendor::Generic) + QStringLiteral("/oauth/token");
    QTest::newRow("regscale token")
        << "regscale"
        << "token" << QStringList() << "token=" + m_sandbox.regScaleProfileToken().toUtf8()
        << QByteArray("Authorization: Bearer ey");
    QTest::newRow("regscale service-account")
        << "regscale"
        << "service-account" << QStringList{QStringLiteral("expires=2030-01-31")}
        << "token=" + Sandbox::regScaleServiceAccountToken().toUtf8()
        << QByteArray("Authorization: Bearer rs-svc-");
    QTest::newRow("scantrust uat")
        << "scantrust"
        << "uat" << QStringList{QStringLiteral("valid_until=2030-01-31")}
        << "token=" + Sandbox::scantrustUat().toUtf8() << QByteArray("Authorization: UAT ");
    QTest::newRow("scantrust jwt")
        << "scantrust"
        << "jwt" << QStringList{QStringLiteral("email=") + Sandbox::scantrustEmail()}
        << "password=" + Sandbox::scantrustPassword().toUtf8()
        << QByteArray("Authorization: JWT ey");
    QTest::newRow("passwordsafe apikey with password")
        << "passwordsafe"
        << "apikey" << QStringList{QStringLiteral("runas=") + Sandbox::passwordSafeAdminRunAs()}
        << "api_key=" + Sandbox::passwordSafeApiKey().toUtf8() +
               "\npassword=" + Sandbox::passwordSafeAdminPassword().toUtf8()
        << QByteArray("Cookie: ASP.NET_SessionId=");
    QTest::newRow("passwordsafe oauth")
        << "passwordsafe"
        << "oauth" << QStringList{QStringLiteral("client_id=") + Sandbox::passwordSafeClientId()}
        << "client_secret=" + Sandbox::passwordSafeClientSecret().toUtf8()
        << QByteArray("Authorization: Bearer ");
    QTest::newRow("generic bearer api key")
        << "generic"
        << "bearer" << QStringList{QStringLiteral("header=X-Api-Key"), QStringLiteral("prefix=")}
        << "token=" + Sandbox::genericApiKey().toUtf8() << QByteArray("X-Api-Key: sbxkey-");
    QTest::newRow("generic basic")
        << "generic"
        << "basic" << QStringList{QStringLiteral("username=") + Sandbox::genericUsername()}
        << "password=" + Sandbox::genericPassword().toUtf8() << QByteArray("Authorization: Basic ");
    QTest::newRow("generic oauth2 body")
        << "generic"
        << "oauth2"
        << QStringList{QStringLiteral("token_url=") + tokenUrl,
                       QStringLiteral("client_id=") + Sandbox::genericClientId(),
                       QStringLiteral("client_auth=body"), QStringLiteral("scope=read")}
        << "client_secret=" + Sandbox::genericClientSecret().toUtf8()
        << QByteArray("Authorization: Bearer ey");
}

void TstCli::everyVendorAndMethodLogsIn()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    QFETCH(QStringList, sets);
    QFETCH(QByteArray, secrets);
    QFETCH(QByteArray, headerStart);
    add(QStringLiteral("p"), vendor, method, sets);
    Run r = cli({QStringLiteral("login"), QStringLiteral("p"), QStringLiteral("--secrets-stdin")},
                secrets + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("header"), QStringLiteral("p")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith(headerStart), r.out.constData());
    m_secrets.append(
        QString::fromUtf8(r.out.mid(r.out.indexOf(' ', headerStart.size() - 1)).trimmed()));
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("p")}).code, 0);
}

void TstCli::passwordSafeLogoutSignsOut()
{
    add(QStringLiteral("ps"), QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
        {QStringLiteral("runas=") + Sandbox::passwordSafeRunAs()});
    Run r = cli({QStringLiteral("login"), QStringLiteral("ps"), QStringLiteral("--secrets-stdin")},
                "api_key=" + Sandbox::passwordSafeApiKey().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("request"), QStringLiteral("ps"), QStringLiteral("GET"),
             QStringLiteral("ManagedAccounts")});
    QVERIFY2(r.code == 0, r.err.constData());
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("ps")}).code, 0);
    bool signedOut = false;
    for (const auto &call : std::as_const(handled))
        signedOut |=
            call.at(1).toString().endsWith(QLatin1String("Auth/Signout"), Qt::CaseInsensitive) &&
            call.at(2).toInt() == 200;
    QVERIFY(signedOut);
}

void TstCli::requestOutputs()
{
    add(QStringLiteral("g"), QStringLiteral("generic"), QStringLiteral("bearer"));
    QVERIFY(cli({QStringLiteral("login"), QStringLiteral("g"), QStringLiteral("--secrets-stdin")},
                "token=" + Sandbox::genericStaticToken().toUtf8() + '\n')
                .code == 0);
    Run r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("POST"),
                 QStringLiteral("api/echo"), QStringLiteral("-H"), QStringLiteral("X-Trace: 7"),
                 QStringLiteral("-d"), QStringLiteral("{\"a\":1}"), QStringLiteral("-i")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith("HTTP/1.1 200"));
    const QByteArray body = r.out.mid(r.out.indexOf("\r\n\r\n") + 4);
    const QJsonObject echo = QJsonDocument::fromJson(body).object();
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QVERIFY(body.contains("X-Trace"));

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("body.json"));
    r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("GET"),
             QStringLiteral("api/whoami"), QStringLiteral("-o"), file});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(saved.readAll()).isObject());

    r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("GET"),
             QStringLiteral("api/no-such-thing")});
    QCOMPARE(r.code, 5);
    QVERIFY(r.err.startsWith("404"));

    // A full URL elsewhere gets no credentials, and the CLI says so.
    r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("GET"),
             QStringLiteral("http://localhost:%1/generic/api/whoami").arg(m_sandbox.port())});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains("its token stays home"), r.err.constData());
}

void TstCli::statusCallsATokenPastExpExpired()
{
    // The last token of the profile expired half a minute ago (the app recorded it).
    add(QStringLiteral("api"), QStringLiteral("generic"), QStringLiteral("bearer"));
    {
        ProfileStore store(m_config->path());
        QVERIFY(store.load().ok());
        auto p = store.find(QStringLiteral("api"));
        QVERIFY(p);
        p->lastToken.obtainedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        p->lastToken.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        p->lastToken.source = QStringLiteral("login");
        p->lastToken.expirySource = QStringLiteral("exp_claim");
        QVERIFY(store.update(*p).ok());
    }
    Run r = cli({QStringLiteral("status"), QStringLiteral("api"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    QVERIFY(status.value(QLatin1String("seconds_left")).toDouble() <= -30);
    r = cli({QStringLiteral("status"), QStringLiteral("api")});
    QVERIFY2(r.out.contains("token expired"), r.out.constData());
}

void TstCli::tokenLogsInAgainWhenExpired()
{
    // A token with seconds to live is no use to a script: `token` logs in again first.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 20);
    add(QStringLiteral("rs"), QStringLiteral("regscale"), QStringLiteral("password"),
        {QStringLiteral("username=analyst")});
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("rs"), QStringLiteral("--secrets-stdin")},
                 "password=" + Sandbox::regScalePassword().toUtf8() + '\n')
                 .code,
             0);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const Run r = cli({QStringLiteral("token"), QStringLiteral("rs")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed().count('.'), 2);
    int logins = 0;
    for (const auto &call : std::as_const(handled))
        logins += call.at(1).toString().endsWith(QLatin1String("authentication/login"));
    QVERIFY(logins >= 1);

    // With a long-lived token, `token` reuses it and sends nothing.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 3600);
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("rs"), QStringLiteral("--secrets-stdin")},
                 "password=" + Sandbox::regScalePassword().toUtf8() + '\n')
                 .code,
             0);
    handled.clear();
    QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("rs")}).code, 0);
    QCOMPARE(handled.count(), 0);
}

void TstCli::keychainRoundTripAndRemoval()
{
    add(QStringLiteral("kc"), QStringLiteral("generic"), QStringLiteral("basic"),
        {QStringLiteral("username=") + Sandbox::genericUsername()});
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("kc"), QStringLiteral("--secrets-stdin")},
                 "password=" + Sandbox::genericPassword().toUtf8() + '\n')
                 .code,
             0);
    // A later call, a new process, finds the session in the keychain.
    Run r = cli({QStringLiteral("header"), QStringLiteral("kc")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith("Authorization: Basic "));

    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool is not installed");
    const auto items = [&] {
        QProcess p;
        p.start(secretTool, {QStringLiteral("search"), QStringLiteral("--all"),
                             QStringLiteral("server"), QStringLiteral("tokenbench")});
        p.waitForFinished(10000);
        return p.readAllStandardOutput() + p.readAllStandardError();
    };
    const QByteArray id =
        QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString()
            .toUtf8();
    QVERIFY(!id.isEmpty());
    QVERIFY(items().contains(id + "/password"));
    QVERIFY(items().contains(id + "/session"));

    // A secret typed into a saved request, kept as a variable by the app: it goes too.
    {
        KeychainSecretStore keychain;
        SecretVariables variables(&keychain, m_config->path());
        std::optional<Result<bool>> stored;
        variables.store(QUuid::fromString(QString::fromUtf8(id)),
                        {{QStringLiteral("api_key"), QStringLiteral("cli-removes-me-1")}}, this,
                        [&stored](const Result<bool> &written) { stored = written; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 15000);
        QVERIFY(stored->ok());
    }
    QVERIFY(items().contains(id + "/variable/api_key"));
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("kc")}).code, 0);
    QVERIFY2(!items().contains(id + '/'), items().constData());
    QVERIFY(SecretVariables(nullptr, m_config->path())
                .names(QUuid::fromString(QString::fromUtf8(id)))
                .isEmpty());
}

void TstCli::removeTakesItsTrustedCaFileOnly()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    if (!TestCertificates::make(elsewhere.path()))
        QSKIP("openssl is needed to make the certificates");
    const QString chosen = elsewhere.filePath(QStringLiteral("ca.pem"));
    QFile chosenFile(chosen);
    QVERIFY(chosenFile.open(QIODevice::ReadOnly));
    const QByteArray pem = chosenFile.readAll();
    chosenFile.close();

    // Two profiles whose authority was trusted from the app (the file where CaTrust writes it:
    // <data dir>/ca/<id>.pem, the config folder when confined) and one with a CA file of its own.
    add(QStringLiteral("own"), QStringLiteral("generic"), QStringLiteral("bearer"));
    add(QStringLiteral("other"), QStringLiteral("generic"), QStringLiteral("bearer"));
    add(QStringLiteral("mine"), QStringLiteral("generic"), QStringLiteral("bearer"),
        {QStringLiteral("ca_file=") + chosen});
    QString ownFile;
    QString otherFile;
    {
        ProfileStore store(m_config->path());
        QVERIFY(store.load().ok());
        for (const QString &name : {QStringLiteral("own"), QStringLiteral("other")}) {
            auto p = store.find(name);
            QVERIFY(p);
            p->options.caFile = m_config->filePath(
                QStringLiteral("ca/%1.pem").arg(p->id.toString(QUuid::WithoutBraces)));
            QVERIFY(PrivateFiles::write(p->options.caFile, pem).ok());
            QVERIFY(store.update(*p).ok());
            (name == QLatin1String("own") ? ownFile : otherFile) = p->options.caFile;
        }
        QCOMPARE(store.find(QStringLiteral("mine"))->options.caFile, chosen);
    }

    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("own")}).code, 0);
    QVERIFY(!QFileInfo::exists(ownFile));
    QVERIFY(QFileInfo::exists(otherFile)); // another profile's stays

    // A CA file a person chose is theirs: removing the profile leaves it as it was.
    QCOMPARE(cli({QStringLiteral("remove"), QStringLiteral("mine")}).code, 0);
    QVERIFY(chosenFile.open(QIODevice::ReadOnly));
    QCOMPARE(chosenFile.readAll(), pem);
}

void TstCli::noKeychainRemembersNothing()
{
    add(QStringLiteral("nk"), QStringLiteral("generic"), QStringLiteral("bearer"));
    Run r = cli({QStringLiteral("--no-keychain"), QStringLiteral("token"), QStringLiteral("nk"),
                 QStringLiteral("--secrets-stdin")},
                "token=" + Sandbox::genericStaticToken().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), Sandbox::genericStaticToken().toUtf8());
    r = cli({QStringLiteral("--no-keychain"), QStringLiteral("token"), QStringLiteral("nk")});
    QVERIFY(r.code != 0);
}

void TstCli::noSecretServiceIsExitSix()
{
    add(QStringLiteral("ns"), QStringLiteral("scantrust"), QStringLiteral("jwt"),
        {QStringLiteral("email=") + Sandbox::scantrustEmail()});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/bus"));
    Run r = cli({QStringLiteral("token"), QStringLiteral("ns")}, {}, env);
    QCOMPARE(r.code, 6);
    QCOMPARE(r.err.count('\n'), 1);
    // Logging in works; remembering cannot, and says so.
    r = cli({QStringLiteral("login"), QStringLiteral("ns"), QStringLiteral("--secrets-stdin")},
            "password=" + Sandbox::scantrustPassword().toUtf8() + '\n', env);
    QCOMPARE(r.code, 6);
    QVERIFY2(r.err.contains("remembered"), r.err.constData());
}

void TstCli::networkErrorIsExitFour()
{
    const Run added =
        cli({QStringLiteral("add"), QStringLiteral("down"), QStringLiteral("--vendor"),
             QStringLiteral("scantrust"), QStringLiteral("--method"), QStringLiteral("jwt"),
             QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/"),
             QStringLiteral("--set"), QStringLiteral("email=a@b.c")});
    QCOMPARE(added.code, 0);
    const Run r = cli({QStringLiteral("login"), QStringLiteral("down"),
                       QStringLiteral("--secrets-stdin"), QStringLiteral("--no-remember")},
                      "password=whatever-pw\n");
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.count('\n'), 1);
}

void TstCli::corruptProfileFileIsKeptAside()
{
    QFile file(m_config->filePath(QStringLiteral("profiles.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    const Run r = cli({QStringLiteral("list")});
    QVERIFY2(r.err.contains("profiles.json.corrupt-"), r.err.constData());
    QVERIFY(!QFile::exists(file.fileName()) || QFile(file.fileName()).size() != 18);
    add(QStringLiteral("after"), QStringLiteral("generic"), QStringLiteral("bearer"));
    QVERIFY(cli({QStringLiteral("list")}).out.contains("after"));
}

void TstCli::stdinSecretsServeEveryCommand_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QByteArray>("stdin");
    QTest::addColumn<QString>("whoAmI"); // a path that needs the credential
    QTest::addColumn<bool>("sameToken"); // the secret is the token: every run prints it
    const auto line = [](const char *field, const QString &value) {
        return QByteArray(field) + '=' + value.toUtf8() + '\n';
    };
    QTest::newRow("regscale token")
        << "regscale"
        << "token" << QStringList{} << line("token", m_sandbox.regScaleProfileToken())
        << "api/config/getlicense" << true;
    QTest::newRow("regscale service-account")
        << "regscale"
        << "service-account" << QStringList{}
        << line("token", Sandbox::regScaleServiceAccountToken()) << "api/config/getlicense" << true;
    QTest::newRow("regscale password with mfa")
        << "regscale"
        << "password" << QStringList{QStringLiteral("username=") + Sandbox::regScaleMfaUsername()}
        << line("password", Sandbox::regScalePassword()) + line("mfa", Sandbox::regScaleMfaCode())
        << "api/config/getlicense" << false;
    QTest::newRow("scantrust uat")
        << "scantrust"
        << "uat" << QStringList{} << line("token", Sandbox::scantrustUat()) << "api/v2/me/" << true;
    QTest::newRow("passwordsafe apikey with challenge")
        << "passwordsafe"
        << "apikey" << QStringList{QStringLiteral("runas=") + Sandbox::passwordSafeMfaRunAs()}
        << line("api_key", Sandbox::passwordSafeApiKey()) +
               line("challenge", Sandbox::passwordSafeChallengeCode())
        << "Configuration/Version" << false;
    QTest::newRow("passwordsafe oauth")
        << "passwordsafe"
        << "oauth" << QStringList{QStringLiteral("client_id=") + Sandbox::passwordSafeClientId()}
        << line("client_secret", Sandbox::passwordSafeClientSecret()) << "Configuration/Version"
        << false;
    QTest::newRow("generic bearer")
        << "generic"
        << "bearer" << QStringList{} << line("token", Sandbox::genericStaticToken()) << "api/whoami"
        << true;
}

// A profile's Send as (chosen in the token panel, or --set send_as=) is the header `header`
// prints and `request` sends; a wrong one is refused naming the setting.
void TstCli::sendAsIsTheHeaderPrintedAndSent()
{
    add(QStringLiteral("p"), QStringLiteral("scantrust"), QStringLiteral("uat"),
        {QStringLiteral("send_as=X-Api-Key")});
    const QByteArray stdin = "token=" + Sandbox::scantrustUat().toUtf8() + '\n';
    m_secrets.append(Sandbox::scantrustUat());
    const QStringList base{QStringLiteral("--no-keychain")};
    Run r = cli(base + QStringList{QStringLiteral("header"), QStringLiteral("p"),
                                   QStringLiteral("--secrets-stdin")},
                stdin);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.trimmed(), "X-Api-Key: " + Sandbox::scantrustUat().toUtf8());

    // The server is sent the same header: Scantrust wants "UAT", so it refuses this one.
    r = cli(base + QStringList{QStringLiteral("request"), QStringLiteral("p"),
                               QStringLiteral("api/v2/me/"), QStringLiteral("--secrets-stdin")},
            stdin);
    QVERIFY2(r.code != 0, r.out.constData());

    r = cli({QStringLiteral("add"), QStringLiteral("q"), QStringLiteral("--vendor"),
             QStringLiteral("scantrust"), QStringLiteral("--method"), QStringLiteral("uat"),
             QStringLiteral("--url"), url(Sandbox::Vendor::Scantrust), QStringLiteral("--set"),
             QStringLiteral("send_as=Authorization: Bearer JWT")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("send_as"), r.err.constData());
}

// The CLI contract: with --no-keychain --secrets-stdin, every command that needs a token gets it
// from the lines on standard input, for every method, including those whose secret is the token
// itself and a login whose second factor is given with it. Before the one session engine, the
// token methods and RegScale's MFA answered "has no token; run: tokenbench-cli login" (exit 3).
void TstCli::stdinSecretsServeEveryCommand()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    QFETCH(QStringList, sets);
    QFETCH(QByteArray, stdin);
    QFETCH(QString, whoAmI);
    QFETCH(bool, sameToken);
    add(QStringLiteral("p"), vendor, method, sets);
    const QStringList base{QStringLiteral("--no-keychain")};
    const QString secretsStdin = QStringLiteral("--secrets-stdin");

    Run r =
        cli(base + QStringList{QStringLiteral("token"), QStringLiteral("p"), secretsStdin}, stdin);
    QVERIFY2(r.code == 0, r.err.constData());
    const QByteArray token = r.out.trimmed();
    QVERIFY(!token.isEmpty());
    m_secrets.append(QString::fromUtf8(token));

    r = cli(base + QStringList{QStringLiteral("header"), QStringLiteral("p"), secretsStdin}, stdin);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains(':'), r.out.constData());
    // Nothing is kept between runs: a login method logs in again and gets another token.
    QVERIFY2(!sameToken || r.out.contains(token), r.out.constData());

    r = cli(base + QStringList{QStringLiteral("status"), QStringLiteral("p"),
                               QStringLiteral("--json"), secretsStdin},
            stdin);
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(status.value(QLatin1String("state")).toString() != QLatin1String("none"),
             r.out.constData());

    r = cli(base + QStringList{QStringLiteral("request"), QStringLiteral("p"),
                               QStringLiteral("GET"), whoAmI, secretsStdin,
                               QStringLiteral("--no-history")},
            stdin);
    QVERIFY2(r.code == 0, r.err.constData());

    r = cli(base + QStringList{QStringLiteral("curl"), QStringLiteral("p"), QStringLiteral("GET"),
                               whoAmI, secretsStdin, QStringLiteral("--reveal")},
            stdin);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("curl"), r.out.constData());
    QVERIFY2(!sameToken || r.out.contains(token), r.out.constData());
}

// The bug: `status --json --secrets-stdin` said "state": "none" for an expired service-account
// JWT given on standard input.
void TstCli::statusOfAnExpiredTokenOnStdin()
{
    add(QStringLiteral("svc"), QStringLiteral("regscale"), QStringLiteral("service-account"));
    const QByteArray expired = TestTokens::expiringIn(-3600);
    const Run r =
        cli({QStringLiteral("--no-keychain"), QStringLiteral("status"), QStringLiteral("svc"),
             QStringLiteral("--json"), QStringLiteral("--secrets-stdin")},
            "token=" + expired + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject status = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(status.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    const QDateTime expiresAt =
        QDateTime::fromString(status.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expiresAt.isValid());
    QVERIFY(qAbs(expiresAt.secsTo(QDateTime::currentDateTimeUtc()) - 3600) < 120);
    QVERIFY(!r.out.contains(expired));
}

void TstCli::loginAnsweredWithoutATokenIsExitThree_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named"); // what the message names
    QTest::newRow("an HTML page") << QByteArray("text/html; charset=utf-8")
                                  << QByteArray("<html><body>Sign in</body></html>")
                                  << QStringLiteral("text/html");
    QTest::newRow("malformed JSON")
        << QByteArray("application/json") << QByteArray("{\"token\":") << QStringLiteral("JSON");
    QTest::newRow("JSON without the token")
        << QByteArray("application/json") << QByteArray("{\"user\":\"analyst\"}")
        << QStringLiteral("token");
}

// No path exits 1: a login that comes back without a token is an authentication failure (3),
// and the message says what came back instead.
void TstCli::loginAnsweredWithoutATokenIsExitThree()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/api/v2/auth/jwt/", TestResponse::text(200, body, contentType));
    const Run added =
        cli({QStringLiteral("add"), QStringLiteral("odd"), QStringLiteral("--vendor"),
             QStringLiteral("scantrust"), QStringLiteral("--method"), QStringLiteral("jwt"),
             QStringLiteral("--url"), server.url("/").toString(), QStringLiteral("--set"),
             QStringLiteral("email=a@b.c")});
    QCOMPARE(added.code, 0);
    const Run r = cli({QStringLiteral("--no-keychain"), QStringLiteral("token"),
                       QStringLiteral("odd"), QStringLiteral("--secrets-stdin")},
                      "password=whatever-pw\n");
    QCOMPARE(r.code, 3);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(named, Qt::CaseInsensitive), r.err.constData());
}

// The one 401 policy in the CLI: a token the server no longer takes is renewed once from the
// stored secrets and the request sent again.
void TstCli::requestRenewsOnceAfterA401()
{
    add(QStringLiteral("rs"), QStringLiteral("regscale"), QStringLiteral("password"),
        {QStringLiteral("username=analyst")});
    const QByteArray secrets = "password=" + Sandbox::regScalePassword().toUtf8() + '\n';
    Run r = cli({QStringLiteral("login"), QStringLiteral("rs"), QStringLiteral("--secrets-stdin")},
                secrets);
    QVERIFY2(r.code == 0, r.err.constData());
    m_sandbox.revokeTokens(Sandbox::Vendor::RegScale);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    r = cli({QStringLiteral("request"), QStringLiteral("rs"), QStringLiteral("GET"),
             QStringLiteral("api/config/getlicense")});
    QVERIFY2(r.code == 0, r.err.constData());
    QStringList calls;
    for (const auto &call : handled)
        calls << call.at(1).toString().section(QLatin1Char('/'), -1) + QLatin1Char(' ') +
                     call.at(2).toString();
    QCOMPARE(calls, (QStringList{QStringLiteral("getlicense 401"), QStringLiteral("login 200"),
                                 QStringLiteral("getlicense 200")}));
    cli({QStringLiteral("remove"), QStringLiteral("rs")});
}

// The CLI's requests go into the same history as the app's, scrubbed; --no-history keeps out.
void TstCli::requestsGoIntoTheHistory()
{
    add(QStringLiteral("g"), QStringLiteral("generic"), QStringLiteral("bearer"));
    const QByteArray secrets = "token=" + Sandbox::genericStaticToken().toUtf8() + '\n';
    Run r = cli({QStringLiteral("--no-keychain"), QStringLiteral("request"), QStringLiteral("g"),
                 QStringLiteral("GET"), QStringLiteral("api/whoami"),
                 QStringLiteral("--secrets-stdin")},
                secrets);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString database = m_config->filePath(QStringLiteral("history.sqlite"));
    QVERIFY(QFileInfo::exists(database));
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("api/whoami"));
    QVERIFY(!bytes.contains(Sandbox::genericStaticToken().toUtf8()));
    file.close();
    r = cli({QStringLiteral("--no-keychain"), QStringLiteral("request"), QStringLiteral("g"),
             QStringLiteral("GET"), QStringLiteral("api/whoami?second=1"),
             QStringLiteral("--secrets-stdin"), QStringLiteral("--no-history")},
            secrets);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("second=1"));
}

// The bug: a removal the keychain never got reported success, so `logout` said "Logged out" and
// the session came back at the next start. Now it says so, and the next run removes it first
// and never reads it back.
void TstCli::aRemovalTheKeychainMissedIsRetriedNotReadBack()
{
    add(QStringLiteral("st"), QStringLiteral("scantrust"), QStringLiteral("jwt"),
        {QStringLiteral("email=") + Sandbox::scantrustEmail()});
    Run r = cli({QStringLiteral("login"), QStringLiteral("st"), QStringLiteral("--secrets-stdin")},
                "password=" + Sandbox::scantrustPassword().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());

    QProcessEnvironment noBus = QProcessEnvironment::systemEnvironment();
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=/nonexistent/bus"));
    r = cli({QStringLiteral("logout"), QStringLiteral("st")}, {}, noBus);
    QCOMPARE(r.code, 6);
    QVERIFY2(r.err.contains("could not be removed"), r.err.constData());
    const QString pending = m_config->filePath(QStringLiteral("pending-removals.json"));
    QVERIFY(QFileInfo::exists(pending));

    // The keychain is back: the session is removed first and a new login is made with the
    // stored password, instead of the old session coming back.
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    r = cli({QStringLiteral("token"), QStringLiteral("st")});
    QVERIFY2(r.code == 0, r.err.constData());
    m_secrets.append(QString::fromUtf8(r.out.trimmed()));
    int logins = 0;
    for (const auto &call : handled)
        logins += call.at(1).toString().contains(QLatin1String("auth/jwt"));
    QCOMPARE(logins, 1);
    QVERIFY(!QFileInfo::exists(pending));
    cli({QStringLiteral("remove"), QStringLiteral("st")});
}

// The bug: `request -o` on an error status left a large body's temporary file behind.
void TstCli::nothingLeftInTheTempFolder()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray big(9 * 1024 * 1024, 'x'); // past the 8 MiB kept in memory
    server.route("/big", TestResponse::text(404, big));
    const Run added =
        cli({QStringLiteral("add"), QStringLiteral("b"), QStringLiteral("--vendor"),
             QStringLiteral("generic"), QStringLiteral("--method"), QStringLiteral("bearer"),
             QStringLiteral("--url"), server.url("/").toString()});
    QCOMPARE(added.code, 0);
    QTemporaryDir temp;
    QTemporaryDir out;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), temp.path());
    const QString file = out.filePath(QStringLiteral("answer.txt"));
    const Run r =
        cli({QStringLiteral("--no-keychain"), QStringLiteral("request"), QStringLiteral("b"),
             QStringLiteral("GET"), QStringLiteral("big"), QStringLiteral("-o"), file,
             QStringLiteral("--secrets-stdin"), QStringLiteral("--no-history")},
            "token=static-token-123\n", env);
    QCOMPARE(r.code, 5);
    QCOMPARE(QFileInfo(file).size(), big.size());
    QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

// The composer's Copy as and `curl` are one export: a secret typed into the arguments is a
// placeholder too, until revealed.
void TstCli::curlKeepsTypedSecretsOutUnlessRevealed()
{
    add(QStringLiteral("g"), QStringLiteral("generic"), QStringLiteral("bearer"));
    const QStringList args{QStringLiteral("--no-keychain"),
                           QStringLiteral("curl"),
                           QStringLiteral("g"),
                           QStringLiteral("GET"),
                           QStringLiteral("api/whoami"),
                           QStringLiteral("-H"),
                           QStringLiteral("X-Api-Key: typed-arg-key-4417")};
    Run r = cli(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.out.contains("typed-arg-key-4417"), r.out.constData());
    QVERIFY2(r.out.contains("$X_API_KEY") && r.out.contains("$TOKEN"), r.out.constData());
    r = cli(args + QStringList{QStringLiteral("--reveal"), QStringLiteral("--secrets-stdin")},
            "token=" + Sandbox::genericStaticToken().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("typed-arg-key-4417"), r.out.constData());
    QVERIFY2(r.out.contains(Sandbox::genericStaticToken().toUtf8()), r.out.constData());
}

// `curl` to another origin says, in the composer's words, that the profile's token stays home,
// and the command it prints carries none, revealed or not.
void TstCli::curlSaysWhenTheTokenStaysHome()
{
    add(QStringLiteral("g"), QStringLiteral("generic"), QStringLiteral("bearer"));
    QUrl other = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    other.setHost(QStringLiteral("localhost"));
    const QStringList args{QStringLiteral("--no-keychain"), QStringLiteral("curl"),
                           QStringLiteral("g"), QStringLiteral("GET"),
                           other.toString() + QStringLiteral("/api/echo")};
    Run r = cli(args + QStringList{QStringLiteral("--reveal"), QStringLiteral("--secrets-stdin")},
                "token=" + Sandbox::genericStaticToken().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.err.contains("its token stays home") && r.err.contains("localhost"),
             r.err.constData());
    QVERIFY2(!r.out.contains(Sandbox::genericStaticToken().toUtf8()), r.out.constData());
    QVERIFY2(!r.out.contains("Authorization"), r.out.constData());

    // On the profile's own origin nothing is noted.
    r = cli({QStringLiteral("--no-keychain"), QStringLiteral("curl"), QStringLiteral("g"),
             QStringLiteral("GET"), QStringLiteral("api/echo")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(!r.err.contains("stays home"), r.err.constData());
    QVERIFY2(r.out.contains("$TOKEN"), r.out.constData());
}

// A Postman collection and environment go into a profile's collections; every secret in them
// (an Authorization header typed into a request, an environment value of secret type) ends in
// the keychain and nowhere in the configuration folder.
void TstCli::importPutsRequestsInACollectionAndSecretsInTheKeychain()
{
    add(QStringLiteral("pm"), QStringLiteral("generic"), QStringLiteral("basic"),
        {QStringLiteral("username=") + Sandbox::genericUsername()});
    const QString typedSecret = QStringLiteral("dXNlcm5hbWU6cGFzc3dvcmQ=");
    const QString envSecret = QStringLiteral("env-secret-value-42");
    QTemporaryDir outside;
    const QString envFile = outside.filePath(QStringLiteral("sandbox.postman_environment.json"));
    const auto variable = [](const char *key, const QString &value, const char *type, bool on) {
        return QJsonObject{{QStringLiteral("key"), QString::fromUtf8(key)},
                           {QStringLiteral("value"), value},
                           {QStringLiteral("type"), QString::fromUtf8(type)},
                           {QStringLiteral("enabled"), on}};
    };
    {
        QFile env(envFile);
        QVERIFY(env.open(QIODevice::WriteOnly));
        const QJsonArray values{
            variable("base_url", url(Sandbox::Vendor::Generic), "default", true),
            variable("partner_token", envSecret, "secret", true),
            variable("old", QStringLiteral("x"), "default", false)};
        env.write(QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("Sandbox")},
                                            {QStringLiteral("_postman_variable_scope"),
                                             QStringLiteral("environment")},
                                            {QStringLiteral("values"), values}})
                      .toJson());
    }
    const QString data = QStringLiteral(TOKENBENCH_IMPORT_DATA "/");
    Run r = cli({QStringLiteral("import"), QStringLiteral("pm"),
                 data + QStringLiteral("postman-complex-v2_1.json"),
                 QStringLiteral("--environment"), envFile});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Imported postman-complex-v2_1.json (Postman Collection v2.1) into "
                            "the collection \"Complex Test Collection\" of pm; requests: 6."),
             r.out.constData());
    QVERIFY(r.out.contains("  POST First Folder / {{base_url}}/api/users\n"));
    QVERIFY(r.out.contains("not carried: the file field file (/home/user/test.txt)"));
    QVERIFY(r.out.contains("not carried: the disabled form field baz"));
    QVERIFY(r.out.contains("not carried: the body of the unknown mode \"unknown\""));
    QVERIFY(r.out.contains("kept in the keychain, not in the file: {{authorization}}"));
    QVERIFY(r.out.contains("Variables set on the profile: base_url"));
    QVERIFY(r.out.contains("Secret variables kept in the keychain: partner_token"));
    QVERIFY(r.out.contains("Variable not imported: old: disabled in the file"));
    for (const QString &secret : {typedSecret, envSecret})
        QVERIFY(!r.out.contains(secret.toUtf8()) && !r.err.contains(secret.toUtf8()));

    const QString id =
        QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json")}).out)
            .array()
            .first()
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    QFile file(m_config->filePath(QStringLiteral("collections/") + id + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray collections = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QLatin1String("collections"))
                                       .toArray();
    QCOMPARE(collections.size(), 1);
    const QJsonObject collection = collections.first().toObject();
    QCOMPARE(collection.value(QLatin1String("name")).toString(),
             QStringLiteral("Complex Test Collection"));
    const QJsonArray requests = collection.value(QLatin1String("requests")).toArray();
    QStringList names;
    for (const QJsonValue &request : requests)
        names << request.toObject().value(QLatin1String("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("First Folder / {{base_url}}/api/users"),
                                 QStringLiteral("First Folder / Urlencoded Form Test"),
                                 QStringLiteral("Test Request"),
                                 QStringLiteral("Test Request Unknown Body"),
                                 QStringLiteral("Test Request Empty Body"),
                                 QStringLiteral("Test Request GraphQL Body")}));
    const QJsonObject first = requests.at(0).toObject().value(QLatin1String("request")).toObject();
    QCOMPARE(first.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QLatin1String("url")).toString(),
             QStringLiteral("{{base_url}}/api/users"));
    QCOMPARE(first.value(QLatin1String("headers"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("Basic {{authorization}}"));

    // Nowhere on disk: every file of the configuration folder.
    QDirIterator it(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(typedSecret.toUtf8()), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(envSecret.toUtf8()), qPrintable(f.fileName()));
    }
    // In the keychain, where a send finds them.
    {
        KeychainSecretStore keychain;
        SecretVariables variables(&keychain, m_config->path());
        std::optional<Variables> values;
        variables.fetch(QUuid::fromString(id),
                        {QStringLiteral("authorization"), QStringLiteral("partner_token")}, this,
                        [&values](const Variables &v) { values = v; });
        QTRY_VERIFY_WITH_TIMEOUT(values.has_value(), 15000);
        QCOMPARE(values->value(QStringLiteral("authorization")).value_or(QString()), typedSecret);
        QCOMPARE(values->value(QStringLiteral("partner_token")).value_or(QString()), envSecret);
    }
    // The environment's plain value is a field of the profile, so {{base_url}} resolves.
    const QByteArray exported = cli({QStringLiteral("profiles"), QStringLiteral("export")}).out;
    QVERIFY2(exported.contains("\"base_url\": \"" + url(Sandbox::Vendor::Generic).toUtf8()),
             exported.constData());

    // Again: the name is taken, so " (2)"; --as names it.
    r = cli({QStringLiteral("import"), QStringLiteral("pm"),
             data + QStringLiteral("postman-complex-v2_1.json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("into the collection \"Complex Test Collection (2)\""));
    r = cli({QStringLiteral("import"), QStringLiteral("pm"), data + QStringLiteral("har-deep.json"),
             QStringLiteral("--as"), QStringLiteral("Browser")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Imported har-deep.json (HAR 1.2) into the collection \"Browser\" "
                            "of pm; requests: 1."),
             r.out.constData());
    QVERIFY(r.out.contains("not carried: the cookie header"));
    QVERIFY(r.out.contains("File: Not carried: entry 1"));
    // The same secret read again reuses its variable.
    QVERIFY(!SecretVariables(nullptr, m_config->path())
                 .names(QUuid::fromString(id))
                 .contains(QStringLiteral("authorization_2")));
}

void TstCli::importRefusesWhatItCannotRead()
{
    add(QStringLiteral("pm"), QStringLiteral("generic"), QStringLiteral("basic"),
        {QStringLiteral("username=") + Sandbox::genericUsername()});
    const QString data = QStringLiteral(TOKENBENCH_IMPORT_DATA "/");
    Run r = cli({QStringLiteral("import"), QStringLiteral("nobody"),
                 data + QStringLiteral("har-deep.json")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("import"), QStringLiteral("pm"), data + QStringLiteral("README.md")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("is not a Postman Collection"));
    r = cli({QStringLiteral("import"), QStringLiteral("pm"),
             data + QStringLiteral("postman-environment.json")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("--environment"));
    r = cli({QStringLiteral("import"), QStringLiteral("pm")});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(m_config->filePath(QStringLiteral("collections/"))) ||
            QDir(m_config->filePath(QStringLiteral("collections"))).isEmpty());
}

QTEST_GUILESS_MAIN(TstCli)
// The launcher answers --version alone and finds the CLI module in lib/tokenbench next to bin/,
// wherever the installation was put; without it, it says so instead of crashing.
void TstCli::installedLayoutFindsItsModules()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
    const QString launcher = prefix.filePath(QStringLiteral("bin/tokenbench-cli"));
    QVERIFY(QFile::copy(QStringLiteral(TOKENBENCH_CLI), launcher));
    const QStringList config{QStringLiteral("--config-dir"), m_config->path(),
                             QStringLiteral("--no-keychain")};

    Run run = TestProcess::run(launcher, {QStringLiteral("--version")},
                               QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("tokenbench-cli " TOKENBENCH_VERSION "\n"));

    run = TestProcess::run(launcher, config + QStringList{QStringLiteral("list")},
                           QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.startsWith("tokenbench-cli: the installation is incomplete: "), run.err);
    QVERIFY2(run.err.contains("libtokenbench_cli.so"), run.err);

    QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("lib/tokenbench")));
    for (const char *module : {"libtokenbench_cli.so", "libtokenbench_sessionbus.so"}) {
        QVERIFY(QFile::copy(
            QStringLiteral(TOKENBENCH_MODULES "/") + QLatin1String(module),
            prefix.filePath(QStringLiteral("lib/tokenbench/") + QLatin1String(module))));
    }
    run = TestProcess::run(
        launcher,
        config + QStringList{QStringLiteral("add"), QStringLiteral("moved"),
                             QStringLiteral("--vendor"), QStringLiteral("generic"),
                             QStringLiteral("--method"), QStringLiteral("bearer"),
                             QStringLiteral("--url"), QStringLiteral("https://example.com")},
        QProcessEnvironment::systemEnvironment());
    QVERIFY2(run.code == 0, run.err);
    run = TestProcess::run(launcher,
                           config + QStringList{QStringLiteral("list"), QStringLiteral("--names")},
                           QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("moved\n"));
}

#include "tst_cli.moc"
