#include "Sandbox.h"
#include "TestHttpServer.h"
#include "TestTokens.h"
#include "jwt/Base64Url.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

// RFC 7515 A.2: an RS256 token, its public key as a JWKS and as PEM.
const char Rs256Token[] = "eyJhbGciOiJSUzI1NiJ9."
                          "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                          "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                          "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7"
                          "AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
                          "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K"
                          "0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
                          "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB"
                          "p0igcN_IoypGlUPQGe77Rw";
const char Rs256Jwks[] = R"({"keys":[{"kty":"RSA","kid":"rfc7515",)"
                         R"("n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-)"
                         R"(Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b326)"
                         R"(90r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-)"
                         R"(UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyx)"
                         R"(XFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",)"
                         R"("e":"AQAB"}]})";
const char Rs256Pem[] = "-----BEGIN PUBLIC KEY-----\n"
                        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAofgWCuLjybRlzo0tZWJj\n"
                        "NiuSfb4p4fAkd/wWJcyQoTbji9k0l8W26mPddxHmfHQp+Vaw+4qPCJrcS2mJPMEz\n"
                        "P1Pt0Bm4d4QlL+yRT+SFd2lZS+pCgNMsD1W/YpRPEwOWvG6b32690r2jZ47soMZo\n"
                        "9wGzjb/7OMg0LOL+bSf63kpaSHSXndS5z5rexMdbBYUsLA9e+KXBdQOS+UTo7WTB\n"
                        "EMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6/I5IhlJH7aGhyxX\n"
                        "FvUK+DWNmoudF8NAco9/h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXp\n"
                        "oQIDAQAB\n"
                        "-----END PUBLIC KEY-----\n";

QByteArray hs256(const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = Base64Url::encode(header) + '.' + Base64Url::encode(payload);
    return input + '.' +
           Base64Url::encode(
               QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject signatureOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object().value(QLatin1String("signature")).toObject();
}

// Signs the sandbox's user in with the authorization code flow and PKCE, as a public client
// would, and returns the ID token; the sandbox answers from this thread's event loop.
QString sandboxIdToken(const Sandbox &sandbox, const QString &clientId)
{
    QNetworkAccessManager nam;
    const auto post = [&](const QString &path, const QUrlQuery &form) {
        QNetworkRequest request(QUrl(sandbox.baseUrl().toString() + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam.post(request, form.toString(QUrl::FullyEncoded).toLatin1());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        reply->deleteLater();
        return reply;
    };
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString redirect = QStringLiteral("http://127.0.0.1:53123/callback");
    QUrlQuery signIn;
    signIn.setQueryItems({{QStringLiteral("response_type"), QStringLiteral("code")},
                          {QStringLiteral("client_id"), clientId},
                          {QStringLiteral("redirect_uri"), redirect},
                          {QStringLiteral("scope"), QStringLiteral("openid")},
                          {QStringLiteral("code_challenge"),
                           QString::fromLatin1(Base64Url::encode(QCryptographicHash::hash(
                               verifier.toLatin1(), QCryptographicHash::Sha256)))},
                          {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                          {QStringLiteral("username"), Sandbox::oidcUsername()},
                          {QStringLiteral("password"), Sandbox::oidcPassword()},
                          {QStringLiteral("decision"), QStringLiteral("allow")}});
    QNetworkReply *reply = post(QStringLiteral("/oidc/authorize"), signIn);
    const QString code = QUrlQuery(QUrl(QString::fromLatin1(reply->rawHeader("Location"))))
                             .queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QUrlQuery exchange;
    exchange.setQueryItems({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("redirect_uri"), redirect},
                            {QStringLiteral("client_id"), clientId},
                            {QStringLiteral("code_verifier"), verifier}});
    reply = post(QStringLiteral("/oidc/token"), exchange);
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QLatin1String("id_token"))
        .toString();
}

} // namespace

// Runs the real tokenbench-cli binary, as a script would.
class TstCliDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonForTheRfcExample();
    void readsStandardInput_data();
    void readsStandardInput();
    void humanOutput();
    void expiredSecondsAgoIsExpired();
    void encryptedToken();
    void invalidInput_data();
    void invalidInput();
    void oversizedStandardInput();
    void verifyWithJwksFile();
    void verifyWithPemKey();
    void verifyWithSecretFromStdin();
    void verifyRefusesNoneAndNoKey();
    void verifyExpectations();
    void verifyWithJwksUrl();
    void verifySandboxEcAndEdwardsTokens_data();
    void verifySandboxEcAndEdwardsTokens();
    void verifyUsage_data();
    void verifyUsage();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {});
};

