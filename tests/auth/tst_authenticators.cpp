#include "Sandbox.h"
#include "TestClock.h"
#include "TestHttpServer.h"
#include "auth/AuthenticatorFactory.h"
#include "auth/vendors/PasswordSafeAuthenticator.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// Every vendor and method against the sandbox: success, each documented error, second-factor
// rounds, expiry with automatic re-login, sign-out and idle expiry. All of it over real loopback
// HTTP through HttpClient; nothing is mocked.
class TstAuthenticators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void everyMethodIsDescribed();
    void regScalePassword();
    void regScaleWrongPasswordAndLocked();
    void regScaleMfaRound();
    void regScaleFallsBackToVersionOne();
    void regScalePastedAndServiceAccountTokens();
    void regScaleAutoRelogin();
    void scantrustJwt();
    void scantrustWrongCredentialsInVendorWords();
    void scantrustUat();
    void passwordSafeApiKey();
    void passwordSafeNeedsPassword();
    void passwordSafeChallengeRound();
    void passwordSafeSignOutAndIdleExpiry();
    void passwordSafeOAuth();
    void genericBearerAndBasic();
    void genericOAuth2_data();
    void genericOAuth2();
    void genericOAuth2Errors();
    void signInNeverLeavesItsServer_data();
    void signInNeverLeavesItsServer();
    void noSecretInAnyLogLine();

private:
    enum class Outcome
    {
        LoggedIn,
        Failed,
        SecondFactor,
        Timeout
    };
    struct Run
    {
        Outcome outcome = Outcome::Timeout;
        Error error;
        QString prompt;
    };
    std::unique_ptr<Authenticator> make(Sandbox::Vendor vendor, const char *v, const char *m,
                                        QMap<QString, QString> fields,
                                        QHash<QString, QString> secrets);
    static Run wait(Authenticator *auth, const std::function<void()> &start);
    static std::optional<Identity> test(Authenticator *auth);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    QStringList m_secretsUsed;
};

using namespace std::chrono_literals;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void TstAuthenticators::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<Identity>();
    g_previous = qInstallMessageHandler(capture);
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.*=true"));
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
    HttpClient::Options options;
    options.timeoutMs = 5000;
    m_http->setOptions(options);
}

void TstAuthenticators::init()
{
    m_sandbox.setClockSpeed(1.0);
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 24 * 3600);
    m_sandbox.setTokenLifetime(Sandbox::Vendor::Scantrust, 300);
    m_sandbox.setPasswordSafeIdleTimeout(1200);
    m_sandbox.setRegScaleV2Supported(true);
}

std::unique_ptr<Authenticator> TstAuthenticators::make(Sandbox::Vendor vendor, const char *v,
                                                       const char *m, QMap<QString, QString> fields,
                                                       QHash<QString, QString> secrets)
{
    Credentials credentials;
    credentials.baseUrl = m_sandbox.vendorBaseUrl(vendor);
    credentials.fields = std::move(fields);
    credentials.secrets = std::move(secrets);
    m_secretsUsed += credentials.secretValues();
    auto auth =
        AuthenticatorFactory::create(QLatin1String(v), QLatin1String(m), m_http.get(), credentials);
    if (!auth)
        qFatal("no authenticator for %s/%s", v, m);
    return auth;
}

TstAuthenticators::Run TstAuthenticators::wait(Authenticator *auth,
                                               const std::function<void()> &start)
{
    Run run;
    QEventLoop loop;
    QObject context;
    connect(auth, &Authenticator::loggedIn, &context, [&] {
        run.outcome = Outcome::LoggedIn;
        loop.quit();
    });
    connect(auth, &Authenticator::failed, &context, [&](const Error &e) {
        run.outcome = Outcome::Failed;
        run.error = e;
        loop.quit();
    });
    connect(auth, &Authenticator::secondFactorRequired, &context, [&](const QString &prompt) {
        run.outcome = Outcome::SecondFactor;
        run.prompt = prompt;
        loop.quit();
    });
    QTimer::singleShot(10000, &context, [&] { loop.quit(); });
    start();
    if (run.outcome == Outcome::Timeout)
        loop.exec();
    return run;
}

std::optional<Identity> TstAuthenticators::test(Authenticator *auth)
{
    QSignalSpy tested(auth, &Authenticator::tested);
    QSignalSpy failed(auth, &Authenticator::failed);
    auth->testToken();
    if (!QTest::qWaitFor([&] { return !tested.isEmpty() || !failed.isEmpty(); }, 10000))
        return std::nullopt;
    if (tested.isEmpty())
        return std::nullopt;
    return tested.first().first().value<Identity>();
}

