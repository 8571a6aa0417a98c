#include "Sandbox.h"
#include "TestClock.h"
#include "TestHttpServer.h"
#include "auth/AuthenticatorFactory.h"
#include "auth/SessionManager.h"
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
    void passwordSafeErrorsInVendorWords();
    void passwordSafeOAuthSecretWithReservedCharacters();
    void passwordSafeOAuthUsesTheBearerToken();
    void passwordSafeOAuthWithoutCookie();
    void passwordSafeOAuthRenewsBeforeExpiry();
    void passwordSafeDocumentedRefusals_data();
    void passwordSafeDocumentedRefusals();
    void passwordSafeIdleClockRestartsWhenUsed();
    void passwordSafeReloginSignsOutFirst();
    void regScaleWrongPasswordIsSentOnce_data();
    void regScaleWrongPasswordIsSentOnce();
    void regScaleRemembersTheLoginForm();
    void regScaleTokenCheckForbiddenIsValid();
    void regScalePastedTokenLasts24Hours();
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
    // The status of a GET on `path` of the vendor, sent with `credential` through HttpClient.
    int statusOf(Sandbox::Vendor vendor, const QString &path, const Credential &credential);
    std::unique_ptr<Authenticator> passwordSafe(const char *method);

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
    m_sandbox.setTokenLifetime(Sandbox::Vendor::PasswordSafe, 3600);
    m_sandbox.setPasswordSafeIdleTimeout(1200);
    m_sandbox.setPasswordSafeLicenceValid(true);
    m_sandbox.setPasswordSafeApiEnabled(true);
    m_sandbox.setPasswordSafeOAuthCookie(true);
    m_sandbox.setRegScaleV2Supported(true);
    m_sandbox.setRegScaleExpClaim(true);
}

int TstAuthenticators::statusOf(Sandbox::Vendor vendor, const QString &path,
                                const Credential &credential)
{
    HttpRequest request;
    request.url = QUrl(m_sandbox.vendorBaseUrl(vendor).toString() + path);
    request.credential = credential;
    request.credential.origin = Origin::of(request.url);
    HttpCall *call = m_http->send(request);
    QSignalSpy finished(call, &HttpCall::finished);
    if (!finished.wait(10000) || !call->result())
        return 0;
    const int status = call->result()->status;
    call->deleteLater();
    return status;
}

std::unique_ptr<Authenticator> TstAuthenticators::passwordSafe(const char *method)
{
    if (qstrcmp(method, "oauth") == 0)
        return make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "oauth",
                    {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}},
                    {{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}});
    return make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
                {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}});
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
    // Past its exp on both clocks: ours (the Clock) and the sandbox's own.
    TestClock clock(shortLived->session().token.expiresAt()->addSecs(1));
    m_sandbox.advanceClock(2);
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

    // Idle sessions end on the server's clock, which the test moves past the idle timeout.
    // (The sandbox stays that far ahead for later tests: a few seconds, well inside the allowance
    // for clock skew.)
    m_sandbox.setPasswordSafeIdleTimeout(5);
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QVERIFY(test(auth.get()));
    m_sandbox.advanceClock(6);
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
    QCOMPARE(auth->session().token.delivery().kind, TokenDelivery::Kind::Header);
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

// ASP.NET answers errors with a bare JSON string: the vendor's words, not "malformed JSON".
void TstAuthenticators::passwordSafeErrorsInVendorWords()
{
    auto wrongKey = make(Sandbox::Vendor::PasswordSafe, "passwordsafe", "apikey",
                         {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}},
                         {{QStringLiteral("api_key"), QString(128, QLatin1Char('0'))}});
    const Run run = wait(wrongKey.get(), [&] { wrongKey->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.kind, Error::Kind::Authentication);
    QVERIFY2(run.error.message.contains(QLatin1String("Invalid API key or run-as user.")),
             qPrintable(run.error.message));
    QVERIFY2(!run.error.message.contains(QLatin1String("malformed")),
             qPrintable(run.error.message));

    // An idle session's 401 on the who-am-I call says so in the vendor's words too.
    auto auth = passwordSafe("apikey");
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    Session gone = auth->session();
    gone.token = Token::fromRaw(QStringLiteral("nosuchsessionidatall12345"), Token::Source::Login,
                                gone.token.delivery());
    auth->setSession(gone);
    QSignalSpy failed(auth.get(), &Authenticator::failed);
    auth->testToken();
    QVERIFY(failed.wait(5000));
    const Error error = failed.first().first().value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("the session has expired")),
             qPrintable(error.message));
}

