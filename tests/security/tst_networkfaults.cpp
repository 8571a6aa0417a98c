// Network faults that tests/core/tst_httpclient.cpp does not already cover (refused, reset
// mid-body, never answering, fast trickle, redirect loops, gzip bomb and an unknown CA are there):
// a server that trickles one byte a second, 10,000 response headers, invalid UTF-8 in every part
// of an answer, and certificates signed by a private CA that are expired or name another host,
// each with the per-profile CA file that makes the CA itself trusted.
#include "TestCertificates.h"
#include "TestHttpServer.h"
#include "net/HttpClient.h"
#include "net/HttpErrors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// A server that writes exactly the bytes a test gives it, as it chooses: for answers no
// well-behaved server (TestHttpServer included) would send.
class RawServer : public QObject
{
public:
    // Called once the request's head has arrived; writes whatever it likes.
    using Answer = std::function<void(QTcpSocket *)>;

    explicit RawServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (buffer.contains("\r\n\r\n") && !socket->property("tb_answered").toBool()) {
                        socket->setProperty("tb_answered", true);
                        ++m_requests;
                        m_answer(socket);
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    Answer m_answer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpClient::Options options(int timeoutMs = 5000)
{
    HttpClient::Options o;
    o.timeoutMs = timeoutMs;
    o.maxRetries = 0;
    return o;
}

QByteArray why(const Result<HttpResponse> &r)
{
    return r.ok() ? QByteArray()
                  : (r.error().code + QLatin1String(": ") + r.error().message).toUtf8();
}

} // namespace

class TstNetworkFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTemporaryDir m_certDir;
    bool m_triedCerts = false;
    bool m_haveCerts = false;

    Result<HttpResponse> run(const HttpRequest &request, const HttpClient::Options &o,
                             int waitMs = 30000, qint64 *elapsedMs = nullptr);
    bool makeCertificates();
    QString certPath(const char *name) const
    {
        return m_certDir.filePath(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init() { m_nam = std::make_unique<QNetworkAccessManager>(); }
    void cleanup() { m_nam.reset(); }

    void tricklingOneByteAtATime();
    void tricklingServerCanBeCancelled();
    void tenThousandHeaders();
    void invalidUtf8_data();
    void invalidUtf8();
    void privateCa_data();
    void privateCa();
};

Result<HttpResponse> TstNetworkFaults::run(const HttpRequest &request, const HttpClient::Options &o,
                                           int waitMs, qint64 *elapsedMs)
{
    HttpClient client(m_nam.get());
    client.setOptions(o);
    QElapsedTimer clock;
    clock.start();
    HttpCall *call = client.send(request);
    Result<HttpResponse> result = Error::make(Error::Kind::Internal, QStringLiteral("test.hang"),
                                              QStringLiteral("no answer"));
    bool done = false;
    connect(call, &HttpCall::finished, this, [&result, &done, call] {
        result = call->result();
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, waitMs);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return result;
}

// Each byte arrives well within the inactivity timeout, so the answer is read whole: slow is not
// dead. (There is no overall deadline: a person's Cancel ends a transfer that is merely slow.)
void TstNetworkFaults::tricklingOneByteAtATime()
{
    const QByteArray body = "four";
    RawServer server([body](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body] {
            socket->write(body.mid(*sent, 1));
            if (++*sent == body.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(400);
    });
    QVERIFY(server.listen());
    qint64 elapsed = 0;
    // A byte every 400 ms against a 1.2 s inactivity timeout: the same proportions as a byte a
    // second against 3 s, and the whole answer still takes longer than the timeout.
    const auto result =
        run(get(server.url(QStringLiteral("/slow"))), options(1200), 30000, &elapsed);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, body);
    QVERIFY2(elapsed >= 1200, QByteArray::number(elapsed).constData());
}

void TstNetworkFaults::tricklingServerCanBeCancelled()
{
    RawServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n");
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
        timer->start(200);
    });
    QVERIFY(server.listen());
    HttpClient client(m_nam.get());
    client.setOptions(options(600));
    QPointer<HttpCall> call = client.send(get(server.url()));
    QSignalSpy finished(call.data(), &HttpCall::finished);
    qint64 received = 0;
    connect(call, &HttpCall::downloadProgress, this, [&received](qint64 got) { received = got; });
    Result<HttpResponse> result = Error{};
    connect(call, &HttpCall::finished, this, [&result, call] { result = call->result(); });
    QTRY_VERIFY_WITH_TIMEOUT(server.requests() == 1, 10000);
    // Five bytes, a fifth of a second apart: longer than the 600 ms timeout in all.
    QElapsedTimer trickling;
    trickling.start();
    QTRY_VERIFY_WITH_TIMEOUT(received >= 5 || finished.count() > 0, 10000);
    QCOMPARE(finished.count(), 0); // still trickling: not a timeout
    QVERIFY2(trickling.elapsed() >= 600, QByteArray::number(trickling.elapsed()).constData());
    call->abort();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Cancelled);
}

