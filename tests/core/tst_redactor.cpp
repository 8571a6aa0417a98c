#include "util/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

class TstRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretHeaders_data();
    void secretHeaders();
    void markedHeadersAreSecret();
    void headerValues_data();
    void headerValues();
    void headersKeepOrder();
    void secretFields_data();
    void secretFields();
    void jsonBodyMasksAtAnyDepth();
    void brokenJsonStillMasked();
    void formBody();
    void urlQueryAndUserInfo();
    void registeredSecretsInText();
    void givenSecretsInText();
    void shortSecretsNotRegistered();
    void registryIsThreadSafe();
};

void TstRedactor::secretHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    for (const char *n :
         {"Authorization", "proxy-authorization", "Cookie", "SET-COOKIE", "X-Api-Key", "Api-Key",
          "X-Auth-Token", "X-CSRF-Token", "X-Client-Secret", "My-ApiKey", "x-vendor-api-key",
          // Known by a part of their names, not by the whole (issue 19, item 3).
          "X-Auth-Key", "Ocp-Apim-Subscription-Key", "X-Authorization", "Authentication",
          "X-Session-Id", "X-Hub-Signature-256", "Cookie2", "X-Amz-Security-Token",
          "X-Admin-Password", "X-Passwd", "X-Credential", "Private-Key"})
        QTest::newRow(n) << QByteArray(n) << true;
    for (const char *n : {"Content-Type", "Accept", "X-Api-Version", "WWW-Authenticate-2FA",
                          "User-Agent", "Location", "WWW-Authenticate", "Proxy-Authenticate",
                          "Keep-Alive", "Content-Length", "X-Tenant", ""})
        QTest::newRow(n) << QByteArray(n) << false;
}

void TstRedactor::secretHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretHeader(name), secret);
}

void TstRedactor::markedHeadersAreSecret()
{
    QVERIFY(!Redactor::isSecretHeader("X-Tenant"));
    Redactor::setMarkedSecretHeaders({QStringLiteral(" x-tenant "), QStringLiteral("X-Sig")});
    QVERIFY(Redactor::isSecretHeader("X-Tenant"));
    QVERIFY(Redactor::isSecretHeader("x-sig"));
    QCOMPARE(Redactor::headerValue("X-Tenant", "acme-42"), QByteArray("[redacted]"));
    // A new list replaces the old one.
    Redactor::setMarkedSecretHeaders({QStringLiteral("X-Sig")});
    QVERIFY(!Redactor::isSecretHeader("X-Tenant"));
    Redactor::setMarkedSecretHeaders({});
    QVERIFY(!Redactor::isSecretHeader("X-Sig"));

    // A profile's own credential header stays secret, whatever the person's list says.
    QVERIFY(!Redactor::isSecretHeader("X-Vendor-Id"));
    Redactor::markSecretHeader("X-Vendor-Id");
    Redactor::setMarkedSecretHeaders({});
    QVERIFY(Redactor::isSecretHeader("x-vendor-id"));
}

void TstRedactor::headerValues_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("mustNotContain");
    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer abc.def.ghi")
                            << QByteArray("Bearer [redacted]") << QByteArray("abc.def");
    QTest::newRow("ps-auth") << QByteArray("Authorization")
                             << QByteArray("PS-Auth key=0123456789abcdef; runas=admin; "
                                           "pwd=[hunter22];")
                             << QByteArray("PS-Auth [redacted]") << QByteArray("hunter22");
    QTest::newRow("bare token") << QByteArray("authorization") << QByteArray("sekrit-token")
                                << QByteArray("[redacted]") << QByteArray("sekrit");
    QTest::newRow("cookie") << QByteArray("Cookie")
                            << QByteArray("ASP.NET_SessionId=s3ss10n; other=v4lue")
                            << QByteArray("ASP.NET_SessionId=[redacted]; other=[redacted]")
                            << QByteArray("s3ss10n");
    QTest::newRow("set-cookie") << QByteArray("Set-Cookie")
                                << QByteArray("sid=s3ss10n; Path=/; HttpOnly")
                                << QByteArray("sid=[redacted]; Path=/; HttpOnly")
                                << QByteArray("s3ss10n");
    QTest::newRow("api key") << QByteArray("X-Api-Key") << QByteArray("k3y-value")
                             << QByteArray("[redacted]") << QByteArray("k3y");
    QTest::newRow("plain") << QByteArray("Accept") << QByteArray("application/json")
                           << QByteArray("application/json") << QByteArray("[redacted]");
}

void TstRedactor::headerValues()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, mustNotContain);
    const QByteArray out = Redactor::headerValue(name, value);
    QCOMPARE(out, expected);
    QVERIFY(!out.contains(mustNotContain));
}

void TstRedactor::headersKeepOrder()
{
    const HttpHeaders in{
        {"Accept", "*/*"}, {"Authorization", "Basic dXNlcjpwYXNz"}, {"X-Auth-Token", "t0k3n"}};
    const HttpHeaders out = Redactor::headers(in);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(0), in.at(0));
    QCOMPARE(out.at(1).second, QByteArray("Basic [redacted]"));
    QCOMPARE(out.at(2).second, QByteArray("[redacted]"));
}

