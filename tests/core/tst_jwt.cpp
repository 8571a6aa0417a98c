#include "TestTokens.h"
#include "jwt/Base64Url.h"
#include "jwt/Jwt.h"

#include <QJsonArray>
#include <QTest>

using TestTokens::jws;

class TstJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7519Example();
    void registeredClaims_data();
    void registeredClaims();
    void audienceAsArray();
    void nonIntegerNumericDate();
    void nonAsciiClaims();
    void claimsKeepTheirOrder();
    void unsecuredToken();
    void encryptedToken();
    void wrongTypesAreWarnings();
    void surroundingWhiteSpaceIsIgnored();
    void malformed_data();
    void malformed();
    void tooLarge();
};

void TstJwt::rfc7519Example()
{
    const auto jwt = Jwt::decode(TestTokens::Rfc7519Example);
    QVERIFY2(jwt.ok(), qPrintable(jwt.ok() ? QString() : jwt.error().message));
    QCOMPARE(jwt->kind(), Jwt::Kind::Signed);
    QCOMPARE(jwt->algorithm(), QStringLiteral("HS256"));
    QCOMPARE(jwt->type(), QStringLiteral("JWT"));
    QCOMPARE(jwt->claims().issuer, QStringLiteral("joe"));
    QVERIFY(jwt->claims().expiresAt.has_value());
    QCOMPARE(*jwt->claims().expiresAt, QDateTime(QDate(2011, 3, 22), QTime(18, 43), Qt::UTC));
    QCOMPARE(jwt->payload().value(QLatin1String("http://example.com/is_root")).toBool(), true);
    // The example's JSON holds CRLF between members; the raw text keeps it.
    QVERIFY(jwt->headerJson().contains("\r\n"));
    QCOMPARE(jwt->signature().size(), 32);
    QVERIFY(jwt->warnings().isEmpty());
}

void TstJwt::registeredClaims_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("jwtId");
    QTest::addColumn<qint64>("expMs");
    QTest::addColumn<qint64>("nbfMs");
    QTest::addColumn<qint64>("iatMs");

    QTest::newRow("all") << QByteArray(R"({"iss":"https://app.regscale.example","sub":"42",)"
                                       R"("jti":"abc-1","exp":1700000000,"nbf":1690000000,)"
                                       R"("iat":1690000001})")
                         << "https://app.regscale.example"
                         << "42"
                         << "abc-1" << qint64(1700000000000) << qint64(1690000000000)
                         << qint64(1690000001000);
    QTest::newRow("none") << QByteArray(R"({"role":"admin"})") << QString() << QString()
                          << QString() << qint64(-1) << qint64(-1) << qint64(-1);
    QTest::newRow("exp only") << QByteArray(R"({"exp":0})") << QString() << QString() << QString()
                              << qint64(0) << qint64(-1) << qint64(-1);
    QTest::newRow("negative iat") << QByteArray(R"({"iat":-86400})") << QString() << QString()
                                  << QString() << qint64(-1) << qint64(-1) << qint64(-86400000);
}

void TstJwt::registeredClaims()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, issuer);
    QFETCH(QString, subject);
    QFETCH(QString, jwtId);
    QFETCH(qint64, expMs);
    QFETCH(qint64, nbfMs);
    QFETCH(qint64, iatMs);

    const auto jwt = Jwt::decode(jws(R"({"alg":"HS256"})", payload));
    QVERIFY(jwt.ok());
    const RegisteredClaims &c = jwt->claims();
    QCOMPARE(c.issuer.value_or(QString()), issuer);
    QCOMPARE(c.subject.value_or(QString()), subject);
    QCOMPARE(c.jwtId.value_or(QString()), jwtId);
    auto ms = [](const std::optional<QDateTime> &t) {
        return t ? t->toMSecsSinceEpoch() : -1;
    };
    QCOMPARE(ms(c.expiresAt), expMs);
    QCOMPARE(ms(c.notBefore), nbfMs);
    QCOMPARE(ms(c.issuedAt), iatMs);
    QVERIFY(!c.expiresAt || c.expiresAt->timeSpec() == Qt::UTC);
}

