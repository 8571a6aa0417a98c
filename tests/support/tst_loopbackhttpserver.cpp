// The loopback server under the sandbox and TestHttpServer, as its clients see it: pipelined
// requests answered in order, the limits on head and body, and each fault mode through
// QNetworkAccessManager or a bare socket.
#include "LoopbackHttpServer.h"
#include "TestCertificates.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// What a QNetworkAccessManager client got.
struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no answer at all
    QByteArray body;
    QList<QSslError> sslErrors;
    int progressSteps = 0;
    qint64 elapsedMs = 0;
};

HttpServerResponse textAnswer(const QByteArray &body)
{
    HttpServerResponse r;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    return r;
}

} // namespace

class TstLoopbackHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LoopbackHttpServer> m_server;
    QHash<QByteArray, HttpServerResponse> m_routes; // by path; anything else echoes the body
    QList<HttpServerRequest> m_requests;
    QTemporaryDir m_certDir;

    QUrl url(const QByteArray &path) const
    {
        return QUrl::fromEncoded(QByteArray(m_server->isTls() ? "https" : "http") +
                                 "://127.0.0.1:" + QByteArray::number(m_server->serverPort()) +
                                 path);
    }
    Fetched fetch(const QUrl &url, int timeoutMs = 10000,
                  const QList<QSslCertificate> &trusted = {});
    // Writes `bytes` on a fresh connection and returns all it reads until the server closes it.
    QByteArray exchange(const QByteArray &bytes);
    bool haveCertificates();

private Q_SLOTS:
    void init();
    void cleanup();

    void pipelinedAnswersKeepTheirOrder();
    void keepAlive_data();
    void keepAlive();
    void headAnswersWithoutBody();
    void serverHeaders();
    void limits_data();
    void limits();

    void slowAnswer();
    void trickle();
    void neverAnswer();
    void resetMidBody();
    void closeWithoutAWord();
    void headerFlood();

    void tls();
    void badTls_data();
    void badTls();
};

void TstLoopbackHttpServer::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_routes.clear();
    m_requests.clear();
    m_server = std::make_unique<LoopbackHttpServer>([this](const HttpServerRequest &request) {
        m_requests.append(request);
        const auto route = m_routes.constFind(request.rawPath());
        return route != m_routes.constEnd() ? *route : textAnswer("echo:" + request.body);
    });
}

void TstLoopbackHttpServer::cleanup()
{
    m_server.reset();
    m_nam.reset();
}

Fetched TstLoopbackHttpServer::fetch(const QUrl &url, int timeoutMs,
                                     const QList<QSslCertificate> &trusted)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!trusted.isEmpty()) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(trusted);
        request.setSslConfiguration(configuration);
    }
    Fetched out;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::sslErrors, this,
            [&out](const QList<QSslError> &errors) { out.sslErrors += errors; });
    connect(reply, &QNetworkReply::downloadProgress, this, [&out] { ++out.progressSteps; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(timeoutMs + 10000))
        reply->abort();
    out.elapsedMs = clock.elapsed();
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    delete reply;
    return out;
}

QByteArray TstLoopbackHttpServer::exchange(const QByteArray &bytes)
{
    // Through the event loop: the server runs on this thread.
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    socket.write(bytes);
    if (!closed.wait(10000))
        return "still open after: " + received;
    return received + socket.readAll();
}

bool TstLoopbackHttpServer::haveCertificates()
{
    return m_certDir.isValid() && TestCertificates::make(m_certDir.path());
}

