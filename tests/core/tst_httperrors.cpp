#include "net/HttpErrors.h"
#include "util/Redactor.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TstHttpErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void vendorWords_data();
    void vendorWords();
    void htmlInsteadOfJson();
    void malformedJson();
    void tooManyRequestsMentionsRetryAfter();
    void longTextIsShortened();
    void bodyReadFromFile();
    void registeredSecretsNeverInMessages();
    void jsonObjectOfSuccess();
};

static HttpResponse response(int status, const QByteArray &body,
                             const QByteArray &type = "application/json")
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.bodySize = body.size();
    if (!type.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(type)));
    r.finalUrl = QUrl(QStringLiteral("https://api.example.com/api/v2/me/"));
    return r;
}

void TstHttpErrors::kinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("400") << 400 << Error::Kind::InvalidInput;
    QTest::newRow("401") << 401 << Error::Kind::Authentication;
    QTest::newRow("403") << 403 << Error::Kind::Permission;
    QTest::newRow("404") << 404 << Error::Kind::NotFound;
    QTest::newRow("408") << 408 << Error::Kind::Timeout;
    QTest::newRow("410") << 410 << Error::Kind::InvalidInput;
    QTest::newRow("429") << 429 << Error::Kind::Server;
    QTest::newRow("500") << 500 << Error::Kind::Server;
    QTest::newRow("503") << 503 << Error::Kind::Server;
    QTest::newRow("504") << 504 << Error::Kind::Timeout;
}

void TstHttpErrors::kinds()
{
    QFETCH(int, status);
    QFETCH(Error::Kind, kind);
    const Error e = HttpErrors::fromResponse(response(status, QByteArray(), QByteArray()));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.code, QStringLiteral("http.%1").arg(status));
    QVERIFY2(e.message.contains(QLatin1String("api.example.com")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QString::number(status)), qPrintable(e.message));
}

void TstHttpErrors::vendorWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QString>("words");
    QTest::newRow("django detail")
        << 401 << QByteArray(R"({"detail":"Signature has expired."})")
        << QByteArray("application/json") << QStringLiteral("Signature has expired.");
    QTest::newRow("non_field_errors")
        << 400
        << QByteArray(R"({"non_field_errors":["Unable to login with provided credentials."]})")
        << QByteArray("application/json")
        << QStringLiteral("Unable to login with provided credentials.");
    QTest::newRow("field errors") << 400 << QByteArray(R"({"email":["This field is required."]})")
                                  << QByteArray("application/json")
                                  << QStringLiteral("email: This field is required.");
    QTest::newRow("rfc 6749 description")
        << 401
        << QByteArray(
               R"({"error":"invalid_client","error_description":"Client authentication failed."})")
        << QByteArray("application/json") << QStringLiteral("Client authentication failed.");
    QTest::newRow("rfc 6749 code only")
        << 400 << QByteArray(R"({"error":"invalid_grant"})") << QByteArray("application/json")
        << QStringLiteral("invalid_grant");
    QTest::newRow("message") << 403 << QByteArray(R"({"Message":"License expired"})")
                             << QByteArray("application/json; charset=utf-8")
                             << QStringLiteral("License expired");
    // ASP.NET Web API (Password Safe, RegScale): a bare JSON string, or {"Message"}/{"message"}.
    QTest::newRow("asp.net bare string")
        << 401 << QByteArray(R"("Invalid API key, runas user or source address.")")
        << QByteArray("application/json; charset=utf-8")
        << QStringLiteral("Invalid API key, runas user or source address.");
    QTest::newRow("asp.net bare string, escapes")
        << 403 << QByteArray("  \"Licen\\u00e7e \\\"PS\\\" expired\"\r\n")
        << QByteArray("application/json") << QStringLiteral("Licen\u00e7e \"PS\" expired");
    QTest::newRow("asp.net bare string, untyped")
        << 401 << QByteArray(R"("User not authenticated or the session has expired.")")
        << QByteArray() << QStringLiteral("User not authenticated or the session has expired.");
    QTest::newRow("asp.net message")
        << 400 << QByteArray(R"({"message":"Invalid username or password."})")
        << QByteArray("application/json") << QStringLiteral("Invalid username or password.");
    QTest::newRow("problem title")
        << 400 << QByteArray(R"({"type":"about:blank","title":"Bad input","status":400})")
        << QByteArray("application/problem+json") << QStringLiteral("Bad input");
    QTest::newRow("plain text") << 500 << QByteArray("\n  Database unavailable  \nstack trace...\n")
                                << QByteArray("text/plain")
                                << QStringLiteral("Database unavailable");
    QTest::newRow("untyped text") << 502 << QByteArray("upstream connect error") << QByteArray()
                                  << QStringLiteral("upstream connect error");
}

