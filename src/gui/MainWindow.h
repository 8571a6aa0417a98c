#pragma once

#include "compose/RequestRunner.h"

#include <QMainWindow>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class MainWindow;
}
class AppServices;
class ProfileListWidget;
class SecureClipboard;
class TokenPanel;
class QLabel;
class QMenu;
class ExpiryWatcher;
class TrayIcon;
class ComposerWidget;
class ResponseViewer;
class QTabWidget;
class HistoryPanel;
class ExplorerPanel;
class CollectionsPanel;
struct AppSettings;
struct Session;
struct Error;

// The application window: the profiles on the left, the token of the chosen one (or any pasted
// token) on the right. It shows what the core says and hands it what people do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices *services, QWidget *parent = nullptr);
    ~MainWindow() override;

    TokenPanel *tokenPanel() const { return m_tokenPanel; }
    ProfileListWidget *profileList() const { return m_profileList; }
    SecureClipboard *clipboard() const { return m_clipboard; }
    ExpiryWatcher *expiryWatcher() const { return m_expiryWatcher; }
    QTabWidget *workspace() const { return m_workspace; }
    // The request and history pages are built after the first paint, or on first use: these
    // build them when they are not there yet.
    ComposerWidget *composer();
    ResponseViewer *responseViewer();
    HistoryPanel *historyPanel();
    ExplorerPanel *explorer();
    CollectionsPanel *collections();
    QWidget *requestPage();

    enum class Copy
    {
        Token,
        Header,
    };
    // Copy Token or Copy Header of a profile, with a fresh session (logging in first as needed);
    // `done` hears how it went (the D-Bus face answers its caller with it).
    void copy(const QUuid &id, Copy what, std::function<void(const Result<bool> &)> done);

public Q_SLOTS:
    void newProfile();
    void editProfile(const QUuid &id);
    void duplicateProfile(const QUuid &id);
    void deleteProfile(const QUuid &id);
    void logIn(const QUuid &id);
    void copyToken(const QUuid &id);
    void copyHeader(const QUuid &id);
    void testToken(const QUuid &id);

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildClipboardMenu();
    // What nobody sees in the first frame waits until it has been painted.
    void finishStartUp();
    void startTray();
    void ensureWorkPages();
    void buildRequestMenu();
    void openHistory();
    void applyHistorySettings(const AppSettings &settings);
    void showPreferences();
    void applySettings();
    void setClipboardDelay(int seconds);
    void showAbout();
    static QString tokenCaption(const QString &profile, const Session &session);
    void showProfileToken(const QUuid &id);
    void showKeychainBanner(bool sessionOnly, const QString &reason);
    void rememberSendAs(const QUuid &id, const TokenDelivery &delivery);
    void showError(const QString &title, const Error &error);
    QString profileName(const QUuid &id) const;
    void saveRequestAs();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices *m_services;
    SecureClipboard *m_clipboard;
    ProfileListWidget *m_profileList = nullptr;
    TokenPanel *m_tokenPanel = nullptr;
    QTabWidget *m_workspace = nullptr;
    QMetaObject::Connection m_focusWatch; // Ctrl+F follows the focus

    ComposerWidget *m_composer = nullptr;
    ResponseViewer *m_response = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    ExplorerPanel *m_explorer = nullptr;
    QWidget *m_requestPage = nullptr; // the tab's page; its contents come with ensureWorkPages()
    QWidget *m_historyPage = nullptr;
    CollectionsPanel *m_collections = nullptr;
    QMenu *m_requestMenu = nullptr;
    bool m_startUpFinished = false;
    QLabel *m_banner = nullptr;
    ExpiryWatcher *m_expiryWatcher = nullptr;
    TrayIcon *m_tray = nullptr; // only where the desktop has a tray
    bool m_trayLookedFor = false;
    // An expiry announced before the tray was looked for: its title and message.
    std::optional<std::pair<QString, QString>> m_trayNotice;
    bool m_signedOut = false;
    bool m_closing = false;
};
