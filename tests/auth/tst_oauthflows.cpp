// OAuth 2.0 and OpenID Connect logins through the one session service, against the sandbox's
// OpenID provider (written from the RFCs, not from our client): the authorization code with
// PKCE in a "browser" this test plays, the device flow, refresh tokens with rotation, a refused
// refresh falling back to the browser, revocation on log-out, and the ID token's checks.
#include "Sandbox.h"
#include "TestBrowser.h"
#include "TestClock.h"
#include "TestHttpServer.h"
#include "jwt/Base64Url.h"

#include "auth/CredentialPrompter.h"
#include "auth/LoginAttempt.h"
#include "auth/SessionManager.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace std::chrono_literals;

namespace {

// A person who clicks Log In and then does what the sign-in step asks, as this test says.
class BrowserPrompter : public QObject, public CredentialPrompter
{
    Q_OBJECT

public:
    QHash<QString, QString> secrets;
    int prompts = 0;
    QList<SignInStep> steps;
    QList<Error> failures;
    QPointer<LoginAttempt> attempt;

    void prompt(LoginAttempt *a) override
    {
        ++prompts;
        attempt = a;
        connect(a, &LoginAttempt::signInStepRequired, this,
                [this](const SignInStep &step) { steps.append(step); });
        connect(a, &LoginAttempt::failed, this, [this](const Error &error) {
            failures.append(error);
            if (attempt)
                attempt->abandon(error);
        });
        // A login that already waits for the browser (a refused refresh) needs no click.
        if (a->signInStep() && a->isBusy()) {
            steps.append(*a->signInStep());
            return;
        }
        if (!a->isBusy())
            a->submit(secrets, true);
    }
};

} // namespace

class TstOAuthFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void authorizationCodeWithPkceLogsInAndRefreshesAlone();
    void aRefusedRefreshGoesBackToTheBrowser();
    void anAnswerOfAnotherSignInIsRefused();
    void declinedInTheBrowserSaysSo();
    void withNobodyToAskNoBrowserOpens();
    void deviceFlowPollsAtTheServersPace();
    void anUnenteredDeviceCodeExpires();
    void logOutRevokesAtTheServer();
    void anIdTokenOfAnotherSignInIsRefused();

private:
    QUuid addProfile(const QString &grant, QMap<QString, QString> extra = {});
    std::unique_ptr<SessionManager> manager(CredentialPrompter *prompter);
    Result<Session> await(std::function<void(QObject *, SessionManager::SessionHandler)> start);
    // The browser: opens the authorization request, signs in as the sandbox's user with
    // `decision`, and follows the redirect to Tokenbench's loopback listener.
    bool signInInBrowser(const QUrl &authorization, const QString &decision);
    bool approveDeviceCode(const QString &userCode);
    // Log In, the browser sign-in allowed: the login's answer, or nothing when none came.
    std::optional<Result<Session>> logInThroughBrowser(SessionManager &sessions,
                                                       BrowserPrompter &person, const QUuid &id);
    QNetworkReply *go(QNetworkReply *reply);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    QNetworkAccessManager m_browser;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TestClock> m_clock;
};

void TstOAuthFlows::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstOAuthFlows::init()
{
    m_clock = std::make_unique<TestClock>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("tokenbench-test-oauth"));
    m_sandbox.setDeviceInterval(5);
}

void TstOAuthFlows::cleanup()
{
    m_secrets.reset();
    m_profiles.reset();
    m_clock.reset();
}