TstCliDecode::Run TstCliDecode::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(TOKENBENCH_CLI), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TstCliDecode::jsonForTheRfcExample()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Run r = run({QStringLiteral("decode"), QString::fromLatin1(TestTokens::Rfc7519Example),
                       QStringLiteral("--json")});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.endsWith('\n'));
    QVERIFY(r.out.startsWith(R"({"header":{"typ":"JWT","alg":"HS256"},"payload":{"iss":"joe",)"
                             R"("exp":1300819380,"http://example.com/is_root":true},)"
                             R"("state":"expired","expires_at":"2011-03-22T18:43:00Z",)"));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.keys().size(), 5);
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY(left <= 1300819380 - before && left >= 1300819380 - after - 1);
}

void TstCliDecode::readsStandardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    const QByteArray token = TestTokens::expiringIn(3600);
    QTest::newRow("dash") << QStringList{QStringLiteral("decode"), QStringLiteral("-"),
                                         QStringLiteral("--json")}
                          << token + '\n';
    QTest::newRow("no argument") << QStringList{QStringLiteral("decode"), QStringLiteral("--json")}
                                 << token;
    QTest::newRow("header line on stdin")
        << QStringList{QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-")}
        << "Authorization: Bearer " + token + "\r\n";
}

void TstCliDecode::readsStandardInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
    QCOMPARE(report.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")),
             QJsonValue(QStringLiteral("analyst@example.com")));
    QVERIFY(report.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));
}

