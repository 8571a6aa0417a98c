#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>
#include <QUuid>

class ProfileStore;

// The analysts' fast path: a tray icon whose menu lists every profile; one click asks for a fresh
// token of it on the clipboard. It also carries the "token expires soon" notifications.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(ProfileStore *profiles, QObject *parent = nullptr);

    QMenu *menu() { return &m_menu; }
    QSystemTrayIcon *icon() { return &m_icon; }
    void show();

    void notify(const QString &title, const QString &message);

Q_SIGNALS:
    void copyTokenRequested(const QUuid &id);
    void showWindowRequested();
    void quitRequested();

private:
    void rebuildMenu();

    ProfileStore *m_profiles;
    QMenu m_menu;
    QSystemTrayIcon m_icon;
};
