#include "TestClock.h"
#include "TestTokens.h"
#include "auth/Token.h"

#include <QTest>

class TstToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jwtExpiryComesFromExpClaim();
    void opaqueTokenHasUnknownExpiry();
    void statedExpiry();
    void expiresIn();
    void documentedLifetime();
    void followsTheClock();
    void deliveries_data();
    void deliveries();
};

void TstToken::jwtExpiryComesFromExpClaim()
{
    const Token token = Token::fromRaw(QString::fromLatin1(TestTokens::Rfc7519Example));
    QVERIFY(token.isJwt());
    QCOMPARE(token.source(), Token::Source::Pasted);
    QCOMPARE(token.expirySource(), Token::ExpirySource::ExpClaim);
    QCOMPARE(token.expiresAt()->toSecsSinceEpoch(), qint64(1300819380));
    QCOMPARE(token.timing().state, TokenTiming::State::Expired);
    QCOMPARE(token.headerLine(),
             QStringLiteral("Authorization: Bearer ") + QLatin1String(TestTokens::Rfc7519Example));
}

void TstToken::opaqueTokenHasUnknownExpiry()
{
    const Token token = Token::fromRaw(QStringLiteral("uat_8f3a9c2e71d4"), Token::Source::Pasted,
                                       TokenDelivery::uat());
    QVERIFY(!token.isJwt());
    QCOMPARE(token.jwt().error().code, QStringLiteral("jwt.segment_count"));
    QCOMPARE(token.expirySource(), Token::ExpirySource::Unknown);
    QCOMPARE(token.timing().state, TokenTiming::State::NoExpiry);
    QCOMPARE(token.headerLine(), QStringLiteral("Authorization: UAT uat_8f3a9c2e71d4"));
}

void TstToken::statedExpiry()
{
    Token token =
        Token::fromRaw(QStringLiteral("service-account-token"), Token::Source::ServiceAccount);
    const QDateTime inAWeek = QDateTime::currentDateTimeUtc().addDays(7);
    token.setStatedExpiry(inAWeek);
    QCOMPARE(token.expirySource(), Token::ExpirySource::StatedByUser);
    QCOMPARE(*token.expiresAt(), inAWeek);
    QCOMPARE(token.timing().state, TokenTiming::State::Valid);
    token.clearExpiry();
    QCOMPARE(token.timing().state, TokenTiming::State::NoExpiry);
}

void TstToken::expiresIn()
{
    const QDateTime obtained(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    Token token = Token::fromRaw(QStringLiteral("opaque"), Token::Source::Login,
                                 TokenDelivery::bearer(), obtained);
    token.setExpiresIn(3600);
    QCOMPARE(token.expirySource(), Token::ExpirySource::ExpiresIn);
    QCOMPARE(*token.expiresAt(), QDateTime(QDate(2026, 1, 1), QTime(11, 0), Qt::UTC));
    QCOMPARE(token.timing(obtained.addSecs(1800)).msecsLeft.value_or(0), qint64(1800 * 1000));
}

void TstToken::documentedLifetime()
{
    const QDateTime pasted(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
    Token token = Token::fromRaw(QStringLiteral("opaque"), Token::Source::Pasted,
                                 TokenDelivery::bearer(), pasted);
    token.setDocumentedLifetime(24 * 3600);
    QCOMPARE(token.expirySource(), Token::ExpirySource::Documented);
    QCOMPARE(*token.expiresAt(), QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
    // Kept in a profile under its own key.
    QCOMPARE(Token::expirySourceFromKey(Token::expirySourceKey(Token::ExpirySource::Documented)),
             Token::ExpirySource::Documented);
}

void TstToken::followsTheClock()
{
    using namespace std::chrono_literals;
    TestClock clock;
    const Token jwt = Token::fromRaw(QString::fromLatin1(TestTokens::expiringIn(600)));
    QCOMPARE(jwt.obtainedAt(), clock.current());
    QCOMPARE(jwt.timing().msecsLeft.value_or(0), qint64(600 * 1000));

    // A Password Safe session ends 20 minutes after its last call, by the same clock.
    Token session = Token::fromRaw(QStringLiteral("b3f1c2d4e5"), Token::Source::Login,
                                   TokenDelivery::cookie(QStringLiteral("ASP.NET_SessionId")));
    session.setIdleExpiry(20 * 60);
    QCOMPARE(*session.expiresAt(), clock.current().addSecs(20 * 60));

    clock.advance(10min);
    QCOMPARE(jwt.timing().state, TokenTiming::State::Expired);
    QCOMPARE(session.timing().state, TokenTiming::State::Valid);
    clock.advance(10min);
    QCOMPARE(session.timing().state, TokenTiming::State::Expired);
}

void TstToken::deliveries_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("line");
    QTest::newRow("bearer") << "Authorization"
                            << "Bearer"
                            << "Authorization: Bearer t0k";
    QTest::newRow("scantrust jwt") << "Authorization"
                                   << "JWT"
                                   << "Authorization: JWT t0k";
    QTest::newRow("bare api key") << "X-Api-Key"
                                  << ""
                                  << "X-Api-Key: t0k";
    QTest::newRow("token scheme") << "Authorization"
                                  << "Token"
                                  << "Authorization: Token t0k";
}

void TstToken::deliveries()
{
    QFETCH(QString, header);
    QFETCH(QString, prefix);
    QFETCH(QString, line);
    QCOMPARE(TokenDelivery::custom(header, prefix).headerLine(QStringLiteral("t0k")), line);

    const TokenDelivery cookie = TokenDelivery::cookie(QStringLiteral("ASP.NET_SessionId"));
    QCOMPARE(cookie.headerLine(QStringLiteral("abc")),
             QStringLiteral("Cookie: ASP.NET_SessionId=abc"));
}

QTEST_GUILESS_MAIN(TstToken)
#include "tst_token.moc"
