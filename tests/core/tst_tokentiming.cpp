#include "auth/TokenTiming.h"

#include <QTest>

using State = TokenTiming::State;

class TstTokenTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void skewIsSaidAsSuch();
    void keys();
};

void TstTokenTiming::states_data()
{
    QTest::addColumn<qint64>("expOffset"); // seconds from now, or INT64_MIN for none
    QTest::addColumn<qint64>("nbfOffset");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("soon");
    QTest::addColumn<bool>("skew"); // the clock-skew allowance is in play

    const qint64 none = std::numeric_limits<qint64>::min();
    const auto row = [](const char *name, qint64 exp, qint64 nbf, State state, bool soon,
                        bool skew) {
        QTest::newRow(name) << exp << nbf << int(state) << soon << skew;
    };
    row("valid for a day", 86400, none, State::Valid, false, false);
    row("valid, 4 minutes left", 240, none, State::Valid, true, false);
    row("one second left", 1, none, State::Valid, true, false);
    // From the second exp passes the token is expired: the allowance is never life left.
    row("expires this very moment", 0, none, State::Expired, false, true);
    row("expired a second ago", -1, none, State::Expired, false, true);
    row("expired 30 s ago", -30, none, State::Expired, false, true);
    row("expired 60 s ago", -60, none, State::Expired, false, false);
    row("expired long ago", -86400 * 400, none, State::Expired, false, false);
    row("no expiry", none, none, State::NoExpiry, false, false);
    row("not yet valid", 7200, 3600, State::NotYetValid, false, false);
    row("nbf within the allowance", 7200, 30, State::Valid, false, true);
    row("nbf now", 7200, 0, State::Valid, false, false);
    row("nbf without exp", none, 600, State::NotYetValid, false, false);
    row("nbf passed, no exp", none, -600, State::NoExpiry, false, false);
}

void TstTokenTiming::states()
{
    QFETCH(qint64, expOffset);
    QFETCH(qint64, nbfOffset);
    QFETCH(int, state);
    QFETCH(bool, soon);
    QFETCH(bool, skew);

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
    QCOMPARE(timing.withinSkewAllowance, skew);
    QCOMPARE(timing.skewNote().isEmpty(), !skew);
    if (exp)
        QCOMPARE(timing.msecsLeft.value_or(0), expOffset * 1000);
    else
        QVERIFY(!timing.msecsLeft);
}

void TstTokenTiming::skewIsSaidAsSuch()
{
    const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    const QString expired = TokenTiming::evaluate(now.addSecs(-10), std::nullopt, now).skewNote();
    QVERIFY2(expired.contains(QLatin1String("clock-skew allowance, not life left")),
             qPrintable(expired));
    QVERIFY2(expired.contains(QLatin1String("1 min")), qPrintable(expired));
    const QString early = TokenTiming::evaluate(now.addSecs(600), now.addSecs(20), now).skewNote();
    QVERIFY2(early.contains(QLatin1String("allowed for clock skew")), qPrintable(early));
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
