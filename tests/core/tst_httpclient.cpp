#include "TestCertificates.h"
#include "TestClock.h"
#include "TestHttpServer.h"
#include "net/HttpClient.h"
#include "net/HttpErrors.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace std::chrono_literals;

namespace {

// Counts the requests handed to it: a retry shows here the moment it is sent.
class CountingManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

NetworkSettings insecureOn(const Origin &origin)
{
    NetworkSettings network;
    network.origin = origin;
    network.insecureTls = true;
    return network;
}

HttpClient::Options fastOptions()
{
    HttpClient::Options o;
    o.timeoutMs = 3000;
    o.retryBaseDelayMs = 20;
    o.maxRetryDelayMs = 100;
    return o;
}

Credential bearer(const TestHttpServer &server, const QByteArray &token, const QByteArray &cookie)
{
    Credential c;
    c.origin = Origin::of(server.url());
    c.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + token)));
    c.cookies.append(QNetworkCookie("sid", cookie));
    return c;
}

// The error's message, evaluated only when there is one (QVERIFY2 evaluates it eagerly).
template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

// Peak resident memory in KiB; clearPeak() starts a new measurement where Linux allows it.
qint64 statusKb(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool clearPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

QStringList g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") +
                     QLatin1Char(' ') + message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TstHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void origin_data();
    void origin();
    void credentialSentOnItsOrigin();
    void credentialAcrossRedirects_data();
    void credentialAcrossRedirects();
    void credentialNotSentToOtherOriginAtStart();
    void typedSecretHeadersStayOnTheirOrigin_data();
    void typedSecretHeadersStayOnTheirOrigin();
    void redirectMethods_data();
    void redirectMethods();
    void redirectLoopStops();
    void secretBodyStaysOnItsOrigin_data();
    void secretBodyStaysOnItsOrigin();
    void secretBodyNotSentFromHttpsToHttp();
    void signInFollowsNoRedirectOffItsOrigin_data();
    void signInFollowsNoRedirectOffItsOrigin();
    void setCookieCollectedOnCredentialOrigin();
    void unauthorizedIsAResponseNotRetried();
    void serverErrorRetriedForGet();
    void serverErrorNotRetriedForPost();
    void tooManyRequestsHonoursRetryAfter();
    void retryAfterBeyondLimitReturns429();
    void neverAnsweringServerTimesOut();
    void tricklingServerIsNotATimeout();
    void resetMidBodyIsNetworkError();
    void connectionRefusedNamesHost();
    void malformedJsonAndHtmlPage();
    void gzipBombRefused();
    void largeBodyGoesToFile();
    void saveToFileStreams();
    void bodyLargerThanMaximum();
    void abortCancelsOnce();
    void destroyingClientAbortsCalls();
    void destroyingManagerFinishesCalls();
    void invalidInput();
    void tls_data();
    void tls();
    void insecureTlsStaysOnItsOrigin();
    void aConnectionKeepsToItsOwnTlsSettings();
    void logsAndErrorsNeverLeakSecrets();

private:
    Result<HttpResponse> run(const HttpRequest &request,
                             const HttpClient::Options &options = fastOptions(),
                             int waitMs = 10000);
    bool makeCertificate();
    // A server configuration with the self-signed certificate; none without openssl.
    std::optional<QSslConfiguration> serverTls();

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTemporaryDir m_certDir;
    bool m_haveCert = false;
    bool m_triedCert = false;
};

void TstHttpClient::init()
{
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TstHttpClient::cleanup()
{
    m_nam.reset();
}

Result<HttpResponse> TstHttpClient::run(const HttpRequest &request,
                                        const HttpClient::Options &options, int waitMs)
{
    HttpClient client(m_nam.get());
    client.setOptions(options);
    HttpCall *call = client.send(request);
    Result<HttpResponse> result = Error::make(Error::Kind::Internal, QStringLiteral("test.hang"),
                                              QStringLiteral("no answer"));
    int count = 0;
    connect(call, &HttpCall::finished, this, [&result, &count, call] {
        ++count;
        result = call->result();
    });
    if (!QTest::qWaitFor([&count] { return count > 0; }, waitMs))
        qWarning("the call did not finish within %d ms", waitMs);
    return result;
}

void TstHttpClient::origin_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("default https")
        << QByteArray("HTTPS://API.Example.com/x") << "https://api.example.com";
    QTest::newRow("explicit default") << QByteArray("http://h:80/") << "http://h";
    QTest::newRow("other port") << QByteArray("https://h:8443") << "https://h:8443";
    QTest::newRow("ipv6") << QByteArray("http://[::1]:81/") << "http://[::1]:81";
}

void TstHttpClient::origin()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, text);
    const Origin o = Origin::of(QUrl::fromEncoded(url));
    QCOMPARE(o.toString(), text);
    QCOMPARE(Origin::of(QUrl::fromEncoded("https://h/")),
             Origin::of(QUrl::fromEncoded("https://H:443/a")));
    QVERIFY(Origin::of(QUrl::fromEncoded("https://h/")) !=
            Origin::of(QUrl::fromEncoded("http://h/")));
    QVERIFY(!Origin::of(QUrl()).isValid());
    HttpRequest r;
    for (const char *m : {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}) {
        r.method = m;
        QVERIFY(r.isIdempotent());
    }
    r.method = "POST";
    QVERIFY(!r.isIdempotent());
    HttpResponse resp;
    resp.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
    QCOMPARE(resp.header("retry-after"), QByteArray("5"));
}

