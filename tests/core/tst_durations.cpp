#include "util/Durations.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>

class TstDurations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void relative_data();
    void relative();
    void countdown_data();
    void countdown();
    void isoUtc();
    void stamps();
};

void TstDurations::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstDurations::relative_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    const qint64 h = 3600;
    const qint64 d = 24 * h;
    QTest::newRow("now") << qint64(0) << "now";
    QTest::newRow("seconds ahead") << qint64(42) << "in 42 s";
    QTest::newRow("minutes ago") << qint64(-12 * 60 - 5) << "12 min ago";
    QTest::newRow("hours and minutes") << qint64(23 * h + 12 * 60 + 59) << "in 23 h 12 min";
    QTest::newRow("whole hours") << qint64(2 * h) << "in 2 h";
    QTest::newRow("one day") << qint64(-d) << "1 day ago";
    QTest::newRow("a day and hours") << qint64(d + 5 * h) << "in 1 day 5 h";
    QTest::newRow("three days ago") << qint64(-3 * d - 4 * h) << "3 days ago";
    QTest::newRow("months") << qint64(95 * d) << "in 3 months";
    QTest::newRow("years") << qint64(-(15 * 365 + 200) * d) << "15 years ago";
}

void TstDurations::relative()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Durations::relative(seconds), text);
}

void TstDurations::countdown_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(7) << "7 s";
    QTest::newRow("minutes") << qint64(4 * 60 + 2) << "4 min 02 s";
    QTest::newRow("hours") << qint64(23 * 3600 + 12 * 60 + 4) << "23 h 12 min 04 s";
    QTest::newRow("days") << qint64(2 * 86400 + 3 * 3600 + 5 * 60 + 9) << "2 days 03 h 05 min 09 s";
    QTest::newRow("one day") << qint64(86400) << "1 day 00 h 00 min 00 s";
}

void TstDurations::countdown()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Durations::countdown(seconds), text);
}

void TstDurations::isoUtc()
{
    QCOMPARE(Durations::isoUtc(QDateTime::fromSecsSinceEpoch(1300819380, Qt::UTC)),
             QStringLiteral("2011-03-22T18:43:00Z"));
    QCOMPARE(Durations::isoUtc(QDateTime::fromMSecsSinceEpoch(1300819380250, Qt::UTC)),
             QStringLiteral("2011-03-22T18:43:00.250Z"));
    // Local times are converted, never printed with their offset.
    const QDateTime berlin(QDate(2026, 7, 1), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(Durations::isoUtc(berlin), QStringLiteral("2026-07-01T12:00:00Z"));
}

void TstDurations::stamps()
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(1300819380250, Qt::UTC);
    QCOMPARE(Durations::utcStamp(when), QStringLiteral("2011-03-22 18:43:00 UTC"));
    const QDateTime berlin(QDate(2026, 7, 1), QTime(14, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(Durations::utcStamp(berlin), QStringLiteral("2026-07-01 12:00:00 UTC"));
    // The local stamp is the same moment in this computer's zone, whatever zone it came in.
    const QString local = Durations::localStamp(berlin);
    QCOMPARE(local, Durations::localStamp(berlin.toUTC()));
    QVERIFY2(local.contains(berlin.toLocalTime().toString(QStringLiteral("HH:mm:ss"))),
             qPrintable(local));
    QVERIFY2(local.contains(QStringLiteral("2026")), qPrintable(local));
}

QTEST_GUILESS_MAIN(TstDurations)
#include "tst_durations.moc"
