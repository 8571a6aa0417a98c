#include "PasswordSafeRoutes.h"
#include "Sandbox.h"
#include "SandboxJwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Drives an in-process Sandbox with a plain QNetworkAccessManager, as a vendor client would, and
// checks each route against VENDORS.md.
class TstSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void baseUrlIsLoopback();
    void unknownPath();
    void keepAliveAndPipelining();
    void connectionClose();

    void regScaleLogin_data();
    void regScaleLogin();
    void regScaleV2Unsupported();
    void regScaleBearer();
    void regScaleCountsFailedLogins();
    void regScaleRoleWithoutLogs();
    void regScaleTokensWithoutExp();

    void scantrustLogin_data();
    void scantrustLogin();
    void scantrustTrailingSlash();
    void scantrustMe();
    void scantrustPermissions();
    void scantrustThrottle();

    void psAuthGrammar_data();
    void psAuthGrammar();
    void passwordSafeSignInAndSession();
    void passwordSafePasswords();
    void passwordSafeSecondFactor();
    void passwordSafeOAuth();
    void passwordSafeIdleExpiry();
    void passwordSafeBearerCalls();
    void passwordSafeRefusals();

    void genericToken_data();
    void genericToken();
    void genericWhoami_data();
    void genericWhoami();
    void genericEcho();
    void genericRedirect();

    void tokensExpire();
    void openApi();
    void demoCredentials();
    void executable();
    void executableSwitches();
    void tlsBesidePlain();
    void executableTls();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(QByteArrayView name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString string(const char *key) const
        {
            return json().value(QLatin1String(key)).toString();
        }
        // "ASP.NET_SessionId=abc" from Set-Cookie, ready for a Cookie header.
        QByteArray sessionCookie() const { return header("Set-Cookie").split(';').first(); }
    };

    Reply send(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {});
    Reply json(const QString &path, const QJsonObject &body, const Headers &headers = {})
    {
        Headers h = headers;
        h.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send("POST", path, h, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    Reply form(const QString &path, const QByteArray &body, const Headers &headers = {})
    {
        Headers h = headers;
        h.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send("POST", path, h, body);
    }
    static QByteArray psAuth(const QString &runAs, const QString &extra = {},
                             const QString &key = Sandbox::passwordSafeApiKey())
    {
        return QStringLiteral("PS-Auth key=%1; runas=%2;%3").arg(key, runAs, extra).toUtf8();
    }
    static QByteArray basic(const QString &user, const QString &password)
    {
        return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
    QString regScaleToken();
    // Starts the sandbox executable on any free port; its base URL, or an empty one.
    QUrl startExecutable(QProcess &process, const QStringList &options = {});
    QString scantrustToken();

    static inline const QString Ps = QStringLiteral("/passwordsafe/BeyondTrust/api/public/v3/");

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
};

TstSandbox::Reply TstSandbox::send(const QByteArray &method, const QString &path,
                                   const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Cookies only as each test sends them, so sessions are explicit.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(5000);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(6000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

QString TstSandbox::regScaleToken()
{
    return json(QStringLiteral("/regscale/api/authentication/login"),
                {{QStringLiteral("username"), Sandbox::regScaleUsername()},
                 {QStringLiteral("password"), Sandbox::regScalePassword()},
                 {QStringLiteral("oldPassword"), QString()}})
        .string("auth_token");
}

QString TstSandbox::scantrustToken()
{
    return json(QStringLiteral("/scantrust/api/v2/auth/jwt/"),
                {{QStringLiteral("email"), Sandbox::scantrustEmail()},
                 {QStringLiteral("password"), Sandbox::scantrustPassword()}})
        .string("token");
}

void TstSandbox::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->listen());
}

void TstSandbox::init()
{
    // Each test starts from the default settings.
    m_sandbox->setClockSpeed(1.0);
    m_sandbox->setTokenLifetime(Sandbox::Vendor::RegScale, 24 * 3600);
    m_sandbox->setTokenLifetime(Sandbox::Vendor::Scantrust, 300);
    m_sandbox->setTokenLifetime(Sandbox::Vendor::PasswordSafe, 3600);
    m_sandbox->setTokenLifetime(Sandbox::Vendor::Generic, 3600);
    m_sandbox->setPasswordSafeIdleTimeout(1200);
    m_sandbox->setRegScaleV2Supported(true);
    m_sandbox->setRegScaleExpClaim(true);
    m_sandbox->setPasswordSafeLicenceValid(true);
    m_sandbox->setPasswordSafeApiEnabled(true);
    m_sandbox->setPasswordSafeOAuthCookie(true);
    m_sandbox->setScantrustThrottle(0);
}

void TstSandbox::baseUrlIsLoopback()
{
    const QUrl url = m_sandbox->baseUrl();
    QCOMPARE(url.toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_sandbox->port()));
    QVERIFY(m_sandbox->port() > 0);
    QCOMPARE(m_sandbox->vendorBaseUrl(Sandbox::Vendor::Scantrust).toString(),
             url.toString() + QStringLiteral("/scantrust"));
}

void TstSandbox::unknownPath()
{
    const Reply r = send("GET", QStringLiteral("/nowhere"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.string("detail"), QStringLiteral("Not found."));
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));

    // Unknown paths under each vendor, with or without credentials.
    QSignalSpy received(m_sandbox.get(), &Sandbox::requestReceived);
    for (const char *path :
         {"/regscale/api/nothing", "/scantrust/api/v2/nothing/",
          "/passwordsafe/BeyondTrust/api/public/v3/Nothing", "/generic/nothing"}) {
        const Reply unknown = send("GET", QString::fromLatin1(path));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.string("detail"), QStringLiteral("Not found."));
    }
    QCOMPARE(received.size(), 4);
    QCOMPARE(received.first().at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(received.first().at(1).toString(), QStringLiteral("/regscale/api/nothing"));
}