void TstHttpClient::credentialSentOnItsOrigin()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/me", TestResponse::json(200, R"({"user":"ada"})"));
    HttpRequest r = get(server.url("/me"));
    r.credential = bearer(server, "tok-123456", "cookie-abcdef");
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray(R"({"user":"ada"})"));
    QCOMPARE(server.requests().size(), 1);
    const TestRequest got = server.requests().first();
    QCOMPARE(got.header("Authorization"), QByteArray("Bearer tok-123456"));
    QCOMPARE(got.header("Cookie"), QByteArray("sid=cookie-abcdef"));
}

void TstHttpClient::credentialAcrossRedirects_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("credentialAtLanding");
    QTest::newRow("same origin, relative") << "same-relative" << true;
    QTest::newRow("same origin, absolute") << "same-absolute" << true;
    QTest::newRow("other port") << "cross" << false;
    QTest::newRow("other port and back") << "cross-and-back" << false;
}

void TstHttpClient::credentialAcrossRedirects()
{
    QFETCH(QString, chain);
    QFETCH(bool, credentialAtLanding);
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.route("/landing", TestResponse::json(200, "{}"));
    b.route("/landing", TestResponse::json(200, "{}"));
    b.route("/bounce", TestResponse::redirect(302, a.url("/landing").toEncoded()));
    QByteArray location;
    TestHttpServer *landing = &a;
    if (chain == QLatin1String("same-relative")) {
        location = "/landing";
    } else if (chain == QLatin1String("same-absolute")) {
        location = a.url("/landing").toEncoded();
    } else if (chain == QLatin1String("cross")) {
        location = b.url("/landing").toEncoded();
        landing = &b;
    } else {
        location = b.url("/bounce").toEncoded();
    }
    a.route("/start", TestResponse::redirect(302, location));

    HttpRequest r = get(a.url("/start"));
    r.credential = bearer(a, "tok-123456", "cookie-abcdef");
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->finalUrl, landing->url("/landing"));
    QCOMPARE(result->redirects, chain == QLatin1String("cross-and-back") ? 2 : 1);

    const TestRequest start = a.requestsFor("/start").value(0);
    QCOMPARE(start.header("Authorization"), QByteArray("Bearer tok-123456"));
    const QList<TestRequest> got = landing->requestsFor("/landing");
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().hasHeader("Authorization"), credentialAtLanding);
    QCOMPARE(got.first().hasHeader("Cookie"), credentialAtLanding);
    for (const TestRequest &req : b.requests()) {
        QVERIFY(!req.hasHeader("Authorization"));
        QVERIFY(!req.hasHeader("Cookie"));
    }
}

void TstHttpClient::credentialNotSentToOtherOriginAtStart()
{
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    b.route("/x", TestResponse::json(200, "{}"));
    HttpRequest r = get(b.url("/x"));
    r.credential = bearer(a, "tok-123456", "cookie-abcdef");
    // A secret header among the ordinary ones is bound to the first URL's origin.
    r.headers.append(qMakePair(QByteArray("X-Api-Key"), QByteArray("key-987654")));
    const auto result = run(r);
    QVERIFY(result.ok());
    const TestRequest got = b.requests().value(0);
    QVERIFY(!got.hasHeader("Authorization"));
    QVERIFY(!got.hasHeader("Cookie"));
    QCOMPARE(got.header("X-Api-Key"), QByteArray("key-987654"));
}

void TstHttpClient::typedSecretHeadersStayOnTheirOrigin_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const char *n : {"X-Auth-Key", "Ocp-Apim-Subscription-Key", "X-Authorization",
                          "Authentication", "X-Session", "X-Signature"})
        QTest::newRow(n) << QByteArray(n);
    // The name of a profile's own credential header, whatever it is: once a credential used it.
    QTest::newRow("the credential's own header") << QByteArray("X-Vendor-Id");
}

void TstHttpClient::typedSecretHeadersStayOnTheirOrigin()
{
    QFETCH(QByteArray, name);
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    b.route("/landing", TestResponse::json(200, "{}"));
    a.route("/start", TestResponse::redirect(302, b.url("/landing").toEncoded()));
    a.route("/home", TestResponse::json(200, "{}"));
    if (name == "X-Vendor-Id") {
        // A profile whose credential travels in a header with an unremarkable name.
        HttpRequest first = get(a.url("/home"));
        first.credential.origin = Origin::of(a.url("/"));
        first.credential.headers = {{name, "vendor-credential-1"}};
        QVERIFY(run(first).ok());
    }

    HttpRequest r = get(a.url("/start"));
    r.headers.append(qMakePair(name, QByteArray("typed-secret-24680")));
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.net.debug=true"));
    QStringList lines;
    static QStringList *sink = nullptr;
    sink = &lines;
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &, const QString &m) { sink->append(m); });
    const auto result = run(r);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(a.requestsFor("/start").value(0).header(name), QByteArray("typed-secret-24680"));
    QVERIFY2(!b.requestsFor("/landing").value(0).hasHeader(name), name.constData());
    QVERIFY(!lines.isEmpty());
    QVERIFY2(!lines.join(u'\n').contains(QStringLiteral("typed-secret-24680")),
             qPrintable(lines.join(u'\n')));
}

