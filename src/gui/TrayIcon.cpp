#include "TrayIcon.h"

#include "auth/AuthenticatorFactory.h"
#include "profiles/ProfileStore.h"

#include <QCollator>
#include <QIcon>

TrayIcon::TrayIcon(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    m_menu.setObjectName(QStringLiteral("trayMenu"));
    m_icon.setIcon(QIcon(QStringLiteral(":/icons/tokenbench.svg")));
    m_icon.setToolTip(tr("Tokenbench: click a profile to copy a fresh token"));
    m_icon.setContextMenu(&m_menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    connect(m_profiles, &ProfileStore::changed, this, &TrayIcon::rebuildMenu);
    rebuildMenu();
}

void TrayIcon::show()
{
    m_icon.show();
}

void TrayIcon::notify(const QString &title, const QString &message)
{
    m_icon.showMessage(title, message, QSystemTrayIcon::Warning);
}

void TrayIcon::rebuildMenu()
{
    m_menu.clear();
    QList<Profile> profiles = m_profiles->profiles();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(profiles.begin(), profiles.end(), [&](const Profile &a, const Profile &b) {
        if (a.vendor != b.vendor)
            return a.vendor < b.vendor;
        return collator.compare(a.name, b.name) < 0;
    });
    if (profiles.isEmpty()) {
        QAction *none = m_menu.addAction(tr("No profiles yet"));
        none->setEnabled(false);
    }
    QString vendor;
    for (const Profile &profile : std::as_const(profiles)) {
        if (profile.vendor != vendor) {
            vendor = profile.vendor;
            const auto d = AuthenticatorFactory::find(profile.vendor, profile.method);
            m_menu.addSection(d ? d->vendorName : profile.vendor);
        }
        QAction *action = m_menu.addAction(tr("Copy Token: %1").arg(profile.name));
        action->setObjectName(QStringLiteral("trayCopy_") +
                              profile.id.toString(QUuid::WithoutBraces));
        action->setToolTip(profile.baseUrl.host());
        const QUuid id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT copyTokenRequested(id); });
    }
    m_menu.addSeparator();
    connect(m_menu.addAction(tr("Show Tokenbench")), &QAction::triggered, this,
            &TrayIcon::showWindowRequested);
    connect(m_menu.addAction(tr("Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
}
