#include "TestClock.h"
#include "util/Clock.h"
#include "util/DeadlineTimer.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TstClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemClockByDefault();
    void installedClockAnswersUntilItGoes();
    void deadlineFiresWhenTheClockGetsThere();
    void deadlineFiresAsTimeRunsOn();
    void passedDeadlineFiresFromTheEventLoop();
    void stoppedOrRestartedDeadlineDoesNotFire();
    void clockSetBackPostponesTheDeadline();
};

void TstClock::systemClockByDefault()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock::now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
}

void TstClock::installedClockAnswersUntilItGoes()
{
    const QDateTime start(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    {
        TestClock clock(start);
        QCOMPARE(Clock::now(), start);
        clock.advance(90s);
        QCOMPARE(Clock::now(), start.addSecs(90));
        QCOMPARE(Clock::msecsTo(start.addSecs(100)), qint64(10'000));
    }
    QVERIFY(qAbs(Clock::now().msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
}

void TstClock::deadlineFiresWhenTheClockGetsThere()
{
    TestClock clock;
    DeadlineTimer timer;
    QSignalSpy fired(&timer, &DeadlineTimer::timeout);
    timer.startIn(60'000);
    QVERIFY(timer.isActive());
    QCOMPARE(timer.remainingTime(), qint64(60'000));

    clock.advance(59'999ms);
    QCOMPARE(fired.count(), 0);
    QCOMPARE(timer.remainingTime(), qint64(1));
    clock.advance(1ms);
    QCOMPARE(fired.count(), 1); // before advance() returns: no waiting in the test
    QVERIFY(!timer.isActive());
    QCOMPARE(timer.remainingTime(), qint64(-1));

    clock.advance(1h);
    QCOMPARE(fired.count(), 1); // single-shot
}

void TstClock::deadlineFiresAsTimeRunsOn()
{
    // The system clock: the QTimer underneath wakes it.
    DeadlineTimer timer;
    QSignalSpy fired(&timer, &DeadlineTimer::timeout);
    const QDateTime deadline = Clock::now().addMSecs(30);
    timer.start(deadline);
    QVERIFY(fired.wait(5000));
    QVERIFY(Clock::now() >= deadline);
}

void TstClock::passedDeadlineFiresFromTheEventLoop()
{
    TestClock clock;
    DeadlineTimer timer;
    QSignalSpy fired(&timer, &DeadlineTimer::timeout);
    timer.start(Clock::now().addSecs(-5));
    QCOMPARE(fired.count(), 0); // never inside start()
    QCOMPARE(timer.remainingTime(), qint64(0));
    QVERIFY(fired.wait(5000));
}

void TstClock::stoppedOrRestartedDeadlineDoesNotFire()
{
    TestClock clock;
    DeadlineTimer timer;
    QSignalSpy fired(&timer, &DeadlineTimer::timeout);
    timer.startIn(1000);
    timer.stop();
    clock.advance(2s);
    QCOMPARE(fired.count(), 0);

    timer.startIn(1000);
    timer.startIn(5000); // the later deadline replaces the earlier one
    clock.advance(2s);
    QCOMPARE(fired.count(), 0);
    clock.advance(3s);
    QCOMPARE(fired.count(), 1);
}

void TstClock::clockSetBackPostponesTheDeadline()
{
    TestClock clock;
    DeadlineTimer timer;
    QSignalSpy fired(&timer, &DeadlineTimer::timeout);
    const QDateTime deadline = Clock::now().addSecs(10);
    timer.start(deadline);
    clock.setNow(deadline.addSecs(-3600));
    QCOMPARE(fired.count(), 0);
    QCOMPARE(timer.remainingTime(), qint64(3600 * 1000));
    clock.setNow(deadline);
    QCOMPARE(fired.count(), 1);
}

QTEST_GUILESS_MAIN(TstClock)
#include "tst_clock.moc"
