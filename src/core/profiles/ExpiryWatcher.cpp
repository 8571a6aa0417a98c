#include "ExpiryWatcher.h"

#include <algorithm>
#include <limits>

ExpiryWatcher::ExpiryWatcher(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ExpiryWatcher::check);
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 leadMs = std::chrono::milliseconds(m_lead).count();
    qint64 nextMs = std::numeric_limits<qint64>::max();
    QList<ExpiringToken> due;
    for (const Profile &profile : m_profiles->profiles()) {
        const auto &expiresAt = profile.lastToken.expiresAt;
        if (!expiresAt)
            continue;
        const qint64 untilExpiry = now.msecsTo(*expiresAt);
        if (untilExpiry <= 0)
            continue; // already expired: the list's badge says so
        const qint64 untilWarning = untilExpiry - leadMs;
        if (untilWarning <= 0) {
            if (m_announced.value(profile.id) != *expiresAt) {
                m_announced.insert(profile.id, *expiresAt);
                due.append({profile.id, profile.name, *expiresAt});
            }
            continue;
        }
        nextMs = qMin(nextMs, untilWarning);
    }
    if (nextMs != std::numeric_limits<qint64>::max())
        m_timer.start(int(qMin<qint64>(nextMs + 50, std::numeric_limits<int>::max())));
    if (due.isEmpty())
        return;
    std::stable_sort(due.begin(), due.end(), [](const ExpiringToken &a, const ExpiringToken &b) {
        return a.expiresAt < b.expiresAt;
    });
    Q_EMIT expiringSoon(due);
}