void TstSandbox::keepAliveAndPipelining()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(3000));
    // Two requests in one write, the second with a body.
    socket.write("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
                 "POST /generic/api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += socket.readAll()).count("HTTP/1.1 ") == 2 && received.endsWith('}'), 3000);
    QVERIFY(received.startsWith("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(received.contains("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains(R"("body":"hello")"));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // And a third on the same connection.
    received.clear();
    socket.write("GET /openapi.json HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains("\"openapi\""), 3000);
}

void TstSandbox::connectionClose()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(socket.waitForConnected(3000));
    socket.write("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
    const QByteArray received = socket.readAll();
    QVERIFY(received.startsWith("HTTP/1.1 404"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(received.contains("Content-Length: "));

    // A malformed request line gets 400 and the connection closes.
    QTcpSocket bad;
    bad.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QVERIFY(bad.waitForConnected(3000));
    bad.write("NONSENSE\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(bad.state(), QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(bad.readAll().startsWith("HTTP/1.1 400"));
}

void TstSandbox::regScaleLogin_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("v2");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString user = Sandbox::regScaleUsername();
    const QString mfa = Sandbox::regScaleMfaUsername();
    const QString pw = Sandbox::regScalePassword();
    const auto body = [](const QString &nameKey, const QString &name, const QString &password) {
        return QJsonObject{{nameKey, name},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("oldPassword"), QString()}};
    };
    QJsonObject mfaEmpty = body(QStringLiteral("userName"), mfa, pw);
    mfaEmpty.insert(QStringLiteral("mfaToken"), QString());
    QJsonObject mfaWrong = mfaEmpty;
    mfaWrong.insert(QStringLiteral("mfaToken"), QStringLiteral("000000"));
    QJsonObject mfaRight = mfaEmpty;
    mfaRight.insert(QStringLiteral("mfaToken"), Sandbox::regScaleMfaCode());
    QJsonObject v2 = body(QStringLiteral("userName"), user, pw);
    v2.insert(QStringLiteral("appId"), 1);

    QTest::newRow("v1 username") << body(QStringLiteral("username"), user, pw) << false << 200
                                 << QString();
    QTest::newRow("v1 userName (CLI)")
        << body(QStringLiteral("userName"), user, pw) << false << 200 << QString();
    QTest::newRow("v2") << v2 << true << 200 << QString();
    QTest::newRow("wrong password") << body(QStringLiteral("username"), user, QStringLiteral("x"))
                                    << false << 400 << QStringLiteral("Invalid");
    QTest::newRow("unknown user") << body(QStringLiteral("username"), QStringLiteral("nobody"), pw)
                                  << false << 400 << QStringLiteral("Invalid");
    QTest::newRow("locked") << body(QStringLiteral("username"), Sandbox::regScaleLockedUsername(),
                                    QStringLiteral("anything"))
                            << false << 403 << QStringLiteral("locked");
    QTest::newRow("mfa missing") << body(QStringLiteral("username"), mfa, pw) << false << 400
                                 << QStringLiteral("MFA code is required");
    QTest::newRow("mfa empty") << mfaEmpty << false << 400
                               << QStringLiteral("MFA code is required");
    QTest::newRow("mfa wrong") << mfaWrong << false << 400 << QStringLiteral("invalid");
    QTest::newRow("mfa right") << mfaRight << false << 200 << QString();
}

void TstSandbox::regScaleLogin()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, v2);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Reply r = json(QStringLiteral("/regscale/api/authentication/login"), body,
                         v2 ? Headers{{"X-Api-Version", "2.0"}} : Headers{});
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY2(r.string("message").contains(message), r.body.constData());
        return;
    }
    const QJsonObject o = v2 ? r.json().value(QLatin1String("accessToken")).toObject() : r.json();
    const QString id = o.value(QLatin1String("id")).toString();
    const QString token = o.value(QLatin1String(v2 ? "authToken" : "auth_token")).toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(token.count(QLatin1Char('.')), 2);
    const QJsonObject claims =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(token.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), id);
    for (const char *claim : {"iat", "nbf", "exp", "iss", "name", "email", "id"})
        QVERIFY2(claims.contains(QLatin1String(claim)), claim);
    const qint64 lifetime = claims.value(QLatin1String("exp")).toInteger() -
                            claims.value(QLatin1String("iat")).toInteger();
    QVERIFY(lifetime >= 24 * 3600 && lifetime <= 24 * 3600 + 1);
}

void TstSandbox::regScaleV2Unsupported()
{
    m_sandbox->setRegScaleV2Supported(false);
    const QJsonObject body{{QStringLiteral("userName"), Sandbox::regScaleUsername()},
                           {QStringLiteral("password"), Sandbox::regScalePassword()},
                           {QStringLiteral("oldPassword"), QString()},
                           {QStringLiteral("appId"), 1}};
    const Reply v2 = json(QStringLiteral("/regscale/api/authentication/login"), body,
                          {{"X-Api-Version", "2.0"}});
    QCOMPARE(v2.status, 400);
    QVERIFY(v2.json().value(QLatin1String("error")).toObject().contains(QLatin1String("code")));
    // The official client's fallback: the v1 form still works.
    const Reply v1 = json(QStringLiteral("/regscale/api/authentication/login"), body);
    QCOMPARE(v1.status, 200);
    QVERIFY(!v1.string("auth_token").isEmpty());
}

