#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <utility>

class ExpiryWatcher;
class ProfileActions;
class ProfileStore;
class QMainWindow;
class TrayIcon;
struct ExpiringToken;

// The window's tray icon, where the desktop has a tray, and the word that a token expires soon:
// in the tray where there is one, and in the status bar.
class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(ProfileStore *profiles, QMainWindow *window, ProfileActions *actions,
                   ExpiryWatcher *expiry);

    // Looks for the tray and shows the icon there. Asking whether the desktop has a tray
    // connects to the D-Bus session bus and waits for an answer: after the first paint, not
    // before it.
    void start();

private:
    void announce(const QList<ExpiringToken> &tokens);

    ProfileStore *m_profiles;
    QMainWindow *m_window;
    ProfileActions *m_actions;
    TrayIcon *m_tray = nullptr; // only where the desktop has a tray
    bool m_lookedFor = false;
    // An expiry announced before the tray was looked for: its title and message.
    std::optional<std::pair<QString, QString>> m_notice;
};