// RFC 6749 appendix B: the client id and secret are form-encoded, so '+' reaches the server as
// '+', not as a space, and "%41" as itself.
void TstAuthenticators::passwordSafeOAuthSecretWithReservedCharacters()
{
    const QString secret = Sandbox::passwordSafeClientSecret();
    for (const QString &reserved :
         {QStringLiteral("+"), QStringLiteral("/"), QStringLiteral("="), QStringLiteral("&"),
          QStringLiteral("%41"), QStringLiteral(" ")})
        QVERIFY2(secret.contains(reserved), qPrintable(reserved));
    auto auth = passwordSafe("oauth");
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QVERIFY2(run.outcome == Outcome::LoggedIn, qPrintable(run.error.message));
}

// The access token is "the privileged credential to use in the Authorization header for API
// requests", for expires_in seconds; "cookies are still supported".
void TstAuthenticators::passwordSafeOAuthUsesTheBearerToken()
{
    auto auth = passwordSafe("oauth");
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    const Session session = auth->session();
    m_secretsUsed.append(session.token.raw());
    QCOMPARE(session.token.delivery(), TokenDelivery::bearer());
    QCOMPARE(session.token.expirySource(), Token::ExpirySource::ExpiresIn);
    const qint64 lifetime = before.secsTo(*session.token.expiresAt());
    QVERIFY2(lifetime >= 3590 && lifetime <= 3600, qPrintable(QString::number(lifetime)));
    QCOMPARE(session.cookies.size(), 1);
    QCOMPARE(session.cookies.first().name(), PasswordSafeAuthenticator::SessionCookie);

    const Credential credential = session.credential();
    QCOMPARE(credential.headers.size(), 1);
    QCOMPARE(credential.headers.first().first, QByteArray("Authorization"));
    QCOMPARE(credential.headers.first().second, "Bearer " + session.token.raw().toUtf8());
    QCOMPARE(credential.cookies.size(), 1);

    // Either alone opens API calls.
    Credential bearerOnly = credential;
    bearerOnly.cookies.clear();
    QCOMPARE(statusOf(Sandbox::Vendor::PasswordSafe, QStringLiteral("ManagedAccounts"), bearerOnly),
             200);
    Credential cookieOnly = credential;
    cookieOnly.headers.clear();
    QCOMPARE(statusOf(Sandbox::Vendor::PasswordSafe, QStringLiteral("ManagedAccounts"), cookieOnly),
             200);
    QVERIFY(test(auth.get()));

    // A session rebuilt from the keychain (the raw token and the profile) sends the Bearer token.
    QCOMPARE(AuthenticatorFactory::deliveryFor(QStringLiteral("passwordsafe"),
                                               QStringLiteral("oauth"), {}),
             TokenDelivery::bearer());
    Profile profile;
    profile.vendor = QStringLiteral("passwordsafe");
    profile.method = QStringLiteral("oauth");
    profile.baseUrl = m_sandbox.vendorBaseUrl(Sandbox::Vendor::PasswordSafe);
    profile.lastToken = SessionManager::lastTokenOf(session.token);
    const Session remembered = SessionManager::rememberedSession(profile, session.token.raw());
    QCOMPARE(*remembered.token.expiresAt(), *session.token.expiresAt());
    QCOMPARE(statusOf(Sandbox::Vendor::PasswordSafe, QStringLiteral("ManagedAccounts"),
                      remembered.credential()),
             200);
}

void TstAuthenticators::passwordSafeOAuthWithoutCookie()
{
    m_sandbox.setPasswordSafeOAuthCookie(false);
    auto auth = passwordSafe("oauth");
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QVERIFY2(run.outcome == Outcome::LoggedIn, qPrintable(run.error.message));
    QVERIFY(auth->session().cookies.isEmpty());
    QVERIFY(test(auth.get()));
}