void TstHttpErrors::vendorWords()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, type);
    QFETCH(QString, words);
    QCOMPARE(HttpErrors::vendorMessage(body, type), words);
    const Error e = HttpErrors::fromResponse(response(status, body, type));
    QVERIFY2(e.message.startsWith(words), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("api.example.com")), qPrintable(e.message));
}

void TstHttpErrors::htmlInsteadOfJson()
{
    const QByteArray page = "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                            "<body><form>...</form></body></html>";
    QVERIFY(HttpErrors::looksLikeHtml(page, "text/html; charset=utf-8"));
    QVERIFY(HttpErrors::looksLikeHtml(page, QByteArray()));
    QVERIFY(!HttpErrors::looksLikeHtml(R"({"a":"<html>"})", "application/json"));
    const Error e = HttpErrors::fromResponse(response(401, page, "text/html"));
    QCOMPARE(e.kind, Error::Kind::Authentication);
    QVERIFY2(e.message.contains(QLatin1String("HTML page")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("instead of JSON")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("401")), qPrintable(e.message));
    // A 200 that is a proxy's login page is not a usable JSON answer either.
    const auto r = HttpErrors::jsonObject(response(200, page, "text/html"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Parse);
    QVERIFY(r.error().message.contains(QLatin1String("HTML page")));
}

void TstHttpErrors::malformedJson()
{
    const Error e = HttpErrors::fromResponse(response(400, R"({"detail": "unterminated)"));
    QCOMPARE(e.kind, Error::Kind::InvalidInput);
    QVERIFY2(e.message.contains(QLatin1String("malformed JSON")), qPrintable(e.message));
    const auto r = HttpErrors::jsonObject(response(200, "{not json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Parse);
    QVERIFY2(r.error().message.contains(QLatin1String("malformed JSON")),
             qPrintable(r.error().message));
}

void TstHttpErrors::tooManyRequestsMentionsRetryAfter()
{
    HttpResponse r = response(429, QByteArray(), QByteArray());
    r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("30")));
    const Error e = HttpErrors::fromResponse(r);
    QVERIFY2(e.message.contains(QLatin1String("30 s")), qPrintable(e.message));
    QVERIFY2(e.message.contains(QLatin1String("Retry-After")), qPrintable(e.message));
    r.body = R"({"detail":"Request was throttled."})";
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const Error e2 = HttpErrors::fromResponse(r);
    QVERIFY2(e2.message.startsWith(QLatin1String("Request was throttled.")),
             qPrintable(e2.message));
    QVERIFY2(e2.message.contains(QLatin1String("30 s")), qPrintable(e2.message));
}

void TstHttpErrors::longTextIsShortened()
{
    const QByteArray body(5000, 'x');
    const QString words = HttpErrors::vendorMessage(body, "text/plain");
    QVERIFY(words.size() <= 200);
    QVERIFY(words.endsWith(QChar(0x2026)));
    QVERIFY(HttpErrors::vendorMessage(QByteArray("\x00\x01\x02\xff", 4), "text/plain").isEmpty());
}

void TstHttpErrors::bodyReadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("body"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"detail":"Not found."})");
    f.close();
    HttpResponse r = response(404, QByteArray());
    r.bodyFile = path;
    const Error e = HttpErrors::fromResponse(r);
    QCOMPARE(e.kind, Error::Kind::NotFound);
    QVERIFY2(e.message.startsWith(QLatin1String("Not found.")), qPrintable(e.message));
}

void TstHttpErrors::registeredSecretsNeverInMessages()
{
    const QString token = QStringLiteral("tok-3e1f8a90c2");
    Redactor::registerSecret(token);
    HttpResponse r =
        response(401, R"({"detail":"Invalid token tok-3e1f8a90c2","access_token":"x"})");
    r.finalUrl = QUrl::fromEncoded("https://api.example.com/me?access_token=tok-3e1f8a90c2");
    const Error e = HttpErrors::fromResponse(r);
    QVERIFY2(!e.message.contains(token), qPrintable(e.message));
    QVERIFY2(!e.detail.contains(token), qPrintable(e.detail));
    QVERIFY(e.message.contains(QLatin1String("Invalid token [redacted]")));
    Redactor::forgetSecret(token);
}

void TstHttpErrors::jsonObjectOfSuccess()
{
    const auto ok = HttpErrors::jsonObject(response(200, R"({"token":"abc"})"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.value().value(QStringLiteral("token")).toString(), QStringLiteral("abc"));
    const auto arr = HttpErrors::jsonObject(response(200, "[1,2]"));
    QVERIFY(!arr.ok());
    QCOMPARE(arr.error().kind, Error::Kind::Parse);
    const auto fail = HttpErrors::jsonObject(response(401, R"({"detail":"No."})"));
    QVERIFY(!fail.ok());
    QCOMPARE(fail.error().kind, Error::Kind::Authentication);
}

QTEST_GUILESS_MAIN(TstHttpErrors)
#include "tst_httperrors.moc"