QUuid TstOAuthFlows::addProfile(const QString &grant, QMap<QString, QString> extra)
{
    Profile p;
    p.name = QStringLiteral("idp-") + grant;
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("oauth2");
    p.baseUrl = m_sandbox.oidcIssuer();
    p.options.autoRelogin = true;
    p.fields = {{QStringLiteral("grant"), grant},
                {QStringLiteral("issuer"), m_sandbox.oidcIssuer().toString()},
                {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
                {QStringLiteral("client_auth"), QStringLiteral("none")},
                {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        p.fields.insert(it.key(), it.value());
    const auto added = m_profiles->add(p);
    return added ? added->id : QUuid();
}

std::unique_ptr<SessionManager> TstOAuthFlows::manager(CredentialPrompter *prompter)
{
    auto m = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
    m->setPrompter(prompter);
    return m;
}

Result<Session>
TstOAuthFlows::await(std::function<void(QObject *, SessionManager::SessionHandler)> start)
{
    std::optional<Result<Session>> result;
    QObject context;
    start(&context, [&result](const Result<Session> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"),
                           QStringLiteral("no answer within 10 s"));
    return *result;
}

QNetworkReply *TstOAuthFlows::go(QNetworkReply *reply)
{
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        reply->abort();
    reply->deleteLater();
    return reply;
}

bool TstOAuthFlows::signInInBrowser(const QUrl &authorization, const QString &decision)
{
    return TestBrowser(Sandbox::oidcUsername(), Sandbox::oidcPassword())
        .signIn(authorization, decision);
}

bool TstOAuthFlows::approveDeviceCode(const QString &userCode)
{
    QUrl device = m_sandbox.oidcIssuer();
    device.setPath(device.path() + QLatin1String("/device"));
    return TestBrowser(Sandbox::oidcUsername(), Sandbox::oidcPassword())
        .enterCode(device, userCode);
}

std::optional<Result<Session>> TstOAuthFlows::logInThroughBrowser(SessionManager &sessions,
                                                                  BrowserPrompter &person,
                                                                  const QUuid &id)
{
    std::optional<Result<Session>> login;
    QObject context;
    const int before = int(person.steps.size());
    sessions.logIn(id, &context, [&login](const Result<Session> &r) { login = r; });
    if (!QTest::qWaitFor([&] { return person.steps.size() > before; }, 10000) ||
        !signInInBrowser(person.steps.last().url, QStringLiteral("allow")))
        return std::nullopt;
    (void)QTest::qWaitFor([&] { return login.has_value(); }, 10000);
    return login;
}

void TstOAuthFlows::authorizationCodeWithPkceLogsInAndRefreshesAlone()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    std::optional<Result<Session>> login;
    QObject context;
    sessions->logIn(id, &context, [&login](const Result<Session> &r) { login = r; });
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    const SignInStep step = person.steps.first();
    QCOMPARE(step.kind, SignInStep::Kind::OpenBrowser);
    const QUrlQuery asked(step.url);
    // RFC 7636 S256 and RFC 8252's loopback redirect on a port chosen now.
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(!asked.queryItemValue(QStringLiteral("state")).isEmpty());
    QVERIFY(!asked.queryItemValue(QStringLiteral("nonce")).isEmpty());
    const QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(step.url.toString().startsWith(m_sandbox.oidcIssuer().toString()));

    QVERIFY(signInInBrowser(step.url, QStringLiteral("allow")));
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY2(login->ok(), qPrintable(login->ok() ? QString() : login->error().message));
    const Session first = login->value();
    QVERIFY(!first.refreshToken.isEmpty());
    QVERIFY(!first.idToken.isEmpty());
    // The ID token says who signed in.
    QCOMPARE(first.facts.value(QStringLiteral("name")), Sandbox::oidcUserFullName());
    QCOMPARE(first.facts.value(QStringLiteral("sub")), Sandbox::oidcUserSubject());

    // Test Token asks the issuer's userinfo endpoint.
    std::optional<Result<Identity>> identity;
    sessions->testToken(id, &context, [&identity](const Result<Identity> &r) { identity = r; });
    QTRY_VERIFY_WITH_TIMEOUT(identity.has_value(), 10000);
    QVERIFY2(identity->ok(), qPrintable(identity->ok() ? QString() : identity->error().message));
    QCOMPARE(identity->value().displayName, Sandbox::oidcUserFullName());

    // Restarted and an hour and more later: the refresh token renews the access token with
    // nobody asked, and the server's new refresh token (rotation) replaces the old one.
    sessions.reset();
    m_sandbox.advanceClock(2 * 3600); // the server lives in the same time
    m_clock->advance(2h);
    auto again = manager(&person);
    const Result<Session> renewed =
        await([&](QObject *c, SessionManager::SessionHandler h) { again->freshSession(id, c, h); });
    QVERIFY2(renewed.ok(), qPrintable(renewed.ok() ? QString() : renewed.error().message));
    QCOMPARE(person.prompts, 1);
    QCOMPARE(person.steps.size(), 1);
    QVERIFY(renewed->token.raw() != first.token.raw());
    QVERIFY(!renewed->refreshToken.isEmpty());
    QVERIFY(renewed->refreshToken != first.refreshToken);
    QVERIFY(SessionManager::hasLifeLeft(renewed->token));
}

void TstOAuthFlows::aRefusedRefreshGoesBackToTheBrowser()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    const std::optional<Result<Session>> login = logInThroughBrowser(*sessions, person, id);
    QVERIFY(login && login->ok());
    QObject context;

    // The server ends the refresh token (RFC 7009), as an administrator or a password change
    // would.
    QUrl revoke = m_sandbox.oidcIssuer();
    revoke.setPath(revoke.path() + QLatin1String("/revoke"));
    QNetworkRequest request(revoke);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"),
                      QString::fromLatin1(QUrl::toPercentEncoding(login->value().refreshToken)));
    form.addQueryItem(QStringLiteral("client_id"), Sandbox::oidcPublicClientId());
    QCOMPARE(go(m_browser.post(request, form.query(QUrl::FullyEncoded).toUtf8()))
                 ->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                 .toInt(),
             200);

    m_sandbox.advanceClock(2 * 3600); // the server lives in the same time
    m_clock->advance(2h);
    std::optional<Result<Session>> renewed;
    sessions->freshSession(id, &context, [&renewed](const Result<Session> &r) { renewed = r; });
    // Refused: the person is asked, and the browser sign-in is already under way.
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 2, 10000);
    QCOMPARE(person.prompts, 2);
    QVERIFY(signInInBrowser(person.steps.last().url, QStringLiteral("allow")));
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 10000);
    QVERIFY2(renewed->ok(), qPrintable(renewed->ok() ? QString() : renewed->error().message));
    QVERIFY(renewed->value().refreshToken != login->value().refreshToken);
}

