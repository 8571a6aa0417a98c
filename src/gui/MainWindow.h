#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class AppServices;
class ClipboardDelayMenu;
class CollectionsPanel;
class ComposerWidget;
class ExpiryWatcher;
class ExplorerPanel;
class HistoryPanel;
class ProfileActions;
class ProfileListWidget;
class ProfileTokenPresenter;
class QLabel;
class QSplitter;
class QTabWidget;
class ResponseViewer;
class SecureClipboard;
class TokenPanel;
class TrayController;
class WorkPages;

// The application window: the profiles on the left, the token of the chosen one (or any pasted
// token) on the right. It puts the window together; what people do to profiles is
// ProfileActions', the request and history pages are WorkPages', the tray is TrayController's.
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
    ProfileActions *profileActions() const { return m_actions; }
    // The request and history pages are built after the first paint, or on first use: these
    // build them when they are not there yet.
    ComposerWidget *composer();
    ResponseViewer *responseViewer();
    HistoryPanel *historyPanel();
    ExplorerPanel *explorer();
    CollectionsPanel *collections();
    QWidget *requestPage();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildRightSide(QWidget *parent);
    void buildViewMenu();
    void buildMenus();
    void connectServices();
    void restoreLayout();
    // What nobody sees in the first frame waits until it has been painted.
    void finishStartUp();
    void showPreferences();
    void applySettings();
    void showAbout();
    void showKeychainBanner(bool sessionOnly, const QString &reason);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppServices *m_services;
    SecureClipboard *m_clipboard;
    QSplitter *m_splitter = nullptr;
    ProfileListWidget *m_profileList = nullptr;
    TokenPanel *m_tokenPanel = nullptr;
    QTabWidget *m_workspace = nullptr;
    QLabel *m_banner = nullptr;
    QMetaObject::Connection m_focusWatch; // Ctrl+F follows the focus

    ProfileTokenPresenter *m_tokenView = nullptr;
    ProfileActions *m_actions = nullptr;
    WorkPages *m_pages = nullptr;
    ClipboardDelayMenu *m_clipboardMenu = nullptr;
    ExpiryWatcher *m_expiryWatcher = nullptr;
    TrayController *m_tray = nullptr;
    bool m_startUpFinished = false;
};