void TstHttpClient::redirectMethods_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("expectedMethod");
    QTest::addColumn<bool>("bodyKept");
    QTest::newRow("303 POST") << 303 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::newRow("303 PUT") << 303 << QByteArray("PUT") << QByteArray("GET") << false;
    QTest::newRow("302 POST") << 302 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::newRow("301 POST") << 301 << QByteArray("POST") << QByteArray("GET") << false;
    QTest::newRow("302 PUT") << 302 << QByteArray("PUT") << QByteArray("PUT") << true;
    QTest::newRow("307 POST") << 307 << QByteArray("POST") << QByteArray("POST") << true;
    QTest::newRow("308 PATCH") << 308 << QByteArray("PATCH") << QByteArray("PATCH") << true;
}

void TstHttpClient::redirectMethods()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, expectedMethod);
    QFETCH(bool, bodyKept);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/form", TestResponse::redirect(status, "result?x=1"));
    server.route("/result", TestResponse::json(200, "{}"));
    HttpRequest r = get(server.url("/form"));
    r.method = method;
    r.body = R"({"name":"value"})";
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    const TestRequest got = server.requestsFor("/result").value(0);
    QCOMPARE(got.method, expectedMethod);
    QCOMPARE(got.query, QByteArray("x=1"));
    QCOMPARE(got.body, bodyKept ? r.body : QByteArray());
    QCOMPARE(got.hasHeader("Content-Type"), bodyKept);
}

void TstHttpClient::redirectLoopStops()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/loop", TestResponse::redirect(302, "/loop"));
    const auto result = run(get(server.url("/loop")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("net.too_many_redirects"));
    QVERIFY2(result.error().message.contains(QLatin1String("redirects")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("127.0.0.1")));
    QCOMPARE(server.requests().size(), 11); // the first request and ten redirects
}

void TstHttpClient::secretBodyStaysOnItsOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<bool>("crossOrigin");
    QTest::addColumn<bool>("followed");
    const QByteArray json = "application/json";
    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("307 password to another origin")
        << 307 << QByteArray("POST") << json
        << QByteArray(R"({"username":"ada","password":"pw-SECRET-7788"})") << false << true
        << false;
    QTest::newRow("308 client secret to another origin")
        << 308 << QByteArray("POST") << form
        << QByteArray("grant_type=client_credentials&client_id=app&client_secret=cs%2BSECRET%2F1")
        << false << true << false;
    QTest::newRow("307 flagged second factor to another origin")
        << 307 << QByteArray("POST") << json << QByteArray(R"({"otp":"918273"})") << true << true
        << false;
    QTest::newRow("307 the credential's own token to another origin")
        << 307 << QByteArray("POST") << QByteArray("text/plain") << QByteArray("tok-123456")
        << false << true << false;
    QTest::newRow("302 PUT password to another origin")
        << 302 << QByteArray("PUT") << json << QByteArray(R"({"password":"pw-SECRET-7788"})")
        << false << true << false;
    QTest::newRow("307 password on the same origin")
        << 307 << QByteArray("POST") << json << QByteArray(R"({"password":"pw-SECRET-7788"})")
        << false << false << true;
    QTest::newRow("307 ordinary body to another origin")
        << 307 << QByteArray("POST") << json << QByteArray(R"({"name":"ada"})") << false << true
        << true;
    QTest::newRow("303 password to another origin, as a GET without body")
        << 303 << QByteArray("POST") << json << QByteArray(R"({"password":"pw-SECRET-7788"})")
        << false << true << true;
}

// A 307 or 308 repeats the body: one that holds a secret must not go to another origin.
void TstHttpClient::secretBodyStaysOnItsOrigin()
{
    QFETCH(int, status);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, flagged);
    QFETCH(bool, crossOrigin);
    QFETCH(bool, followed);
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    TestHttpServer &landing = crossOrigin ? b : a;
    a.route("/login", TestResponse::redirect(status, landing.url("/landing").toEncoded()));
    landing.route("/landing", TestResponse::json(200, "{}"));

    HttpRequest r = get(a.url("/login"));
    r.method = method;
    r.body = body;
    r.bodyIsSecret = flagged;
    r.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    r.credential = bearer(a, "tok-123456", "cookie-abcdef");
    const auto result = run(r);
    const QList<TestRequest> got = landing.requestsFor("/landing");
    if (followed) {
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->status, 200);
        QCOMPARE(got.size(), 1);
        if (crossOrigin && status == 303)
            QCOMPARE(got.first().body, QByteArray());
        else
            QCOMPARE(got.first().body, body);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("net.secret_body_redirected"));
    QVERIFY2(result.error().message.contains(Origin::of(b.url()).toString()),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("secret")));
    QVERIFY(!result.error().message.contains(QLatin1String("SECRET")));
    QVERIFY(!result.error().detail.contains(QLatin1String("SECRET")));
    QCOMPARE(b.requests().size(), 0);
}