void TstOAuthFlows::anAnswerOfAnotherSignInIsRefused()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    std::optional<Result<Session>> login;
    QObject context;
    sessions->logIn(id, &context, [&login](const Result<Session> &r) { login = r; });
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    // Another page sends the browser to the loopback listener with a code of its own.
    const QUrlQuery asked(person.steps.first().url);
    QUrl forged(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    forged.setQuery(QStringLiteral("code=attackers-code&state=not-ours"));
    QNetworkReply *reply = go(m_browser.get(QNetworkRequest(forged)));
    QVERIFY(reply->readAll().contains("does not belong"));
    QTRY_COMPARE_WITH_TIMEOUT(person.failures.size(), 1, 10000);
    QCOMPARE(person.failures.first().code, QStringLiteral("oauth2.state"));
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY(!login->ok());
    QVERIFY(!sessions->session(id));
}

void TstOAuthFlows::declinedInTheBrowserSaysSo()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    QObject context;
    sessions->logIn(id, &context, [](const Result<Session> &) {});
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    QVERIFY(signInInBrowser(person.steps.first().url, QStringLiteral("deny")));
    QTRY_COMPARE_WITH_TIMEOUT(person.failures.size(), 1, 10000);
    QCOMPARE(person.failures.first().code, QStringLiteral("oauth2.access_denied"));
    QCOMPARE(person.failures.first().kind, Error::Kind::Authentication);
    QVERIFY(!sessions->session(id));
}