void TstSandbox::regScaleBearer()
{
    const QString token = regScaleToken();
    QVERIFY(!token.isEmpty());
    const auto bearer = [](const QString &t) {
        return Headers{{"Authorization", "Bearer " + t.toLatin1()}};
    };

    Reply r = send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"), bearer(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("[]"));
    r = send("GET", QStringLiteral("/regscale/api/config/getLicense"), bearer(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("licenseType"), QStringLiteral("Enterprise"));
    QVERIFY(!r.string("expirationDate").isEmpty());
    r = send("GET", QStringLiteral("/regscale/api/assets/getList"), bearer(token));
    QCOMPARE(r.status, 200);
    QVERIFY(QJsonDocument::fromJson(r.body).array().size() >= 2);
    r = send("GET", QStringLiteral("/regscale/api/issues/1"), bearer(token));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("parentModule"), QStringLiteral("assets"));
    QCOMPARE(r.json().value(QLatin1String("parentId")).toInt(), 1);

    // The pasted My Profile token and the opaque service-account token.
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"),
                  bearer(m_sandbox->regScaleProfileToken()))
                 .status,
             200);
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"),
                  bearer(Sandbox::regScaleServiceAccountToken()))
                 .status,
             200);

    for (const Headers &headers :
         {Headers{}, bearer(QStringLiteral("garbage")), bearer(token + QStringLiteral("x")),
          Headers{{"Authorization", "Basic " + token.toLatin1()}}}) {
        r = send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"), headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Bearer error=\"invalid_token\""));
    }
}

void TstSandbox::regScaleCountsFailedLogins()
{
    // Refused passwords are counted per account; a form refused for its version is not.
    const int before = m_sandbox->regScaleFailedLogins(Sandbox::regScaleUsername());
    const QJsonObject wrong{{QStringLiteral("username"), Sandbox::regScaleUsername()},
                            {QStringLiteral("password"), QStringLiteral("wrong")}};
    QCOMPARE(json(QStringLiteral("/regscale/api/authentication/login"), wrong).status, 400);
    QCOMPARE(m_sandbox->regScaleFailedLogins(Sandbox::regScaleUsername()), before + 1);
    m_sandbox->setRegScaleV2Supported(false);
    QCOMPARE(json(QStringLiteral("/regscale/api/authentication/login"), wrong,
                  {{"X-Api-Version", "2.0"}})
                 .status,
             400);
    QCOMPARE(m_sandbox->regScaleFailedLogins(Sandbox::regScaleUsername()), before + 1);
}

void TstSandbox::regScaleRoleWithoutLogs()
{
    // A valid token of an account without the logging role: 403 on the token check only.
    const Headers auditor{
        {"Authorization",
         "Bearer " +
             m_sandbox->regScaleProfileToken(Sandbox::regScaleNoLogsUsername()).toLatin1()}};
    const Reply r = send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"), auditor);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/assets/getList"), auditor).status, 200);
}

void TstSandbox::regScaleTokensWithoutExp()
{
    const auto bearer = [](const QString &t) {
        return Headers{{"Authorization", "Bearer " + t.toLatin1()}};
    };
    // Tokens without exp still end after their lifetime, counted from iat.
    m_sandbox->setRegScaleExpClaim(false);
    const QString token = regScaleToken();
    QJsonObject claims;
    QCOMPARE(m_sandbox->signer(Sandbox::Vendor::RegScale)
                 .verify(token.toLatin1(), m_sandbox->nowMs(), &claims),
             SandboxJwt::Check::Valid);
    QVERIFY(!claims.contains(QLatin1String("exp")));
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/assets/getList"), bearer(token)).status,
             200);
    // The same token issued a day and a second ago.
    claims.insert(QStringLiteral("iat"), claims.value(QLatin1String("iat")).toInteger() - 86401);
    const QString old =
        QString::fromLatin1(m_sandbox->signer(Sandbox::Vendor::RegScale).sign(claims));
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/assets/getList"), bearer(old)).status, 401);
}

void TstSandbox::scantrustLogin_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray email = Sandbox::scantrustEmail().toLatin1();
    const QByteArray password = Sandbox::scantrustPassword().toLatin1();
    QTest::newRow("wrong password")
        << R"({"email":")" + email + R"(","password":"nope"})" << 400
        << QByteArray(R"({"non_field_errors":["Unable to login with provided credentials."]})");
    QTest::newRow("missing email") << R"({"password":")" + password + R"("})" << 400
                                   << QByteArray(R"({"email":["This field is required."]})");
    QTest::newRow("missing both") << QByteArray("{}") << 400
                                  << QByteArray(R"({"email":["This field is required."],)"
                                                R"("password":["This field is required."]})");
    QTest::newRow("blank password")
        << R"({"email":")" + email + R"(","password":""})" << 400
        << QByteArray(R"({"password":["This field may not be blank."]})");
    QTest::newRow("ok") << R"({"email":")" + email + R"(","password":")" + password + R"("})" << 200
                        << QByteArray();
}

void TstSandbox::scantrustLogin()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    const Reply r = send("POST", QStringLiteral("/scantrust/api/v2/auth/jwt/"),
                         {{"Content-Type", "application/json"}}, body);
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.string("token").count(QLatin1Char('.')), 2);
    else
        QCOMPARE(QJsonDocument::fromJson(r.body), QJsonDocument::fromJson(expected));
}

void TstSandbox::scantrustTrailingSlash()
{
    const Reply r = json(QStringLiteral("/scantrust/api/v2/auth/jwt"),
                         {{QStringLiteral("email"), Sandbox::scantrustEmail()},
                          {QStringLiteral("password"), Sandbox::scantrustPassword()}});
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("/scantrust/api/v2/auth/jwt/"));
    QCOMPARE(send("POST", QStringLiteral("/scantrust/api/v2/auth/jwt/refresh/"),
                  {{"Content-Type", "application/json"}}, "{\"token\":\"x\"}")
                 .status,
             404);
}

