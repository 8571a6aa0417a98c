#pragma once

#include <QObject>
#include <QUuid>

class AppServices;
class ProfileListWidget;
class QWidget;
class TokenPanel;
struct Session;
struct TokenDelivery;

// Keeps the token panel on the chosen profile's token: it follows the profile list and the
// sessions, and keeps the header a person picks there (Send as) with the profile.
class ProfileTokenPresenter : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent, and the window its message boxes open over.
    ProfileTokenPresenter(AppServices *services, ProfileListWidget *list, TokenPanel *panel,
                          QWidget *window);

    // Shows the token of `id` once the session service has it, if `id` is still the chosen
    // profile by then; a null id empties the panel.
    void show(const QUuid &id);

private:
    static QString tokenCaption(const QString &profile, const Session &session);
    void rememberSendAs(const QUuid &id, const TokenDelivery &delivery);

    AppServices *m_services;
    ProfileListWidget *m_list;
    TokenPanel *m_panel;
    QWidget *m_window;
};