void TstOAuthFlows::withNobodyToAskNoBrowserOpens()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    auto sessions = manager(nullptr);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const Result<Session> result = await(
        [&](QObject *c, SessionManager::SessionHandler h) { sessions->freshSession(id, c, h); });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::LoginRequired);
    QCOMPARE(handled.count(), 0);
}

void TstOAuthFlows::deviceFlowPollsAtTheServersPace()
{
    const QUuid id = addProfile(QStringLiteral("device_code"),
                                {{QStringLiteral("client_id"), Sandbox::oidcConfidentialClientId()},
                                 {QStringLiteral("client_auth"), QStringLiteral("basic")}});
    BrowserPrompter person;
    person.secrets = {{QStringLiteral("client_secret"), Sandbox::oidcClientSecret()}};
    auto sessions = manager(&person);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    std::optional<Result<Session>> login;
    QObject context;
    sessions->logIn(id, &context, [&login](const Result<Session> &r) { login = r; });
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    const SignInStep step = person.steps.first();
    QCOMPARE(step.kind, SignInStep::Kind::EnterCode);
    QVERIFY(
        QRegularExpression(QStringLiteral("^[B-Z]{4}-[B-Z]{4}$")).match(step.userCode).hasMatch());
    QVERIFY(step.url.toString().endsWith(QLatin1String("/device")));
    QVERIFY(step.completeUrl.toString().contains(step.userCode));
    auto polls = [&handled] {
        int n = 0;
        for (const auto &call : handled)
            n += call.at(1).toString().endsWith(QLatin1String("/token"));
        return n;
    };
    QCOMPARE(polls(), 0); // nothing before the interval
    // Each poll's answer reaches the client before either clock moves on: the client sets its
    // next poll from the time it reads the answer.
    QSignalSpy answered(&m_nam, &QNetworkAccessManager::finished);
    const qsizetype before = answered.size();
    const auto pollAnswered = [&](int n) {
        if (!QTest::qWaitFor([&] { return polls() >= n && answered.size() >= before + n; }, 10000))
            return false;
        QCoreApplication::processEvents(); // the client's queued handling of the answer
        return true;
    };

    // Five seconds on both clocks: one poll, answered authorization_pending.
    m_sandbox.advanceClock(5);
    m_clock->advance(5s);
    QVERIFY(pollAnswered(1));
    QCOMPARE(polls(), 1);
    QVERIFY(!login.has_value());

    // A client that polls too soon by the server's clock is told to slow down, and waits five
    // seconds more from then on (RFC 8628 section 3.5).
    m_clock->advance(5s);
    QVERIFY(pollAnswered(2));
    m_sandbox.advanceClock(5);
    m_clock->advance(5s);
    QTest::qWait(0);
    QCOMPARE(polls(), 2); // waits for ten seconds now

    QVERIFY(approveDeviceCode(step.userCode));
    m_sandbox.advanceClock(10);
    m_clock->advance(5s);
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 10000);
    QVERIFY2(login->ok(), qPrintable(login->ok() ? QString() : login->error().message));
    QCOMPARE(polls(), 3);
    QCOMPARE(login->value().facts.value(QStringLiteral("email")), Sandbox::oidcUserEmail());
}

