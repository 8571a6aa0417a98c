#include "DeadlineTimer.h"

#include "util/Clock.h"

#include <limits>

DeadlineTimer::DeadlineTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineTimer::check);
    connect(ClockJumps::instance(), &ClockJumps::jumped, this, [this] {
        if (isActive())
            check();
    });
}

void DeadlineTimer::start(const QDateTime &deadline)
{
    m_deadline = deadline.isValid() ? deadline : Clock::now();
    const qint64 left = Clock::msecsTo(m_deadline);
    // What is due already fires from the event loop, as a QTimer started with 0 would. The last
    // second is slept precisely: a very coarse timer rounds it to whole seconds, even to none.
    m_timer.setTimerType(left < 1000 ? Qt::PreciseTimer : m_type);
    m_timer.start(int(qBound(qint64(0), left, qint64(std::numeric_limits<int>::max()))));
}

void DeadlineTimer::startIn(qint64 msecs)
{
    start(Clock::now().addMSecs(msecs));
}

void DeadlineTimer::stop()
{
    m_deadline = QDateTime();
    m_timer.stop();
}

qint64 DeadlineTimer::remainingTime() const
{
    return isActive() ? qMax<qint64>(0, Clock::msecsTo(m_deadline)) : -1;
}

void DeadlineTimer::check()
{
    if (Clock::msecsTo(m_deadline) > 0) {
        start(m_deadline);
        return;
    }
    stop();
    Q_EMIT timeout();
}
