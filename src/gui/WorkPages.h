#pragma once

#include <QObject>

class AppServices;
class CollectionsPanel;
class ComposerWidget;
class ExplorerPanel;
class HistoryPanel;
class ProfileListWidget;
class QMainWindow;
class QMenu;
class QTabWidget;
class QWidget;
class ResponseViewer;
class SecureClipboard;
struct AppSettings;

// The workspace's Request and History pages and the Request menu. Nothing of the pages shows in
// the first frame and building them is a seventh of start-up (callgrind): their tabs stay empty
// until the window has been painted (ensureBuilt) or something needs them sooner.
class WorkPages : public QObject
{
    Q_OBJECT

public:
    // Adds the two tabs to `workspace`; the pages follow the profile chosen in `list`.
    WorkPages(AppServices *services, QMainWindow *window, QTabWidget *workspace,
              ProfileListWidget *list, SecureClipboard *clipboard);

    // Builds the pages when they are not there yet, and opens the history with them.
    void ensureBuilt();

    // Each builds the pages first when they are not there yet.
    ComposerWidget *composer();
    ResponseViewer *responseViewer();
    HistoryPanel *historyPanel();
    ExplorerPanel *explorer();
    CollectionsPanel *collections();
    QWidget *requestPage();

    // The Request menu (Save to Collection, Open API Document; Send and Cancel join it with the
    // composer), for the window to place.
    QMenu *requestMenu() const { return m_requestMenu; }

    // Into the chosen profile's collections, shown on the request page once imported.
    void importRequests();
    // The history's retention (and the services' settings) from these preferences.
    void applyHistorySettings(const AppSettings &settings);

private:
    void build();
    void connectPages();
    void buildRequestMenu();
    void saveRequestAs();
    void openHistory();
    void showStatus(const QString &message);
    QWidget *addPage(const char *objectName, const QString &title);

    AppServices *m_services;
    QMainWindow *m_window;
    QTabWidget *m_workspace;
    ProfileListWidget *m_list;
    SecureClipboard *m_clipboard;
    QWidget *m_requestPage; // the tab's page; its contents come with ensureBuilt()
    QWidget *m_historyPage;
    QMenu *m_requestMenu = nullptr;
    ComposerWidget *m_composer = nullptr;
    ResponseViewer *m_response = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    ExplorerPanel *m_explorer = nullptr;
    CollectionsPanel *m_collections = nullptr;
};