void TstAuthenticators::passwordSafeOAuthRenewsBeforeExpiry()
{
    // Access tokens that live ten minutes: the authenticator signs in again before expires_in
    // runs out, when the Clock reaches the lead time before it.
    TestClock clock;
    m_sandbox.setTokenLifetime(Sandbox::Vendor::PasswordSafe, 600);
    auto auth = passwordSafe("oauth");
    QSignalSpy loggedIn(auth.get(), &Authenticator::loggedIn);
    auth->setAutoRelogin(true, 20);
    auth->logIn();
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, 5000);
    const QString first = auth->session().token.raw();
    const QDateTime firstExpiry = *auth->session().token.expiresAt();
    clock.setNow(firstExpiry.addSecs(-21));
    QVERIFY(!auth->isBusy()); // not yet
    clock.advance(1s);
    QVERIFY(auth->isBusy()); // signing in again, 20 s before the token expires
    QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 2, 5000);
    auth->setAutoRelogin(false);
    QVERIFY(auth->session().token.raw() != first);
    QCOMPARE(auth->session().token.timing().state, TokenTiming::State::Valid);
    QVERIFY(test(auth.get()));
}

void TstAuthenticators::passwordSafeDocumentedRefusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("licenceValid");
    QTest::addColumn<bool>("apiEnabled");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("kind");
    for (const char *method : {"apikey", "oauth"}) {
        QTest::addRow("%s, licence not valid", method)
            << QByteArray(method) << false << true << QStringLiteral("licence is not valid")
            << int(Error::Kind::Permission);
        QTest::addRow("%s, API version disabled", method)
            << QByteArray(method) << true << false
            << QStringLiteral("API version has been disabled") << int(Error::Kind::InvalidInput);
    }
}

void TstAuthenticators::passwordSafeDocumentedRefusals()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, licenceValid);
    QFETCH(bool, apiEnabled);
    QFETCH(QString, words);
    QFETCH(int, kind);
    m_sandbox.setPasswordSafeLicenceValid(licenceValid);
    m_sandbox.setPasswordSafeApiEnabled(apiEnabled);
    auto auth = passwordSafe(method.constData());
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(int(run.error.kind), kind);
    QVERIFY2(run.error.message.startsWith(QLatin1String("Password Safe: ")),
             qPrintable(run.error.message));
    QVERIFY2(run.error.message.contains(words), qPrintable(run.error.message));
}

void TstAuthenticators::passwordSafeIdleClockRestartsWhenUsed()
{
    auto auth = passwordSafe("apikey");
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    // As if the last call was 19 minutes ago: one minute of the idle clock is left.
    Session session = auth->session();
    session.token.restoreExpiry(QDateTime::currentDateTimeUtc().addSecs(60),
                                Token::ExpirySource::IdleTimeout);
    auth->setSession(session);
    QCOMPARE(statusOf(Sandbox::Vendor::PasswordSafe, QStringLiteral("ManagedSystems"),
                      auth->session().credential()),
             200);
    QSignalSpy changed(auth.get(), &Authenticator::sessionChanged);
    Authenticator *base = auth.get();
    base->noteSessionUsed();
    QCOMPARE(changed.count(), 1);
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*auth->session().token.expiresAt());
    QVERIFY2(left > PasswordSafeAuthenticator::IdleTimeoutSeconds - 60,
             qPrintable(QString::number(left)));
    QCOMPARE(auth->session().token.expirySource(), Token::ExpirySource::IdleTimeout);

    // A Bearer token does not idle: its expires_in stands.
    auto oauth = passwordSafe("oauth");
    QCOMPARE(int(wait(oauth.get(), [&] { oauth->logIn(); }).outcome), int(Outcome::LoggedIn));
    const QDateTime expiry = *oauth->session().token.expiresAt();
    oauth->noteSessionUsed();
    QCOMPARE(*oauth->session().token.expiresAt(), expiry);
    QCOMPARE(oauth->session().token.expirySource(), Token::ExpirySource::ExpiresIn);
}