void TstHttpClient::secretBodyNotSentFromHttpsToHttp()
{
    const std::optional<QSslConfiguration> conf = serverTls();
    if (!conf)
        QSKIP("openssl or TLS support is not available");
    TestHttpServer secure;
    TestHttpServer plain;
    QVERIFY(secure.listenTls(*conf));
    QVERIFY(plain.listen());
    // Same host, plain http: the scheme alone makes it another origin.
    secure.route("/login", TestResponse::redirect(308, plain.url("/login").toEncoded()));
    plain.route("/login", TestResponse::json(200, "{}"));

    HttpRequest r = get(secure.url("/login"));
    r.method = "POST";
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    r.body = R"({"email":"ada@example.com","password":"pw-SECRET-7788"})";
    r.network.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));
    const auto result = run(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("net.secret_body_redirected"));
    QCOMPARE(secure.requests().size(), 1);
    QCOMPARE(plain.requests().size(), 0);
}

void TstHttpClient::signInFollowsNoRedirectOffItsOrigin_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("crossOrigin");
    QTest::newRow("302 to another origin") << 302 << true;
    QTest::newRow("307 to another origin") << 307 << true;
    QTest::newRow("303 to another origin") << 303 << true;
    QTest::newRow("307 on the same origin") << 307 << false;
}

// A sign-in whose body holds nothing secret (PS-Auth sends its key in a header, OAuth may send
// the client secret as Basic) still stays on its server: whoever answers the redirect would see
// the sign-in.
void TstHttpClient::signInFollowsNoRedirectOffItsOrigin()
{
    QFETCH(int, status);
    QFETCH(bool, crossOrigin);
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    TestHttpServer &landing = crossOrigin ? b : a;
    a.route("/signin", TestResponse::redirect(status, landing.url("/landing").toEncoded()));
    landing.route("/landing", TestResponse::json(200, "{}"));
    HttpRequest r = get(a.url("/signin"));
    r.method = "POST";
    r.stayOnOrigin = true;
    r.credential = bearer(a, "tok-123456", "cookie-abcdef");
    const auto result = run(r);
    if (!crossOrigin) {
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(landing.requestsFor("/landing").size(), 1);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("net.signin_redirected"));
    QVERIFY2(result.error().message.contains(Origin::of(b.url()).toString()),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("sign-in")));
    QCOMPARE(b.requests().size(), 0);
}

void TstHttpClient::setCookieCollectedOnCredentialOrigin()
{
    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.route("/signin", TestResponse::redirect(302, "/home")
                           .withHeader("Set-Cookie", "ASP.NET_SessionId=sess-1; path=/; HttpOnly"));
    a.route("/home", TestResponse::redirect(302, b.url("/elsewhere").toEncoded())
                         .withHeader("Set-Cookie", "pref=dark; path=/"));
    b.route("/elsewhere",
            TestResponse::json(200, "{}").withHeader("Set-Cookie", "tracker=other-origin"));
    HttpRequest r = get(a.url("/signin"));
    r.method = "POST";
    r.credential.origin = Origin::of(a.url());
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QStringList names;
    for (const QNetworkCookie &c : result->cookies)
        names.append(QString::fromLatin1(c.name()));
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("ASP.NET_SessionId"), QStringLiteral("pref")}));
    // The session cookie set by the first answer went along to the next hop on the origin.
    QCOMPARE(a.requestsFor("/home").value(0).header("Cookie"),
             QByteArray("ASP.NET_SessionId=sess-1"));
    QVERIFY(!b.requests().value(0).hasHeader("Cookie"));
}

void TstHttpClient::unauthorizedIsAResponseNotRetried()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/me", TestResponse::json(401, R"({"detail":"Signature has expired."})")
                            .withHeader("WWW-Authenticate", R"(JWT realm="api")"));
    HttpRequest r = get(server.url("/me"));
    r.credential = bearer(server, "tok-123456", "c-123456");
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 401);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(server.requests().size(), 1);
    const Error e = HttpErrors::fromResponse(result.value());
    QCOMPARE(e.kind, Error::Kind::Authentication);
    QVERIFY2(e.message.startsWith(QLatin1String("Signature has expired.")), qPrintable(e.message));
    QVERIFY(e.message.contains(QLatin1String("127.0.0.1")));
}

void TstHttpClient::serverErrorRetriedForGet()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.route("/flaky", [&calls](const TestRequest &) {
        return ++calls < 3 ? TestResponse::text(503, "busy") : TestResponse::json(200, "{}");
    });
    QElapsedTimer timer;
    timer.start();
    const auto result = run(get(server.url("/flaky")));
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->attempts, 3);
    QCOMPARE(calls, 3);
    QVERIFY(timer.elapsed() >= 20 + 40 - 5); // backoff: 20 ms, then 40 ms

    // Out of retries: the last 5xx comes back as a response.
    calls = -10;
    const auto exhausted = run(get(server.url("/flaky")));
    QVERIFY(exhausted.ok());
    QCOMPARE(exhausted->status, 503);
    QCOMPARE(exhausted->attempts, 3);
    QCOMPARE(exhausted->body, QByteArray("busy"));
}

void TstHttpClient::serverErrorNotRetriedForPost()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/create", TestResponse::text(500, "oops"));
    HttpRequest r = get(server.url("/create"));
    r.method = "POST";
    r.body = "a=1";
    const auto result = run(r);
    QVERIFY(result.ok());
    QCOMPARE(result->status, 500);
    QCOMPARE(result->attempts, 1);
    QCOMPARE(server.requests().size(), 1);
}