void TstOAuthFlows::anUnenteredDeviceCodeExpires()
{
    const QUuid id = addProfile(QStringLiteral("device_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    QObject context;
    sessions->logIn(id, &context, [](const Result<Session> &) {});
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    const qint64 life = Clock::now().secsTo(person.steps.first().expiresAt);
    QVERIFY(life > 60);
    m_sandbox.advanceClock(life + 1);
    m_clock->advance(std::chrono::seconds(life + 1));
    QTRY_COMPARE_WITH_TIMEOUT(person.failures.size(), 1, 10000);
    QCOMPARE(person.failures.first().code, QStringLiteral("oauth2.expired_token"));
    QVERIFY(person.failures.first().message.contains(QLatin1String("expired")));
}

void TstOAuthFlows::logOutRevokesAtTheServer()
{
    const QUuid id = addProfile(QStringLiteral("authorization_code"));
    BrowserPrompter person;
    auto sessions = manager(&person);
    const std::optional<Result<Session>> login = logInThroughBrowser(*sessions, person, id);
    QVERIFY(login && login->ok());
    QObject context;
    const QString access = login->value().token.raw();

    std::optional<Result<bool>> out;
    sessions->logOut(id, &context, [&out](const Result<bool> &r) { out = r; });
    QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
    QVERIFY2(out->ok(), qPrintable(out->ok() ? QString() : out->error().message));
    QVERIFY(!sessions->session(id));

    // The access token no longer opens userinfo: the server, not only we, forgot it.
    QUrl userinfo = m_sandbox.oidcIssuer();
    userinfo.setPath(userinfo.path() + QLatin1String("/userinfo"));
    QNetworkRequest request(userinfo);
    request.setRawHeader("Authorization", "Bearer " + access.toLatin1());
    QCOMPARE(
        go(m_browser.get(request))->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        401);
}

// A provider that answers with an ID token whose nonce is not the one this sign-in sent (a token
// replayed from another sign-in): the login is refused, whatever else the answer holds.
void TstOAuthFlows::anIdTokenOfAnotherSignInIsRefused()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray issuer = server.url("/idp").toEncoded();
    server.route("/idp/.well-known/openid-configuration",
                 TestResponse::json(
                     200, R"({"issuer":")" + issuer + R"(","authorization_endpoint":")" + issuer +
                              R"(/authorize","token_endpoint":")" + issuer + R"(/token"})"));
    const qint64 now = Clock::now().toSecsSinceEpoch();
    const QByteArray idToken =
        Base64Url::encode(R"({"alg":"none"})") + '.' +
        Base64Url::encode(R"({"iss":")" + issuer + R"(","aud":"tokenbench","sub":"1","exp":)" +
                          QByteArray::number(now + 600) + R"(,"nonce":"someone-elses"})") +
        '.';
    server.route("/idp/token",
                 TestResponse::json(200, R"({"access_token":"at-1","token_type":"Bearer",)"
                                         R"("expires_in":600,"id_token":")" +
                                             idToken + R"("})"));
    Profile p;
    p.name = QStringLiteral("replayed");
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("oauth2");
    p.baseUrl = server.url("/api");
    p.fields = {{QStringLiteral("grant"), QStringLiteral("authorization_code")},
                {QStringLiteral("issuer"), QString::fromUtf8(issuer)},
                {QStringLiteral("client_id"), QStringLiteral("tokenbench")},
                {QStringLiteral("client_auth"), QStringLiteral("none")},
                {QStringLiteral("scope"), QStringLiteral("openid")}};
    const auto added = m_profiles->add(p);
    QVERIFY(added);
    BrowserPrompter person;
    auto sessions = manager(&person);
    QObject context;
    sessions->logIn(added->id, &context, [](const Result<Session> &) {});
    QTRY_COMPARE_WITH_TIMEOUT(person.steps.size(), 1, 10000);
    // The browser comes back with a code and the right state; the token endpoint is the liar.
    const QUrlQuery asked(person.steps.first().url);
    QVERIFY(!asked.queryItemValue(QStringLiteral("nonce")).isEmpty());
    QUrl back(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QUrlQuery answer;
    answer.addQueryItem(QStringLiteral("code"), QStringLiteral("c-1"));
    answer.addQueryItem(QStringLiteral("state"), asked.queryItemValue(QStringLiteral("state")));
    back.setQuery(answer);
    QVERIFY(go(m_browser.get(QNetworkRequest(back)))->error() == QNetworkReply::NoError);
    QTRY_COMPARE_WITH_TIMEOUT(person.failures.size(), 1, 10000);
    QCOMPARE(person.failures.first().code, QStringLiteral("oidc.id_token"));
    QVERIFY(person.failures.first().message.contains(QLatin1String("nonce")));
    QVERIFY(!sessions->session(added->id));
}

QTEST_GUILESS_MAIN(TstOAuthFlows)
#include "tst_oauthflows.moc"
