#include "TestClock.h"

TestClock::TestClock(const QDateTime &start)
    : m_now(start.isValid()
                ? start.toUTC()
                : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC))
{
    install(this);
}

TestClock::~TestClock()
{
    install(nullptr);
}

void TestClock::advance(std::chrono::milliseconds by)
{
    setNow(m_now.addMSecs(by.count()));
}

void TestClock::setNow(const QDateTime &when)
{
    m_now = when.toUTC();
    announceJump();
}