void TstHttpClient::tooManyRequestsHonoursRetryAfter()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.route("/throttled", [&calls](const TestRequest &) {
        return ++calls == 1 ? TestResponse::json(429, R"({"detail":"Request was throttled."})")
                                  .withHeader("Retry-After", "1")
                            : TestResponse::json(200, "{}");
    });
    HttpRequest r = get(server.url("/throttled"));
    r.method = "POST"; // a 429 was not processed: any method may be repeated
    // The wait is on the Clock: the test moves it, and the retry goes out when it reaches 1 s.
    TestClock clock;
    CountingManager manager;
    QSignalSpy answered(&manager, &QNetworkAccessManager::finished);
    HttpClient client(&manager);
    client.setOptions(fastOptions());
    HttpCall *call = client.send(r);
    QSignalSpy finished(call, &HttpCall::finished);
    const Result<HttpResponse> *result = nullptr;
    connect(call, &HttpCall::finished, this, [&result, call] { result = &call->result(); });
    QVERIFY(answered.wait(5000)); // the 429, taken in by the call as this returns
    QCOMPARE(manager.created, 1);
    clock.advance(999ms);
    QCOMPARE(manager.created, 1);
    clock.advance(1ms);
    QCOMPARE(manager.created, 2); // sent before advance() returned
    QVERIFY(finished.wait(5000));
    QVERIFY(result);
    QVERIFY2(result->ok(), why(*result).constData());
    QCOMPARE(result->value().status, 200);
    QCOMPARE(result->value().attempts, 2);
}

void TstHttpClient::retryAfterBeyondLimitReturns429()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/throttled", TestResponse::json(429, "{}").withHeader("Retry-After", "120"));
    const auto result = run(get(server.url("/throttled")));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 429);
    QCOMPARE(result->attempts, 1);
    const Error e = HttpErrors::fromResponse(result.value());
    QVERIFY2(e.message.contains(QLatin1String("120 s")), qPrintable(e.message));
}

void TstHttpClient::neverAnsweringServerTimesOut()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/silent", TestResponse::neverAnswer());
    HttpRequest r = get(server.url("/silent"));
    r.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const auto result = run(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.error().message.contains(QLatin1String("127.0.0.1")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QLatin1String("0.3 s")),
             qPrintable(result.error().message));
}

void TstHttpClient::tricklingServerIsNotATimeout()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    TestResponse slow = TestResponse::text(200, QByteArray(400, 'z'));
    slow.mode = TestResponse::Mode::Trickle;
    slow.trickleBytes = 16;
    slow.trickleIntervalMs = 40; // the whole answer takes ~1.3 s; no gap reaches the timeout
    server.route("/slow", slow);
    HttpRequest r = get(server.url("/slow"));
    r.timeoutMs = 400;
    HttpClient client(m_nam.get());
    client.setOptions(fastOptions());
    HttpCall *call = client.send(r);
    QSignalSpy progress(call, &HttpCall::downloadProgress);
    QSignalSpy finished(call, &HttpCall::finished);
    const Result<HttpResponse> *result = nullptr;
    connect(call, &HttpCall::finished, this, [&result, call] { result = &call->result(); });
    QVERIFY(finished.wait(5000));
    QVERIFY(result);
    QVERIFY2(result->ok(), why(*result).constData());
    QCOMPARE(result->value().body, QByteArray(400, 'z'));
    QVERIFY(progress.size() > 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(400));
}

void TstHttpClient::resetMidBodyIsNetworkError()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/cut", TestResponse::resetMidBody(QByteArray(1000, 'a'), 100000));
    HttpRequest r = get(server.url("/cut"));
    const auto result = run(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Network);
    QVERIFY2(result.error().message.contains(QLatin1String("127.0.0.1")),
             qPrintable(result.error().message));
    QCOMPARE(server.requests().size(), 3); // a GET is retried after a transport failure
    // A POST is not repeated.
    server.clearRequests();
    r.method = "POST";
    const auto post = run(r);
    QVERIFY(!post.ok());
    QCOMPARE(post.error().kind, Error::Kind::Network);
    QCOMPARE(server.requests().size(), 1);
}

void TstHttpClient::connectionRefusedNamesHost()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpRequest r = get(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
    const auto result = run(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Network);
    QCOMPARE(result.error().code, QStringLiteral("net.connection_refused"));
    QVERIFY2(result.error().message.contains(QLatin1String("127.0.0.1")),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QString::number(port)));
}

void TstHttpClient::malformedJsonAndHtmlPage()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/broken", TestResponse::json(200, R"({"token": "abc)"));
    server.route("/login", TestResponse::text(200,
                                              "<!DOCTYPE html><html><head><title>Sign in</title>"
                                              "</head><body>proxy login</body></html>",
                                              "text/html; charset=utf-8"));
    server.route("/denied",
                 TestResponse::text(403, "<html><body>Forbidden</body></html>", "text/html"));

    const auto broken = run(get(server.url("/broken")));
    QVERIFY(broken.ok());
    const auto brokenJson = HttpErrors::jsonObject(broken.value());
    QVERIFY(!brokenJson.ok());
    QCOMPARE(brokenJson.error().kind, Error::Kind::Parse);
    QVERIFY2(brokenJson.error().message.contains(QLatin1String("malformed JSON")),
             qPrintable(brokenJson.error().message));

    const auto login = run(get(server.url("/login")));
    QVERIFY(login.ok());
    const auto loginJson = HttpErrors::jsonObject(login.value());
    QVERIFY(!loginJson.ok());
    QVERIFY2(loginJson.error().message.contains(QLatin1String("HTML page")),
             qPrintable(loginJson.error().message));

    const auto denied = run(get(server.url("/denied")));
    QVERIFY(denied.ok());
    const Error e = HttpErrors::fromResponse(denied.value());
    QCOMPARE(e.kind, Error::Kind::Permission);
    QVERIFY2(e.message.contains(QLatin1String("HTML page")), qPrintable(e.message));
    QVERIFY(e.message.contains(QLatin1String("403")));
}