void TstLoopbackHttpServer::pipelinedAnswersKeepTheirOrder()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse slow = textAnswer("slow-body");
    slow.delayMs = 100;
    m_routes.insert("/slow", slow);
    HttpServerResponse trickled = textAnswer("trickled-body");
    trickled.mode = HttpServerResponse::Mode::Trickle;
    trickled.trickleBytes = 7;
    trickled.trickleIntervalMs = 2;
    m_routes.insert("/trickled", trickled);

    // Four requests in one write; the first two take their time, the later ones must wait.
    const QByteArray received =
        exchange("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                 "GET /trickled HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                 "\r\n" // a stray empty line between requests is allowed (RFC 9112 2.2)
                 "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n"
                 "\r\nbye");
    QCOMPARE(received.count("HTTP/1.1 200 OK\r\n"), 4);
    const qsizetype slowAt = received.indexOf("\r\n\r\nslow-body");
    const qsizetype trickledAt = received.indexOf("\r\n\r\ntrickled-body");
    const qsizetype helloAt = received.indexOf("\r\n\r\necho:hello");
    const qsizetype byeAt = received.indexOf("\r\n\r\necho:bye");
    QVERIFY2(slowAt > 0 && slowAt < trickledAt && trickledAt < helloAt && helloAt < byeAt,
             received.constData());
    QVERIFY(received.endsWith("echo:bye"));
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_requests.size(), 4);
    QCOMPARE(m_requests.at(2).body, QByteArray("hello"));
}

void TstLoopbackHttpServer::keepAlive_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("staysOpen");
    QTest::addColumn<QByteArray>("connectionHeader");

    QTest::newRow("1.1") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << true << QByteArray();
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << false
                               << QByteArray("close");
    QTest::newRow("1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << QByteArray("close");
    QTest::newRow("1.0 keep-alive")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true
        << QByteArray("keep-alive");
}

void TstLoopbackHttpServer::keepAlive()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, staysOpen);
    QFETCH(QByteArray, connectionHeader);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(request);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).endsWith("echo:"), 5000);
    if (connectionHeader.isEmpty())
        QVERIFY(!received.contains("Connection:"));
    else
        QVERIFY2(received.contains("\r\nConnection: " + connectionHeader + "\r\n"),
                 received.constData());
    if (!staysOpen) {
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        return;
    }
    // A second request on the same connection.
    received.clear();
    socket.write("POST /again HTTP/1.1\r\nContent-Length: 2\r\n\r\nok");
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).endsWith("echo:ok"), 5000);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TstLoopbackHttpServer::headAnswersWithoutBody()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_routes.insert("/doc", textAnswer("twelve bytes"));
    const QByteArray received = exchange(
        "HEAD /doc HTTP/1.1\r\nHost: x\r\n\r\nGET /doc HTTP/1.1\r\nConnection: close\r\n\r\n");
    // The HEAD answer announces the GET's length but carries no body: the GET's status line
    // follows its blank line at once.
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("Content-Length: 12\r\n\r\nHTTP/1.1 200 OK\r\n"));
    QVERIFY(received.endsWith("\r\n\r\ntwelve bytes"));
    QCOMPARE(m_requests.first().method, QByteArray("HEAD"));
}

void TstLoopbackHttpServer::serverHeaders()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    const QByteArray plain = exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(plain.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!plain.contains("\r\nServer:"));
    QVERIFY(!plain.contains("\r\nDate:"));

    m_server->setServerHeaders("loopback-test", true);
    const QByteArray named = exchange("GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(named.contains("\r\nServer: loopback-test\r\n"));
    QVERIFY(named.contains(" GMT\r\n"));
    QVERIFY(named.contains("\r\nDate: "));

    // A Content-Length of the handler's own is sent as it is, and not twice.
    HttpServerResponse own = textAnswer("abc");
    own.headers.append(qMakePair(QByteArray("Content-Length"), QByteArray("3")));
    m_routes.insert("/own", own);
    const QByteArray once = exchange("GET /own HTTP/1.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(once.count("Content-Length"), 1);
}

void TstLoopbackHttpServer::limits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");

    const QByteArray big(600, 'x');
    QTest::newRow("head too large") << "GET / HTTP/1.1\r\nX-Big: " + big + "\r\n\r\n"
                                    << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    QTest::newRow("head too large, no end in sight")
        << "GET / HTTP/1.1\r\nX-Big: " + big
        << QByteArray("HTTP/1.1 431 Request Header Fields Too Large");
    QTest::newRow("body too large")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 65\r\n\r\n") + QByteArray(65, 'b')
        << QByteArray("HTTP/1.1 413 Content Too Large");
    QTest::newRow("body at the limit")
        << QByteArray("POST / HTTP/1.1\r\nConnection: close\r\nContent-Length: 64\r\n\r\n") +
               QByteArray(64, 'b')
        << QByteArray("HTTP/1.1 200 OK");
    QTest::newRow("no request line")
        << QByteArray("NONSENSE\r\n\r\n") << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n")
                                        << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("two lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("absolute form") << QByteArray("GET http://elsewhere/ HTTP/1.1\r\n\r\n")
                                   << QByteArray("HTTP/1.1 400 Bad Request");
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n")
                              << QByteArray("HTTP/1.1 505 HTTP Version Not Supported");
    QTest::newRow("chunked")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << QByteArray("HTTP/1.1 501 Not Implemented");
}

void TstLoopbackHttpServer::limits()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    m_server->setLimits(512, 64);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    // Each answer ends the connection: exchange() returns once the server has closed it.
    const QByteArray received = exchange(request);
    QVERIFY2(received.startsWith(statusLine + "\r\n"), received.constData());
    if (!statusLine.endsWith("OK")) {
        QVERIFY(received.contains("\r\nConnection: close\r\n"));
        const QByteArray reason = statusLine.mid(13);
        QVERIFY(received.endsWith(R"({"detail":")" + reason + R"("})"));
        QVERIFY(m_requests.isEmpty());
    }
}

