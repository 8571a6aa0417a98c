#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

// A single-shot timer for a moment on the Clock rather than for a span of milliseconds: it fires
// once Clock::now() reaches its deadline, whether time got there by running on or by a test
// moving the clock. A QTimer wakes it; woken early (a coarse timer may be), it sleeps again.
class DeadlineTimer : public QObject
{
    Q_OBJECT

public:
    explicit DeadlineTimer(QObject *parent = nullptr);

    // How precisely the QTimer underneath wakes (Qt::CoarseTimer by default).
    void setTimerType(Qt::TimerType type) { m_type = type; }

    // Fires at `deadline`, or as soon as control returns to the event loop when it has passed.
    void start(const QDateTime &deadline);
    void startIn(qint64 msecs);
    void stop();

    bool isActive() const { return m_deadline.isValid(); }
    const QDateTime &deadline() const { return m_deadline; }
    // Milliseconds left by the clock, 0 when due, -1 when not active.
    qint64 remainingTime() const;

Q_SIGNALS:
    void timeout();

private:
    // Fires when due; otherwise sets the QTimer for what is left.
    void check();

    QTimer m_timer;
    QDateTime m_deadline;
    Qt::TimerType m_type = Qt::CoarseTimer;
};