void TstAuthenticators::everyMethodIsDescribed()
{
    const QList<MethodDescriptor> all = AuthenticatorFactory::all();
    QCOMPARE(all.size(), 10);
    for (const MethodDescriptor &d : all) {
        QVERIFY2(!d.secretFields().isEmpty(), qPrintable(d.vendor + QLatin1Char('/') + d.method));
        Credentials none;
        QVERIFY(AuthenticatorFactory::create(d.vendor, d.method, m_http.get(), none));
    }
    QVERIFY(!AuthenticatorFactory::create(QStringLiteral("regscale"), QStringLiteral("magic"),
                                          m_http.get(), {}));
}

void TstAuthenticators::regScalePassword()
{
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password",
                     {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
                     {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QVERIFY(token.isJwt());
    QCOMPARE(token.source(), Token::Source::Login);
    QCOMPARE(token.expirySource(), Token::ExpirySource::ExpClaim);
    QCOMPARE(token.timing().state, TokenTiming::State::Valid);
    QVERIFY(*token.timing().msecsLeft > 23 * 3600 * 1000LL);
    QCOMPARE(token.headerLine(), QStringLiteral("Authorization: Bearer ") + token.raw());
    QVERIFY(!auth->session().facts.value(QStringLiteral("userId")).isEmpty());
    m_secretsUsed.append(token.raw());

    const auto identity = test(auth.get());
    QVERIFY(identity);
    QVERIFY(!identity->displayName.isEmpty());
    QVERIFY(!auth->canSignOut());
}

void TstAuthenticators::regScaleWrongPasswordAndLocked()
{
    auto wrong = make(Sandbox::Vendor::RegScale, "regscale", "password",
                      {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
                      {{QStringLiteral("password"), QStringLiteral("not-the-password")}});
    Run run = wait(wrong.get(), [&] { wrong->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QVERIFY2(run.error.message.startsWith(QLatin1String("RegScale")),
             qPrintable(run.error.message));
    QVERIFY(!run.error.message.contains(QLatin1String("not-the-password")));

    auto locked = make(Sandbox::Vendor::RegScale, "regscale", "password",
                       {{QStringLiteral("username"), Sandbox::regScaleLockedUsername()}},
                       {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    run = wait(locked.get(), [&] { locked->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.kind, Error::Kind::Permission);
    QVERIFY2(run.error.message.contains(QLatin1String("lock"), Qt::CaseInsensitive),
             qPrintable(run.error.message));

    auto empty = make(Sandbox::Vendor::RegScale, "regscale", "password", {}, {});
    run = wait(empty.get(), [&] { empty->logIn(); });
    QCOMPARE(run.error.code, QStringLiteral("auth.missing_field"));
}

void TstAuthenticators::regScaleMfaRound()
{
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password",
                     {{QStringLiteral("username"), Sandbox::regScaleMfaUsername()}},
                     {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::SecondFactor));
    QVERIFY2(run.prompt.contains(QLatin1String("MFA"), Qt::CaseInsensitive),
             qPrintable(run.prompt));

    // A wrong code asks again, with the server's words.
    run = wait(auth.get(), [&] { auth->provideSecondFactor(QStringLiteral("000000")); });
    QCOMPARE(int(run.outcome), int(Outcome::SecondFactor));
    run = wait(auth.get(), [&] { auth->provideSecondFactor(Sandbox::regScaleMfaCode()); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    QVERIFY(auth->session().token.isJwt());
    // An MFA code is good once: this account cannot log in again unattended.
    QVERIFY(!auth->canLogInAgain());
}

void TstAuthenticators::regScaleFallsBackToVersionOne()
{
    m_sandbox.setRegScaleV2Supported(false);
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password",
                     {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
                     {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    QVERIFY(auth->session().token.isJwt());
    QVERIFY(!auth->session().facts.value(QStringLiteral("userId")).isEmpty());
}

void TstAuthenticators::regScalePastedAndServiceAccountTokens()
{
    auto pasted = make(Sandbox::Vendor::RegScale, "regscale", "token", {},
                       {{QStringLiteral("token"), m_sandbox.regScaleProfileToken()}});
    Run run = wait(pasted.get(), [&] { pasted->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    QCOMPARE(pasted->session().token.source(), Token::Source::Pasted);
    QCOMPARE(pasted->session().token.expirySource(), Token::ExpirySource::ExpClaim);

    auto service = make(Sandbox::Vendor::RegScale, "regscale", "service-account",
                        {{QStringLiteral("expires"), QStringLiteral("2030-06-30")}},
                        {{QStringLiteral("token"), Sandbox::regScaleServiceAccountToken()}});
    run = wait(service.get(), [&] { service->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    const Token &token = service->session().token;
    QVERIFY(!token.isJwt());
    QCOMPARE(token.source(), Token::Source::ServiceAccount);
    QCOMPARE(token.expirySource(), Token::ExpirySource::StatedByUser);
    QCOMPARE(token.expiresAt()->toLocalTime().date(), QDate(2030, 6, 30));

    auto bad = make(Sandbox::Vendor::RegScale, "regscale", "token", {},
                    {{QStringLiteral("token"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")}});
    run = wait(bad.get(), [&] { bad->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.kind, Error::Kind::Authentication);

    auto badDate = make(Sandbox::Vendor::RegScale, "regscale", "service-account",
                        {{QStringLiteral("expires"), QStringLiteral("next tuesday")}},
                        {{QStringLiteral("token"), Sandbox::regScaleServiceAccountToken()}});
    run = wait(badDate.get(), [&] { badDate->logIn(); });
    QCOMPARE(run.error.code, QStringLiteral("auth.bad_date"));
}

void TstAuthenticators::regScaleAutoRelogin()
{
    // A token that lives a day: a minute before it expires, the authenticator logs in again.
    TestClock clock;
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password",
                     {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
                     {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    QSignalSpy loggedIn(auth.get(), &Authenticator::loggedIn);
    auth->setAutoRelogin(true, 60);
    auth->logIn();
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 5000);
    const QString first = auth->session().token.raw();
    const QDateTime firstExpiry = *auth->session().token.expiresAt();

    clock.setNow(firstExpiry.addSecs(-61));
    QVERIFY(!auth->isBusy()); // not yet
    clock.advance(1s);
    QVERIFY(auth->isBusy()); // logging in again, before the token expires
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 2, 5000);
    QVERIFY(auth->session().token.raw() != first);
    QCOMPARE(auth->session().token.timing().state, TokenTiming::State::Valid);
    auth->setAutoRelogin(false);
}

void TstAuthenticators::scantrustJwt()
{
    auto auth = make(Sandbox::Vendor::Scantrust, "scantrust", "jwt",
                     {{QStringLiteral("email"), Sandbox::scantrustEmail()}},
                     {{QStringLiteral("password"), Sandbox::scantrustPassword()}});
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QCOMPARE(token.delivery().prefix, QStringLiteral("JWT"));
    QVERIFY(token.isJwt());
    QVERIFY(token.expiresAt());
    const auto identity = test(auth.get());
    QVERIFY(identity);
    QVERIFY2(identity->displayName.contains(Sandbox::scantrustEmail()),
             qPrintable(identity->displayName));
}

void TstAuthenticators::scantrustWrongCredentialsInVendorWords()
{
    auto auth = make(Sandbox::Vendor::Scantrust, "scantrust", "jwt",
                     {{QStringLiteral("email"), Sandbox::scantrustEmail()}},
                     {{QStringLiteral("password"), QStringLiteral("wrong-password")}});
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QVERIFY2(
        run.error.message.contains(QLatin1String("Unable to login with provided credentials.")),
        qPrintable(run.error.message));

    // An expired JWT is refused with Scantrust's own words.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::Scantrust, 1);
    auto shortLived = make(Sandbox::Vendor::Scantrust, "scantrust", "jwt",
                           {{QStringLiteral("email"), Sandbox::scantrustEmail()}},
                           {{QStringLiteral("password"), Sandbox::scantrustPassword()}});
    QCOMPARE(int(wait(shortLived.get(), [&] { shortLived->logIn(); }).outcome),
             int(Outcome::LoggedIn));
    // The sandbox keeps its own time (it does not read the Clock yet), so this one waits.
    QTest::qWait(2100);
    QCOMPARE(shortLived->session().token.timing().state, TokenTiming::State::Expired);
    QSignalSpy failed(shortLived.get(), &Authenticator::failed);
    shortLived->testToken();
    QVERIFY(failed.wait(5000));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, Error::Kind::Authentication);
    QVERIFY2(error.message.contains(QLatin1String("Signature has expired.")),
             qPrintable(error.message));
}

void TstAuthenticators::scantrustUat()
{
    auto auth = make(Sandbox::Vendor::Scantrust, "scantrust", "uat",
                     {{QStringLiteral("valid_until"), QStringLiteral("2031-01-15")}},
                     {{QStringLiteral("token"), Sandbox::scantrustUat()}});
    Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QCOMPARE(token.headerLine(), QStringLiteral("Authorization: UAT ") + Sandbox::scantrustUat());
    QCOMPARE(token.expirySource(), Token::ExpirySource::StatedByUser);
    const auto identity = test(auth.get());
    QVERIFY(identity);
    QVERIFY(!auth->canLogInAgain());

    auto bad = make(Sandbox::Vendor::Scantrust, "scantrust", "uat", {},
                    {{QStringLiteral("token"), QStringLiteral("not-a-real-uat-0000")}});
    run = wait(bad.get(), [&] { bad->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QVERIFY2(run.error.message.contains(QLatin1String("Invalid token.")),
             qPrintable(run.error.message));
}

void TstAuthenticators::passwordSafeApiKey()
{
    QCOMPARE(PasswordSafeAuthenticator::psAuthHeader(QStringLiteral("K"), QStringLiteral("D\\u"),
                                                     QString()),
             QByteArray("PS-Auth key=K; runas=D\\u;"));
    QCOMPARE(PasswordSafeAuthenticator::psAuthHeader(QStringLiteral("K"), QStringLiteral("u"),
                                                     QStringLiteral("p;w"), QStringLiteral("42")),
             QByteArray("PS-Auth key=K; runas=u; pwd=[p;w]; challenge=42;"));

    auto auth = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                     {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
                     {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}});
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QCOMPARE(token.delivery().kind, TokenDelivery::Kind::Cookie);
    QCOMPARE(token.delivery().cookieName, QStringLiteral("ASP.NET_SessionId"));
    QCOMPARE(token.expirySource(), Token::ExpirySource::IdleTimeout);
    QVERIFY(
        auth->session().facts.value(QStringLiteral("UserName")).contains(QLatin1String("analyst")));
    m_secretsUsed.append(token.raw());
    const auto identity = test(auth.get());
    QVERIFY(identity);
    QVERIFY(identity->displayName.contains(QLatin1String("analyst")));

    auto wrongKey = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                         {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
                         {{QStringLiteral("api_key"), QString(128, QLatin1Char('0'))}});
    QCOMPARE(wait(wrongKey.get(), [&] { wrongKey->logIn(); }).error.kind,
             Error::Kind::Authentication);
}

void TstAuthenticators::passwordSafeNeedsPassword()
{
    auto without = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                        {{QStringLiteral("runas"), Sandbox::passwordSafeAdminRunAs()}},
                        {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}});
    QCOMPARE(int(wait(without.get(), [&] { without->logIn(); }).outcome), int(Outcome::Failed));

    auto with = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                     {{QStringLiteral("runas"), Sandbox::passwordSafeAdminRunAs()}},
                     {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()},
                      {QStringLiteral("password"), Sandbox::passwordSafeAdminPassword()}});
    QCOMPARE(int(wait(with.get(), [&] { with->logIn(); }).outcome), int(Outcome::LoggedIn));
}

void TstAuthenticators::passwordSafeChallengeRound()
{
    auto auth = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                     {{QStringLiteral("runas"), Sandbox::passwordSafeMfaRunAs()}},
                     {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}});
    Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::SecondFactor));
    // The server's own prompt, word for word.
    QCOMPARE(run.prompt, QStringLiteral("Enter the one-time passcode from your authenticator"));

    run = wait(auth.get(), [&] { auth->provideSecondFactor(QStringLiteral("111111")); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));

    run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::SecondFactor));
    run =
        wait(auth.get(), [&] { auth->provideSecondFactor(Sandbox::passwordSafeChallengeCode()); });
    QCOMPARE(int(run.outcome), int(Outcome::LoggedIn));
    QVERIFY(test(auth.get()));
}

void TstAuthenticators::passwordSafeSignOutAndIdleExpiry()
{
    auto auth = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                     {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
                     {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}});
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    const Session before = auth->session();
    QSignalSpy signedOut(auth.get(), &Authenticator::signedOut);
    auth->signOut();
    QVERIFY(signedOut.wait(5000));
    QVERIFY(!auth->session().isValid());
    // The old cookie no longer opens anything.
    auth->setSession(before);
    QVERIFY(!test(auth.get()));

    // Idle sessions end on the server's clock.
    m_sandbox.setPasswordSafeIdleTimeout(1);
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QTest::qWait(1500);
    QSignalSpy failed(auth.get(), &Authenticator::failed);
    auth->testToken();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Authentication);
}

void TstAuthenticators::passwordSafeOAuth()
{
    auto auth = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "oauth",
                     {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}},
                     {{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}});
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(auth->session().token.delivery().kind, TokenDelivery::Kind::Cookie);
    QVERIFY(test(auth.get()));
    QVERIFY(auth->canLogInAgain());

    auto bad = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "oauth",
                    {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}},
                    {{QStringLiteral("client_secret"), QStringLiteral("wrong-secret")}});
    const Run run = wait(bad.get(), [&] { bad->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QVERIFY2(run.error.message.contains(QLatin1String("invalid_client")),
             qPrintable(run.error.message));
}

void TstAuthenticators::genericBearerAndBasic()
{
    const QString whoami = QStringLiteral("api/whoami");
    auto bearer =
        make(Sandbox::Vendor::Generic, "generic", "bearer", {{QStringLiteral("test_path"), whoami}},
             {{QStringLiteral("token"), Sandbox::genericStaticToken()}});
    QCOMPARE(int(wait(bearer.get(), [&] { bearer->logIn(); }).outcome), int(Outcome::LoggedIn));
    QVERIFY(test(bearer.get()));

    auto apiKey = make(Sandbox::Vendor::Generic, "generic", "bearer",
                       {{QStringLiteral("test_path"), whoami},
                        {QStringLiteral("header"), QStringLiteral("X-Api-Key")},
                        {QStringLiteral("prefix"), QString()}},
                       {{QStringLiteral("token"), Sandbox::genericApiKey()}});
    QCOMPARE(int(wait(apiKey.get(), [&] { apiKey->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(apiKey->session().token.headerLine(),
             QStringLiteral("X-Api-Key: ") + Sandbox::genericApiKey());
    QVERIFY(test(apiKey.get()));

    auto basic = make(Sandbox::Vendor::Generic, "generic", "basic",
                      {{QStringLiteral("test_path"), whoami},
                       {QStringLiteral("username"), Sandbox::genericUsername()}},
                      {{QStringLiteral("password"), Sandbox::genericPassword()}});
    QCOMPARE(int(wait(basic.get(), [&] { basic->logIn(); }).outcome), int(Outcome::LoggedIn));
    const auto identity = test(basic.get());
    QVERIFY(identity);
    QVERIFY(identity->displayName.contains(Sandbox::genericUsername()));

    auto wrong = make(Sandbox::Vendor::Generic, "generic", "basic",
                      {{QStringLiteral("test_path"), whoami},
                       {QStringLiteral("username"), Sandbox::genericUsername()}},
                      {{QStringLiteral("password"), QStringLiteral("nope-nope")}});
    QCOMPARE(int(wait(wrong.get(), [&] { wrong->logIn(); }).outcome), int(Outcome::LoggedIn));
    QVERIFY(!test(wrong.get()));
}

void TstAuthenticators::genericOAuth2_data()
{
    QTest::addColumn<QString>("clientAuth");
    QTest::newRow("basic") << QStringLiteral("basic");
    QTest::newRow("body") << QStringLiteral("body");
}

void TstAuthenticators::genericOAuth2()
{
    QFETCH(QString, clientAuth);
    const QString tokenUrl = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() +
                             QStringLiteral("/oauth/token");
    auto auth = make(Sandbox::Vendor::Generic, "generic", "oauth2",
                     {{QStringLiteral("token_url"), tokenUrl},
                      {QStringLiteral("client_id"), Sandbox::genericClientId()},
                      {QStringLiteral("scope"), QStringLiteral("read")},
                      {QStringLiteral("client_auth"), clientAuth},
                      {QStringLiteral("test_path"), QStringLiteral("api/whoami")}},
                     {{QStringLiteral("client_secret"), Sandbox::genericClientSecret()}});
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QVERIFY(token.expiresAt());
    QVERIFY(token.expirySource() == Token::ExpirySource::ExpiresIn ||
            token.expirySource() == Token::ExpirySource::ExpClaim);
    QCOMPARE(auth->session().facts.value(QStringLiteral("scope")), QStringLiteral("read"));
    QVERIFY(test(auth.get()));
}

void TstAuthenticators::genericOAuth2Errors()
{
    const QString tokenUrl = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() +
                             QStringLiteral("/oauth/token");
    auto badScope = make(Sandbox::Vendor::Generic, "generic", "oauth2",
                         {{QStringLiteral("token_url"), tokenUrl},
                          {QStringLiteral("client_id"), Sandbox::genericClientId()},
                          {QStringLiteral("scope"), QStringLiteral("admin")}},
                         {{QStringLiteral("client_secret"), Sandbox::genericClientSecret()}});
    Run run = wait(badScope.get(), [&] { badScope->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QVERIFY2(run.error.message.contains(QLatin1String("scope"), Qt::CaseInsensitive),
             qPrintable(run.error.message));

    auto badClient = make(Sandbox::Vendor::Generic, "generic", "oauth2",
                          {{QStringLiteral("token_url"), tokenUrl},
                           {QStringLiteral("client_id"), Sandbox::genericClientId()}},
                          {{QStringLiteral("client_secret"), QStringLiteral("wrong-secret-x")}});
    run = wait(badClient.get(), [&] { badClient->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.kind, Error::Kind::Authentication);
}

void TstAuthenticators::signInNeverLeavesItsServer_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("RegScale password, 307")
        << "regscale"
        << "password" << QByteArray("/api/authentication/login") << 307;
    QTest::newRow("RegScale password, 308")
        << "regscale"
        << "password" << QByteArray("/api/authentication/login") << 308;
    QTest::newRow("Scantrust JWT, 307") << "scantrust"
                                        << "jwt" << QByteArray("/api/v2/auth/jwt/") << 307;
    QTest::newRow("Password Safe OAuth, 307")
        << "passwordsafe"
        << "oauth" << QByteArray("/Auth/Connect/Token") << 307;
    QTest::newRow("Password Safe API key, 302") << "passwordsafe"
                                                << "apikey" << QByteArray("/Auth/SignAppin") << 302;
    QTest::newRow("generic OAuth 2.0, 308") << "generic"
                                            << "oauth2" << QByteArray("/token") << 308;
}

// A server (or whoever sits in front of it) that redirects a sign-in elsewhere gets no second
// look at the password: the login fails, says why, and the other server hears nothing.
void TstAuthenticators::signInNeverLeavesItsServer()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    TestHttpServer front;
    TestHttpServer elsewhere;
    QVERIFY(front.listen());
    QVERIFY(elsewhere.listen());
    front.route(path, TestResponse::redirect(status, elsewhere.url(path).toEncoded()));
    elsewhere.route(path, TestResponse::json(200, R"({"access_token":"x","expires_in":60})"));

    const QString password = QStringLiteral("pw+SECRET/8899=");
    Credentials credentials;
    credentials.baseUrl = front.url("/");
    credentials.fields = {{QStringLiteral("username"), QStringLiteral("ada")},
                          {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                          {QStringLiteral("runas"), QStringLiteral("ada")},
                          {QStringLiteral("client_id"), QStringLiteral("app")},
                          {QStringLiteral("client_auth"), QStringLiteral("body")},
                          {QStringLiteral("token_url"), front.url(path).toString()}};
    credentials.secrets = {{QStringLiteral("password"), password},
                           {QStringLiteral("api_key"), password},
                           {QStringLiteral("client_secret"), password}};
    auto auth = AuthenticatorFactory::create(vendor, method, m_http.get(), credentials);
    QVERIFY(auth);
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.code, QStringLiteral("net.signin_redirected"));
    QVERIFY2(run.error.message.contains(Origin::of(elsewhere.url()).toString()),
             qPrintable(run.error.message));
    QVERIFY(!run.error.message.contains(QLatin1String("SECRET")));
    QVERIFY(!run.error.detail.contains(QLatin1String("SECRET")));
    QCOMPARE(front.requestsFor(path).size(), 1);
    QCOMPARE(elsewhere.requests().size(), 0);
}

void TstAuthenticators::noSecretInAnyLogLine()
{
    // Runs last: every login above went through logging with tokenbench.* at debug level.
    m_secretsUsed.removeDuplicates();
    QVERIFY(m_secretsUsed.size() > 10);
    QVERIFY(!g_log.isEmpty());
    for (const QString &secret : std::as_const(m_secretsUsed)) {
        if (secret.size() < 6)
            continue;
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("secret leaked in: ") + line.left(80)));
    }
}

void TstAuthenticators::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

QTEST_GUILESS_MAIN(TstAuthenticators)
#include "tst_authenticators.moc"