void TstAuthenticators::passwordSafeReloginSignsOutFirst()
{
    for (const char *method : {"apikey", "oauth"}) {
        auto auth = passwordSafe(method);
        QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
        const int open = m_sandbox.passwordSafeOpenSessions();
        const Session first = auth->session();
        Credential oldCookie = first.credential();
        oldCookie.headers.clear();
        QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
        QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
        QCOMPARE(m_sandbox.passwordSafeOpenSessions(), open);
        QCOMPARE(handled.count(), method == QByteArray("oauth") ? 3 : 2);
        QVERIFY(handled.first().at(1).toString().endsWith(QLatin1String("Auth/Signout")));
        QCOMPARE(
            statusOf(Sandbox::Vendor::PasswordSafe, QStringLiteral("ManagedAccounts"), oldCookie),
            401);
        QVERIFY(auth->session().token.raw() != first.token.raw());
        QVERIFY(test(auth.get()));
    }
}

void TstAuthenticators::regScaleWrongPasswordIsSentOnce_data()
{
    QTest::addColumn<bool>("v2");
    QTest::addColumn<int>("requests");
    QTest::newRow("server with the v2 form") << true << 1;
    // The v2 form is refused for its version, then the v1 form for the password.
    QTest::newRow("server with only the v1 form") << false << 2;
}

// Each refused attempt counts toward the account's lockout: a wrong password goes once.
void TstAuthenticators::regScaleWrongPasswordIsSentOnce()
{
    QFETCH(bool, v2);
    QFETCH(int, requests);
    m_sandbox.setRegScaleV2Supported(v2);
    const int failedBefore = m_sandbox.regScaleFailedLogins(Sandbox::regScaleUsername());
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password",
                     {{QStringLiteral("username"), Sandbox::regScaleUsername()}},
                     {{QStringLiteral("password"), QStringLiteral("not-the-password")}});
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const Run run = wait(auth.get(), [&] { auth->logIn(); });
    QCOMPARE(int(run.outcome), int(Outcome::Failed));
    QCOMPARE(run.error.kind, Error::Kind::Authentication);
    QVERIFY2(run.error.message.contains(QLatin1String("Invalid username or password.")),
             qPrintable(run.error.message));
    QCOMPARE(handled.count(), requests);
    QCOMPARE(m_sandbox.regScaleFailedLogins(Sandbox::regScaleUsername()), failedBefore + 1);

    // The MFA round too: a wrong code is not repeated in the other form.
    auto mfa = make(Sandbox::Vendor::RegScale, "regscale", "password",
                    {{QStringLiteral("username"), Sandbox::regScaleMfaUsername()}},
                    {{QStringLiteral("password"), Sandbox::regScalePassword()}});
    QCOMPARE(int(wait(mfa.get(), [&] { mfa->logIn(); }).outcome), int(Outcome::SecondFactor));
    const int mfaFailed = m_sandbox.regScaleFailedLogins(Sandbox::regScaleMfaUsername());
    handled.clear();
    QCOMPARE(
        int(wait(mfa.get(), [&] { mfa->provideSecondFactor(QStringLiteral("000000")); }).outcome),
        int(Outcome::SecondFactor));
    QCOMPARE(handled.count(), 1);
    QCOMPARE(m_sandbox.regScaleFailedLogins(Sandbox::regScaleMfaUsername()), mfaFailed + 1);
}