void TstHttpClient::gzipBombRefused()
{
    QByteArray bomb;
    {
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        bomb = TestHttpServer::gzip(zeros);
    }
    QVERIFY2(bomb.size() < 100 * 1024, QByteArray::number(bomb.size()).constData());
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/bomb", TestResponse::json(200, bomb).withHeader("Content-Encoding", "gzip"));

    const bool peakReset = clearPeak();
    const qint64 before = statusKb(peakReset ? "VmHWM" : "VmRSS");
    const auto result = run(get(server.url("/bomb")));
    const qint64 after = statusKb(peakReset ? "VmHWM" : "VmRSS");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Server);
    QVERIFY2(result.error().message.contains(QLatin1String("decompression bomb")),
             qPrintable(result.error().message + QLatin1Char(' ') + result.error().detail));
    if (before > 0 && after > 0)
        QVERIFY2(after - before < 40 * 1024,
                 qPrintable(QStringLiteral("%1 KiB -> %2 KiB").arg(before).arg(after)));

    // Below Qt's threshold, our own limit counts the decompressed bytes.
    server.route("/inflated",
                 TestResponse::json(200, TestHttpServer::gzip(QByteArray(2 * 1024 * 1024, ' ')))
                     .withHeader("Content-Encoding", "gzip"));
    HttpClient::Options o = fastOptions();
    o.maxBodyBytes = 1024 * 1024;
    const auto capped = run(get(server.url("/inflated")), o);
    QVERIFY(!capped.ok());
    QCOMPARE(capped.error().code, QStringLiteral("net.body_too_large"));
}

void TstHttpClient::largeBodyGoesToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray big;
    for (int i = 0; i < 300 * 1024; ++i)
        big.append(char((qint64(i) * 7919) % 251)); // 64-bit: i * 7919 overflows an int
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/big", TestResponse::text(200, big, "application/octet-stream"));
    server.route("/small", TestResponse::text(200, "tiny"));
    HttpClient::Options o = fastOptions();
    o.memoryBodyLimit = 64 * 1024;
    o.tempDir = dir.path();
    const auto result = run(get(server.url("/big")), o);
    QVERIFY2(result.ok(), why(result).constData());
    QVERIFY(result->body.isEmpty());
    QCOMPARE(result->bodySize, qint64(big.size()));
    QVERIFY(result->bodyFile.startsWith(dir.path()));
    QFile f(result->bodyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), big);

    const auto small = run(get(server.url("/small")), o);
    QVERIFY(small.ok());
    QCOMPARE(small->body, QByteArray("tiny"));
    QVERIFY(small->bodyFile.isEmpty());
}

void TstHttpClient::saveToFileStreams()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/file", TestResponse::text(200, "file contents\n"));
    server.route("/missing", TestResponse::json(404, R"({"detail":"Not found."})"));
    HttpRequest r = get(server.url("/file"));
    r.saveToFile = dir.filePath(QStringLiteral("out.txt"));
    const auto result = run(r);
    QVERIFY2(result.ok(), why(result).constData());
    QCOMPARE(result->bodyFile, r.saveToFile);
    QVERIFY(result->body.isEmpty());
    QFile f(r.saveToFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("file contents\n"));

    // An error answer stays in memory for HttpErrors, and the target file is not made.
    r.url = server.url("/missing");
    r.saveToFile = dir.filePath(QStringLiteral("missing.txt"));
    const auto missing = run(r);
    QVERIFY(missing.ok());
    QCOMPARE(missing->status, 404);
    QCOMPARE(missing->body, QByteArray(R"({"detail":"Not found."})"));
    QVERIFY(!QFile::exists(r.saveToFile));
}

void TstHttpClient::bodyLargerThanMaximum()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/huge", TestResponse::text(200, QByteArray(300 * 1024, 'h')));
    HttpClient::Options o = fastOptions();
    o.maxBodyBytes = 100 * 1024;
    o.memoryBodyLimit = 16 * 1024;
    const auto result = run(get(server.url("/huge")), o);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("net.body_too_large"));
    QVERIFY2(result.error().message.contains(QLatin1String("larger than")),
             qPrintable(result.error().message));
}

void TstHttpClient::abortCancelsOnce()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/silent", TestResponse::neverAnswer());
    HttpClient client(m_nam.get());
    client.setOptions(fastOptions());
    HttpCall *call = client.send(get(server.url("/silent")));
    QPointer<HttpCall> guard(call);
    QSignalSpy finished(call, &HttpCall::finished);
    Error::Kind kind = Error::Kind::Internal;
    connect(call, &HttpCall::finished, this, [&kind, call] { kind = call->result().error().kind; });
    QTRY_COMPARE(server.requests().size(), 1);
    call->abort();
    call->abort();
    QVERIFY(call->isFinished());
    QCOMPARE(finished.size(), 0); // never from inside abort()
    QVERIFY(finished.wait(2000));
    QCOMPARE(kind, Error::Kind::Cancelled);
    QTRY_VERIFY(guard.isNull()); // the call deletes itself
    QCOMPARE(finished.size(), 1);
}