void TstSandbox::scantrustMe()
{
    const QString token = scantrustToken();
    QVERIFY(!token.isEmpty());
    const QString me = QStringLiteral("/scantrust/api/v2/me/");

    Reply r = send("GET", me, {{"Authorization", "JWT " + token.toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("email"), Sandbox::scantrustEmail());
    for (const char *key : {"id", "first_name", "last_name", "company"})
        QVERIFY2(r.json().contains(QLatin1String(key)), key);
    QCOMPARE(r.json().value(QLatin1String("permissions")).toArray().size(), 5);

    r = send("GET", me, {{"Authorization", "UAT " + Sandbox::scantrustUat().toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("permissions")).toVariant().toStringList(),
             Sandbox::scantrustUatPermissions());

    const struct
    {
        Headers headers;
        QString detail;
    } failures[] = {
        {{}, QStringLiteral("Authentication credentials were not provided.")},
        {{{"Authorization", "Bearer " + token.toLatin1()}},
         QStringLiteral("Authentication credentials were not provided.")},
        {{{"Authorization", "JWT " + token.toLatin1() + "x"}},
         QStringLiteral("Error decoding signature.")},
        {{{"Authorization", "JWT not.a.jwt"}}, QStringLiteral("Error decoding signature.")},
        {{{"Authorization", "UAT wrong"}}, QStringLiteral("Invalid token.")},
    };
    for (const auto &failure : failures) {
        r = send("GET", me, failure.headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.string("detail"), failure.detail);
        QCOMPARE(r.header("WWW-Authenticate"), QByteArray("JWT realm=\"api\""));
    }
}

void TstSandbox::scantrustPermissions()
{
    const Headers uat{{"Authorization", "UAT " + Sandbox::scantrustUat().toLatin1()},
                      {"Content-Type", "application/json"}};
    Reply r = send("POST", QStringLiteral("/scantrust/api/v2/brands/"), uat, "{\"name\":\"B\"}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.string("detail"),
             QStringLiteral("You do not have permission to perform this action."));
    r = send("POST", QStringLiteral("/scantrust/api/v2/products/"), uat, "{\"name\":\"P\"}");
    QCOMPARE(r.status, 201);
}

void TstSandbox::scantrustThrottle()
{
    m_sandbox->setScantrustThrottle(2);
    const Headers uat{{"Authorization", "UAT " + Sandbox::scantrustUat().toLatin1()}};
    for (int i = 0; i < 2; ++i) {
        const Reply r = send("GET", QStringLiteral("/scantrust/api/v2/me/"), uat);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        QCOMPARE(r.string("detail"),
                 QStringLiteral("Request was throttled. Expected available in 1 second."));
    }
    QCOMPARE(send("GET", QStringLiteral("/scantrust/api/v2/me/"), uat).status, 200);
}

void TstSandbox::psAuthGrammar_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("runAs");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("challenge");
    QTest::newRow("domain user") << QByteArray("key=abc; runas=DEMO\\analyst;") << true
                                 << QStringLiteral("DEMO\\analyst") << QString() << QString();
    QTest::newRow("password with ; and =")
        << QByteArray("key=abc; runas=u; pwd=[p;w=d];") << true << QStringLiteral("u")
        << QStringLiteral("p;w=d") << QString();
    QTest::newRow("challenge") << QByteArray("key=abc;runas=u;pwd=[x];challenge=123;") << true
                               << QStringLiteral("u") << QStringLiteral("x")
                               << QStringLiteral("123");
    QTest::newRow("empty password") << QByteArray("key=abc; runas=u; pwd=[];") << true
                                    << QStringLiteral("u") << QString() << QString();
    QTest::newRow("no brackets") << QByteArray("key=abc; runas=u; pwd=x;") << false << QString()
                                 << QString() << QString();
    QTest::newRow("no runas") << QByteArray("key=abc;") << false << QString() << QString()
                              << QString();
    QTest::newRow("garbage") << QByteArray("nonsense") << false << QString() << QString()
                             << QString();
}

void TstSandbox::psAuthGrammar()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, ok);
    const auto parsed = PasswordSafeRoutes::parsePsAuth(header);
    QCOMPARE(parsed.has_value(), ok);
    if (!ok)
        return;
    QFETCH(QString, runAs);
    QFETCH(QString, password);
    QFETCH(QString, challenge);
    QCOMPARE(parsed->key, QStringLiteral("abc"));
    QCOMPARE(parsed->runAs, runAs);
    QCOMPARE(parsed->password.value_or(QString()), password);
    QCOMPARE(parsed->challenge.value_or(QString()), challenge);
}

void TstSandbox::passwordSafeSignInAndSession()
{
    Reply r = send("POST", Ps + QStringLiteral("Auth/SignAppin"),
                   {{"Authorization", psAuth(Sandbox::passwordSafeRunAs())}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("UserName"), QStringLiteral("DEMO\\analyst"));
    for (const char *key : {"UserId", "SID", "EmailAddress", "Name"})
        QVERIFY2(r.json().contains(QLatin1String(key)), key);
    const QByteArray setCookie = r.header("Set-Cookie");
    QVERIFY2(
        QRegularExpression(QStringLiteral("^ASP\\.NET_SessionId=[a-z0-5]{24}; path=/; HttpOnly$"))
            .match(QString::fromLatin1(setCookie))
            .hasMatch(),
        setCookie.constData());
    const Headers cookie{{"Cookie", r.sessionCookie()}};

    r = send("GET", Ps + QStringLiteral("ManagedAccounts"), cookie);
    QCOMPARE(r.status, 200);
    QVERIFY(!QJsonDocument::fromJson(r.body).array().isEmpty());
    // IIS paths are case-insensitive.
    QCOMPARE(send("GET", QStringLiteral("/passwordsafe/beyondtrust/API/Public/V3/managedsystems"),
                  cookie)
                 .status,
             200);
    QCOMPARE(send("GET", Ps + QStringLiteral("USERGROUPS"), cookie).status, 200);
    r = send("GET", Ps + QStringLiteral("Configuration/Version"), cookie);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("Version"), QStringLiteral("24.1.0.1234"));
    QCOMPARE(send("POST", QStringLiteral("/passwordsafe/BEYONDTRUST/api/public/v3/auth/signappin"),
                  {{"Authorization", psAuth(Sandbox::passwordSafeRunAs())}})
                 .status,
             200);

    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts")).status, 401);
    r = send("POST", Ps + QStringLiteral("Auth/Signout"), cookie);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), cookie).status, 401);

    QCOMPARE(
        send("POST", Ps + QStringLiteral("Auth/SignAppin"),
             {{"Authorization", psAuth(Sandbox::passwordSafeRunAs(), {}, QStringLiteral("f00"))}})
            .status,
        401);
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppin"),
                  {{"Authorization", psAuth(QStringLiteral("DEMO\\nobody"))}})
                 .status,
             401);
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppin")).status, 401);
}

