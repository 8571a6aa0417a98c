#include "TestCertificates.h"
#include "TestNetworkServers.h"
#include "net/HttpClient.h"
#include "net/TlsFiles.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// HttpClient against a real nginx with a private CA and `ssl_verify_client on`.
class TestMutualTls : public QObject
{
    Q_OBJECT

private:
    QString file(const char *name) const { return m_certs.filePath(QString::fromLatin1(name)); }

    Result<HttpResponse> send(const HttpRequest &request)
    {
        HttpClient client(&m_manager);
        HttpCall *call = client.send(request);
        QSignalSpy done(call, &HttpCall::finished);
        if (!done.wait(30000))
            return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"),
                               QStringLiteral("no answer"));
        return call->result();
    }

    HttpRequest to(const TlsNginx &server)
    {
        HttpRequest request;
        request.url = server.url(QStringLiteral("/whoami"));
        request.network.origin = Origin::of(request.url);
        request.network.caFile = file("ca.pem");
        request.maxRetries = 0;
        return request;
    }

    QNetworkAccessManager m_manager;
    QTemporaryDir m_certs;
    std::unique_ptr<TlsNginx> m_nginx;

private Q_SLOTS:
    void init()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TlsNginx::program(), QStringLiteral("nginx"));
        if (!TestCertificates::makeClients(m_certs.path()))
            QSKIP("openssl or TLS support is not available");
        if (!m_nginx) {
            m_nginx = std::make_unique<TlsNginx>();
            QVERIFY2(m_nginx->start(file("good.pem"), file("server.key"), file("ca.pem")),
                     qPrintable(m_nginx->problem()));
        }
    }

    void cleanupTestCase() { m_nginx.reset(); }

    void rightCertificatePasses_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("PEM, key apart") << "client.pem"
                                        << "client.key"
                                        << "";
        QTest::newRow("PEM, encrypted key") << "client.pem"
                                            << "client-locked.key"
                                            << "key-pass";
        QTest::newRow("PKCS#12") << "client.p12"
                                 << ""
                                 << "p12-pass";
    }

    void rightCertificatePasses()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        HttpRequest request = to(*m_nginx);
        request.network.clientCertificate = m_certs.filePath(certificate);
        request.network.clientKey = key.isEmpty() ? QString() : m_certs.filePath(key);
        request.network.clientKeyPassphrase = passphrase;
        const auto answer = send(request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
        QVERIFY2(answer->body.contains("CN=Tokenbench Test Client"), answer->body.constData());
        QVERIFY(answer->body.contains("\"verify\":\"SUCCESS\""));
    }

    void caFolderWorksLikeAFile()
    {
        HttpRequest request = to(*m_nginx);
        request.network.caFile = file("cadir");
        request.network.clientCertificate = file("client.p12");
        request.network.clientKeyPassphrase = QStringLiteral("p12-pass");
        const auto answer = send(request);
        QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
        QCOMPARE(answer->status, 200);
    }

    void noCertificateIsAClearError()
    {
        const auto answer = send(to(*m_nginx));
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, Error::Kind::Tls);
        QCOMPARE(answer.error().code, QStringLiteral("net.tls_client_certificate"));
        QVERIFY2(answer.error().message.contains(QLatin1String("none was given")),
                 qPrintable(answer.error().message));
    }

    void refusedCertificateNamesItsSubject()
    {
        HttpRequest request = to(*m_nginx);
        request.network.clientCertificate = file("stranger.pem");
        request.network.clientKey = file("stranger.key");
        const auto answer = send(request);
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("net.tls_client_certificate"));
        QVERIFY2(answer.error().message.contains(QLatin1String("CN=Stranger")),
                 qPrintable(answer.error().message));
    }

    void wrongPassphraseIsAClearError_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::newRow("PKCS#12") << "client.p12"
                                 << "";
        QTest::newRow("PEM key") << "client.pem"
                                 << "client-locked.key";
    }

    void wrongPassphraseIsAClearError()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        HttpRequest request = to(*m_nginx);
        request.network.clientCertificate = m_certs.filePath(certificate);
        request.network.clientKey = key.isEmpty() ? QString() : m_certs.filePath(key);
        request.network.clientKeyPassphrase = QStringLiteral("not-it");
        const auto answer = send(request);
        QVERIFY(!answer);
        QCOMPARE(answer.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(answer.error().message.contains(QLatin1String("client_key_passphrase")),
                 qPrintable(answer.error().message));
        QVERIFY(!answer.error().message.contains(QLatin1String("not-it")));
    }

    void missingCaNamesTheIssuer()
    {
        HttpRequest request = to(*m_nginx);
        request.network.caFile.clear();
        request.network.clientCertificate = file("client.p12");
        request.network.clientKeyPassphrase = QStringLiteral("p12-pass");
        const auto answer = send(request);
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("net.tls_certificate"));
        const QString m = answer.error().message;
        QVERIFY2(m.contains(QLatin1String("issued by CN=Tokenbench Test CA")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("127.0.0.1")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("SHA-256 ")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("valid from")), qPrintable(m));
    }

    // openssl s_server ends the handshake itself (nginx answers 400 instead): the TLS alert's
    // words become the same clear error.
    void handshakeRefusalIsAClearError_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("words");
        QTest::newRow("none") << ""
                              << ""
                              << "none was given";
        // With a certificate, Qt 6.4 and `openssl s_server -www` wait on each other until the
        // timeout (curl gets its page): those cases run against nginx above.
    }

    void handshakeRefusalIsAClearError()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, words);
        const QString openssl = TestNetworkServers::find(QStringLiteral("openssl"));
        TOKENBENCH_REQUIRE_PROGRAM(openssl, QStringLiteral("openssl"));
        const quint16 port = TestNetworkServers::freePort();
        QProcess server;
        server.setStandardInputFile(QProcess::nullDevice());
        server.start(openssl,
                     {QStringLiteral("s_server"), QStringLiteral("-accept"),
                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                      file("good.pem"), QStringLiteral("-key"), file("server.key"),
                      QStringLiteral("-CAfile"), file("ca.pem"), QStringLiteral("-Verify"),
                      QStringLiteral("1"), QStringLiteral("-www"), QStringLiteral("-quiet")});
        QVERIFY(server.waitForStarted());
        QString problem;
        QVERIFY2(TestNetworkServers::waitUntilListening(server, port, problem),
                 qPrintable(problem));

        HttpRequest request;
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        request.network.origin = Origin::of(request.url);
        request.network.caFile = file("ca.pem");
        request.maxRetries = 0;
        if (!certificate.isEmpty()) {
            request.network.clientCertificate = m_certs.filePath(certificate);
            request.network.clientKey = m_certs.filePath(key);
        }
        const auto answer = send(request);
        server.kill();
        server.waitForFinished();
        if (words.isEmpty()) {
            QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().detail));
            QCOMPARE(answer->status, 200);
            return;
        }
        QVERIFY(!answer);
        QVERIFY2(answer.error().code == QStringLiteral("net.tls_client_certificate"),
                 qPrintable(answer.error().detail));
        QVERIFY2(answer.error().message.contains(words), qPrintable(answer.error().message));
    }

    void certificateIsShownToTheProfileOriginOnly()
    {
        // The same server under another name (localhost) is another origin: no certificate.
        HttpRequest request = to(*m_nginx);
        request.network.clientCertificate = file("client.p12");
        request.network.clientKeyPassphrase = QStringLiteral("p12-pass");
        request.network.origin = Origin::of(QUrl(QStringLiteral("https://api.example.com")));
        const auto answer = send(request);
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, QStringLiteral("net.tls_client_certificate"));
    }
};

QTEST_GUILESS_MAIN(TestMutualTls)
#include "tst_mutualtls.moc"
