#pragma once

#include "util/DeadlineTimer.h"

#include <QObject>
#include <QString>

class QMimeData;

// Puts secrets on the clipboard the way a password manager does: marked as secret so clipboard
// managers and history tools skip them, cleared after a delay, and on quit, but only while the
// clipboard still holds what we put there; what someone copied since is never touched.
class SecureClipboard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearSeconds = 30;

    explicit SecureClipboard(QObject *parent = nullptr);
    ~SecureClipboard() override;

    // Seconds before a copied secret is cleared; 0 keeps it until quit.
    void setClearDelay(int seconds);
    int clearDelay() const { return m_clearDelay; }

    // `what` says in words what was copied ("Token copied."), for whoever shows the countdown:
    // every copy says what it is, so no confirmation outlives what it confirms.
    void copySecret(const QString &text, const QString &what = {});
    QString copiedWhat() const { return m_what; }
    // Clears the clipboard if it still holds our secret.
    void clearNow();

    // True while the clipboard holds the last secret we copied.
    bool holdsSecret() const;
    // Seconds until the clipboard is cleared, or -1 when no clear is pending.
    int secondsUntilClear() const;

    // The clipboard payload for a secret, with the platform's "do not record" markers.
    static QMimeData *secretMimeData(const QString &text);

Q_SIGNALS:
    void copied();
    void countdownChanged(int secondsLeft);
    void cleared();
    // Someone else put something on the clipboard; our clear is called off.
    void released();

private:
    void onClipboardChanged();
    void forget();
    void scheduleTick();

    QString m_secret;
    QString m_what;
    int m_clearDelay = DefaultClearSeconds;
    DeadlineTimer m_clearTimer; // by the Clock, so tests move time on instead of waiting
    DeadlineTimer m_tickTimer;
    bool m_settingClipboard = false;
};