void TstSandbox::passwordSafePasswords()
{
    const QString admin = Sandbox::passwordSafeAdminRunAs();
    const QString signIn = Ps + QStringLiteral("Auth/SignAppin");
    QCOMPARE(send("POST", signIn, {{"Authorization", psAuth(admin)}}).status, 401);
    QCOMPARE(send("POST", signIn, {{"Authorization", psAuth(admin, QStringLiteral(" pwd=[no];"))}})
                 .status,
             401);
    const Reply r = send(
        "POST", signIn,
        {{"Authorization",
          psAuth(admin, QStringLiteral(" pwd=[%1];").arg(Sandbox::passwordSafeAdminPassword()))}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("UserName"), admin);
}

void TstSandbox::passwordSafeSecondFactor()
{
    const QString signIn = Ps + QStringLiteral("Auth/SignAppin");
    const QString mfa = Sandbox::passwordSafeMfaRunAs();
    Reply first = send("POST", signIn, {{"Authorization", psAuth(mfa)}});
    QCOMPARE(first.status, 401);
    QCOMPARE(first.header("WWW-Authenticate-2FA"),
             QByteArray("Enter the one-time passcode from your authenticator"));
    QVERIFY(first.header("Set-Cookie").startsWith("ASP.NET_SessionId="));
    const Headers cookie{{"Cookie", first.sessionCookie()}};
    // A half-signed-in session is no session.
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), cookie).status, 401);

    const QString code = QStringLiteral(" challenge=%1;").arg(Sandbox::passwordSafeChallengeCode());
    Reply second = send("POST", signIn,
                        {{"Authorization", psAuth(mfa, code)}, {"Cookie", first.sessionCookie()}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.string("UserName"), mfa);
    QCOMPARE(
        send("GET", Ps + QStringLiteral("UserGroups"), {{"Cookie", second.sessionCookie()}}).status,
        200);

    // The challenge outside the prompted session starts over.
    Reply elsewhere = send("POST", signIn, {{"Authorization", psAuth(mfa, code)}});
    QCOMPARE(elsewhere.status, 401);
    QVERIFY(!elsewhere.header("WWW-Authenticate-2FA").isEmpty());

    // A wrong code fails.
    first = send("POST", signIn, {{"Authorization", psAuth(mfa)}});
    QCOMPARE(first.status, 401);
    second = send("POST", signIn,
                  {{"Authorization", psAuth(mfa, QStringLiteral(" challenge=000000;"))},
                   {"Cookie", first.sessionCookie()}});
    QCOMPARE(second.status, 401);
    QVERIFY(second.header("WWW-Authenticate-2FA").isEmpty());
}

void TstSandbox::passwordSafeOAuth()
{
    const QString tokenPath = Ps + QStringLiteral("Auth/Connect/Token");
    const QByteArray client =
        "client_id=" + QUrl::toPercentEncoding(Sandbox::passwordSafeClientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(Sandbox::passwordSafeClientSecret());
    Reply r = form(tokenPath, "grant_type=client_credentials&" + client);
    QCOMPARE(r.status, 200);
    const QString token = r.string("access_token");
    QVERIFY(!token.isEmpty());
    QCOMPARE(r.json().value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(r.string("token_type"), QStringLiteral("Bearer"));
    QCOMPARE(r.string("scope"), QStringLiteral("publicapi"));

    r = send("POST", Ps + QStringLiteral("Auth/SignAppIn"),
             {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().contains(QLatin1String("UserId")));
    QCOMPARE(
        send("GET", Ps + QStringLiteral("ManagedAccounts"), {{"Cookie", r.sessionCookie()}}).status,
        200);
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppIn"), {{"Authorization", "Bearer nope"}})
                 .status,
             401);

    r = form(tokenPath, "grant_type=client_credentials&client_id=x&client_secret=y");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_client"));
    r = form(tokenPath, "grant_type=password&" + client);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("unsupported_grant_type"));
}

void TstSandbox::passwordSafeIdleExpiry()
{
    // The sandbox's clock moves by hand: 60 s of idle time, each call restarting it, so 80 s
    // after sign-in the session still lives; 61 s without a call end it.
    m_sandbox->setPasswordSafeIdleTimeout(60);
    const Reply r = send("POST", Ps + QStringLiteral("Auth/SignAppin"),
                         {{"Authorization", psAuth(Sandbox::passwordSafeRunAs())}});
    QCOMPARE(r.status, 200);
    const Headers cookie{{"Cookie", r.sessionCookie()}};
    for (int i = 0; i < 2; ++i) {
        m_sandbox->advanceClock(40);
        QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), cookie).status, 200);
    }
    m_sandbox->advanceClock(61);
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), cookie).status, 401);
}