void TstCliDecode::humanOutput()
{
    const Run r = run({QStringLiteral("decode"), QString::fromLatin1(TestTokens::Rfc7519Example)});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("The signature was not verified.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("iss: \"joe\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("exp: 1300819380  (2011-03-22T18:43:00Z, 15 years ago)")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("State: Expired")), qPrintable(out));
}

void TstCliDecode::expiredSecondsAgoIsExpired()
{
    // Half a minute past exp: expired, not "valid" with a negative number of seconds left.
    const QByteArray token = TestTokens::expiringIn(-30);
    Run r = run({QStringLiteral("decode"), QString::fromLatin1(token), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY2(left <= -30 && left > -90, qPrintable(QString::number(left)));

    r = run({QStringLiteral("decode"), QString::fromLatin1(token)});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("State: Expired (expired ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("clock-skew allowance, not life left")), qPrintable(out));
}

void TstCliDecode::encryptedToken()
{
    const QByteArray jwe =
        Base64Url::encode(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".a2V5.aXY.Y3Q.dGFn";
    const Run r =
        run({QStringLiteral("decode"), QString::fromLatin1(jwe), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(R"({"header":{"alg":"RSA-OAEP","enc":"A256GCM"},"payload":null,)"
                               R"("state":"no_expiry","expires_at":null,"seconds_left":null})"
                               "\n"));
}

void TstCliDecode::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    const QString decode = QStringLiteral("decode");
    QTest::newRow("two segments") << QStringList{decode, QStringLiteral("abc.def")} << QByteArray()
                                  << "2 segments";
    QTest::newRow("bad base64url")
        << QStringList{decode, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e+y.s")} << QByteArray()
        << "payload segment is not valid base64url";
    QTest::newRow("empty stdin") << QStringList{decode, QStringLiteral("-")} << QByteArray()
                                 << "empty";
    QTest::newRow("payload not json")
        << QStringList{decode, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")}
        << QByteArray() << "payload is not JSON";
    QTest::newRow("unknown option")
        << QStringList{decode, QStringLiteral("--yaml")} << QByteArray() << "unknown option";
    QTest::newRow("two tokens") << QStringList{decode, QStringLiteral("a"), QStringLiteral("b")}
                                << QByteArray() << "one token";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QByteArray() << "unknown command";
}

void TstCliDecode::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY2(err.startsWith(QLatin1String("tokenbench-cli")), qPrintable(err));
}

void TstCliDecode::oversizedStandardInput()
{
    const Run r =
        run({QStringLiteral("decode"), QStringLiteral("-")}, QByteArray(3 * 1024 * 1024, 'a'));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("1 MiB"), r.err.constData());
}

void TstCliDecode::verifyWithJwksFile()
{
    QTemporaryDir dir;
    const QString jwks = writeFile(dir, QStringLiteral("jwks.json"), Rs256Jwks);
    const QString decode = QStringLiteral("decode");
    const QString verify = QStringLiteral("--verify");
    const QString jwksOption = QStringLiteral("--jwks");

    Run r = run({decode, QString::fromLatin1(Rs256Token), verify, jwksOption, jwks,
                 QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QJsonObject signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("verified")).toBool(), true);
    QCOMPARE(signature.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(signature.value(QLatin1String("kid")).toString(), QStringLiteral("rfc7515"));
    QCOMPARE(signature.value(QLatin1String("key_source")).toString(), jwks);
    QVERIFY(signature.value(QLatin1String("reason")).isNull());
    // The rest of the report is as without --verify.
    QCOMPARE(QJsonDocument::fromJson(r.out).object().keys().size(), 6);

    r = run({decode, QString::fromLatin1(Rs256Token), verify, jwksOption, jwks});
    QCOMPARE(r.exitCode, 0);
    QString out = QString::fromUtf8(r.out);
    QVERIFY2(
        out.contains(QStringLiteral("Signature valid: RS256, key \"rfc7515\" from %1.").arg(jwks)),
        qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("not verified")), qPrintable(out));

    // One byte of the signature changed.
    QByteArray tampered = Rs256Token;
    const qsizetype at = tampered.size() - 20;
    tampered[at] = tampered.at(at) == 'A' ? 'B' : 'A';
    r = run({decode, QString::fromLatin1(tampered), verify, jwksOption, jwks,
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("verified")).toBool(true), false);
    QCOMPARE(signature.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QVERIFY(signature.value(QLatin1String("kid")).isNull());
    QCOMPARE(signature.value(QLatin1String("key_source")).toString(), jwks);
    QVERIFY(signature.value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("does not match")));

    r = run({decode, QString::fromLatin1(tampered), verify, jwksOption, jwks});
    QCOMPARE(r.exitCode, 3);
    out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("Signature not verified: ")), qPrintable(out));
}

void TstCliDecode::verifyWithPemKey()
{
    QTemporaryDir dir;
    const QString pem = writeFile(dir, QStringLiteral("key.pem"), Rs256Pem);
    Run r =
        run({QStringLiteral("decode"), QString::fromLatin1(Rs256Token), QStringLiteral("--verify"),
             QStringLiteral("--key"), pem, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(signatureOf(r.out).value(QLatin1String("key_source")).toString(), pem);

    // The public key's PEM text used as an HMAC secret: the confusion attack, refused.
    const QByteArray forged = hs256(R"({"alg":"HS256"})", R"({"sub":"admin"})", Rs256Pem);
    r = run({QStringLiteral("decode"), QString::fromLatin1(forged), QStringLiteral("--verify"),
             QStringLiteral("--key"), pem, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(signatureOf(r.out)
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("cannot check HS256")));

    r = run({QStringLiteral("decode"), QString::fromLatin1(Rs256Token), QStringLiteral("--verify"),
             QStringLiteral("--key"), dir.filePath(QStringLiteral("missing.pem"))});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("Signature not verified: Cannot read"), r.out.constData());
}

void TstCliDecode::verifyWithSecretFromStdin()
{
    const QByteArray secret = "correct horse battery staple";
    const QByteArray token = hs256(R"({"alg":"HS256","kid":"h1"})", R"({"sub":"s"})", secret);
    const QStringList args{QStringLiteral("decode"), QString::fromLatin1(token),
                           QStringLiteral("--verify"), QStringLiteral("--secret-stdin"),
                           QStringLiteral("--json")};
    Run r = run(args, secret + '\n');
    QCOMPARE(r.exitCode, 0);
    const QJsonObject signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(signature.value(QLatin1String("kid")).toString(), QStringLiteral("h1"));
    QCOMPARE(signature.value(QLatin1String("key_source")).toString(),
             QStringLiteral("secret from standard input"));
    QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

    r = run(args, "wrong secret\n");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains("wrong secret") && !r.err.contains("wrong secret"));

    r = run(args, QByteArray());
    QCOMPARE(r.exitCode, 3);
    QVERIFY(signatureOf(r.out)
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("held no secret")));
}

void TstCliDecode::verifyRefusesNoneAndNoKey()
{
    const QByteArray none =
        Base64Url::encode(R"({"alg":"none"})") + '.' + Base64Url::encode(R"({"sub":"root"})") + '.';
    Run r = run({QStringLiteral("decode"), QString::fromLatin1(none), QStringLiteral("--verify"),
                 QStringLiteral("--secret-stdin"), QStringLiteral("--json")},
                "anything");
    QCOMPARE(r.exitCode, 3);
    QVERIFY(signatureOf(r.out)
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("\"none\"")));

    r = run({QStringLiteral("decode"), QString::fromLatin1(Rs256Token), QStringLiteral("--verify"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    const QJsonObject signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("verified")).toBool(true), false);
    QVERIFY(signature.value(QLatin1String("key_source")).isNull());
    QVERIFY(signature.value(QLatin1String("reason")).toString().contains(QLatin1String("--jwks")));

    // A malformed token stays a usage error, whatever else was asked.
    r = run({QStringLiteral("decode"), QStringLiteral("abc.def"), QStringLiteral("--verify")});
    QCOMPARE(r.exitCode, 2);
}

void TstCliDecode::verifyExpectations()
{
    QTemporaryDir dir;
    const QString jwks = writeFile(dir, QStringLiteral("jwks.json"), Rs256Jwks);
    const QStringList base{QStringLiteral("decode"), QString::fromLatin1(Rs256Token),
                           QStringLiteral("--verify"), QStringLiteral("--jwks"), jwks};
    QCOMPARE(run(base + QStringList{QStringLiteral("--iss"), QStringLiteral("joe")}).exitCode, 0);
    Run r = run(base + QStringList{QStringLiteral("--iss"), QStringLiteral("jane")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("the issuer is \"joe\", not \"jane\""), r.out.constData());
    r = run(base + QStringList{QStringLiteral("--aud"), QStringLiteral("api")});
    QCOMPARE(r.exitCode, 3);
    // The example expired in 2011.
    r = run(base + QStringList{QStringLiteral("--check-time")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains("expired at 2011-03-22T18:43:00Z"), r.out.constData());
}

void TstCliDecode::verifyWithJwksUrl()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/jwks", TestResponse::json(200, Rs256Jwks));
    server.route("/down", TestResponse::json(503, "{}"));

    // The server answers from this thread's event loop, so the CLI is waited for without
    // blocking it.
    const auto runAsync = [](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(TOKENBENCH_CLI), args);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            process.kill();
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    };
    const QString url = server.url("/jwks").toString();
    Run r = runAsync({QStringLiteral("decode"), QString::fromLatin1(Rs256Token),
                      QStringLiteral("--verify"), QStringLiteral("--jwks"), url,
                      QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(signatureOf(r.out).value(QLatin1String("key_source")).toString(), url);
    QCOMPARE(server.requestsFor("/jwks").size(), 1);

    r = runAsync({QStringLiteral("decode"), QString::fromLatin1(Rs256Token),
                  QStringLiteral("--verify"), QStringLiteral("--jwks"),
                  server.url("/down").toString(), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(signatureOf(r.out)
                .value(QLatin1String("reason"))
                .toString()
                .contains(QLatin1String("HTTP 503")));

    // Discovery from the issuer the person names with --iss, which the token must carry too.
    const QString issuer = server.url("/idp").toString();
    const QByteArray secretJwks = R"({"keys":[{"kty":"oct","kid":"o1","k":")" +
                                  Base64Url::encode("shared secret") + R"("}]})";
    server.route("/idp/.well-known/openid-configuration",
                 TestResponse::json(200, R"({"issuer":")" + issuer.toUtf8() + R"(","jwks_uri":")" +
                                             server.url("/idp/jwks").toEncoded() + R"("})"));
    server.route("/idp/jwks", TestResponse::json(200, secretJwks));
    const QByteArray token = hs256(R"({"alg":"HS256","kid":"o1"})",
                                   R"({"iss":")" + issuer.toUtf8() + R"("})", "shared secret");
    r = runAsync({QStringLiteral("decode"), QString::fromLatin1(token), QStringLiteral("--verify"),
                  QStringLiteral("--iss"), issuer, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("key_source")).toString(),
             server.url("/idp/jwks").toString());
    QCOMPARE(signature.value(QLatin1String("kid")).toString(), QStringLiteral("o1"));

    // The token's own iss is never asked for keys.
    r = runAsync({QStringLiteral("decode"), QString::fromLatin1(token), QStringLiteral("--verify"),
                  QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(server.requestsFor("/idp/.well-known/openid-configuration").size(), 1);
}

void TstCliDecode::verifySandboxEcAndEdwardsTokens_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("alg");
    QTest::newRow("ES256") << Sandbox::oidcPublicEs256ClientId() << QStringLiteral("ES256");
    QTest::newRow("EdDSA") << Sandbox::oidcPublicEdDsaClientId() << QStringLiteral("EdDSA");
}

// ID tokens from the sandbox's provider, signed with ES256 and EdDSA, verify with the keys its
// discovery document points to.
void TstCliDecode::verifySandboxEcAndEdwardsTokens()
{
    QFETCH(QString, clientId);
    QFETCH(QString, alg);
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    const QString idToken = sandboxIdToken(sandbox, clientId);
    QVERIFY(!idToken.isEmpty());
    const QJsonObject header =
        QJsonDocument::fromJson(*Base64Url::decode(idToken.toLatin1().split('.').first())).object();
    QCOMPARE(header.value(QLatin1String("alg")).toString(), alg);

    const auto runAsync = [](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(TOKENBENCH_CLI), args);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            process.kill();
        return Run{process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    };
    const QString issuer = sandbox.oidcIssuer().toString();
    Run r = runAsync({QStringLiteral("decode"), idToken, QStringLiteral("--verify"),
                      QStringLiteral("--iss"), issuer, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    const QJsonObject signature = signatureOf(r.out);
    QCOMPARE(signature.value(QLatin1String("verified")).toBool(), true);
    QCOMPARE(signature.value(QLatin1String("alg")).toString(), alg);
    QCOMPARE(signature.value(QLatin1String("kid")).toString(),
             header.value(QLatin1String("kid")).toString());
    QCOMPARE(signature.value(QLatin1String("key_source")).toString(),
             issuer + QStringLiteral("/jwks"));

    // One byte of the signature changed.
    QList<QByteArray> parts = idToken.toLatin1().split('.');
    QByteArray raw = *Base64Url::decode(parts.at(2));
    raw[10] = char(raw.at(10) ^ 0x01);
    parts[2] = Base64Url::encode(raw);
    r = runAsync({QStringLiteral("decode"), QString::fromLatin1(parts.join('.')),
                  QStringLiteral("--verify"), QStringLiteral("--iss"), issuer,
                  QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(signatureOf(r.out).value(QLatin1String("verified")).toBool(true), false);
}

void TstCliDecode::verifyUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString decode = QStringLiteral("decode");
    const QString token = QString::fromLatin1(Rs256Token);
    QTest::newRow("jwks without verify")
        << QStringList{decode, token, QStringLiteral("--jwks"), QStringLiteral("x.json")}
        << "go with --verify";
    QTest::newRow("two key sources") << QStringList{decode,
                                                    token,
                                                    QStringLiteral("--verify"),
                                                    QStringLiteral("--key"),
                                                    QStringLiteral("a.pem"),
                                                    QStringLiteral("--secret-stdin")}
                                     << "one of --jwks";
    QTest::newRow("secret and token both on stdin")
        << QStringList{decode, QStringLiteral("--verify"), QStringLiteral("--secret-stdin")}
        << "as an argument";
    QTest::newRow("jwks without value")
        << QStringList{decode, token, QStringLiteral("--verify"), QStringLiteral("--jwks")}
        << "--jwks needs";
}

void TstCliDecode::verifyUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
}

QTEST_GUILESS_MAIN(TstCliDecode)
#include "tst_clidecode.moc"