void TstHttpClient::destroyingClientAbortsCalls()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/silent", TestResponse::neverAnswer());
    auto client = std::make_unique<HttpClient>(m_nam.get());
    QPointer<HttpCall> call = client->send(get(server.url("/silent")));
    QTRY_COMPARE(server.requests().size(), 1);
    client.reset();
    QVERIFY(call.isNull());
    // Nothing may fire on the dead call: what it left queued arrives before a later answer.
    server.route("/ok", TestResponse::text(200, "ok"));
    QVERIFY(run(get(server.url("/ok"))).ok());
}

void TstHttpClient::destroyingManagerFinishesCalls()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/silent", TestResponse::neverAnswer());
    HttpClient client(m_nam.get());
    HttpCall *call = client.send(get(server.url("/silent")));
    QSignalSpy finished(call, &HttpCall::finished);
    Error::Kind kind = Error::Kind::Internal;
    connect(call, &HttpCall::finished, this, [&kind, call] { kind = call->result().error().kind; });
    QTRY_COMPARE(server.requests().size(), 1);
    m_nam.reset();
    QVERIFY(finished.wait(2000));
    QCOMPARE(kind, Error::Kind::Network);
}

void TstHttpClient::invalidInput()
{
    const auto bad = run(get(QUrl(QStringLiteral("ftp://example.com/file"))));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);

    TestHttpServer server;
    QVERIFY(server.listen());
    HttpRequest withCa = get(server.url("/"));
    withCa.network.caFile = QStringLiteral("/nonexistent/ca.pem");
    const auto ca = run(withCa);
    QVERIFY(!ca.ok());
    QCOMPARE(ca.error().kind, Error::Kind::InvalidInput);
    QVERIFY(ca.error().message.contains(QLatin1String("/nonexistent/ca.pem")));
    QCOMPARE(server.requests().size(), 0);
}

bool TstHttpClient::makeCertificate()
{
    if (m_triedCert)
        return m_haveCert;
    m_triedCert = true;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !QSslSocket::supportsSsl() || !m_certDir.isValid())
        return false;
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), m_certDir.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), m_certDir.filePath(QStringLiteral("cert.pem")),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")});
    m_haveCert =
        p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return m_haveCert;
}

std::optional<QSslConfiguration> TstHttpClient::serverTls()
{
    if (!makeCertificate())
        return std::nullopt;
    return TestCertificates::serverFrom(m_certDir.filePath(QStringLiteral("cert.pem")),
                                        m_certDir.filePath(QStringLiteral("key.pem")));
}

void TstHttpClient::tls_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("unknown CA") << "unknown";
    QTest::newRow("caFile") << "caFile";
    QTest::newRow("insecure") << "insecure";
    QTest::newRow("insecure for another origin only") << "insecureElsewhere";
    QTest::newRow("bad caFile") << "badCaFile";
}

void TstHttpClient::tls()
{
    QFETCH(QString, mode);
    const std::optional<QSslConfiguration> conf = serverTls();
    if (!conf)
        QSKIP("openssl or TLS support is not available");

    TestHttpServer server;
    QVERIFY(server.listenTls(*conf));
    server.route("/secure", TestResponse::json(200, R"({"ok":true})"));
    HttpRequest request = get(server.url("/secure"));
    if (mode == QLatin1String("caFile"))
        request.network.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));
    if (mode == QLatin1String("insecure"))
        request.network = insecureOn(Origin::of(server.url()));
    if (mode == QLatin1String("insecureElsewhere")) {
        // The switch belongs to another profile's origin: this server is checked as usual.
        request.network = insecureOn(Origin::of(QUrl(QStringLiteral("https://127.0.0.1:1"))));
    }
    if (mode == QLatin1String("badCaFile")) {
        request.network.caFile = m_certDir.filePath(QStringLiteral("not-a-cert.pem"));
        QFile bad(request.network.caFile);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a certificate\n");
    }
    const auto result = run(request);
    if (mode == QLatin1String("unknown") || mode == QLatin1String("insecureElsewhere")) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Tls);
        QVERIFY2(result.error().message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(result.error().message));
        QVERIFY2(
            result.error().message.contains(QLatin1String("self-signed"), Qt::CaseInsensitive) ||
                result.error().message.contains(QLatin1String("self signed"), Qt::CaseInsensitive),
            qPrintable(result.error().message));
        QCOMPARE(server.requests().size(), 0);
    } else if (mode == QLatin1String("badCaFile")) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
    } else {
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->status, 200);
        QCOMPARE(result->body, QByteArray(R"({"ok":true})"));
    }
}

