#include "TrayController.h"

#include "ProfileActions.h"
#include "TrayIcon.h"
#include "profiles/ExpiryWatcher.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QMainWindow>
#include <QStatusBar>

TrayController::TrayController(ProfileStore *profiles, QMainWindow *window, ProfileActions *actions,
                               ExpiryWatcher *expiry)
    : QObject(window)
    , m_profiles(profiles)
    , m_window(window)
    , m_actions(actions)
{
    connect(expiry, &ExpiryWatcher::expiringSoon, this, &TrayController::announce);
}

void TrayController::announce(const QList<ExpiringToken> &tokens)
{
    const ExpiringToken &first = tokens.constFirst();
    const QString when = Durations::relative(Clock::now().secsTo(first.expiresAt));
    const QString message =
        tokens.size() == 1 ? tr("The token of %1 expires %2.").arg(first.profileName, when)
                           : tr("The tokens of %n profile(s) expire soon, starting with %1 %2.",
                                nullptr, int(tokens.size()))
                                 .arg(first.profileName, when);
    const QString title = tokens.size() == 1 ? tr("Token expires soon") : tr("Tokens expire soon");
    if (m_tray)
        m_tray->notify(title, message);
    else if (!m_lookedFor)
        m_notice = {title, message}; // the tray is looked for after the paint
    m_window->statusBar()->showMessage(message);
}

void TrayController::start()
{
    if (m_lookedFor)
        return;
    m_lookedFor = true;
    const std::optional<std::pair<QString, QString>> notice = std::exchange(m_notice, {});
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayIcon(m_profiles, this);
    connect(m_tray, &TrayIcon::copyTokenRequested, m_actions, &ProfileActions::copyToken);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, m_window, &QWidget::close);
    m_tray->show();
    // An expiry announced while the window was being built goes to the tray too.
    if (notice)
        m_tray->notify(notice->first, notice->second);
}