void TstSandbox::passwordSafeBearerCalls()
{
    const QString tokenPath = Ps + QStringLiteral("Auth/Connect/Token");
    const QByteArray client =
        "grant_type=client_credentials&client_id=" +
        QUrl::toPercentEncoding(Sandbox::passwordSafeClientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(Sandbox::passwordSafeClientSecret());
    // The demo secret holds '+' and "%41": sent raw, it is another secret.
    QCOMPARE(form(tokenPath, "grant_type=client_credentials&client_id=" +
                                 Sandbox::passwordSafeClientId().toUtf8() +
                                 "&client_secret=" + Sandbox::passwordSafeClientSecret().toUtf8())
                 .status,
             401);

    const QString token = form(tokenPath, client).string("access_token");
    QVERIFY(!token.isEmpty());
    const Headers bearer{{"Authorization", "Bearer " + token.toLatin1()}};
    // The access token opens API calls once it has signed in, cookie or not.
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), bearer).status, 401);
    m_sandbox->setPasswordSafeOAuthCookie(false);
    const int open = m_sandbox->passwordSafeOpenSessions();
    const Reply r = send("POST", Ps + QStringLiteral("Auth/SignAppIn"), bearer);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Set-Cookie").isEmpty());
    QCOMPARE(m_sandbox->passwordSafeOpenSessions(), open);
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"), bearer).status, 200);
    QCOMPARE(send("GET", Ps + QStringLiteral("ManagedAccounts"),
                  {{"Authorization", "Bearer " + token.toLatin1() + "x"}})
                 .status,
             401);

    // Sign-out ends a cookie session: one fewer open.
    m_sandbox->setPasswordSafeOAuthCookie(true);
    const Reply signedIn = send("POST", Ps + QStringLiteral("Auth/SignAppin"),
                                {{"Authorization", psAuth(Sandbox::passwordSafeRunAs())}});
    const int withIt = m_sandbox->passwordSafeOpenSessions();
    QCOMPARE(
        send("POST", Ps + QStringLiteral("Auth/Signout"), {{"Cookie", signedIn.sessionCookie()}})
            .status,
        200);
    QCOMPARE(m_sandbox->passwordSafeOpenSessions(), withIt - 1);
}

void TstSandbox::passwordSafeRefusals()
{
    const Headers key{{"Authorization", psAuth(Sandbox::passwordSafeRunAs())}};
    m_sandbox->setPasswordSafeLicenceValid(false);
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppin"), key).status, 403);
    m_sandbox->setPasswordSafeLicenceValid(true);
    const Reply r = send("POST", Ps + QStringLiteral("Auth/SignAppin"), key);
    QCOMPARE(r.status, 200);
    m_sandbox->setPasswordSafeApiEnabled(false);
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppin"), key).status, 410);
    QCOMPARE(
        send("GET", Ps + QStringLiteral("ManagedAccounts"), {{"Cookie", r.sessionCookie()}}).status,
        410);
    QCOMPARE(
        form(Ps + QStringLiteral("Auth/Connect/Token"), "grant_type=client_credentials").status,
        410);
}

void TstSandbox::genericToken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QByteArray>("challenge");
    const QByteArray id = Sandbox::genericClientId().toLatin1();
    const QByteArray secret = QUrl::toPercentEncoding(Sandbox::genericClientSecret());
    const QByteArray goodBasic = basic(Sandbox::genericClientId(), Sandbox::genericClientSecret());
    const QByteArray bodyAuth = "&client_id=" + id + "&client_secret=" + secret;
    QTest::newRow("basic") << QByteArray("grant_type=client_credentials") << goodBasic << 200
                           << QString() << QByteArray();
    QTest::newRow("body") << "grant_type=client_credentials&scope=read+write" + bodyAuth
                          << QByteArray() << 200 << QString() << QByteArray();
    QTest::newRow("both") << "grant_type=client_credentials" + bodyAuth << goodBasic << 400
                          << QStringLiteral("invalid_request") << QByteArray();
    QTest::newRow("bad basic") << QByteArray("grant_type=client_credentials")
                               << basic(QStringLiteral("sandbox-client"), QStringLiteral("wrong"))
                               << 401 << QStringLiteral("invalid_client")
                               << QByteArray("Basic realm=\"sandbox\"");
    QTest::newRow("bad body") << QByteArray("grant_type=client_credentials&client_id=x&client_"
                                            "secret=y")
                              << QByteArray() << 401 << QStringLiteral("invalid_client")
                              << QByteArray();
    QTest::newRow("no client") << QByteArray("grant_type=client_credentials") << QByteArray() << 401
                               << QStringLiteral("invalid_client") << QByteArray();
    QTest::newRow("grant") << "grant_type=password" + bodyAuth << QByteArray() << 400
                           << QStringLiteral("unsupported_grant_type") << QByteArray();
    QTest::newRow("scope") << "grant_type=client_credentials&scope=admin" + bodyAuth << QByteArray()
                           << 400 << QStringLiteral("invalid_scope") << QByteArray();
    QTest::newRow("no grant") << "scope=read" + bodyAuth << QByteArray() << 400
                              << QStringLiteral("invalid_request") << QByteArray();
    QTest::newRow("repeated") << "grant_type=client_credentials&scope=read&scope=write" + bodyAuth
                              << QByteArray() << 400 << QStringLiteral("invalid_request")
                              << QByteArray();
}

void TstSandbox::genericToken()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QByteArray, challenge);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), authorization));
    const Reply r = form(QStringLiteral("/generic/oauth/token"), body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    if (status != 200) {
        QCOMPARE(r.string("error"), error);
        QVERIFY(!r.string("error_description").isEmpty());
        QCOMPARE(r.header("WWW-Authenticate"), challenge);
        return;
    }
    QCOMPARE(r.string("token_type"), QStringLiteral("Bearer"));
    QCOMPARE(r.json().value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(r.string("scope"),
             body.contains("scope") ? QStringLiteral("read write") : QStringLiteral("read"));
    const Reply who = send("GET", QStringLiteral("/generic/api/whoami"),
                           {{"Authorization", "Bearer " + r.string("access_token").toLatin1()}});
    QCOMPARE(who.status, 200);
    QCOMPARE(who.string("authenticated_as"), Sandbox::genericClientId());
    QCOMPARE(who.string("via"), QStringLiteral("bearer"));
}

void TstSandbox::genericWhoami_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("via");
    const QByteArray token = Sandbox::genericStaticToken().toLatin1();
    QTest::newRow("bearer static")
        << QByteArray("Authorization") << "Bearer " + token << QStringLiteral("bearer");
    QTest::newRow("token prefix") << QByteArray("Authorization") << "Token " + token
                                  << QStringLiteral("bearer");
    QTest::newRow("api key") << QByteArray("X-Api-Key") << Sandbox::genericApiKey().toLatin1()
                             << QStringLiteral("api-key");
    QTest::newRow("basic") << QByteArray("Authorization")
                           << basic(Sandbox::genericUsername(), Sandbox::genericPassword())
                           << QStringLiteral("basic");
    QTest::newRow("bad bearer") << QByteArray("Authorization") << QByteArray("Bearer nope")
                                << QString();
    QTest::newRow("bad key") << QByteArray("X-Api-Key") << QByteArray("nope") << QString();
    QTest::newRow("bad basic") << QByteArray("Authorization")
                               << basic(Sandbox::genericUsername(), QStringLiteral("x"))
                               << QString();
    QTest::newRow("none") << QByteArray("X-Nothing") << QByteArray("1") << QString();
}

