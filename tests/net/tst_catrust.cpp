#include "AppPaths.h"
#include "Sandbox.h"
#include "SandboxTls.h"
#include "TestCertificates.h"
#include "TestHttpServer.h"
#include "net/CaTrust.h"
#include "net/HttpClient.h"
#include "net/TlsFiles.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What "Trust this certificate authority" offers and keeps: the top of the chain a server sent,
// only when an unknown issuer is all that is wrong, and a CA file that keeps what the profile
// trusted before.
class TstCaTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownIssuerOffersTheTopOfTheChain();
    void aWrongHostOffersNothing();
    void aTopThatIsNotSelfSignedIsSaidToBeIntermediate();
    void trustKeepsTheEarlierAuthorities();

private:
    Result<HttpResponse> get(const QUrl &url, const QString &caFile = {});

    QTemporaryDir m_dir;
    QTemporaryDir m_certs;
    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
};

void TstCaTrust::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_dir.isValid());
    AppPaths::confineTo(m_dir.path());
    QVERIFY(m_sandbox.listenTls());
}

Result<HttpResponse> TstCaTrust::get(const QUrl &url, const QString &caFile)
{
    HttpClient client(&m_nam);
    HttpRequest request;
    request.url = url;
    request.network.origin = Origin::of(url);
    request.network.caFile = caFile;
    HttpCall *call = client.send(request);
    std::optional<Result<HttpResponse>> result;
    connect(call, &HttpCall::finished, this, [&result, call] { result = call->result(); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return Error::make(Error::Kind::Timeout, u"test.timeout"_s, u"no answer"_s);
    return *result;
}

void TstCaTrust::unknownIssuerOffersTheTopOfTheChain()
{
    const QUrl url(m_sandbox.tlsBaseUrl().toString() + u"/openapi.json"_s);
    const auto refused = get(url);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"net.tls_certificate"_s);
    const auto offer = CaTrust::offer(refused.error());
    QVERIFY(offer);
    QCOMPARE(offer->certificate, QSslCertificate(m_sandbox.caPem(), QSsl::Pem));
    QVERIFY(offer->selfSigned);
    QCOMPARE(offer->chainLength, 2); // the server's own and the CA

    // Trusted from that offer, the same request passes.
    Profile profile;
    profile.id = QUuid::createUuid();
    const auto trusted = CaTrust::trust(profile, offer->certificate);
    QVERIFY(trusted);
    QCOMPARE(trusted->options.caFile, CaTrust::fileFor(profile.id));
    QVERIFY(trusted->options.caFile.startsWith(m_dir.path()));
    const auto passed = get(url, trusted->options.caFile);
    QVERIFY2(passed, qPrintable(passed ? QString() : passed.error().message));
    QCOMPARE(passed->status, 200);
}

void TstCaTrust::aWrongHostOffersNothing()
{
    if (!m_certs.isValid() || !TestCertificates::make(m_certs.path()))
        QSKIP("openssl or TLS support is not available");
    const auto tls = TestCertificates::server(m_certs.path(), u"wronghost.pem"_s);
    QVERIFY(tls);
    TestHttpServer server;
    QVERIFY(server.listenTls(*tls));
    server.route("/", TestResponse::json(200, "{}"));
    const auto refused = get(server.url("/"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"net.tls_certificate"_s);
    // Trusting its issuer would not cure a certificate for another host.
    QVERIFY(!CaTrust::offer(refused.error()));
}

void TstCaTrust::aTopThatIsNotSelfSignedIsSaidToBeIntermediate()
{
    const auto tls = SandboxTls::generate();
    QVERIFY(tls);
    Error error = Error::make(Error::Kind::Tls, u"net.tls_certificate"_s, u"refused"_s);
    error.untrustedChain = tls->certificatePem; // a server that sent its own certificate alone
    const auto offer = CaTrust::offer(error);
    QVERIFY(offer);
    QVERIFY(!offer->selfSigned);
    QCOMPARE(offer->chainLength, 1);
    QCOMPARE(TlsFiles::issuer(offer->certificate), TlsFiles::subject(QSslCertificate(tls->caPem)));
    QVERIFY(!CaTrust::offer(Error::make(Error::Kind::Tls, u"net.tls_certificate"_s, u"x"_s)));
}

void TstCaTrust::trustKeepsTheEarlierAuthorities()
{
    const auto earlier = SandboxTls::generate();
    QVERIFY(earlier);
    const QString earlierFile = m_dir.filePath(u"earlier-ca.pem"_s);
    QFile file(earlierFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(earlier->caPem);
    file.close();
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.options.caFile = earlierFile;
    const QSslCertificate added(m_sandbox.caPem(), QSsl::Pem);
    const auto trusted = CaTrust::trust(profile, added);
    QVERIFY(trusted);
    const auto kept = TlsFiles::caCertificates(trusted->options.caFile);
    QVERIFY(kept);
    QCOMPARE(kept.value(), (QList<QSslCertificate>{QSslCertificate(earlier->caPem), added}));
    // Trusting it again adds nothing.
    const auto again = CaTrust::trust(trusted.value(), added);
    QVERIFY(again);
    QCOMPARE(TlsFiles::caCertificates(again->options.caFile)->size(), 2);
}

QTEST_GUILESS_MAIN(TstCaTrust)
#include "tst_catrust.moc"