void TstLoopbackHttpServer::slowAnswer()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse slow = textAnswer("at last");
    slow.delayMs = 300;
    m_routes.insert("/slow", slow);
    const Fetched patient = fetch(url("/slow"));
    QCOMPARE(patient.error, QNetworkReply::NoError);
    QCOMPARE(patient.body, QByteArray("at last"));
    QVERIFY2(patient.elapsedMs >= 300, QByteArray::number(patient.elapsedMs).constData());

    // A client that waits less gives up without an answer.
    const Fetched impatient = fetch(url("/slow"), 50);
    QVERIFY(impatient.error != QNetworkReply::NoError);
    QCOMPARE(impatient.status, 0);
}

void TstLoopbackHttpServer::trickle()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse trickled = textAnswer(QByteArray(200, 't'));
    trickled.mode = HttpServerResponse::Mode::Trickle;
    trickled.trickleBytes = 10;
    trickled.trickleIntervalMs = 10;
    m_routes.insert("/trickle", trickled);
    const Fetched out = fetch(url("/trickle"));
    QCOMPARE(out.error, QNetworkReply::NoError);
    QCOMPARE(out.body, QByteArray(200, 't'));
    // ~270 bytes in 27 steps 10 ms apart: the body arrives piece by piece, in ~260 ms.
    QVERIFY2(out.progressSteps >= 3, QByteArray::number(out.progressSteps).constData());
    QVERIFY2(out.elapsedMs >= 200, QByteArray::number(out.elapsedMs).constData());
}

void TstLoopbackHttpServer::neverAnswer()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse silent;
    silent.mode = HttpServerResponse::Mode::NeverAnswer;
    m_routes.insert("/silent", silent);
    const Fetched out = fetch(url("/silent"), 300);
    QVERIFY(out.error != QNetworkReply::NoError);
    QCOMPARE(out.status, 0);
    QVERIFY(out.elapsedMs >= 270);  // the client's coarse timer may fire up to 5 % early
    QCOMPARE(m_requests.size(), 1); // it did arrive
}

void TstLoopbackHttpServer::resetMidBody()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse cut = textAnswer(QByteArray(10, 'p'));
    cut.mode = HttpServerResponse::Mode::ResetMidBody;
    cut.announcedLength = 1000;
    m_routes.insert("/cut", cut);

    const QByteArray received = exchange("GET /cut HTTP/1.1\r\n\r\n");
    QVERIFY2(received.contains("\r\nContent-Length: 1000\r\n"), received.constData());
    QVERIFY(received.endsWith("\r\n\r\n" + QByteArray(10, 'p')));

    // Qt 6.4 finishes such a reply without an error: the client sees 10 of the 1000 bytes.
    const Fetched out = fetch(url("/cut"));
    QCOMPARE(out.body, QByteArray(10, 'p'));
}

void TstLoopbackHttpServer::closeWithoutAWord()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse gone;
    gone.mode = HttpServerResponse::Mode::Close;
    m_routes.insert("/gone", gone);
    QCOMPARE(exchange("GET /gone HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\n\r\n"), QByteArray());
    QCOMPARE(m_requests.size(), 1); // the second request was never read

    const Fetched out = fetch(url("/gone"));
    QCOMPARE(out.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(out.status, 0);
}

