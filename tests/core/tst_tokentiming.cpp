#include "auth/TokenTiming.h"

#include <QTest>

using State = TokenTiming::State;

class TstTokenTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void keys();
};

void TstTokenTiming::states_data()
{
    QTest::addColumn<qint64>("expOffset"); // seconds from now, or INT64_MIN for none
    QTest::addColumn<qint64>("nbfOffset");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("soon");

    const qint64 none = std::numeric_limits<qint64>::min();
    QTest::newRow("valid for a day") << qint64(86400) << none << int(State::Valid) << false;
    QTest::newRow("valid, 4 minutes left") << qint64(240) << none << int(State::Valid) << true;
    QTest::newRow("just expired, within leeway")
        << qint64(-30) << none << int(State::Valid) << true;
    QTest::newRow("expired beyond leeway") << qint64(-61) << none << int(State::Expired) << false;
    QTest::newRow("expired long ago")
        << qint64(-86400 * 400) << none << int(State::Expired) << false;
    QTest::newRow("no expiry") << none << none << int(State::NoExpiry) << false;
    QTest::newRow("not yet valid")
        << qint64(7200) << qint64(3600) << int(State::NotYetValid) << false;
    QTest::newRow("nbf within leeway") << qint64(7200) << qint64(30) << int(State::Valid) << false;
    QTest::newRow("nbf without exp") << none << qint64(600) << int(State::NotYetValid) << false;
    QTest::newRow("nbf passed, no exp") << none << qint64(-600) << int(State::NoExpiry) << false;
}

void TstTokenTiming::states()
{
    QFETCH(qint64, expOffset);
    QFETCH(qint64, nbfOffset);
    QFETCH(int, state);
    QFETCH(bool, soon);

    const qint64 none = std::numeric_limits<qint64>::min();
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    std::optional<QDateTime> exp;
    std::optional<QDateTime> nbf;
    if (expOffset != none)
        exp = now.addSecs(expOffset);
    if (nbfOffset != none)
        nbf = now.addSecs(nbfOffset);

    const TokenTiming timing = TokenTiming::evaluate(exp, nbf, now);
    QCOMPARE(int(timing.state), state);
    QCOMPARE(timing.expiringSoon, soon);
    if (exp)
        QCOMPARE(timing.msecsLeft.value_or(0), expOffset * 1000);
    else
        QVERIFY(!timing.msecsLeft);
}

void TstTokenTiming::keys()
{
    QCOMPARE(TokenTiming::stateKey(State::Valid), QStringLiteral("valid"));
    QCOMPARE(TokenTiming::stateKey(State::Expired), QStringLiteral("expired"));
    QCOMPARE(TokenTiming::stateKey(State::NotYetValid), QStringLiteral("not_yet_valid"));
    QCOMPARE(TokenTiming::stateKey(State::NoExpiry), QStringLiteral("no_expiry"));
}

QTEST_GUILESS_MAIN(TstTokenTiming)
#include "tst_tokentiming.moc"
