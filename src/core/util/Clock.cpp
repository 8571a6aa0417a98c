#include "Clock.h"

#include <atomic>

namespace {

Clock &systemClock()
{
    static Clock clock;
    return clock;
}

std::atomic<Clock *> g_inUse{nullptr};

} // namespace

Clock::~Clock()
{
    Clock *self = this;
    if (g_inUse.compare_exchange_strong(self, nullptr))
        announceJump();
}

QDateTime Clock::now()
{
    const Clock *clock = g_inUse.load();
    return (clock ? *clock : systemClock()).currentTime();
}

qint64 Clock::msecsTo(const QDateTime &when)
{
    return now().msecsTo(when);
}

void Clock::install(Clock *clock)
{
    g_inUse.store(clock == &systemClock() ? nullptr : clock);
    announceJump();
}

QDateTime Clock::currentTime() const
{
    return QDateTime::currentDateTimeUtc();
}

void Clock::announceJump()
{
    Q_EMIT ClockJumps::instance()->jumped();
}

ClockJumps *ClockJumps::instance()
{
    static ClockJumps jumps;
    return &jumps;
}