void TstRedactor::secretFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const char *n :
         {"password", "oldPassword", "pwd", "client_secret", "access_token", "refresh_token",
          "id_token", "token", "auth_token", "authToken", "api_key", "apikey", "mfaToken",
          "challenge", "secret", "PASSWORD", "accessToken", "Client-Secret"})
        QTest::newRow(n) << QString::fromLatin1(n) << true;
    for (const char *n :
         {"username", "email", "grant_type", "client_id", "runas", "id", "scope", "expires_in"})
        QTest::newRow(n) << QString::fromLatin1(n) << false;
}

void TstRedactor::secretFields()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretField(name), secret);
}

void TstRedactor::jsonBodyMasksAtAnyDepth()
{
    const QByteArray body = R"({"username":"ada","password":"pw-1234","mfaToken":"654321",
        "nested":{"client_secret":"cs-9999","list":[{"refresh_token":"rt-7777","n":1}]},
        "auth_token":null,"count":3})";
    const QByteArray out = Redactor::body(body, "application/json; charset=utf-8");
    for (const char *secret : {"pw-1234", "654321", "cs-9999", "rt-7777"})
        QVERIFY2(!out.contains(secret), out.constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("username")).toString(), QStringLiteral("ada"));
    QCOMPARE(o.value(QStringLiteral("password")).toString(), Redactor::Mask);
    QCOMPARE(o.value(QStringLiteral("count")).toInt(), 3);
    const QJsonObject nested = o.value(QStringLiteral("nested")).toObject();
    QCOMPARE(nested.value(QStringLiteral("client_secret")).toString(), Redactor::Mask);
    const QJsonObject item = nested.value(QStringLiteral("list")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("refresh_token")).toString(), Redactor::Mask);
    QCOMPARE(item.value(QStringLiteral("n")).toInt(), 1);
}

void TstRedactor::brokenJsonStillMasked()
{
    const QByteArray body = R"({"email":"a@b.c","password":"pw-\"quoted\"-1234","token":"abcd)";
    const QByteArray out = Redactor::body(body, "application/json");
    QVERIFY2(!out.contains("pw-"), out.constData());
    QVERIFY2(!out.contains("abcd"), out.constData());
    QVERIFY(out.contains("a@b.c"));
}

void TstRedactor::formBody()
{
    const QByteArray body =
        "grant_type=client_credentials&client_id=app&client_secret=s%2Fecr%3Dt&scope=publicapi";
    const QByteArray out = Redactor::body(body, "application/x-www-form-urlencoded");
    QCOMPARE(out, QByteArray("grant_type=client_credentials&client_id=app&client_secret=[redacted]"
                             "&scope=publicapi"));
}

void TstRedactor::urlQueryAndUserInfo()
{
    const QUrl url = QUrl::fromEncoded(
        "https://user:p4ssw0rd@api.example.com:8443/v1/items?access_token=at-1234&page=2"
        "&API_KEY=k-5678#id_token=it-9999");
    const QString out = Redactor::url(url);
    for (const char *secret : {"p4ssw0rd", "user:", "at-1234", "k-5678", "it-9999"})
        QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
    QVERIFY(out.startsWith(QLatin1String("https://api.example.com:8443/v1/items?")));
    QVERIFY(out.contains(QLatin1String("page=2")));
    QVERIFY(out.contains(QLatin1String("access_token=[redacted]")));
}

void TstRedactor::registeredSecretsInText()
{
    const QString secret = QStringLiteral("eyJhbGciOi.secret+value/xyz");
    Redactor::registerSecret(secret);
    const QString out =
        Redactor::text(QStringLiteral("token %1 and encoded %2 end")
                           .arg(secret, QString::fromLatin1(QUrl::toPercentEncoding(secret))));
    QCOMPARE(out, QStringLiteral("token [redacted] and encoded [redacted] end"));
    Redactor::forgetSecret(secret);
    QVERIFY(Redactor::text(secret).contains(secret));

    // Form-encoded, a space is '+': "a b+c" travels as "a+b%2Bc".
    const QString spaced = QStringLiteral("client secret+with space");
    Redactor::registerSecret(spaced);
    QCOMPARE(Redactor::text(QStringLiteral("client_secret=client+secret%2Bwith+space&x=1")),
             QStringLiteral("client_secret=[redacted]&x=1"));
    Redactor::forgetSecret(spaced);
}

void TstRedactor::givenSecretsInText()
{
    QCOMPARE(Redactor::text(QStringLiteral("login as bob with hunter2 failed"),
                            {QStringLiteral("hunter2")}),
             QStringLiteral("login as bob with [redacted] failed"));
    // A secret that contains another is masked whole.
    QCOMPARE(Redactor::text(QStringLiteral("x abcdef y"),
                            {QStringLiteral("abcd"), QStringLiteral("abcdef")}),
             QStringLiteral("x [redacted] y"));
}

void TstRedactor::shortSecretsNotRegistered()
{
    Redactor::registerSecret(QStringLiteral("abc"));
    QCOMPARE(Redactor::text(QStringLiteral("abc")), QStringLiteral("abc"));
}

void TstRedactor::registryIsThreadSafe()
{
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([t] {
            for (int i = 0; i < 500; ++i) {
                const QString s = QStringLiteral("secret-%1-%2").arg(t).arg(i);
                Redactor::registerSecret(s);
                if (!Redactor::text(s).contains(Redactor::Mask))
                    qFatal("registered secret not masked");
                Redactor::forgetSecret(s);
            }
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(20000));
        delete t;
    }
}

QTEST_GUILESS_MAIN(TstRedactor)
#include "tst_redactor.moc"
