#pragma once

#include "profiles/ProfileStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>

// Says when a profile's token is about to expire, a set time before it does, once per token.
// One timer, set for the next moment that matters: an idle app wakes for nothing else.
class ExpiryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExpiryWatcher(ProfileStore *profiles, QObject *parent = nullptr);

    void setLeadTime(std::chrono::seconds lead);
    std::chrono::seconds leadTime() const { return m_lead; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Milliseconds until the watcher next wakes, or -1 when nothing is pending (for tests).
    int msecsUntilNextCheck() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

Q_SIGNALS:
    void expiringSoon(const QUuid &id, const QDateTime &expiresAt);

private:
    void check();

    ProfileStore *m_profiles;
    QTimer m_timer;
    std::chrono::seconds m_lead{5 * 60};
    bool m_enabled = true;
    QHash<QUuid, QDateTime> m_announced; // the expiry each profile was last warned about
};
