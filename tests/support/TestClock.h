#pragma once

#include "util/Clock.h"

#include <QDateTime>

#include <chrono>

// A clock that stands still until the test moves it, in use from construction to destruction.
// It starts on a whole second of the current time, so tokens made against it have whole seconds
// left; moving it makes every DeadlineTimer now due fire before advance() returns.
class TestClock : public Clock
{
public:
    explicit TestClock(const QDateTime &start = QDateTime());
    ~TestClock() override;

    void advance(std::chrono::milliseconds by);
    void setNow(const QDateTime &when);
    const QDateTime &current() const { return m_now; }

protected:
    QDateTime currentTime() const override { return m_now; }

private:
    QDateTime m_now;
};