void TstJwt::audienceAsArray()
{
    const auto single = Jwt::decode(jws(R"({"alg":"HS256"})", R"({"aud":"api"})"));
    QVERIFY(single.ok());
    QCOMPARE(single->claims().audience, QStringList{QStringLiteral("api")});
    QVERIFY(!single->claims().audienceIsArray);

    const auto many =
        Jwt::decode(jws(R"({"alg":"HS256"})", R"({"aud":["api","https://scantrust.example"]})"));
    QVERIFY(many.ok());
    QCOMPARE(many->claims().audience,
             (QStringList{QStringLiteral("api"), QStringLiteral("https://scantrust.example")}));
    QVERIFY(many->claims().audienceIsArray);
    QVERIFY(many->warnings().isEmpty());
}

void TstJwt::nonIntegerNumericDate()
{
    const auto jwt =
        Jwt::decode(jws(R"({"alg":"HS256"})", R"({"exp":1300819380.75,"iat":1300819000.5})"));
    QVERIFY(jwt.ok());
    QCOMPARE(jwt->claims().expiresAt->toMSecsSinceEpoch(), qint64(1300819380750));
    QCOMPARE(jwt->claims().issuedAt->toMSecsSinceEpoch(), qint64(1300819000500));
    // Exponent notation is a number too.
    const auto exp = Jwt::decode(jws(R"({"alg":"HS256"})", R"({"exp":1.3e9})"));
    QVERIFY(exp.ok());
    QCOMPARE(exp->claims().expiresAt->toSecsSinceEpoch(), qint64(1300000000));
}

void TstJwt::nonAsciiClaims()
{
    const QByteArray payload = QStringLiteral(R"({"name":"Jürgen Müller","city":"Zürich 東京",)"
                                              R"("emoji":"🔑","esc":"caf\u00e9"})")
                                   .toUtf8();
    const auto jwt = Jwt::decode(jws(R"({"alg":"RS256","kid":"clé"})", payload));
    QVERIFY(jwt.ok());
    QCOMPARE(jwt->payload().value(QLatin1String("name")).toString(),
             QStringLiteral("Jürgen Müller"));
    QCOMPARE(jwt->payload().value(QLatin1String("city")).toString(), QStringLiteral("Zürich 東京"));
    QCOMPARE(jwt->payload().value(QLatin1String("emoji")).toString(), QStringLiteral("🔑"));
    QCOMPARE(jwt->payload().value(QLatin1String("esc")).toString(), QStringLiteral("café"));
    QCOMPARE(jwt->header().value(QLatin1String("kid")).toString(), QStringLiteral("clé"));
}

void TstJwt::claimsKeepTheirOrder()
{
    const auto jwt = Jwt::decode(
        jws(R"({"typ":"JWT","alg":"HS256"})",
            "{\r\n \"zeta\": 1,\r\n\t\"alpha\": {\"y\": 2, \"b\": [3, 4]},\n \"mid\": \"x\"}"));
    QVERIFY(jwt.ok());
    QStringList keys;
    for (const JsonNode &n : jwt->payloadTree().children)
        keys.append(n.key);
    QCOMPARE(keys,
             (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"), QStringLiteral("mid")}));
    const JsonNode &alpha = jwt->payloadTree().children.at(1);
    QCOMPARE(alpha.children.at(0).key, QStringLiteral("y"));
    QCOMPARE(alpha.children.at(1).key, QStringLiteral("b"));
    QCOMPARE(alpha.children.at(1).children.size(), 2);
    QCOMPARE(alpha.children.at(1).children.at(1).value.toInt(), 4);
    QCOMPARE(jwt->headerTree().children.at(0).key, QStringLiteral("typ"));
}

void TstJwt::unsecuredToken()
{
    const QByteArray token = Base64Url::encode(R"({"alg":"none"})") + '.' +
                             Base64Url::encode(R"({"sub":"nobody"})") + '.';
    const auto jwt = Jwt::decode(token);
    QVERIFY(jwt.ok());
    QCOMPARE(jwt->kind(), Jwt::Kind::Unsecured);
    QCOMPARE(jwt->algorithm(), QStringLiteral("none"));
    QVERIFY(jwt->signature().isEmpty());
    QVERIFY(jwt->warnings().isEmpty());

    // "none" with a signature attached is suspicious and said to be.
    const auto odd = Jwt::decode(jws(R"({"alg":"none"})", R"({"sub":"x"})", "sig"));
    QVERIFY(odd.ok());
    QCOMPARE(odd->kind(), Jwt::Kind::Unsecured);
    QCOMPARE(odd->warnings().size(), 1);
}

void TstJwt::encryptedToken()
{
    // RFC 7516 appendix A.1's header, with placeholder binary segments.
    const QByteArray token =
        Base64Url::encode(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + '.' +
        Base64Url::encode("encrypted-key") + '.' + Base64Url::encode("iv-iv-iv-iv") + '.' +
        Base64Url::encode("ciphertext bytes") + '.' + Base64Url::encode("tag-tag-tag-tag!");
    const auto jwt = Jwt::decode(token);
    QVERIFY(jwt.ok());
    QCOMPARE(jwt->kind(), Jwt::Kind::Encrypted);
    QCOMPARE(jwt->algorithm(), QStringLiteral("RSA-OAEP"));
    QCOMPARE(jwt->header().value(QLatin1String("enc")).toString(), QStringLiteral("A256GCM"));
    QVERIFY(jwt->payload().isEmpty());
    QVERIFY(jwt->payloadJson().isEmpty());
    QVERIFY(!jwt->claims().expiresAt);

    // Direct encryption leaves the encrypted key empty; still a JWE.
    const QByteArray direct = Base64Url::encode(R"({"alg":"dir","enc":"A128GCM"})") + "..aXY." +
                              Base64Url::encode("ct") + '.' + Base64Url::encode("tag");
    QVERIFY(Jwt::decode(direct).ok());
}

void TstJwt::wrongTypesAreWarnings()
{
    const auto jwt = Jwt::decode(
        jws(R"({"alg":"HS256"})", R"({"exp":"tomorrow","iss":7,"aud":[1,"x"],"nbf":1e300})"));
    QVERIFY(jwt.ok());
    QVERIFY(!jwt->claims().expiresAt);
    QVERIFY(!jwt->claims().issuer);
    QVERIFY(!jwt->claims().notBefore);
    QCOMPARE(jwt->claims().audience, QStringList{QStringLiteral("x")});
    const QString all = jwt->warnings().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("\"exp\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"iss\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"aud\"")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("\"nbf\"")), qPrintable(all));
}

void TstJwt::surroundingWhiteSpaceIsIgnored()
{
    const QByteArray token = "\r\n  " + QByteArray(TestTokens::Rfc7519Example) + " \n\t";
    QVERIFY(Jwt::decode(token).ok());
}

void TstJwt::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    const QByteArray h = Base64Url::encode(R"({"alg":"HS256"})");
    const QByteArray p = Base64Url::encode(R"({"sub":"1"})");
    QTest::newRow("empty") << QByteArray() << "jwt.empty"
                           << "empty";
    QTest::newRow("white space only") << QByteArray(" \r\n\t ") << "jwt.empty"
                                      << "empty";
    QTest::newRow("one segment") << QByteArray("opaque-token-value") << "jwt.segment_count"
                                 << "no dots";
    QTest::newRow("two segments") << h + '.' + p << "jwt.segment_count"
                                  << "2 segments";
    QTest::newRow("four segments") << h + '.' + p + ".a.b"
                                   << "jwt.segment_count"
                                   << "4 segments";
    QTest::newRow("six segments") << QByteArray("a.b.c.d.e.f") << "jwt.segment_count"
                                  << "6 segments";
    QTest::newRow("bad header char") << "eyJ+" + h.mid(4) + '.' + p + ".sig"
                                     << "jwt.base64url"
                                     << "header segment";
    QTest::newRow("bad payload char") << h + '.' + p.left(3) + '/' + p.mid(4) + ".sig"
                                      << "jwt.base64url"
                                      << "payload segment";
    QTest::newRow("bad signature char") << h + '.' + p + ".si*g"
                                        << "jwt.base64url"
                                        << "signature segment";
    QTest::newRow("impossible length")
        << h + '.' + p + QByteArray((1 - p.size() % 4 + 4) % 4, 'A') + ".sig"
        << "jwt.base64url"
        << "payload segment";
    QTest::newRow("empty header") << '.' + p + ".sig"
                                  << "jwt.base64url"
                                  << "header segment";
    QTest::newRow("empty payload") << h + "..sig"
                                   << "jwt.base64url"
                                   << "payload segment";
    QTest::newRow("header not json") << Base64Url::encode("not json") + '.' + p + ".sig"
                                     << "jwt.header_not_json"
                                     << "header is not JSON";
    QTest::newRow("header array") << Base64Url::encode("[1,2]") + '.' + p + ".sig"
                                  << "jwt.header_not_object"
                                  << "not an object";
    QTest::newRow("payload not json") << h + '.' + Base64Url::encode("{\"a\":") + ".sig"
                                      << "jwt.payload_not_json"
                                      << "payload is not JSON";
    QTest::newRow("payload number") << h + '.' + Base64Url::encode("42") + ".sig"
                                    << "jwt.payload_not_object"
                                    << "not an object";
    QTest::newRow("payload string") << h + '.' + Base64Url::encode("\"hello\"") + ".sig"
                                    << "jwt.payload_not_object"
                                    << "not an object";
    QTest::newRow("jwe bad tag") << h + ".a2V5.aXY.Y3Q.dGF*"
                                 << "jwt.base64url"
                                 << "authentication tag";
    QTest::newRow("jwe header not json") << Base64Url::encode("xx") + ".a2V5.aXY.Y3Q.dGFn"
                                         << "jwt.header_not_json"
                                         << "header is not JSON";
}

void TstJwt::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    QFETCH(QString, mentions);

    const auto jwt = Jwt::decode(input);
    QVERIFY(!jwt.ok());
    QCOMPARE(jwt.error().code, code);
    QCOMPARE(jwt.error().kind, Error::Kind::Parse);
    QVERIFY2(jwt.error().message.contains(mentions, Qt::CaseInsensitive),
             qPrintable(jwt.error().message));
}

void TstJwt::tooLarge()
{
    QByteArray huge(Jwt::MaxInputSize + 1, 'a');
    huge[10] = '.';
    huge[20] = '.';
    const auto jwt = Jwt::decode(huge);
    QVERIFY(!jwt.ok());
    QCOMPARE(jwt.error().code, QStringLiteral("jwt.too_large"));
    QVERIFY(jwt.error().message.contains(QLatin1String("1 MiB")));

    // Exactly at the limit is still decoded (and fails on content, not on size).
    const auto atLimit = Jwt::decode(QByteArray(Jwt::MaxInputSize, 'a'));
    QCOMPARE(atLimit.error().code, QStringLiteral("jwt.segment_count"));
}

QTEST_GUILESS_MAIN(TstJwt)
#include "tst_jwt.moc"
