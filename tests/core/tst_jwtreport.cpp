#include "TestTokens.h"
#include "jwt/Base64Url.h"
#include "jwt/JwtReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TstJwtReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExample();
    void fractionalExpiry();
    void encryptedHasNoPayload();
    void noExpiry();
};

void TstJwtReport::rfcExample()
{
    const auto jwt = Jwt::decode(TestTokens::Rfc7519Example);
    QVERIFY(jwt.ok());
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const QByteArray json = JwtReport::json(jwt.value(), now);
    const qint64 expected = 1300819380 - now.toSecsSinceEpoch();
    QCOMPARE(json, QByteArray(R"({"header":{"typ":"JWT","alg":"HS256"},)"
                              R"("payload":{"iss":"joe","exp":1300819380,)"
                              R"("http://example.com/is_root":true},)"
                              R"("state":"expired","expires_at":"2011-03-22T18:43:00Z",)"
                              R"("seconds_left":)") +
                       QByteArray::number(expected) + '}');
    QVERIFY(QJsonDocument::fromJson(json).isObject());
}

void TstJwtReport::fractionalExpiry()
{
    const auto jwt = Jwt::decode(TestTokens::jws(R"({"alg":"HS256"})", R"({"exp":1300819380.5})"));
    QVERIFY(jwt.ok());
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1300819300, Qt::UTC);
    const QJsonObject report = QJsonDocument::fromJson(JwtReport::json(jwt.value(), now)).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
    QCOMPARE(report.value(QLatin1String("expires_at")).toString(),
             QStringLiteral("2011-03-22T18:43:00.500Z"));
    QCOMPARE(report.value(QLatin1String("seconds_left")).toInteger(), qint64(80));
}

void TstJwtReport::encryptedHasNoPayload()
{
    const QByteArray token = Base64Url::encode(R"({"alg":"dir","enc":"A128GCM"})") + "..aXY." +
                             Base64Url::encode("ct") + '.' + Base64Url::encode("tag");
    const auto jwt = Jwt::decode(token);
    QVERIFY(jwt.ok());
    const QJsonObject report = QJsonDocument::fromJson(JwtReport::json(jwt.value())).object();
    QVERIFY(report.value(QLatin1String("payload")).isNull());
    QCOMPARE(report.value(QLatin1String("header")).toObject().value(QLatin1String("enc")),
             QJsonValue(QStringLiteral("A128GCM")));
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("no_expiry"));
}

void TstJwtReport::noExpiry()
{
    const auto jwt = Jwt::decode(TestTokens::jws(R"({"alg":"HS256"})", R"({"sub":"x"})"));
    const QJsonObject report = QJsonDocument::fromJson(JwtReport::json(jwt.value())).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("no_expiry"));
    QVERIFY(report.value(QLatin1String("expires_at")).isNull());
    QVERIFY(report.value(QLatin1String("seconds_left")).isNull());
    QVERIFY(report.contains(QLatin1String("seconds_left")));
}

QTEST_GUILESS_MAIN(TstJwtReport)
#include "tst_jwtreport.moc"
