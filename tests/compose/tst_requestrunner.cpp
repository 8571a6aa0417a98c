#include "Sandbox.h"
#include "ScriptedPrompter.h"
#include "TestSessions.h"
#include "auth/SessionManager.h"
#include "compose/RequestRunner.h"
#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A composed request sent as the composer sends it: each method and body kind as the server
// receives them, variables from the login response, the credential only on its own origin,
// cancel, and a token the server refuses (401) renewed by a new login and the request resent.
class TstRequestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void eachMethod_data();
    void eachMethod();
    void eachBodyKind_data();
    void eachBodyKind();
    void variablesFromTheLoginResponse();
    void noCredentialOffTheProfileOrigin();
    void cancelStopsAtOnce();
    void refusedTokenIsRenewedAndResent();
    void refusedTokenWithoutAutoReloginAsksFirst();
    void withoutStoredSecretsAPersonMustLogIn();
    void withoutAProfileNothingIsAttached();

private:
    QUuid addProfile(Sandbox::Vendor vendor, const QString &v, const QString &m,
                     QMap<QString, QString> fields, bool autoRelogin = true);
    bool logIn(const QUuid &id, const QHash<QString, QString> &secrets);
    RequestRunner::Outcome run(const QUuid &id, const RequestDraft &draft);
    static QJsonObject echoed(const RequestRunner::Outcome &outcome);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<RequestRunner> m_runner;
    QUuid m_generic;
};

void TstRequestRunner::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<RequestRunner::Outcome>();
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstRequestRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
    m_runner = std::make_unique<RequestRunner>(m_profiles.get(), m_sessions.get(), m_http.get());
    m_generic = addProfile(Sandbox::Vendor::Generic, u"generic"_s, u"bearer"_s, {});
    QVERIFY(logIn(m_generic, {{u"token"_s, Sandbox::genericStaticToken()}}));
}

void TstRequestRunner::cleanup()
{
    m_runner.reset();
    m_sessions.reset();
}

QUuid TstRequestRunner::addProfile(Sandbox::Vendor vendor, const QString &v, const QString &m,
                                   QMap<QString, QString> fields, bool autoRelogin)
{
    return TestSessions::addProfile(*m_profiles, m_sandbox.vendorBaseUrl(vendor), v, m,
                                    std::move(fields), autoRelogin);
}

bool TstRequestRunner::logIn(const QUuid &id, const QHash<QString, QString> &secrets)
{
    return TestSessions::logIn(*m_sessions, id, secrets);
}

RequestRunner::Outcome TstRequestRunner::run(const QUuid &id, const RequestDraft &draft)
{
    QSignalSpy finished(m_runner.get(), &RequestRunner::finished);
    m_runner->send(id, draft);
    if (finished.isEmpty() && !finished.wait(10000))
        return {};
    return finished.at(0).at(0).value<RequestRunner::Outcome>();
}

QJsonObject TstRequestRunner::echoed(const RequestRunner::Outcome &outcome)
{
    if (!outcome.response)
        return {};
    return QJsonDocument::fromJson(outcome.response->body).object();
}

void TstRequestRunner::eachMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("status");
    for (const QString &m : RequestDraft::methods()) {
        // The echo answers five methods, HEAD like GET without the body, and says which it
        // allows to OPTIONS.
        QTest::newRow(qPrintable(m)) << m << (m == u"OPTIONS"_s ? 405 : 200);
    }
}

void TstRequestRunner::eachMethod()
{
    QFETCH(QString, method);
    QFETCH(int, status);
    RequestDraft d;
    d.method = method;
    d.url = u"api/echo?page=2&q=a%20b"_s;
    const auto outcome = run(m_generic, d);
    QVERIFY2(outcome.response.ok(),
             qPrintable(outcome.response.ok() ? QString() : outcome.response.error().message));
    QCOMPARE(outcome.response->status, status);
    QVERIFY(outcome.credentialAttached);
    if (status != 200 || method == u"HEAD"_s) {
        QVERIFY(outcome.response->body.isEmpty() || status != 200);
        return;
    }
    const QJsonObject echo = echoed(outcome);
    QCOMPARE(echo.value(u"method"_s).toString(), method);
    QCOMPARE(echo.value(u"query"_s).toObject().value(u"q"_s).toString(), u"a b"_s);
    QCOMPARE(TestSessions::echoedHeader(echo, u"Authorization"_s),
             u"Bearer "_s + Sandbox::genericStaticToken());
}

