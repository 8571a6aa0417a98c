#include "AppSettings.h"
#include "TestCertificates.h"
#include "TestHttpServer.h"
#include "TestNetworkServers.h"
#include "net/HttpClient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// HttpClient through a real tinyproxy with Basic authentication, on loopback.
class TestProxy : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *User = "proxyuser";
    static constexpr const char *Password = "pr0xy-pa55word";
    static constexpr const char *Token = "Bearer tok-9f8e7d6c5b4a";

    Result<HttpResponse> send(HttpClient &client, const HttpRequest &request)
    {
        HttpCall *call = client.send(request);
        QSignalSpy done(call, &HttpCall::finished);
        if (!done.wait(30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"),
                               QStringLiteral("no answer"));
        return call->result();
    }

    HttpRequest through(const QUrl &url, const QUrl &proxy, const QString &password)
    {
        HttpRequest request;
        request.url = url;
        request.credential.origin = Origin::of(url);
        request.credential.headers = {{"Authorization", Token}};
        request.network.origin = Origin::of(url);
        request.network.proxy.mode = ProxySettings::Mode::Manual;
        request.network.proxy.url = proxy;
        request.network.proxy.user = QString::fromLatin1(User);
        request.network.proxy.password = password;
        request.maxRetries = 0;
        return request;
    }

    bool startProxy(TinyProxy &proxy)
    {
        if (!proxy.start(QString::fromLatin1(User), QString::fromLatin1(Password))) {
            qWarning().noquote() << proxy.problem();
            return false;
        }
        return true;
    }

    QNetworkAccessManager m_manager;
    QTemporaryDir m_certs;

private Q_SLOTS:
    void init() { TOKENBENCH_REQUIRE_PROGRAM(TinyProxy::program(), QStringLiteral("tinyproxy")); }

    void httpGoesThroughTheProxy_data()
    {
        QTest::addColumn<QByteArray>("method");
        for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE"})
            QTest::newRow(m) << QByteArray(m);
    }

    void httpGoesThroughTheProxy()
    {
        QFETCH(QByteArray, method);
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/api/things", TestResponse::json(200, R"({"ok":true})"));
        HttpClient client(&m_manager);

        HttpRequest request =
            through(upstream.url("/api/things"), proxy.url(), QString::fromLatin1(Password));
        request.method = method;
        if (method != "GET" && method != "DELETE")
            request.body = R"({"x":1})";
        const auto answer = send(client, request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
        QCOMPARE(upstream.requests().size(), 1);
        QCOMPARE(upstream.requests().first().method, method);
        QTRY_VERIFY2(proxy.log().contains(QStringLiteral("%1 http://127.0.0.1:%2/api/things")
                                              .arg(QString::fromLatin1(method))
                                              .arg(upstream.port())),
                     qPrintable(proxy.log()));
    }

    void httpsTunnelsSoTheProxyNeverSeesTheCredential()
    {
        if (!TestCertificates::make(m_certs.path()))
            QSKIP("openssl or TLS support is not available");
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        // Everything on the way to the proxy is recorded: what the proxy can see.
        RecordingRelay relay(proxy.port());
        QVERIFY(relay.listen());
        TestHttpServer upstream;
        QVERIFY(upstream.listenTls(
            *TestCertificates::server(m_certs.path(), QStringLiteral("good.pem"))));
        upstream.route("/secret", TestResponse::json(200, R"({"ok":true})"));
        HttpClient client(&m_manager);

        HttpRequest request =
            through(upstream.url("/secret"), relay.url(), QString::fromLatin1(Password));
        request.network.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        const auto answer = send(client, request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
        QCOMPARE(upstream.requests().first().header("Authorization"), QByteArray(Token));

        const QByteArray seen = relay.fromClients();
        QVERIFY2(seen.contains("CONNECT 127.0.0.1:" + QByteArray::number(upstream.port())),
                 seen.left(400).constData());
        QVERIFY(seen.contains("Proxy-Authorization: Basic " +
                              QByteArray(User).append(':').append(Password).toBase64()));
        QVERIFY(!seen.contains("tok-9f8e7d6c5b4a"));
        QVERIFY(!seen.contains("/secret"));
        QVERIFY(!seen.contains("\r\nAuthorization:"));
        QTRY_VERIFY2(
            proxy.log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(upstream.port())),
            qPrintable(proxy.log()));
        QVERIFY(!proxy.log().contains(QLatin1String("tok-9f8e7d6c5b4a")));
    }

    void wrongPasswordIsAClearError()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        HttpClient client(&m_manager);

        const auto answer =
            send(client, through(upstream.url("/x"), proxy.url(), QStringLiteral("wrong-one")));
        QVERIFY2(!answer, answer ? QByteArray::number(answer->status).constData() : "");
        QCOMPARE(answer.error().code, QStringLiteral("net.proxy_auth"));
        QCOMPARE(answer.error().kind, Error::Kind::Network);
        QVERIFY2(answer.error().message.contains(QLatin1String("refused the user name proxyuser")),
                 qPrintable(answer.error().message));
        QVERIFY(!answer.error().message.contains(QLatin1String("wrong-one")));
        QVERIFY(!answer.error().detail.contains(QLatin1String("wrong-one")));
        QVERIFY(upstream.requests().isEmpty());
    }

    void noLogLineHoldsTheProxyPassword()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/logged", TestResponse::json(200, "{}"));
        HttpClient client(&m_manager);
        static QStringList lines;
        lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.net.debug=true"));
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &text) { lines << text; });
        const auto ok = send(
            client, through(upstream.url("/logged"), proxy.url(), QString::fromLatin1(Password)));
        const auto refused = send(client, through(upstream.url("/logged"), proxy.url(),
                                                  QStringLiteral("wr0ng-pr0xy-pw")));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(ok);
        QVERIFY(!refused);
        QVERIFY(!lines.isEmpty());
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String(Password)), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("wr0ng-pr0xy-pw")), qPrintable(all));
        const QByteArray basic = QByteArray(User).append(':').append(Password).toBase64();
        QVERIFY2(!all.contains(QString::fromLatin1(basic)), qPrintable(all));
    }

    void wrongPasswordOverHttpsIsAClearError()
    {
        if (!TestCertificates::make(m_certs.path()))
            QSKIP("openssl or TLS support is not available");
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listenTls(
            *TestCertificates::server(m_certs.path(), QStringLiteral("good.pem"))));
        HttpClient client(&m_manager);

        HttpRequest request = through(upstream.url("/x"), proxy.url(), QStringLiteral("nope"));
        request.network.caFile = m_certs.filePath(QStringLiteral("ca.pem"));
        const auto answer = send(client, request);
        QVERIFY(!answer);
        QVERIFY2(answer.error().code == QStringLiteral("net.proxy_auth"),
                 qPrintable(answer.error().detail));
    }

    void missingPasswordSaysWhatIsNeeded()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        HttpClient client(&m_manager);

        const auto answer = send(client, through(upstream.url("/x"), proxy.url(), QString()));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("net.proxy_auth"));
        QVERIFY2(answer.error().message.contains(QLatin1String("proxy_password")),
                 qPrintable(answer.error().message));
    }

    void noProxySkipsIt()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/direct", TestResponse::json(200, "{}"));
        HttpClient client(&m_manager);

        HttpRequest request =
            through(upstream.url("/direct"), proxy.url(), QString::fromLatin1(Password));
        request.network.proxy.exclusions = {QStringLiteral("10.0.0.0/8"),
                                            QStringLiteral("127.0.0.0/8")};
        const auto answer = send(client, request);
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(!proxy.log().contains(QLatin1String("/direct")));
    }

    void systemProxyComesFromTheEnvironment()
    {
        // A name only the proxy would try to resolve: its log proves the request went there.
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        qputenv("http_proxy", proxy.url().toString().toUtf8());
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
        HttpClient client(&m_manager);
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://upstream.invalid/through-env"));
        request.network.proxy.user = QString::fromLatin1(User); // the app's default is System
        request.network.proxy.password = QString::fromLatin1(Password);
        request.maxRetries = 0;
        const auto answer = send(client, request);
        qunsetenv("http_proxy");
        QTRY_VERIFY2(proxy.log().contains(QLatin1String("http://upstream.invalid/through-env")),
                     qPrintable(proxy.log()));
        // tinyproxy answers for the host it cannot find.
        QVERIFY(answer);
        QVERIFY(answer->status >= 400);
    }

    void appPreferenceIsInheritedWithTheProfilesPassword()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/inherited", TestResponse::json(200, "{}"));
        HttpClient client(&m_manager);
        AppSettings app;
        app.proxy = proxy.url().toString();
        app.proxyUser = QString::fromLatin1(User);
        client.setDefaultProxy(app.proxySettings());

        HttpRequest request;
        request.url = upstream.url("/inherited");
        request.maxRetries = 0;
        // The profile follows the app and keeps the password of the app's user name.
        request.network.proxy.password = QString::fromLatin1(Password);
        const auto answer = send(client, request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
        QTRY_VERIFY2(proxy.log().contains(QLatin1String("/inherited")), qPrintable(proxy.log()));

        // A profile that chooses no proxy overrides the app.
        request.network.proxy.mode = ProxySettings::Mode::None;
        request.url = upstream.url("/override");
        upstream.route("/override", TestResponse::json(200, "{}"));
        const auto direct = send(client, request);
        QVERIFY(direct);
        QCOMPARE(direct->status, 200);
        QVERIFY(!proxy.log().contains(QLatin1String("/override")));
    }

    void socks5WithUserAndPassword()
    {
        Socks5Proxy socks(QString::fromLatin1(User), QString::fromLatin1(Password));
        QVERIFY(socks.listen());
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/via-socks", TestResponse::json(200, "{}"));
        HttpClient client(&m_manager);

        HttpRequest request =
            through(upstream.url("/via-socks"), socks.url(), QString::fromLatin1(Password));
        const auto answer = send(client, request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
        QCOMPARE(socks.destinations(),
                 QStringList{QStringLiteral("127.0.0.1:%1").arg(upstream.port())});

        request = through(upstream.url("/via-socks"), socks.url(), QStringLiteral("bad"));
        const auto refused = send(client, request);
        QVERIFY(!refused);
        QCOMPARE(socks.refusedLogins(), 1);
        QCOMPARE(refused.error().code, QStringLiteral("net.proxy_auth"));
        QVERIFY2(refused.error().message.contains(QLatin1String("refused the user name proxyuser")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1String("bad")));
    }

    void noneMeansDirectDespiteTheEnvironment()
    {
        TinyProxy proxy;
        QVERIFY(startProxy(proxy));
        qputenv("http_proxy", proxy.url().toString().toUtf8());
        TestHttpServer upstream;
        QVERIFY(upstream.listen());
        upstream.route("/d", TestResponse::json(200, "{}"));
        HttpClient client(&m_manager);
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        client.setDefaultProxy(none);
        HttpRequest request;
        request.url = upstream.url("/d");
        const auto answer = send(client, request);
        qunsetenv("http_proxy");
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY(!proxy.log().contains(QLatin1String("/d ")));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
