#include "MainWindow.h"
#include "Notices.h"

#include "AppServices.h"
#include "AppSettings.h"
#include "ClipboardDelayMenu.h"
#include "LoginPrompter.h"
#include "ProfileActions.h"
#include "ProfileListWidget.h"
#include "ProfileTokenPresenter.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "TokenPanel.h"
#include "TrayController.h"
#include "WorkPages.h"
#include "profiles/ExpiryWatcher.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const char *const GeometryKey = "window/geometry";
const char *const StateKey = "window/state";
const char *const SplitterKey = "window/splitter";
constexpr int FinishStartUpDelayMs = 250;
} // namespace

MainWindow::MainWindow(AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
    , m_clipboard(new SecureClipboard(this))
{
    m_ui->setupUi(this);
    // Whenever the session service needs a person, the login dialog asks over this window.
    m_services->sessions().setPrompter(new LoginPrompter(this, &m_services->profiles()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokenbench.svg")));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_profileList = new ProfileListWidget(&m_services->profiles(), m_splitter);
    m_profileList->setObjectName(QStringLiteral("profileListWidget"));
    // Names must stay readable however wide the request page wants to be: the list keeps the
    // width its names need (ProfileListWidget::widthForNames).
    QWidget *right = buildRightSide(m_splitter);
    buildViewMenu();
    menuBar()->insertMenu(m_ui->menuSettings->menuAction(), m_pages->requestMenu());
    m_splitter->addWidget(m_profileList);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({std::max(340, m_profileList->minimumWidth()), 840});
    setCentralWidget(m_splitter);

    QToolBar *toolBar = m_profileList->makeToolBar(this);
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    addToolBar(Qt::TopToolBarArea, toolBar);

    m_tokenView = new ProfileTokenPresenter(m_services, m_profileList, m_tokenPanel, this);
    m_actions = new ProfileActions(m_services, this, m_profileList, m_tokenView, m_clipboard);
    buildMenus();
    connectServices();
    m_clipboardMenu = new ClipboardDelayMenu(m_ui->menuClearClipboardAfter, m_clipboard, this);

    // A few minutes before a token expires, say so: in the tray where there is one, else in the
    // status bar.
    m_expiryWatcher = new ExpiryWatcher(&m_services->profiles(), this);
    m_tray = new TrayController(&m_services->profiles(), this, m_actions, m_expiryWatcher);
    applySettings();
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The services outlive the window: nobody is left to ask once it is gone.
    m_services->sessions().setPrompter(nullptr);
    // QWidget's destructor still moves the focus, after this window's part is gone.
    disconnect(m_focusWatch);
}

// The keychain banner over the workspace: the token, requests with the chosen profile's
// credentials, what was sent.
QWidget *MainWindow::buildRightSide(QWidget *parent)
{
    auto *right = new QWidget(parent);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(right);
    m_banner->setObjectName(QStringLiteral("keychainBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #6b4100; border: 1px solid #e0b060;"
                       " border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();
    rightLayout->addWidget(m_banner);
    m_workspace = new QTabWidget(right);
    m_workspace->setObjectName(QStringLiteral("workspaceTabWidget"));
    m_workspace->setDocumentMode(true);
    m_tokenPanel = new TokenPanel(m_clipboard, m_workspace);
    m_tokenPanel->setHttpClient(&m_services->http());
    m_tokenPanel->setObjectName(QStringLiteral("tokenPanel"));
    m_workspace->addTab(m_tokenPanel, tr("Token"));
    m_pages = new WorkPages(m_services, this, m_workspace, m_profileList, m_clipboard);
    rightLayout->addWidget(m_workspace, 1);
    return right;
}

// The View menu: Ctrl+1, Ctrl+2... choose the tabs, Ctrl+PgDn and Ctrl+PgUp step through them,
// as in browsers, wherever the focus is (the profile list included).
void MainWindow::buildViewMenu()
{
    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (int i = 0; i < m_workspace->count(); ++i) {
        QAction *go = viewMenu->addAction(m_workspace->tabText(i));
        go->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_workspace->setCurrentIndex(i); });
        addAction(go);
        m_workspace->setTabToolTip(
            i, tr("%1 (%2)").arg(m_workspace->tabText(i),
                                 go->shortcut().toString(QKeySequence::NativeText)));
    }
    viewMenu->addSeparator();
    const auto step = [this](int by) {
        const int count = m_workspace->count();
        m_workspace->setCurrentIndex((m_workspace->currentIndex() + by + count) % count);
    };
    QAction *next = viewMenu->addAction(tr("&Next Tab"), this, [step] { step(1); });
    next->setObjectName(QStringLiteral("nextTabAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = viewMenu->addAction(tr("&Previous Tab"), this, [step] { step(-1); });
    previous->setObjectName(QStringLiteral("previousTabAction"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    addAction(next);
    addAction(previous);
    menuBar()->insertMenu(m_ui->menuSettings->menuAction(), viewMenu);
}

void MainWindow::buildMenus()
{
    // The Profile menu: what the list offers, with its shortcuts shown.
    for (QAction *action : m_profileList->profileActions()) {
        if (action)
            m_ui->menuProfile->addAction(action);
        else
            m_ui->menuProfile->addSeparator();
    }
    m_ui->menuProfile->addSeparator();
    m_ui->menuProfile->addAction(m_profileList->filterAction());
    // Ctrl+F belongs to the pane with focus: a response body searches itself, anywhere else the
    // profiles are filtered. One shortcut at a time, never an ambiguous pair.
    m_focusWatch =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
            bool owned = false;
            for (QWidget *w = now; w && w != this && !owned; w = w->parentWidget())
                owned = w->property("ownsFindShortcut").toBool();
            QAction *filter = m_profileList->filterAction();
            const QKeySequence wanted = owned ? QKeySequence() : QKeySequence(QKeySequence::Find);
            if (filter->shortcut() != wanted)
                filter->setShortcut(wanted);
        });

    m_ui->actionPasteToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_ui->actionCopyToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->actionCopyHeader->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->actionClearToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    connect(m_ui->actionPasteToken, &QAction::triggered, m_tokenPanel,
            &TokenPanel::pasteFromClipboard);
    connect(m_ui->actionCopyToken, &QAction::triggered, m_tokenPanel, &TokenPanel::copyToken);
    connect(m_ui->actionCopyHeader, &QAction::triggered, m_tokenPanel, &TokenPanel::copyHeader);
    connect(m_ui->actionClearToken, &QAction::triggered, m_tokenPanel, &TokenPanel::clear);
    connect(m_ui->actionClearClipboard, &QAction::triggered, m_clipboard,
            &SecureClipboard::clearNow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionImportRequests, &QAction::triggered, m_pages, &WorkPages::importRequests);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    if (m_ui->actionPreferences->shortcut().isEmpty())
        m_ui->actionPreferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

// What the services say about themselves: a session's trouble, a keychain that keeps nothing,
// profiles that did not load.
void MainWindow::connectServices()
{
    connect(&m_services->sessions(), &SessionManager::problem, this,
            [this](const QUuid &id, const Error &error) {
                const auto profile = m_services->profiles().find(id);
                statusBar()->showMessage(
                    tr("%1: %2").arg(profile ? profile->name : QString(), error.message));
            });
    connect(&m_services->secrets(), &SecretStore::sessionOnlyChanged, this,
            &MainWindow::showKeychainBanner);
    showKeychainBanner(m_services->secrets().isSessionOnly() &&
                           !m_services->secrets().sessionOnlyReason().isEmpty(),
                       m_services->secrets().sessionOnlyReason());
    if (!m_services->loadProblem().isEmpty())
        statusBar()->showMessage(m_services->loadProblem());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray()))
        resize(1180, 780);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    m_splitter->restoreState(settings.value(QLatin1String(SplitterKey)).toByteArray());
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_startUpFinished) {
        m_startUpFinished = true;
        // Once the first frame is on the screen and the events that came with it are handled:
        // the pages wait a moment so that nothing delays what the person sees first. Anything
        // that needs them sooner builds them (WorkPages::ensureBuilt).
        QTimer::singleShot(FinishStartUpDelayMs, this, &MainWindow::finishStartUp);
    }
    return handled;
}

void MainWindow::finishStartUp()
{
    m_profileList->loadIcons();
    m_pages->ensureBuilt();
    m_tray->start();
}

ComposerWidget *MainWindow::composer()
{
    return m_pages->composer();
}

ResponseViewer *MainWindow::responseViewer()
{
    return m_pages->responseViewer();
}

HistoryPanel *MainWindow::historyPanel()
{
    return m_pages->historyPanel();
}

ExplorerPanel *MainWindow::explorer()
{
    return m_pages->explorer();
}

CollectionsPanel *MainWindow::collections()
{
    return m_pages->collections();
}

QWidget *MainWindow::requestPage()
{
    return m_pages->requestPage();
}

void MainWindow::showKeychainBanner(bool sessionOnly, const QString &reason)
{
    m_banner->setText(tr("<b>Secrets are kept for this session only.</b> %1 Nothing you enter is "
                         "written anywhere else.")
                          .arg(Notices::unbrokenAddresses(reason).toHtmlEscaped()));
    m_banner->setVisible(sessionOnly);
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(AppSettings::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->settings().save();
        applySettings();
        m_clipboardMenu->rebuild();
    });
    dialog->open();
}

void MainWindow::applySettings()
{
    const AppSettings settings = AppSettings::load();
    m_services->applySettings(settings);
    m_pages->applyHistorySettings(settings);
    m_clipboard->setClearDelay(settings.clipboardClearSeconds);
    m_expiryWatcher->setEnabled(settings.notifyBeforeExpiry);
    m_expiryWatcher->setLeadTime(std::chrono::minutes(settings.notifyMinutesBefore));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tokenbench"),
        tr("<h3>Tokenbench %1</h3>"
           "<p>Holds the tokens of real vendor APIs safely and makes them easy to use.</p>"
           "<p>Tokens are decoded on this computer only; signatures are never claimed to be "
           "verified.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Sessions that can be ended on the server are ended before we go.
    if (!m_actions->signedOutForClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    settings.setValue(QLatin1String(SplitterKey), m_splitter->saveState());
    m_clipboard->clearNow();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_clipboardMenu)
            m_clipboardMenu->rebuild();
    }
    QMainWindow::changeEvent(event);
}