void TstRequestRunner::eachBodyKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("contentType");
    QTest::newRow("json") << int(RequestDraft::BodyKind::Json) << u"{\"name\":\"Zoë\"}"_s
                          << u"application/json"_s;
    QTest::newRow("form") << int(RequestDraft::BodyKind::Form) << u"a=1&b=x%20y"_s
                          << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("raw") << int(RequestDraft::BodyKind::Raw) << u"plain words\nline two"_s
                         << u"text/plain"_s;
    QTest::newRow("file") << int(RequestDraft::BodyKind::File) << u"file bytes"_s
                          << u"application/octet-stream"_s;
}

void TstRequestRunner::eachBodyKind()
{
    QFETCH(int, kind);
    QFETCH(QString, body);
    QFETCH(QString, contentType);
    RequestDraft d;
    d.method = u"POST"_s;
    d.url = u"api/echo"_s;
    d.bodyKind = RequestDraft::BodyKind(kind);
    d.bodyText = body;
    d.formFields = {{u"a"_s, u"1"_s}, {u"b"_s, u"x y"_s}};
    const QString path = m_dir->filePath(u"upload.bin"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body.toUtf8());
    file.close();
    d.bodyFilePath = path;
    const QJsonObject echo = echoed(run(m_generic, d));
    QCOMPARE(echo.value(u"body"_s).toString(), body);
    QCOMPARE(TestSessions::echoedHeader(echo, u"Content-Type"_s), contentType);
}

void TstRequestRunner::variablesFromTheLoginResponse()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}});
    QVERIFY(logIn(rs, {{u"password"_s, Sandbox::regScalePassword()}}));
    RequestDraft d;
    d.url = u"api/accounts/find/{{userId}}"_s;
    const auto outcome = run(rs, d);
    QVERIFY(outcome.response.ok());
    QCOMPARE(outcome.response->status, 200);
    QCOMPARE(echoed(outcome).value(u"userName"_s).toString(), Sandbox::regScaleUsername());
    QVERIFY(outcome.sent.url.path().endsWith(u"6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"_s));

    d.url = u"api/accounts/find/{{nobody}}"_s;
    const auto missing = run(rs, d);
    QVERIFY(!missing.response.ok());
    QCOMPARE(missing.response.error().code, u"compose.unresolved"_s);
}

void TstRequestRunner::noCredentialOffTheProfileOrigin()
{
    // Another origin on the same machine: "localhost" instead of 127.0.0.1.
    QUrl other = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    other.setHost(u"localhost"_s);
    RequestDraft d;
    d.url = other.toString() + u"/api/echo"_s;
    const auto outcome = run(m_generic, d);
    QVERIFY(outcome.response.ok());
    QVERIFY(!outcome.credentialAttached);
    QCOMPARE(TestSessions::echoedHeader(echoed(outcome), u"Authorization"_s), QString());
}

void TstRequestRunner::cancelStopsAtOnce()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    RequestDraft d;
    d.url = u"http://127.0.0.1:%1/slow"_s.arg(silent.serverPort());
    QSignalSpy started(m_runner.get(), &RequestRunner::started);
    QSignalSpy finished(m_runner.get(), &RequestRunner::finished);
    m_runner->send(QUuid(), d);
    QVERIFY(started.count() == 1 || started.wait(5000));
    QVERIFY(m_runner->isRunning());
    QTRY_VERIFY(silent.hasPendingConnections()); // the request is on its way
    m_runner->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!m_runner->isRunning());
    const auto outcome = finished.at(0).at(0).value<RequestRunner::Outcome>();
    QCOMPARE(outcome.response.error().kind, Error::Kind::Cancelled);
    // The aborted call does not answer a second time: whatever it had queued arrives before the
    // answer to a later request.
    RequestDraft later;
    later.url = u"api/echo"_s;
    QVERIFY(run(m_generic, later).response.ok());
    QCOMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(0).value<RequestRunner::Outcome>().response.ok());
}