void TstLoopbackHttpServer::headerFlood()
{
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    HttpServerResponse flood = textAnswer("after the flood");
    flood.mode = HttpServerResponse::Mode::HeaderFlood;
    flood.floodHeaderCount = 5000;
    m_routes.insert("/flood", flood);
    const QByteArray received = exchange("GET /flood HTTP/1.1\r\nConnection: close\r\n\r\n");
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\nX-Flood-0: flood\r\n"));
    QCOMPARE(received.count("\r\nX-Flood-"), 5000);
    QVERIFY(received.contains("\r\nX-Flood-4999: flood\r\nContent-Type: text/plain\r\n"));
    QVERIFY(received.endsWith("\r\n\r\nafter the flood"));
}

void TstLoopbackHttpServer::tls()
{
    if (!haveCertificates())
        QSKIP("no openssl or no TLS support");
    const auto configuration =
        TestCertificates::server(m_certDir.path(), QStringLiteral("good.pem"));
    QVERIFY(configuration);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, *configuration));
    QVERIFY(m_server->isTls());
    const auto ca = QSslCertificate::fromPath(m_certDir.filePath(QStringLiteral("ca.pem")));
    QCOMPARE(ca.size(), 1);

    m_routes.insert("/secure", textAnswer("over TLS"));
    const Fetched out = fetch(url("/secure"), 10000, ca);
    QCOMPARE(out.error, QNetworkReply::NoError);
    QCOMPARE(out.body, QByteArray("over TLS"));
    QVERIFY(out.sslErrors.isEmpty());

    // The faults work over TLS as well.
    HttpServerResponse trickled = textAnswer("slowly, securely");
    trickled.mode = HttpServerResponse::Mode::Trickle;
    trickled.trickleBytes = 5;
    trickled.trickleIntervalMs = 2;
    m_routes.insert("/trickle", trickled);
    QCOMPARE(fetch(url("/trickle"), 10000, ca).body, QByteArray("slowly, securely"));
}

void TstLoopbackHttpServer::badTls_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("certificate for another name") << QStringLiteral("wronghost");
    QTest::newRow("garbage instead of a handshake") << QStringLiteral("garbage");
    QTest::newRow("silence instead of a handshake") << QStringLiteral("silent");
}

void TstLoopbackHttpServer::badTls()
{
    QFETCH(QString, kind);
    if (!haveCertificates())
        QSKIP("no openssl or no TLS support");
    const auto ca = QSslCertificate::fromPath(m_certDir.filePath(QStringLiteral("ca.pem")));
    if (kind == QLatin1String("wronghost")) {
        const auto configuration =
            TestCertificates::server(m_certDir.path(), QStringLiteral("wronghost.pem"));
        QVERIFY(configuration);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0, *configuration));
    } else {
        QVERIFY(m_server->listenWithTlsFault(QHostAddress::LocalHost, 0,
                                             kind == QLatin1String("garbage")
                                                 ? LoopbackHttpServer::TlsFault::Garbage
                                                 : LoopbackHttpServer::TlsFault::Silent));
    }
    QVERIFY(m_server->isTls());

    const Fetched out = fetch(url("/"), 1000, ca);
    QCOMPARE(out.status, 0);
    QVERIFY(m_requests.isEmpty());
    QCOMPARE(m_server->connectionCount() > 0, kind != QLatin1String("wronghost"));
    if (kind == QLatin1String("wronghost")) {
        QCOMPARE(out.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(out.sslErrors.size(), 1);
        QCOMPARE(out.sslErrors.first().error(), QSslError::HostNameMismatch);
    } else if (kind == QLatin1String("garbage")) {
        QCOMPARE(out.error, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(out.sslErrors.isEmpty());
        QVERIFY2(out.elapsedMs < 1000, QByteArray::number(out.elapsedMs).constData());
    } else {
        QCOMPARE(out.error, QNetworkReply::OperationCanceledError); // the client's timeout
        QVERIFY(out.elapsedMs >= 900); // a coarse timer may fire up to 5 % early
    }
}

QTEST_GUILESS_MAIN(TstLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
