#pragma once

#include "util/Result.h"

#include <QObject>
#include <QUuid>

#include <functional>

class AppServices;
class ProfileListWidget;
class ProfileTokenPresenter;
class QMainWindow;
class SecureClipboard;

// What people do to profiles, from the list, the menus, the tray and D-Bus: create, edit,
// duplicate and delete them, log in, copy or test a token, and sign out before the window goes.
// Its dialogs open over the window; what happened shows in the window's status bar.
class ProfileActions : public QObject
{
    Q_OBJECT

public:
    ProfileActions(AppServices *services, QMainWindow *window, ProfileListWidget *list,
                   ProfileTokenPresenter *tokenView, SecureClipboard *clipboard);

    enum class Copy
    {
        Token,
        Header,
    };
    // Copy Token or Copy Header of a profile, with a fresh session (logging in first as needed);
    // `done` hears how it went (the D-Bus face answers its caller with it).
    void copy(const QUuid &id, Copy what, std::function<void(const Result<bool> &)> done);

    // True once the sessions that can be ended on the server are ended. Until then it starts
    // that (once) and closes the window again when it is done.
    bool signedOutForClose();

public Q_SLOTS:
    void newProfile();
    void editProfile(const QUuid &id);
    void duplicateProfile(const QUuid &id);
    void deleteProfile(const QUuid &id);
    void logIn(const QUuid &id);
    void copyToken(const QUuid &id);
    void copyHeader(const QUuid &id);
    void testToken(const QUuid &id);

private:
    void showError(const QString &title, const Error &error);
    void showStatus(const QString &message);
    QString profileName(const QUuid &id) const;

    AppServices *m_services;
    QMainWindow *m_window;
    ProfileListWidget *m_list;
    ProfileTokenPresenter *m_tokenView;
    SecureClipboard *m_clipboard;
    bool m_signingOut = false;
    bool m_signedOut = false;
};
