#include "Sandbox.h"
#include "ScriptedPrompter.h"
#include "TestNetworkServers.h"
#include "TestSessions.h"
#include "auth/SessionManager.h"
#include "compose/RequestRunner.h"
#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The one send path behind a real tinyproxy whose password is not known yet: a person is asked
// once (the app's dialog, a script here), the answer kept in the secret store, the request sent
// again; a wrong answer is a clear error after that one question.
class TestProxyPrompt : public QObject
{
    Q_OBJECT

private:
    RequestRunner::Outcome run()
    {
        RequestDraft draft;
        draft.url = QStringLiteral("api/whoami");
        QSignalSpy finished(m_runner.get(), &RequestRunner::finished);
        m_runner->send(m_id, draft);
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.at(0).at(0).value<RequestRunner::Outcome>();
    }

    std::optional<QString> stored(const QString &field)
    {
        std::optional<QString> value;
        bool done = false;
        m_secrets->read(SecretStore::key(m_id, field), this,
                        [&](const Result<std::optional<QString>> &r) {
                            done = true;
                            if (r)
                                value = r.value();
                        });
        if (!QTest::qWaitFor([&done] { return done; }, 5000))
            return QStringLiteral("(no answer from the store)");
        return value;
    }

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<RequestRunner> m_runner;
    ScriptedPrompter m_prompter;
    std::unique_ptr<TinyProxy> m_proxy;
    QUuid m_id;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RequestRunner::Outcome>();
        QVERIFY(m_sandbox.listen());
        m_http = std::make_unique<HttpClient>(&m_nam);
    }

    void init()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TinyProxy::program(), QStringLiteral("tinyproxy"));
        m_proxy = std::make_unique<TinyProxy>();
        QVERIFY2(m_proxy->start(QStringLiteral("carol"), QStringLiteral("the-proxy-pw")),
                 qPrintable(m_proxy->problem()));
        m_dir = std::make_unique<QTemporaryDir>();
        m_profiles = std::make_unique<ProfileStore>(m_dir->path());
        QVERIFY(m_profiles->load());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_sessions =
            std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
        m_sessions->setPrompter(&m_prompter);
        m_runner =
            std::make_unique<RequestRunner>(m_profiles.get(), m_sessions.get(), m_http.get());
        m_id =
            TestSessions::addProfile(*m_profiles, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                     QStringLiteral("generic"), QStringLiteral("bearer"), {});
        auto profile = m_profiles->find(m_id);
        QVERIFY(profile);
        profile->options.proxy = m_proxy->url().toString();
        profile->options.proxyUser = QStringLiteral("carol");
        QVERIFY(m_profiles->update(*profile));
        m_sessions->provideSecrets(m_id,
                                   {{QStringLiteral("token"), Sandbox::genericStaticToken()}});
        m_prompter.networkSecrets.clear();
        m_prompter.networkQuestions.clear();
    }

    void cleanup()
    {
        m_runner.reset();
        m_sessions.reset();
        m_proxy.reset();
    }

    void askedOnceThenKept()
    {
        m_prompter.networkSecrets = {QStringLiteral("the-proxy-pw")};
        const auto first = run();
        QVERIFY2(first.response,
                 qPrintable(first.response ? QString() : first.response.error().message));
        QCOMPARE(first.response->status, 200);
        QVERIFY(first.askedNetworkSecret);
        QCOMPARE(m_prompter.networkQuestions.size(), 1);
        QVERIFY2(m_prompter.networkQuestions.first().contains(QLatin1String("carol")),
                 qPrintable(m_prompter.networkQuestions.first()));
        QCOMPARE(stored(QStringLiteral("proxy_password")), QStringLiteral("the-proxy-pw"));

        const auto second = run();
        QVERIFY(second.response);
        QCOMPARE(second.response->status, 200);
        QCOMPARE(m_prompter.networkQuestions.size(), 1); // not asked again
        QTRY_VERIFY(m_proxy->log().count(QLatin1String("/generic/api/whoami")) >= 2);
    }

    void wrongAnswerIsAClearErrorAfterOneQuestion()
    {
        m_prompter.networkSecrets = {QStringLiteral("not-it"), QStringLiteral("never-asked")};
        const auto outcome = run();
        QVERIFY(!outcome.response);
        QCOMPARE(outcome.response.error().code, QStringLiteral("net.proxy_auth"));
        QVERIFY(outcome.response.error().message.contains(QLatin1String("refused")));
        QCOMPARE(m_prompter.networkQuestions.size(), 1);
    }

    void theLoginBeforeTheRequestAsksOnceToo()
    {
        // RegScale logs in over the network, through the proxy, before the request goes.
        m_id = TestSessions::addProfile(
            *m_profiles, m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale),
            QStringLiteral("regscale"), QStringLiteral("password"),
            {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
        auto profile = m_profiles->find(m_id);
        QVERIFY(profile);
        profile->options.proxy = m_proxy->url().toString();
        profile->options.proxyUser = QStringLiteral("carol");
        QVERIFY(m_profiles->update(*profile));
        m_sessions->provideSecrets(m_id,
                                   {{QStringLiteral("password"), Sandbox::regScalePassword()}});
        m_prompter.networkSecrets = {QStringLiteral("the-proxy-pw")};
        const auto outcome = run();
        QVERIFY2(outcome.response,
                 qPrintable(outcome.response ? QString() : outcome.response.error().message));
        QVERIFY(outcome.response->status < 500);
        QCOMPARE(m_prompter.networkQuestions.size(), 1);
        QTRY_VERIFY2(m_proxy->log().contains(QLatin1String("POST http://127.0.0.1")),
                     qPrintable(m_proxy->log()));
    }

    void aProxyUserAddedLaterReadsItsKeptPassword()
    {
        // Used once without a proxy, then edited to go through it: the kept password is read.
        auto profile = m_profiles->find(m_id);
        QVERIFY(profile);
        profile->options.proxy = QStringLiteral("none");
        profile->options.proxyUser.clear();
        QVERIFY(m_profiles->update(*profile));
        const auto direct = run();
        QVERIFY(direct.response);
        QCOMPARE(direct.response->status, 200);

        bool written = false;
        m_secrets->write(SecretStore::key(m_id, QStringLiteral("proxy_password")),
                         QStringLiteral("the-proxy-pw"), this,
                         [&written](const Result<bool> &) { written = true; });
        QTRY_VERIFY(written);
        profile->options.proxy = m_proxy->url().toString();
        profile->options.proxyUser = QStringLiteral("carol");
        QVERIFY(m_profiles->update(*profile));
        const auto proxied = run();
        QVERIFY2(proxied.response,
                 qPrintable(proxied.response ? QString() : proxied.response.error().message));
        QCOMPARE(proxied.response->status, 200);
        QVERIFY(m_prompter.networkQuestions.isEmpty());
        QTRY_VERIFY(m_proxy->log().contains(QLatin1String("/generic/api/whoami")));
    }

    void declinedIsTheProxysError()
    {
        const auto outcome = run(); // the script has no answer: the person cancels
        QVERIFY(!outcome.response);
        QCOMPARE(outcome.response.error().code, QStringLiteral("net.proxy_auth"));
        QCOMPARE(m_prompter.networkQuestions.size(), 1);
        QCOMPARE(stored(QStringLiteral("proxy_password")), std::optional<QString>());
    }
};

QTEST_GUILESS_MAIN(TestProxyPrompt)
#include "tst_proxyprompt.moc"