void TstSandbox::genericWhoami()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, via);
    const Reply r = send("GET", QStringLiteral("/generic/api/whoami"), {{name, value}});
    if (via.isEmpty()) {
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        return;
    }
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("via"), via);
    QVERIFY(!r.string("authenticated_as").isEmpty());
}

void TstSandbox::genericEcho()
{
    for (const QByteArray method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
        const Reply r = send(method, QStringLiteral("/generic/api/echo?a=1&b=x%20y&a=2"),
                             {{"X-Test", "yes"}, {"Content-Type", "application/json"}},
                             method == "GET" ? QByteArray() : QByteArray("{\"k\":1}"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("method")).toString(), QString::fromLatin1(method));
        QCOMPARE(o.value(QLatin1String("path")).toString(), QStringLiteral("/generic/api/echo"));
        const QJsonObject query = o.value(QLatin1String("query")).toObject();
        QCOMPARE(query.value(QLatin1String("b")).toString(), QStringLiteral("x y"));
        QCOMPARE(query.value(QLatin1String("a")).toArray().size(), 2);
        bool sawHeader = false;
        for (const QJsonValue h : o.value(QLatin1String("headers")).toArray()) {
            sawHeader |=
                h.toObject().value(QLatin1String("name")).toString() == QLatin1String("X-Test") &&
                h.toObject().value(QLatin1String("value")).toString() == QLatin1String("yes");
        }
        QVERIFY(sawHeader);
        if (method != "GET") {
            QCOMPARE(o.value(QLatin1String("body")).toString(), QStringLiteral("{\"k\":1}"));
            QCOMPARE(o.value(QLatin1String("json")).toObject().value(QLatin1String("k")).toInt(),
                     1);
        }
    }
}

void TstSandbox::genericRedirect()
{
    const QString target = QStringLiteral("http://example.invalid/x?y=1");
    for (const int status : {301, 302, 303, 307, 308}) {
        const Reply r = send("GET", QStringLiteral("/generic/redirect?to=%1&status=%2")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(target)),
                                             QString::number(status)));
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("Location"), target.toLatin1());
    }
    QCOMPARE(send("GET", QStringLiteral("/generic/redirect?to=%2Frelative")).status, 400);
    QCOMPARE(
        send("GET", QStringLiteral("/generic/redirect?to=http%3A%2F%2Fa.invalid%2F&status=200"))
            .status,
        400);
}

void TstSandbox::tokensExpire()
{
    // At 300x, Scantrust's 300 s JWT lives one second; the others get a lifetime of one sandbox
    // second at 1x. Then the sandbox's clock moves on by hand, past them all.
    m_sandbox->setClockSpeed(300);
    const QString scantrust = scantrustToken();
    m_sandbox->setClockSpeed(1);
    m_sandbox->setTokenLifetime(1);
    const QString regscale = regScaleToken();
    const Reply generic = form(
        QStringLiteral("/generic/oauth/token"), "grant_type=client_credentials",
        {{"Authorization", basic(Sandbox::genericClientId(), Sandbox::genericClientSecret())}});
    QCOMPARE(generic.json().value(QLatin1String("expires_in")).toInt(), 1);
    const QByteArray client =
        "client_id=" + QUrl::toPercentEncoding(Sandbox::passwordSafeClientId()) +
        "&client_secret=" + QUrl::toPercentEncoding(Sandbox::passwordSafeClientSecret());
    const QString ps =
        form(Ps + QStringLiteral("Auth/Connect/Token"), "grant_type=client_credentials&" + client)
            .string("access_token");

    const auto scantrustStatus = [&] {
        return send("GET", QStringLiteral("/scantrust/api/v2/me/"),
                    {{"Authorization", "JWT " + scantrust.toLatin1()}});
    };
    // exp is whole seconds, so a token lives between one and two seconds.
    m_sandbox->advanceClock(2);
    QCOMPARE(scantrustStatus().status, 401);
    QCOMPARE(scantrustStatus().string("detail"), QStringLiteral("Signature has expired."));
    QCOMPARE(send("GET", QStringLiteral("/regscale/api/logging/filterLogs/0/0"),
                  {{"Authorization", "Bearer " + regscale.toLatin1()}})
                 .status,
             401);
    const Reply who =
        send("GET", QStringLiteral("/generic/api/whoami"),
             {{"Authorization", "Bearer " + generic.string("access_token").toLatin1()}});
    QCOMPARE(who.status, 401);
    QVERIFY(who.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    QCOMPARE(send("POST", Ps + QStringLiteral("Auth/SignAppIn"),
                  {{"Authorization", "Bearer " + ps.toLatin1()}})
                 .status,
             401);
}

void TstSandbox::openApi()
{
    const Reply r = send("GET", QStringLiteral("/openapi.json"));
    QCOMPARE(r.status, 200);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(
        doc.object().value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.")));
    const QJsonObject paths = doc.object().value(QLatin1String("paths")).toObject();
    for (const char *path : {"/regscale/api/authentication/login", "/scantrust/api/v2/auth/jwt/",
                             "/passwordsafe/BeyondTrust/api/public/v3/Auth/SignAppin",
                             "/generic/oauth/token", "/generic/api/whoami"})
        QVERIFY2(paths.contains(QLatin1String(path)), path);
    QVERIFY(doc.object()
                .value(QLatin1String("components"))
                .toObject()
                .contains(QLatin1String("securitySchemes")));
}

void TstSandbox::demoCredentials()
{
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$"))
                .match(Sandbox::passwordSafeApiKey())
                .hasMatch());
    QVERIFY(Sandbox::regScaleServiceAccountToken().count(QLatin1Char('.')) != 2);
    QCOMPARE(m_sandbox->regScaleProfileToken().count(QLatin1Char('.')), 2);
    QVERIFY(!Sandbox::scantrustUat().isEmpty());
    QVERIFY(!Sandbox::passwordSafeClientId().isEmpty());
    QVERIFY(!Sandbox::passwordSafeClientSecret().isEmpty());
    QVERIFY(!Sandbox::genericClientSecret().isEmpty());
    QVERIFY(m_sandbox->demoAccountsText().contains(Sandbox::passwordSafeApiKey()));
    // Stable across instances, so a README can name them.
    QCOMPARE(Sandbox::genericApiKey(), Sandbox().genericApiKey());
}

QUrl TstSandbox::startExecutable(QProcess &process, const QStringList &options)
{
    process.start(QStringLiteral(TOKENBENCH_SANDBOX),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + options);
    if (!process.waitForStarted(5000) ||
        !QTest::qWaitFor([&process] { return process.canReadLine(); }, 5000))
        return {};
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const auto match =
        QRegularExpression(
            QStringLiteral("^Tokenbench sandbox listening on (https?://127\\.0\\.0\\.1:\\d+)$"))
            .match(first);
    if (!match.hasMatch())
        qWarning("unexpected first line: %s", qPrintable(first));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TstSandbox::executable()
{
    QProcess process;
    const QUrl base = startExecutable(process);
    QVERIFY(base.port() > 0);

    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/generic/api/whoami")));
    const QByteArray key = Sandbox::genericApiKey().toLatin1();
    request.setRawHeader("X-Api-Key", key);
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("via")).toString(),
        QStringLiteral("api-key"));
    reply->deleteLater();

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The request log names the call but never the credential.
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /generic/api/whoami -> 200"), log.constData());
    QVERIFY(!log.contains(key));
}

