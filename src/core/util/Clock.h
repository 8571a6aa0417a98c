#pragma once

#include <QDateTime>
#include <QObject>

// Where everything that reasons about wall-clock time asks what time it is: token expiry, the
// expiry watcher, the clipboard's clear, the countdowns, automatic re-login. The system clock
// answers unless a test installed its own, which it moves on by hand instead of sleeping.
class Clock
{
public:
    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
    // A clock that goes away while in use gives the system clock back.
    virtual ~Clock();

    // The time now, in UTC, by the clock in use.
    static QDateTime now();
    // Milliseconds from now to `when`: negative once it has passed.
    static qint64 msecsTo(const QDateTime &when);

    // Puts `clock` in use (not owned; nullptr: the system clock) and tells every DeadlineTimer.
    static void install(Clock *clock);

protected:
    virtual QDateTime currentTime() const;
    // For clocks that move other than by running on: every DeadlineTimer looks at the time
    // again, and those now due fire before this returns.
    static void announceJump();
};

// The one object every DeadlineTimer listens to for jumps of whichever clock is in use.
class ClockJumps : public QObject
{
    Q_OBJECT

public:
    static ClockJumps *instance();

Q_SIGNALS:
    void jumped();

private:
    ClockJumps() = default;
    friend class Clock;
};
