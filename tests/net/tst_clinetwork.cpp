#include "Sandbox.h"
#include "TestCertificates.h"
#include "TestNetworkServers.h"
#include "TestProcess.h"
#include "auth/AuthenticatorFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// tokenbench-cli through a real tinyproxy and against a real nginx that wants a client
// certificate: logins and requests of every vendor, the proxy's view, exit statuses.
class TestCliNetwork : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *ProxyUser = "proxyuser";
    static constexpr const char *ProxyPassword = "cli-pr0xy-pw";

    using Run = TestProcess::Run;

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                 "ALL_PROXY", "no_proxy", "NO_PROXY"})
            env.remove(QString::fromLatin1(name));
        // The sandbox lives in this process: its event loop turns while the CLI works.
        const Run run =
            TestProcess::run(QStringLiteral(TOKENBENCH_CLI),
                             QStringList{QStringLiteral("--config-dir"), m_config->path(),
                                         QStringLiteral("--no-keychain")} +
                                 args,
                             env, input);
        // No proxy password or key passphrase, ever, in what the CLI prints.
        for (const QByteArray &secret : {QByteArray(ProxyPassword), QByteArray("p12-pass")}) {
            if (run.out.contains(secret) || run.err.contains(secret))
                m_leaks.append(args.join(QLatin1Char(' ')));
        }
        return run;
    }

    bool add(const QString &name, const QString &vendor, const QString &method, const QString &url,
             const QStringList &sets)
    {
        QStringList args{QStringLiteral("add"),      name,   QStringLiteral("--vendor"), vendor,
                         QStringLiteral("--method"), method, QStringLiteral("--url"),    url};
        for (const QString &set : sets)
            args << QStringLiteral("--set") << set;
        const Run r = cli(args);
        if (r.code != 0)
            qWarning().noquote() << r.err;
        return r.code == 0;
    }

    QString vendorUrl(const QString &vendor) const
    {
        Sandbox::Vendor v = Sandbox::Vendor::Generic;
        if (vendor == QLatin1String("regscale"))
            v = Sandbox::Vendor::RegScale;
        else if (vendor == QLatin1String("scantrust"))
            v = Sandbox::Vendor::Scantrust;
        else if (vendor == QLatin1String("passwordsafe"))
            v = Sandbox::Vendor::PasswordSafe;
        return m_sandbox.vendorBaseUrl(v).toString();
    }

    QStringList proxied(const TinyProxy &proxy) const
    {
        return {QStringLiteral("proxy=") + proxy.url().toString(),
                QStringLiteral("proxy_user=") + QString::fromLatin1(ProxyUser)};
    }

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
    QTemporaryDir m_certs;
    QStringList m_leaks;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.listen()); }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_leaks.clear();
    }

    void cleanup() { QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(QLatin1String("; ")))); }

    void everyVendorThroughTheProxy_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QByteArray>("secrets");

        QTest::newRow("regscale password")
            << "regscale"
            << "password" << QStringList{QStringLiteral("username=") + Sandbox::regScaleUsername()}
            << "password=" + Sandbox::regScalePassword().toUtf8();
        QTest::newRow("scantrust jwt")
            << "scantrust"
            << "jwt" << QStringList{QStringLiteral("email=") + Sandbox::scantrustEmail()}
            << "password=" + Sandbox::scantrustPassword().toUtf8();
        QTest::newRow("scantrust uat")
            << "scantrust"
            << "uat" << QStringList() << "token=" + Sandbox::scantrustUat().toUtf8();
        QTest::newRow("passwordsafe apikey")
            << "passwordsafe"
            << "apikey" << QStringList{QStringLiteral("runas=") + Sandbox::passwordSafeRunAs()}
            << "api_key=" + Sandbox::passwordSafeApiKey().toUtf8();
        QTest::newRow("passwordsafe oauth")
            << "passwordsafe"
            << "oauth"
            << QStringList{QStringLiteral("client_id=") + Sandbox::passwordSafeClientId()}
            << "client_secret=" + Sandbox::passwordSafeClientSecret().toUtf8();
        QTest::newRow("generic basic")
            << "generic"
            << "basic" << QStringList{QStringLiteral("username=") + Sandbox::genericUsername()}
            << "password=" + Sandbox::genericPassword().toUtf8();
        QTest::newRow("generic bearer")
            << "generic"
            << "bearer" << QStringList() << "token=" + Sandbox::genericStaticToken().toUtf8();
    }

    void everyVendorThroughTheProxy()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TinyProxy::program(), QStringLiteral("tinyproxy"));
        QFETCH(QString, vendor);
        QFETCH(QString, method);
        QFETCH(QStringList, sets);
        QFETCH(QByteArray, secrets);
        TinyProxy proxy;
        QVERIFY2(proxy.start(QString::fromLatin1(ProxyUser), QString::fromLatin1(ProxyPassword)),
                 qPrintable(proxy.problem()));
        QVERIFY(add(QStringLiteral("p"), vendor, method, vendorUrl(vendor), sets + proxied(proxy)));
        const auto descriptor = AuthenticatorFactory::find(vendor, method);
        QVERIFY(descriptor);
        // Generic APIs have no "who am I" of their own; the sandbox's generic API has one.
        const QString path = descriptor->identityPath.isEmpty() ? QStringLiteral("api/whoami")
                                                                : descriptor->identityPath;

        const Run r = cli({QStringLiteral("request"), QStringLiteral("p"), QStringLiteral("GET"),
                           path, QStringLiteral("--secrets-stdin"), QStringLiteral("--no-history")},
                          secrets + "\nproxy_password=" + ProxyPassword + '\n');
        QVERIFY2(r.code == 0, r.err.constData());
        const QString tail = QUrl(vendorUrl(vendor)).path();
        QTRY_VERIFY2(
            proxy.log().contains(QStringLiteral("GET http://127.0.0.1:%1").arg(m_sandbox.port())),
            qPrintable(proxy.log()));
        QVERIFY2(proxy.log().contains(tail), qPrintable(proxy.log()));
    }

    void wrongProxyPasswordIsExitFour()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TinyProxy::program(), QStringLiteral("tinyproxy"));
        TinyProxy proxy;
        QVERIFY2(proxy.start(QString::fromLatin1(ProxyUser), QString::fromLatin1(ProxyPassword)),
                 qPrintable(proxy.problem()));
        QVERIFY(add(QStringLiteral("g"), QStringLiteral("generic"), QStringLiteral("bearer"),
                    vendorUrl(QStringLiteral("generic")), proxied(proxy)));
        Run r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("GET"),
                     QStringLiteral("api/whoami"), QStringLiteral("--secrets-stdin")},
                    "token=" + Sandbox::genericStaticToken().toUtf8() +
                        "\nproxy_password=not-the-one\n");
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("refused the user name proxyuser"), r.err.constData());
        QVERIFY(!r.err.contains("not-the-one"));

        r = cli({QStringLiteral("request"), QStringLiteral("g"), QStringLiteral("GET"),
                 QStringLiteral("api/whoami"), QStringLiteral("--secrets-stdin")},
                "token=" + Sandbox::genericStaticToken().toUtf8() + '\n');
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("proxy_password"), r.err.constData());
    }

    void statusSaysWhichProxy()
    {
        QVERIFY(add(QStringLiteral("s"), QStringLiteral("generic"), QStringLiteral("bearer"),
                    QStringLiteral("https://api.example.com/"),
                    {QStringLiteral("proxy=socks5://proxy.corp:1080"),
                     QStringLiteral("no_proxy=.internal,10.0.0.0/8"),
                     QStringLiteral("proxy_user=carol")}));
        Run r = cli({QStringLiteral("status"), QStringLiteral("s"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject proxy =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("proxy")).toObject();
        QCOMPARE(proxy.value(QLatin1String("url")).toString(),
                 QStringLiteral("socks5://proxy.corp:1080"));
        QCOMPARE(proxy.value(QLatin1String("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(proxy.value(QLatin1String("user")).toString(), QStringLiteral("carol"));

        QVERIFY(add(QStringLiteral("i"), QStringLiteral("generic"), QStringLiteral("bearer"),
                    QStringLiteral("https://10.1.2.3/"),
                    {QStringLiteral("proxy=http://proxy.corp:3128"),
                     QStringLiteral("no_proxy=10.0.0.0/8")}));
        r = cli({QStringLiteral("status"), QStringLiteral("i"), QStringLiteral("--json")});
        proxy = QJsonDocument::fromJson(r.out).object().value(QLatin1String("proxy")).toObject();
        QVERIFY(proxy.value(QLatin1String("url")).isNull());
        QCOMPARE(proxy.value(QLatin1String("reason")).toString(), QStringLiteral("no_proxy"));

        r = cli({QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--vendor"),
                 QStringLiteral("generic"), QStringLiteral("--method"), QStringLiteral("bearer"),
                 QStringLiteral("--url"), QStringLiteral("https://a.example/"),
                 QStringLiteral("--set"), QStringLiteral("proxy=ftp://x")});
        QCOMPARE(r.code, 2);
    }

    void clientCertificateFromTheCli_data()
    {
        QTest::addColumn<QStringList>("sets");
        QTest::addColumn<QByteArray>("secrets");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("words");

        QTest::newRow("PKCS#12") << QStringList{QStringLiteral("client_cert=client.p12")}
                                 << QByteArray("client_key_passphrase=p12-pass\n") << 0
                                 << QByteArray("CN=Tokenbench Test Client");
        QTest::newRow("PEM") << QStringList{QStringLiteral("client_cert=client.pem"),
                                            QStringLiteral("client_key=client.key")}
                             << QByteArray() << 0 << QByteArray("CN=Tokenbench Test Client");
        QTest::newRow("none") << QStringList() << QByteArray() << 4 << QByteArray("none was given");
        QTest::newRow("refused") << QStringList{QStringLiteral("client_cert=stranger.pem"),
                                                QStringLiteral("client_key=stranger.key")}
                                 << QByteArray() << 4 << QByteArray("CN=Stranger");
        QTest::newRow("CA missing") << QStringList{QStringLiteral("ca_file=")} << QByteArray() << 4
                                    << QByteArray("issued by CN=Tokenbench Test CA");
    }

    void clientCertificateFromTheCli()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TlsNginx::program(), QStringLiteral("nginx"));
        if (!TestCertificates::makeClients(m_certs.path()))
            QSKIP("openssl or TLS support is not available");
        QFETCH(QStringList, sets);
        QFETCH(QByteArray, secrets);
        QFETCH(int, code);
        QFETCH(QByteArray, words);
        TlsNginx nginx;
        const QString dir = m_certs.path() + QLatin1Char('/');
        QVERIFY2(nginx.start(dir + QStringLiteral("good.pem"), dir + QStringLiteral("server.key"),
                             dir + QStringLiteral("ca.pem")),
                 qPrintable(nginx.problem()));
        QStringList all{QStringLiteral("ca_file=") + dir + QStringLiteral("cadir")};
        for (const QString &set : sets) {
            const qsizetype eq = set.indexOf(QLatin1Char('='));
            const QString value = set.mid(eq + 1);
            all << set.left(eq + 1) + (value.isEmpty() ? QString() : dir + value);
        }
        QVERIFY(add(QStringLiteral("m"), QStringLiteral("generic"), QStringLiteral("bearer"),
                    nginx.url().toString(), all));
        const Run r = cli({QStringLiteral("request"), QStringLiteral("m"), QStringLiteral("GET"),
                           QStringLiteral("whoami"), QStringLiteral("--secrets-stdin")},
                          "token=" + Sandbox::genericStaticToken().toUtf8() + '\n' + secrets);
        QVERIFY2(r.code == code, (r.out + r.err).constData());
        QVERIFY2((r.out + r.err).contains(words), (r.out + r.err).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