// Qt's HTTP parser limits the number of header fields; whatever it decides, the call ends with
// one answer, soon, and the process does not balloon.
void TstNetworkFaults::tenThousandHeaders()
{
    RawServer server([](QTcpSocket *socket) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        for (int i = 0; i < 10000; ++i)
            head +=
                "X-Header-" + QByteArray::number(i) + ": value-" + QByteArray::number(i) + "\r\n";
        head += "Content-Length: 2\r\nConnection: close\r\n\r\n{}";
        socket->write(head);
        socket->disconnectFromHost();
    });
    QVERIFY(server.listen());
    qint64 elapsed = 0;
    const auto result = run(get(server.url()), options(5000), 30000, &elapsed);
    QVERIFY2(result.ok() || result.error().code != QLatin1String("test.hang"), "no answer");
    QVERIFY2(elapsed < 20000, QByteArray::number(elapsed).constData());
    if (result.ok()) {
        QCOMPARE(result->status, 200);
        QVERIFY(result->headers.size() <= 10003);
    } else {
        QVERIFY2(result.error().kind == Error::Kind::Network, why(result).constData());
        QVERIFY(!result.error().message.isEmpty());
    }
    qInfo().noquote() << "10,000 headers:"
                      << (result.ok()
                              ? QStringLiteral("read, %1 headers").arg(result->headers.size())
                              : QString::fromUtf8(why(result)));
}

void TstNetworkFaults::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expectedCode"); // of HttpErrors::jsonObject()
    const QByteArray bad = "\xff\xfe\xc3\x28\xed\xa0\x80\xf8\x88\x80\x80\x80";
    QTest::newRow("text error body")
        << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain; charset=utf-8\r\n"
                      "Content-Length: 16\r\n\r\nbad " +
                      bad)
        << 401 << QStringLiteral("http.401");
    QTest::newRow("json error body")
        << QByteArray("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                      "Content-Length: 27\r\n\r\n{\"detail\":\"x" +
                      bad + "y\"}   ")
        << 400 << QStringLiteral("http.400");
    QTest::newRow("json success body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Content-Length: 26\r\n\r\n{\"token\":\"" +
                      bad + "\"}  ")
        << 200 << QStringLiteral("http.malformed_json");
    QTest::newRow("reason and header")
        << QByteArray("HTTP/1.1 403 F" + bad + "\r\nX-Message: " + bad +
                      "\r\nWWW-Authenticate-2FA: " + bad + "\r\nContent-Length: 0\r\n\r\n")
        << 403 << QStringLiteral("http.403");
}

// Bytes that are not UTF-8 anywhere in an answer give an answer or an Error, never a crash, and
// no replacement characters in words shown to people as if the vendor had said them.
void TstNetworkFaults::invalidUtf8()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, status);
    QFETCH(QString, expectedCode);
    RawServer server([answer](QTcpSocket *socket) {
        socket->write(answer);
        socket->disconnectFromHost();
    });
    QVERIFY(server.listen());
    const auto result = run(get(server.url()), options());
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, status);
    const Result<QJsonObject> json = HttpErrors::jsonObject(result.value());
    QVERIFY(!json.ok());
    QCOMPARE(json.error().code, expectedCode);
    QVERIFY(!json.error().message.isEmpty());
    QVERIFY2(!json.error().message.contains(QChar::ReplacementCharacter),
             qPrintable(json.error().message));
}

bool TstNetworkFaults::makeCertificates()
{
    if (!m_triedCerts)
        m_haveCerts = m_certDir.isValid() && TestCertificates::make(m_certDir.path());
    m_triedCerts = true;
    return m_haveCerts;
}

void TstNetworkFaults::privateCa_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("withCaFile");
    QTest::addColumn<QString>("expectedProblem"); // empty: the request succeeds

    QTest::newRow("unknown CA") << "good.pem" << false << "issuer";
    QTest::newRow("unknown CA, CA file") << "good.pem" << true << "";
    QTest::newRow("expired") << "expired.pem" << false << "expired";
    QTest::newRow("expired, CA file") << "expired.pem" << true << "expired";
    QTest::newRow("wrong host") << "wronghost.pem" << false << "issuer";
    QTest::newRow("wrong host, CA file") << "wronghost.pem" << true << "host name";
}

// The CA file trusts a CA; it never excuses an expired certificate or one for another host.
void TstNetworkFaults::privateCa()
{
    QFETCH(QString, certificate);
    QFETCH(bool, withCaFile);
    QFETCH(QString, expectedProblem);
    if (!makeCertificates())
        QSKIP("openssl or TLS support is not available");

    const auto conf = TestCertificates::server(m_certDir.path(), certificate);
    QVERIFY(conf);
    TestHttpServer server;
    QVERIFY(server.listenTls(*conf));
    server.route("/secure", TestResponse::json(200, R"({"ok":true})"));
    HttpClient::Options o = options();
    HttpRequest request = get(server.url("/secure"));
    if (withCaFile)
        request.network.caFile = certPath("ca.pem");
    request.credential.origin = Origin::of(request.url);
    request.credential.headers.append(
        qMakePair(QByteArray("Authorization"), QByteArray("Bearer tls-SECRET-0001")));
    const auto result = run(request, o);

    if (expectedProblem.isEmpty()) {
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->status, 200);
        QCOMPARE(server.requests().size(), 1);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Tls);
    QVERIFY2(result.error().message.contains(expectedProblem, Qt::CaseInsensitive),
             qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(QLatin1String("tls-SECRET-0001")));
    QVERIFY(!result.error().detail.contains(QLatin1String("tls-SECRET-0001")));
    // Nothing, and so no credential, went over a connection that failed verification.
    QCOMPARE(server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TstNetworkFaults)
#include "tst_networkfaults.moc"
