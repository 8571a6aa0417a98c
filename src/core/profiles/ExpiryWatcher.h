#pragma once

#include "profiles/ProfileStore.h"
#include "util/DeadlineTimer.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <optional>

// A token that will expire within the lead time, as announced by ExpiryWatcher.
struct ExpiringToken
{
    QUuid id;
    QString profileName;
    QDateTime expiresAt;
};

// Says when a profile's token is about to expire, a set time before it does, once per token.
// One timer, set for the next moment that matters: an idle app wakes for nothing else.
// Tokens that come due at the same look are announced together, in one signal: a folder of
// many profiles whose tokens all expire this hour gets one message, not one each.
class ExpiryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ExpiryWatcher(ProfileStore *profiles, QObject *parent = nullptr);

    void setLeadTime(std::chrono::seconds lead);
    std::chrono::seconds leadTime() const { return m_lead; }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Milliseconds by the Clock until the watcher next looks, or -1 when nothing is pending.
    qint64 msecsUntilNextCheck() const { return m_timer.remainingTime(); }

Q_SIGNALS:
    // Never empty; the soonest to expire first.
    void expiringSoon(const QList<ExpiringToken> &tokens);

private:
    void check();

    ProfileStore *m_profiles;
    DeadlineTimer m_timer;
    std::chrono::seconds m_lead{5 * 60};
    bool m_enabled = true;
    QHash<QUuid, QDateTime> m_announced; // the expiry each profile was last warned about
};