void TstAuthenticators::regScaleRemembersTheLoginForm()
{
    const QMap<QString, QString> fields{{QStringLiteral("username"), Sandbox::regScaleUsername()}};
    const QHash<QString, QString> secrets{
        {QStringLiteral("password"), Sandbox::regScalePassword()}};
    auto modern = make(Sandbox::Vendor::RegScale, "regscale", "password", fields, secrets);
    QCOMPARE(int(wait(modern.get(), [&] { modern->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(modern->session().facts.value(QStringLiteral("login_form")), QStringLiteral("v2"));

    m_sandbox.setRegScaleV2Supported(false);
    auto auth = make(Sandbox::Vendor::RegScale, "regscale", "password", fields, secrets);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(handled.count(), 2);
    QCOMPARE(auth->session().facts.value(QStringLiteral("login_form")), QStringLiteral("v1"));
    // Next time the form that worked goes first.
    handled.clear();
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(handled.count(), 1);

    // And in a later run, from the profile.
    QMap<QString, QString> remembered = fields;
    remembered.insert(QStringLiteral("login_form"), QStringLiteral("v1"));
    auto later = make(Sandbox::Vendor::RegScale, "regscale", "password", remembered, secrets);
    handled.clear();
    QCOMPARE(int(wait(later.get(), [&] { later->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(handled.count(), 1);
    QCOMPARE(later->session().facts.value(QStringLiteral("login_form")), QStringLiteral("v1"));

    // A server that has gone over to v2 still works for a profile that remembers v1.
    m_sandbox.setRegScaleV2Supported(true);
    auto upgraded = make(Sandbox::Vendor::RegScale, "regscale", "password", remembered, secrets);
    QCOMPARE(int(wait(upgraded.get(), [&] { upgraded->logIn(); }).outcome), int(Outcome::LoggedIn));
}

// 403 from the token check: the token is valid, the account lacks the logging role.
void TstAuthenticators::regScaleTokenCheckForbiddenIsValid()
{
    auto pasted = make(Sandbox::Vendor::RegScale, "regscale", "token", {},
                       {{QStringLiteral("token"),
                         m_sandbox.regScaleProfileToken(Sandbox::regScaleNoLogsUsername())}});
    const Run run = wait(pasted.get(), [&] { pasted->logIn(); });
    QVERIFY2(run.outcome == Outcome::LoggedIn, qPrintable(run.error.message));
    const auto identity = test(pasted.get());
    QVERIFY(identity);
    QCOMPARE(identity->displayName, Sandbox::regScaleNoLogsUsername());
    const QString missing = identity->facts.value(QStringLiteral("missing_permission"));
    QVERIFY2(missing.contains(QLatin1String("403")) &&
                 missing.contains(QLatin1String("api/logging/filterLogs/0/0")),
             qPrintable(missing));
    // The token does open what the role allows.
    QCOMPARE(statusOf(Sandbox::Vendor::RegScale, QStringLiteral("/api/assets/getList"),
                      pasted->session().credential()),
             200);

    auto analyst = make(Sandbox::Vendor::RegScale, "regscale", "token", {},
                        {{QStringLiteral("token"), m_sandbox.regScaleProfileToken()}});
    QCOMPARE(int(wait(analyst.get(), [&] { analyst->logIn(); }).outcome), int(Outcome::LoggedIn));
    const auto full = test(analyst.get());
    QVERIFY(full);
    QVERIFY(!full->facts.contains(QStringLiteral("missing_permission")));
}

// "the token may be used for up to 24 hours before timing out": counted from the paste.
void TstAuthenticators::regScalePastedTokenLasts24Hours()
{
    m_sandbox.setRegScaleExpClaim(false);
    const QString raw = m_sandbox.regScaleProfileToken();
    QVERIFY(!Token::fromRaw(raw).expiresAt());
    auto auth =
        make(Sandbox::Vendor::RegScale, "regscale", "token", {}, {{QStringLiteral("token"), raw}});
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    const Token &token = auth->session().token;
    QCOMPARE(token.expirySource(), Token::ExpirySource::Documented);
    QCOMPARE(token.obtainedAt().secsTo(*token.expiresAt()), 24 * 3600);
    QVERIFY(qAbs(token.obtainedAt().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Logging in again with the same token keeps the moment it was pasted.
    const QDateTime expiry = *token.expiresAt();
    QCOMPARE(int(wait(auth.get(), [&] { auth->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(*auth->session().token.expiresAt(), expiry);

    // An expiry the person states wins.
    auto stated = make(Sandbox::Vendor::RegScale, "regscale", "token",
                       {{QStringLiteral("expires"), QStringLiteral("2030-06-30T12:00:00Z")}},
                       {{QStringLiteral("token"), raw}});
    QCOMPARE(int(wait(stated.get(), [&] { stated->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(stated->session().token.expirySource(), Token::ExpirySource::StatedByUser);
    // And the token's own exp wins over both.
    m_sandbox.setRegScaleExpClaim(true);
    auto withExp = make(Sandbox::Vendor::RegScale, "regscale", "token",
                        {{QStringLiteral("expires"), QStringLiteral("2030-06-30T12:00:00Z")}},
                        {{QStringLiteral("token"), m_sandbox.regScaleProfileToken()}});
    QCOMPARE(int(wait(withExp.get(), [&] { withExp->logIn(); }).outcome), int(Outcome::LoggedIn));
    QCOMPARE(withExp->session().token.expirySource(), Token::ExpirySource::ExpClaim);
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
