#include "ExpiryWatcher.h"

#include "util/Clock.h"

#include <QTimer>

#include <algorithm>

ExpiryWatcher::ExpiryWatcher(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    connect(&m_timer, &DeadlineTimer::timeout, this, &ExpiryWatcher::check);
    connect(m_profiles, &ProfileStore::changed, this, &ExpiryWatcher::check);
    // The first look comes later, once whoever made us has connected to expiringSoon().
    QTimer::singleShot(0, this, &ExpiryWatcher::check);
}

void ExpiryWatcher::setLeadTime(std::chrono::seconds lead)
{
    m_lead = lead;
    check();
}

void ExpiryWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    check();
}

void ExpiryWatcher::check()
{
    m_timer.stop();
    if (!m_enabled)
        return;
    const QDateTime now = Clock::now();
    std::optional<QDateTime> next;
    QList<ExpiringToken> due;
    for (const Profile &profile : m_profiles->profiles()) {
        const auto &expiresAt = profile.lastToken.expiresAt;
        if (!expiresAt || *expiresAt <= now)
            continue; // no expiry, or already expired: the list's badge says so
        const QDateTime warnAt = expiresAt->addSecs(-m_lead.count());
        if (warnAt > now) {
            next = next ? qMin(*next, warnAt) : warnAt;
            continue;
        }
        if (m_announced.value(profile.id) != *expiresAt) {
            m_announced.insert(profile.id, *expiresAt);
            due.append({profile.id, profile.name, *expiresAt});
        }
    }
    if (next)
        m_timer.start(*next);
    if (due.isEmpty())
        return;
    std::stable_sort(due.begin(), due.end(), [](const ExpiringToken &a, const ExpiringToken &b) {
        return a.expiresAt < b.expiresAt;
    });
    Q_EMIT expiringSoon(due);
}