void TstSandbox::executableSwitches()
{
    QProcess process;
    const QUrl base = startExecutable(process, {QStringLiteral("--quiet"),
                                                QStringLiteral("--passwordsafe-api-disabled"),
                                                QStringLiteral("--regscale-v1-only")});
    QVERIFY(base.port() > 0);
    const auto status = [](QNetworkReply *reply) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool answered = reply->isFinished() || finished.wait(5000);
        const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return answered ? code : 0;
    };
    QCOMPARE(status(m_nam.get(QNetworkRequest(
                 QUrl(base.toString() + Ps + QStringLiteral("Configuration/Version"))))),
             410);
    QNetworkRequest login(
        QUrl(base.toString() + QStringLiteral("/regscale/api/authentication/login")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    login.setRawHeader("X-Api-Version", "2.0");
    // Right credentials in the v2 form: refused for its version only.
    const QJsonObject body{{QStringLiteral("username"), Sandbox::regScaleUsername()},
                           {QStringLiteral("password"), Sandbox::regScalePassword()}};
    QCOMPARE(status(m_nam.post(login, QJsonDocument(body).toJson())), 400);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

namespace {

// The status of a GET of `url`, trusting `ca` only when it is given; 0 when it failed, with the
// transport error in `error`.
int getWhoami(const QUrl &url, const QList<QSslCertificate> &ca,
              QNetworkReply::NetworkError *error = nullptr)
{
    // A manager of its own: Qt would carry a connection over from one TLS setting to another.
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setRawHeader("X-Api-Key", Sandbox::genericApiKey().toLatin1());
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!ca.isEmpty())
        conf.setCaCertificates(ca);
    request.setSslConfiguration(conf);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return -1;
    if (error)
        *error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

void TstSandbox::tlsBesidePlain()
{
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.listenTls());
    QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(sandbox.tlsBaseUrl().scheme(), QStringLiteral("https"));
    QVERIFY(sandbox.tlsPort() != sandbox.port());
    QVERIFY(QFile::exists(sandbox.caFile()));
    QFile file(sandbox.caFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    QCOMPARE(ca.size(), 1);
    QCOMPARE(ca.first().subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("Tokenbench Sandbox CA")});
    // Self-signed, so a person trusts the root and not a server certificate.
    QCOMPARE(ca.first().issuerDisplayName(), ca.first().subjectDisplayName());

    const QUrl plain(sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() +
                     QStringLiteral("/api/whoami"));
    const QUrl https(sandbox.tlsVendorBaseUrl(Sandbox::Vendor::Generic).toString() +
                     QStringLiteral("/api/whoami"));
    QCOMPARE(getWhoami(plain, {}), 200);
    // With the system's CAs alone, its certificate is not trusted; with the CA it is, by name
    // too.
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QCOMPARE(getWhoami(https, {}, &error), 0);
    QCOMPARE(error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(getWhoami(https, ca), 200);
    QUrl byName = https;
    byName.setHost(QStringLiteral("localhost"));
    QCOMPARE(getWhoami(byName, ca), 200);
}

void TstSandbox::executableTls()
{
    QProcess process;
    const QUrl base = startExecutable(process, {QStringLiteral("--tls")});
    QCOMPARE(base.scheme(), QStringLiteral("https"));
    QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, 5000));
    const QString second = QString::fromUtf8(process.readLine()).trimmed();
    const QString prefix = QStringLiteral("CA certificate: ");
    QVERIFY2(second.startsWith(prefix), qPrintable(second));
    const QString caFile = second.mid(prefix.size());
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> ca = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    QCOMPARE(ca.size(), 1);

    const QUrl whoami(base.toString() + QStringLiteral("/generic/api/whoami"));
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QCOMPARE(getWhoami(whoami, {}, &error), 0);
    QCOMPARE(error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(getWhoami(whoami, ca), 200);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    // The CA made for this run goes with it.
    QVERIFY(!QFile::exists(caFile));
}

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