// Certificate checks switched off for a profile stay off only on its origin: a redirect to
// another https server with the same bad certificate is refused.
void TstHttpClient::insecureTlsStaysOnItsOrigin()
{
    const std::optional<QSslConfiguration> conf = serverTls();
    if (!conf)
        QSKIP("openssl or TLS support is not available");
    TestHttpServer home;
    TestHttpServer other;
    QVERIFY(home.listenTls(*conf));
    QVERIFY(other.listenTls(*conf));
    home.route("/start", TestResponse::redirect(302, other.url("/landing").toEncoded()));
    other.route("/landing", TestResponse::json(200, "{}"));
    HttpRequest request = get(home.url("/start"));
    request.network = insecureOn(Origin::of(home.url()));
    const auto result = run(request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Tls);
    QCOMPARE(home.requests().size(), 1);
    QCOMPARE(other.requests().size(), 0);

    // The same client, the next request without the switch: checked as usual.
    const auto plain = run(get(home.url("/start")));
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().kind, Error::Kind::Tls);
}

// Qt pools connections by host and port: a connection made with a CA file, or with checks off,
// must not carry the next request to the same server that has neither.
void TstHttpClient::aConnectionKeepsToItsOwnTlsSettings()
{
    const std::optional<QSslConfiguration> conf = serverTls();
    if (!conf)
        QSKIP("openssl or TLS support is not available");
    TestHttpServer server;
    QVERIFY(server.listenTls(*conf));
    server.route("/secure", TestResponse::json(200, R"({"ok":true})"));
    HttpClient client(m_nam.get());
    client.setOptions(fastOptions());
    const auto send = [&client](const HttpRequest &request) {
        HttpCall *call = client.send(request);
        QSignalSpy finished(call, &HttpCall::finished);
        if (!finished.wait(10000))
            return Result<HttpResponse>(Error{});
        return call->result();
    };
    HttpRequest trusted = get(server.url("/secure"));
    trusted.network.caFile = m_certDir.filePath(QStringLiteral("cert.pem"));
    HttpRequest insecure = get(server.url("/secure"));
    insecure.network = insecureOn(Origin::of(server.url()));
    const HttpRequest plain = get(server.url("/secure"));

    QVERIFY(send(trusted).ok());
    const auto afterTrusted = send(plain);
    QVERIFY(!afterTrusted.ok());
    QCOMPARE(afterTrusted.error().kind, Error::Kind::Tls);
    QVERIFY(send(insecure).ok());
    const auto afterInsecure = send(plain);
    QVERIFY(!afterInsecure.ok());
    QCOMPARE(afterInsecure.error().kind, Error::Kind::Tls);
    QCOMPARE(server.requests().size(), 2);
}

void TstHttpClient::logsAndErrorsNeverLeakSecrets()
{
    const QStringList secrets{
        QStringLiteral("bearer-SECRET-1111"), QStringLiteral("cookie-SECRET-2222"),
        QStringLiteral("pw-SECRET-3333"),     QStringLiteral("cs-SECRET-4444"),
        QStringLiteral("qs-SECRET-5555"),     QStringLiteral("key-SECRET-6666"),
        QStringLiteral("psauth-SECRET-7777")};
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QLoggingCategory::setFilterRules(
        QStringLiteral("tokenbench.net.debug=true\nqt.network.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);

    TestHttpServer a;
    TestHttpServer b;
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    a.route("/token", TestResponse::json(401, R"({"detail":"Bad credentials."})"));
    a.route("/hop",
            TestResponse::redirect(307, b.url("/other?access_token=qs-SECRET-5555").toEncoded()));
    b.route("/other", TestResponse::json(500, "{}"));
    a.route("/silent", TestResponse::neverAnswer());
    a.route("/cut", TestResponse::resetMidBody("x", 1000));

    QList<Error> errors;
    const QList<QByteArray> paths{"/token", "/hop", "/silent", "/cut", "/missing"};
    for (const QByteArray &path : paths) {
        HttpRequest r;
        r.method = "POST";
        r.url = a.url(path + "?access_token=qs-SECRET-5555&page=1");
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.headers.append(qMakePair(QByteArray("X-Api-Key"), QByteArray("key-SECRET-6666")));
        r.body =
            R"({"username":"ada","password":"pw-SECRET-3333","client_secret":"cs-SECRET-4444"})";
        r.credential.origin = Origin::of(a.url());
        r.credential.headers.append(
            qMakePair(QByteArray("Authorization"), QByteArray("Bearer bearer-SECRET-1111")));
        r.credential.headers.append(qMakePair(
            QByteArray("Proxy-Authorization"),
            QByteArray("PS-Auth key=psauth-SECRET-7777; runas=ada; pwd=[pw-SECRET-3333];")));
        r.credential.cookies.append(QNetworkCookie("ASP.NET_SessionId", "cookie-SECRET-2222"));
        r.timeoutMs = 300;
        const auto result = run(r);
        if (result.ok()) {
            if (!result->isSuccess())
                errors.append(HttpErrors::fromResponse(result.value()));
        } else {
            errors.append(result.error());
        }
    }
    // Connection refused, with the secret in the query.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    HttpRequest refused;
    refused.url =
        QUrl(QStringLiteral("http://127.0.0.1:%1/x?access_token=qs-SECRET-5555").arg(port));
    refused.maxRetries = 0;
    const auto refusedResult = run(refused);
    QVERIFY(!refusedResult.ok());
    errors.append(refusedResult.error());

    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    QLoggingCategory::setFilterRules(QString());

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY2(log.size() >= 10, qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY(log.join(QLatin1Char('\n')).contains(QLatin1String("[redacted]")));
    QCOMPARE(errors.size(), 6);
    for (const Error &e : errors) {
        log.append(e.message);
        log.append(e.detail);
    }
    for (const QString &line : log) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