void TstRequestRunner::refusedTokenIsRenewedAndResent()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}});
    QVERIFY(logIn(rs, {{u"password"_s, Sandbox::regScalePassword()}}));
    const QString before = m_sessions->session(rs)->token.raw();
    m_sandbox.revokeTokens(Sandbox::Vendor::RegScale);

    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    RequestDraft d;
    d.url = u"api/config/getlicense"_s;
    const auto outcome = run(rs, d);
    QVERIFY(outcome.response.ok());
    QCOMPARE(outcome.response->status, 200);
    QVERIFY(outcome.renewedSession);
    QVERIFY(m_sessions->session(rs)->token.raw() != before);
    QStringList calls;
    for (const auto &call : handled)
        calls << call.at(1).toString().section(u'/', -1) + u' ' + call.at(2).toString();
    QCOMPARE(calls, (QStringList{u"getlicense 401"_s, u"login 200"_s, u"getlicense 200"_s}));
}

// With automatic re-login off, a refused token goes to a person (the prompter) before a new
// login; they log in, and the request goes again, once.
void TstRequestRunner::refusedTokenWithoutAutoReloginAsksFirst()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}}, false);
    QVERIFY(logIn(rs, {{u"password"_s, Sandbox::regScalePassword()}}));
    m_sandbox.revokeTokens(Sandbox::Vendor::RegScale);
    RequestDraft d;
    d.url = u"api/config/getlicense"_s;

    // Nobody to ask: a typed failure, not a 401 to puzzle over.
    const auto alone = run(rs, d);
    QVERIFY(!alone.response);
    QCOMPARE(alone.response.error().kind, Error::Kind::LoginRequired);
    QVERIFY(alone.renewedSession);

    ScriptedPrompter person;
    person.secrets.insert(rs, {{u"password"_s, Sandbox::regScalePassword()}});
    m_sessions->setPrompter(&person);
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const auto asked = run(rs, d);
    m_sessions->setPrompter(nullptr);
    QVERIFY(asked.response.ok());
    QCOMPARE(asked.response->status, 200);
    QVERIFY(asked.renewedSession);
    QCOMPARE(person.prompts, 1);
    QVERIFY(person.reasons.at(0));
    QVERIFY2(person.reasons.at(0)->message.contains(u"no longer takes"_s),
             qPrintable(person.reasons.at(0)->message));
    QStringList calls;
    for (const auto &call : handled)
        calls << call.at(1).toString().section(u'/', -1) + u' ' + call.at(2).toString();
    QCOMPARE(calls, (QStringList{u"getlicense 401"_s, u"login 200"_s, u"getlicense 200"_s}));
}

// No stored secrets: the person is asked (through the prompter) and the request then goes; with
// nobody to ask, the send ends with LoginRequired and nothing goes out.
void TstRequestRunner::withoutStoredSecretsAPersonMustLogIn()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}});
    RequestDraft d;
    d.url = u"api/config/getlicense"_s;
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const auto alone = run(rs, d);
    QCOMPARE(alone.response.error().kind, Error::Kind::LoginRequired);
    QVERIFY(alone.sent.url.isEmpty());
    QCOMPARE(handled.count(), 0);

    ScriptedPrompter person;
    person.secrets.insert(rs, {{u"password"_s, Sandbox::regScalePassword()}});
    m_sessions->setPrompter(&person);
    const auto asked = run(rs, d);
    m_sessions->setPrompter(nullptr);
    QVERIFY(asked.response.ok());
    QCOMPARE(asked.response->status, 200);
    QCOMPARE(person.prompts, 1);
    QVERIFY(!person.reasons.at(0)); // nothing went wrong: there was just nothing stored
}

void TstRequestRunner::withoutAProfileNothingIsAttached()
{
    RequestDraft d;
    d.url = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() + u"/api/echo"_s;
    const auto outcome = run(QUuid(), d);
    QVERIFY(outcome.response.ok());
    QCOMPARE(outcome.response->status, 200);
    QVERIFY(!outcome.credentialAttached);
    QCOMPARE(TestSessions::echoedHeader(echoed(outcome), u"Authorization"_s), QString());

    d.url = u"api/echo"_s; // relative, and no profile to be relative to
    QCOMPARE(run(QUuid(), d).response.error().code, u"compose.url_invalid"_s);
}

QTEST_GUILESS_MAIN(TstRequestRunner)
#include "tst_requestrunner.moc"
