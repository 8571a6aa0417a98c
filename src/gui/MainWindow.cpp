#include "MainWindow.h"
#include "Notices.h"

#include "AppServices.h"
#include "AppSettings.h"
#include "LoginPrompter.h"
#include "ProfileEditorDialog.h"
#include "ProfileListWidget.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "TokenPanel.h"
#include "TrayIcon.h"
#include "TrustCaDialog.h"
#include "auth/AuthenticatorFactory.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "explorer/CollectionsPanel.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/ImportRequestsDialog.h"
#include "history/HistoryPanel.h"
#include "profiles/ExpiryWatcher.h"
#include "ui_MainWindow.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
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
constexpr int StatusMessageMs = 6000;
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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    m_profileList = new ProfileListWidget(&m_services->profiles(), splitter);
    m_profileList->setObjectName(QStringLiteral("profileListWidget"));
    // Names must stay readable however wide the request page wants to be: the list keeps the
    // width its names need (ProfileListWidget::widthForNames).

    auto *right = new QWidget(splitter);
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
    // The work on the chosen profile: its token, requests with its credentials, what was sent.
    m_workspace = new QTabWidget(right);
    m_workspace->setObjectName(QStringLiteral("workspaceTabWidget"));
    m_workspace->setDocumentMode(true);
    m_tokenPanel = new TokenPanel(m_clipboard, m_workspace);
    m_tokenPanel->setHttpClient(&m_services->http());
    m_tokenPanel->setObjectName(QStringLiteral("tokenPanel"));
    m_workspace->addTab(m_tokenPanel, tr("Token"));
    // The request and history pages: empty until the first paint is done or someone needs them
    // (ensureWorkPages), since nothing of them shows in the first frame and building them is a
    // seventh of start-up (callgrind).
    m_requestPage = new QWidget(m_workspace);
    m_requestPage->setObjectName(QStringLiteral("requestPage"));
    new QVBoxLayout(m_requestPage);
    m_requestPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_workspace->addTab(m_requestPage, tr("Request"));
    m_historyPage = new QWidget(m_workspace);
    m_historyPage->setObjectName(QStringLiteral("historyPage"));
    new QVBoxLayout(m_historyPage);
    m_historyPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_workspace->addTab(m_historyPage, tr("History"));
    connect(m_workspace, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_workspace->widget(index) != m_tokenPanel)
            ensureWorkPages();
    });
    // The View menu: Ctrl+1, Ctrl+2... choose the tabs, Ctrl+PgDn and Ctrl+PgUp step through
    // them, as in browsers, wherever the focus is (the profile list included).
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
    rightLayout->addWidget(m_workspace, 1);
    buildRequestMenu();
    splitter->addWidget(m_profileList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({std::max(340, m_profileList->minimumWidth()), 840});
    setCentralWidget(splitter);

    QToolBar *toolBar = m_profileList->makeToolBar(this);
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    addToolBar(Qt::TopToolBarArea, toolBar);

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
    connect(m_ui->actionImportRequests, &QAction::triggered, this, &MainWindow::importRequests);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    connect(m_profileList, &ProfileListWidget::newProfileRequested, this, &MainWindow::newProfile);
    connect(m_profileList, &ProfileListWidget::editRequested, this, &MainWindow::editProfile);
    connect(m_profileList, &ProfileListWidget::duplicateRequested, this,
            &MainWindow::duplicateProfile);
    connect(m_profileList, &ProfileListWidget::deleteRequested, this, &MainWindow::deleteProfile);
    connect(m_profileList, &ProfileListWidget::logInRequested, this,
            qOverload<const QUuid &>(&MainWindow::logIn));
    connect(m_profileList, &ProfileListWidget::copyTokenRequested, this, &MainWindow::copyToken);
    connect(m_profileList, &ProfileListWidget::copyHeaderRequested, this, &MainWindow::copyHeader);
    connect(m_profileList, &ProfileListWidget::testTokenRequested, this, &MainWindow::testToken);
    connect(m_profileList, &ProfileListWidget::currentProfileChanged, this,
            &MainWindow::showProfileToken);
    connect(m_tokenPanel, &TokenPanel::deliveryChosen, this, [this](const TokenDelivery &d) {
        rememberSendAs(m_profileList->currentProfileId(), d);
    });

    SessionManager &sessions = m_services->sessions();
    connect(&sessions, &SessionManager::sessionChanged, this, [this](const QUuid &id) {
        if (id == m_profileList->currentProfileId())
            showProfileToken(id);
    });
    connect(&sessions, &SessionManager::problem, this, [this](const QUuid &id, const Error &error) {
        statusBar()->showMessage(tr("%1: %2").arg(profileName(id), error.message));
    });
    connect(&m_services->secrets(), &SecretStore::sessionOnlyChanged, this,
            &MainWindow::showKeychainBanner);
    showKeychainBanner(m_services->secrets().isSessionOnly() &&
                           !m_services->secrets().sessionOnlyReason().isEmpty(),
                       m_services->secrets().sessionOnlyReason());
    if (!m_services->loadProblem().isEmpty())
        statusBar()->showMessage(m_services->loadProblem());

    buildClipboardMenu();

    // A few minutes before a token expires, say so: in the tray where there is one, else in the
    // status bar.
    m_expiryWatcher = new ExpiryWatcher(&m_services->profiles(), this);
    connect(m_expiryWatcher, &ExpiryWatcher::expiringSoon, this,
            [this](const QList<ExpiringToken> &tokens) {
                const ExpiringToken &first = tokens.constFirst();
                const QString when = Durations::relative(Clock::now().secsTo(first.expiresAt));
                const QString message =
                    tokens.size() == 1
                        ? tr("The token of %1 expires %2.").arg(first.profileName, when)
                        : tr("The tokens of %n profile(s) expire soon, starting with %1 %2.",
                             nullptr, int(tokens.size()))
                              .arg(first.profileName, when);
                const QString title =
                    tokens.size() == 1 ? tr("Token expires soon") : tr("Tokens expire soon");
                if (m_tray)
                    m_tray->notify(title, message);
                else if (!m_trayLookedFor)
                    m_trayNotice = {title, message}; // the tray is looked for after the paint
                statusBar()->showMessage(message);
            });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    if (m_ui->actionPreferences->shortcut().isEmpty())
        m_ui->actionPreferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    applySettings();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray()))
        resize(1180, 780);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
    splitter->restoreState(settings.value(QLatin1String(SplitterKey)).toByteArray());
}

MainWindow::~MainWindow()
{
    // The services outlive the window: nobody is left to ask once it is gone.
    m_services->sessions().setPrompter(nullptr);
    // QWidget's destructor still moves the focus, after this window's part is gone.
    disconnect(m_focusWatch);
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_startUpFinished) {
        m_startUpFinished = true;
        // Once the first frame is on the screen and the events that came with it are handled:
        // the pages wait a moment so that nothing delays what the person sees first. Anything
        // that needs them sooner builds them (ensureWorkPages).
        QTimer::singleShot(FinishStartUpDelayMs, this, &MainWindow::finishStartUp);
    }
    return handled;
}

void MainWindow::finishStartUp()
{
    m_profileList->loadIcons();
    ensureWorkPages();
    startTray();
}

void MainWindow::startTray()
{
    // Asking whether the desktop has a tray connects to the D-Bus session bus and waits for an
    // answer: after the first paint, not before it.
    if (m_trayLookedFor)
        return;
    m_trayLookedFor = true;
    const std::optional<std::pair<QString, QString>> notice = std::exchange(m_trayNotice, {});
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new TrayIcon(&m_services->profiles(), this);
    connect(m_tray, &TrayIcon::copyTokenRequested, this, &MainWindow::copyToken);
    connect(m_tray, &TrayIcon::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &QWidget::close);
    m_tray->show();
    // An expiry announced while the window was being built goes to the tray too.
    if (notice)
        m_tray->notify(notice->first, notice->second);
}

ComposerWidget *MainWindow::composer()
{
    ensureWorkPages();
    return m_composer;
}

ResponseViewer *MainWindow::responseViewer()
{
    ensureWorkPages();
    return m_response;
}

HistoryPanel *MainWindow::historyPanel()
{
    ensureWorkPages();
    return m_historyPanel;
}

ExplorerPanel *MainWindow::explorer()
{
    ensureWorkPages();
    return m_explorer;
}

CollectionsPanel *MainWindow::collections()
{
    ensureWorkPages();
    return m_collections;
}

QWidget *MainWindow::requestPage()
{
    ensureWorkPages();
    return m_requestPage;
}

// Into the chosen profile's collections, shown on the request page once imported.
void MainWindow::importRequests()
{
    const QUuid id = m_profileList->currentProfileId();
    if (id.isNull()) {
        statusBar()->showMessage(tr("Choose the profile to import requests into."), 5000);
        return;
    }
    ensureWorkPages();
    ImportRequestsDialog::start(
        m_services, m_collections->store(), id, this,
        [this](const CollectionImport::Report &report) {
            m_workspace->setCurrentWidget(m_requestPage);
            statusBar()->showMessage(
                tr("Imported the requests into \u201c%1\u201d.").arg(report.collection), 5000);
        });
}

void MainWindow::ensureWorkPages()
{
    if (m_composer)
        return;
    // The request page: the API's endpoints and saved collections beside the composer, the
    // response under it.
    auto *page = new QSplitter(Qt::Horizontal, m_requestPage);
    page->setObjectName(QStringLiteral("requestPageSplitter"));
    auto *sidebar = new QTabWidget(page);
    sidebar->setObjectName(QStringLiteral("requestSidebarTabWidget"));
    sidebar->setDocumentMode(true);
    auto *requestSplitter = new QSplitter(Qt::Vertical, page);
    requestSplitter->setObjectName(QStringLiteral("requestSplitter"));
    requestSplitter->setChildrenCollapsible(false);
    m_composer = new ComposerWidget(m_services, requestSplitter);
    m_composer->setObjectName(QStringLiteral("composerWidget"));
    m_composer->setSecureClipboard(m_clipboard);
    m_response = new ResponseViewer(requestSplitter);
    m_response->setObjectName(QStringLiteral("responseViewer"));
    m_response->setSecureClipboard(m_clipboard);
    requestSplitter->addWidget(m_composer);
    requestSplitter->addWidget(m_response);
    requestSplitter->setStretchFactor(0, 2);
    requestSplitter->setStretchFactor(1, 3);
    requestSplitter->setSizes({280, 420});
    m_explorer = new ExplorerPanel(m_services, {}, sidebar);
    m_explorer->setObjectName(QStringLiteral("explorerPanel"));
    m_explorer->setComposer(m_composer);
    sidebar->addTab(m_explorer, tr("Endpoints"));
    m_collections = new CollectionsPanel(m_services, {}, sidebar);
    m_collections->setObjectName(QStringLiteral("collectionsPanel"));
    m_collections->setComposer(m_composer);
    sidebar->addTab(m_collections, tr("Collections"));
    connect(m_collections, &CollectionsPanel::requestSaved, this, [this](const QString &name) {
        statusBar()->showMessage(tr("Saved \u201c%1\u201d to the collection.").arg(name),
                                 StatusMessageMs);
    });
    connect(m_composer, &ComposerWidget::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, StatusMessageMs); });
    page->addWidget(sidebar);
    page->addWidget(requestSplitter);
    page->setCollapsible(0, true); // the endpoints can be dragged away for room
    page->setCollapsible(1, false);
    page->setStretchFactor(0, 0);
    page->setStretchFactor(1, 1);
    // The endpoints may be narrowed below what their buttons want (the list of profiles and the
    // composer come first in a small window); they start wide enough for them.
    sidebar->setMinimumWidth(180);
    page->setSizes({300, 510});
    m_requestPage->layout()->addWidget(page);
    m_historyPanel = new HistoryPanel(&m_services->history(), m_historyPage);
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_historyPage->layout()->addWidget(m_historyPanel);

    const auto followProfile = [this](const QUuid &id) {
        m_composer->setProfile(id);
        m_explorer->setProfile(id);
        m_collections->setProfile(id);
    };
    followProfile(m_profileList->currentProfileId());
    connect(m_profileList, &ProfileListWidget::currentProfileChanged, this, followProfile);

    RequestRunner *runner = m_composer->runner();
    connect(runner, &RequestRunner::started, m_response, &ResponseViewer::showRunning);
    connect(runner, &RequestRunner::progress, m_response, &ResponseViewer::showProgress);
    connect(m_response, &ResponseViewer::trustRequested, this,
            [this](const QUuid &id, const CaTrust::Offer &offer) {
                TrustCaDialog::ask(
                    this, m_services->profiles(), id, offer, [this](const Result<bool> &stored) {
                        if (!stored)
                            showError(tr("Trust Certificate Authority"), stored.error());
                        else if (stored.value())
                            m_response->showTrusted();
                    });
            });
    connect(m_composer, &ComposerWidget::finished, this,
            [this](const RequestRunner::Outcome &outcome) {
                // Nothing went out (a variable without a value, a login given up): the
                // composer says why, and no earlier response is left to be taken for this
                // request's answer.
                if (outcome.sent.url.isEmpty() && !outcome.response) {
                    m_response->clear();
                    return;
                }
                m_response->showOutcome(outcome);
            });
    // A step of a collection run opens in the history: its response and why it failed.
    connect(m_collections, &CollectionsPanel::historyEntryRequested, this, [this](qint64 id) {
        m_workspace->setCurrentWidget(m_historyPage);
        if (!m_historyPanel->showEntry(id))
            statusBar()->showMessage(tr("That request is no longer in the history."),
                                     StatusMessageMs);
    });
    // A request from the history goes back into the composer, with its profile chosen.
    connect(m_historyPanel, &HistoryPanel::openRequested, this,
            [this](const RequestDraft &draft, const QUuid &profileId) {
                if (!profileId.isNull() && m_services->profiles().find(profileId))
                    m_profileList->selectProfile(profileId);
                m_composer->setDraft(draft);
                m_workspace->setCurrentWidget(m_requestPage);
                m_composer->setFocus();
            });

    QAction *first = m_requestMenu->actions().value(0);
    m_requestMenu->insertAction(first, m_composer->sendAction());
    m_requestMenu->insertAction(first, m_composer->cancelAction());
    m_requestMenu->insertSeparator(first);

    // The history's database opens with its page: still nothing of it before the first paint.
    openHistory();
}

void MainWindow::buildRequestMenu()
{
    // Send and Cancel are the composer's own actions: they join the menu with the composer.
    m_requestMenu = new QMenu(tr("&Request"), this);
    m_requestMenu->setObjectName(QStringLiteral("menuRequest"));
    connect(m_requestMenu, &QMenu::aboutToShow, this, &MainWindow::ensureWorkPages);
    auto *save = m_requestMenu->addAction(tr("&Save to Collection"));
    save->setObjectName(QStringLiteral("saveToCollectionAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::saveRequestAs);
    auto *openSpec = m_requestMenu->addAction(tr("&Open API Document…"));
    openSpec->setObjectName(QStringLiteral("openApiDocumentAction"));
    connect(openSpec, &QAction::triggered, this, [this] {
        m_workspace->setCurrentWidget(requestPage());
        m_explorer->openFile();
    });
    menuBar()->insertMenu(m_ui->menuSettings->menuAction(), m_requestMenu);
}

// Ctrl+S: the request goes to the profile's collection under a name a person confirms (the
// address, prefilled), and the status line says where it went.
void MainWindow::saveRequestAs()
{
    ensureWorkPages();
    const QUuid id = m_profileList->currentProfileId();
    if (id.isNull()) {
        statusBar()->showMessage(tr("Choose a profile first: requests are saved with it."),
                                 StatusMessageMs);
        return;
    }
    const RequestDraft draft = m_composer->draft();
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveRequestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save to Collection"));
    dialog->setLabelText(tr("Save the request to the collections of %1 as:").arg(profileName(id)));
    dialog->setTextValue(draft.url.trimmed().isEmpty() ? tr("Untitled request")
                                                       : draft.url.trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, draft](const QString &name) {
        if (m_profileList->currentProfileId() == id)
            m_collections->saveDraft(draft, name);
    });
    dialog->open();
}

QString MainWindow::profileName(const QUuid &id) const
{
    const auto profile = m_services->profiles().find(id);
    return profile ? profile->name : QString();
}

void MainWindow::showKeychainBanner(bool sessionOnly, const QString &reason)
{
    m_banner->setText(tr("<b>Secrets are kept for this session only.</b> %1 Nothing you enter is "
                         "written anywhere else.")
                          .arg(Notices::unbrokenAddresses(reason).toHtmlEscaped()));
    m_banner->setVisible(sessionOnly);
}

void MainWindow::showProfileToken(const QUuid &id)
{
    // No profile chosen (a filter hid it, it was deleted): no token of one stays on screen.
    if (id.isNull()) {
        m_tokenPanel->setToken(Token(), QString());
        return;
    }
    const QString name = profileName(id);
    m_services->sessions().restore(id, this, [this, id, name](const Result<Session> &session) {
        if (id != m_profileList->currentProfileId())
            return;
        if (session) {
            m_tokenPanel->setToken(session->token, tokenCaption(name, session.value()));
            // A token of an issuer the profile names is checked against that issuer's keys.
            const auto profile = m_services->profiles().find(id);
            const QString issuer =
                profile ? profile->fields.value(QStringLiteral("issuer")).trimmed() : QString();
            if (!issuer.isEmpty() && session->token.isJwt())
                m_tokenPanel->verifySignatureFromIssuer(issuer);
        } else
            m_tokenPanel->setToken(Token(), tr("%1 has no token yet: log in (Ctrl+L).").arg(name));
    });
}

QString MainWindow::tokenCaption(const QString &profile, const Session &session)
{
    QString caption = tr("Token of %1").arg(profile);
    // An OpenID Connect sign-in says who signed in; a refresh token is never shown, only that
    // it is there.
    QString who = session.facts.value(QStringLiteral("name"));
    const QString email = session.facts.value(QStringLiteral("email"));
    if (!email.isEmpty())
        who = who.isEmpty() ? email : tr("%1 <%2>").arg(who, email);
    if (!session.idToken.isEmpty() && !who.isEmpty())
        caption += QLatin1String(" · ") + tr("signed in as %1").arg(who);
    if (!session.refreshToken.isEmpty())
        caption += QLatin1String(" · ") + tr("renews itself (refresh token in the keychain)");
    return caption;
}

void MainWindow::showError(const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::newProfile()
{
    auto *dialog = new ProfileEditorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A new profile starts from the preferences' defaults.
    const AppSettings settings = AppSettings::load();
    Profile fresh;
    const MethodDescriptor first = AuthenticatorFactory::all().constFirst();
    fresh.vendor = first.vendor;
    fresh.method = first.method;
    fresh.options.autoRelogin = settings.autoReloginByDefault;
    fresh.options.timeoutSeconds = settings.defaultTimeoutSeconds;
    fresh.options.clipboardClearSeconds = settings.clipboardClearSeconds;
    dialog->setProfile(fresh);
    dialog->setWindowTitle(tr("New Profile"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto added = m_services->profiles().add(dialog->profile());
        if (!added)
            return showError(tr("New Profile"), added.error());
        m_profileList->selectProfile(added->id);
        statusBar()->showMessage(tr("Added %1. Log in to get its token.").arg(added->name),
                                 StatusMessageMs);
    });
    dialog->open();
}

void MainWindow::editProfile(const QUuid &id)
{
    const auto profile = m_services->profiles().find(id);
    if (!profile)
        return;
    auto *dialog = new ProfileEditorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit %1").arg(profile->name));
    dialog->setProfile(*profile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto updated = m_services->profiles().update(dialog->profile());
        if (!updated)
            showError(tr("Edit Profile"), updated.error());
    });
    dialog->open();
}

void MainWindow::duplicateProfile(const QUuid &id)
{
    auto profile = m_services->profiles().find(id);
    if (!profile)
        return;
    // The copy shares nothing secret with the original: it logs in on its own.
    profile->id = QUuid();
    profile->lastToken = Profile::LastToken();
    profile->created = profile->updated = QDateTime();
    QString name = tr("%1 (copy)").arg(profile->name);
    for (int n = 2; m_services->profiles().find(name); ++n)
        name = tr("%1 (copy %2)").arg(profile->name).arg(n);
    profile->name = name;
    const auto added = m_services->profiles().add(*profile);
    if (!added)
        return showError(tr("Duplicate Profile"), added.error());
    m_profileList->selectProfile(added->id);
}

void MainWindow::deleteProfile(const QUuid &id)
{
    const QString name = profileName(id);
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete Profile"),
        tr("Delete “%1”? Its secrets and token are removed from the keychain too.").arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileMessageBox"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, name] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(remove))
            return;
        m_services->sessions().forgetSecrets(
            id, this, [this, id, name](const Result<bool> &forgotten) {
                const auto removed = m_services->profiles().remove(id);
                if (!removed)
                    return showError(tr("Delete Profile"), removed.error());
                if (!forgotten)
                    return showError(tr("Delete Profile"), forgotten.error());
                m_tokenPanel->setToken(Token(), QString());
                statusBar()->showMessage(tr("Deleted %1.").arg(name), StatusMessageMs);
            });
    });
    box->open();
}

void MainWindow::logIn(const QUuid &id)
{
    // The session service opens the login dialog (through the prompter) and keeps what it says.
    m_services->sessions().logIn(id, this, [this, id](const Result<Session> &session) {
        if (!session) {
            if (session.error().kind != Error::Kind::Cancelled)
                showError(tr("Log In"), session.error());
            return;
        }
        showProfileToken(id);
        statusBar()->showMessage(tr("Logged in to %1.").arg(profileName(id)), StatusMessageMs);
    });
}

void MainWindow::copyToken(const QUuid &id)
{
    copy(id, Copy::Token, {});
}

// The header a person chose in the token panel (Send as) is the profile's, for every copy and
// every send; a session cookie has no choice.
void MainWindow::rememberSendAs(const QUuid &id, const TokenDelivery &delivery)
{
    auto profile = id.isNull() ? std::nullopt : m_services->profiles().find(id);
    if (!profile || delivery.kind == TokenDelivery::Kind::Cookie ||
        profile->options.sendAs == delivery.choiceText())
        return;
    profile->options.sendAs = delivery.choiceText();
    if (const auto saved = m_services->profiles().update(*profile); !saved)
        showError(tr("Send as"), saved.error());
}

void MainWindow::copyHeader(const QUuid &id)
{
    copy(id, Copy::Header, {});
}

void MainWindow::copy(const QUuid &id, Copy what, std::function<void(const Result<bool> &)> done)
{
    m_services->sessions().freshSession(
        id, this, [this, id, what, done](const Result<Session> &session) {
            if (!session) {
                // A login the person closed needs no message box on top.
                if (session.error().kind != Error::Kind::Cancelled)
                    showError(tr("Token of %1").arg(profileName(id)), session.error());
                if (done)
                    done(session.error());
                return;
            }
            if (what == Copy::Header) {
                // The same line as the token panel's Copy Header: the profile's Send as.
                m_clipboard->copySecret(session->token.headerLine(), tr("Header line copied."));
                statusBar()->showMessage(tr("Copied the header line of %1.").arg(profileName(id)),
                                         StatusMessageMs);
            } else {
                m_clipboard->copySecret(session->token.raw(), tr("Token copied."));
                statusBar()->showMessage(tr("Copied the token of %1.").arg(profileName(id)),
                                         StatusMessageMs);
            }
            if (done)
                done(true);
        });
}

void MainWindow::testToken(const QUuid &id)
{
    const QString name = profileName(id);
    statusBar()->showMessage(tr("Testing the token of %1…").arg(name));
    m_services->sessions().testToken(id, this, [this, name](const Result<Identity> &tested) {
        if (!tested) {
            statusBar()->clearMessage();
            if (tested.error().kind != Error::Kind::Cancelled)
                showError(tr("Token of %1").arg(name), tested.error());
            return;
        }
        const Identity &who = tested.value();
        statusBar()->showMessage(tr("The token of %1 works.").arg(name), StatusMessageMs);
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Token Works"),
            tr("The token of %1 is alive. It belongs to %2.")
                .arg(name, who.displayName.isEmpty() ? tr("an unnamed account") : who.displayName),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("testResultMessageBox"));
        QStringList details;
        for (auto it = who.facts.cbegin(); it != who.facts.cend(); ++it)
            details.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
        details.sort();
        box->setDetailedText(details.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::buildClipboardMenu()
{
    // One reading of the preference, bounded as the settings dialog bounds it.
    const int delay = AppSettings::load().clipboardClearSeconds;
    m_clipboard->setClearDelay(delay);

    // Rebuilt on every language or preference change: the old choices go, group and all.
    m_ui->menuClearClipboardAfter->clear();
    qDeleteAll(m_ui->menuClearClipboardAfter->findChildren<QActionGroup *>(
        QString(), Qt::FindDirectChildrenOnly));
    auto *group = new QActionGroup(m_ui->menuClearClipboardAfter);
    for (const int seconds : {10, 30, 60, 120, 300}) {
        const int minutes = seconds / 60;
        QAction *action = m_ui->menuClearClipboardAfter->addAction(
            seconds < 60 ? tr("%n second(s)", nullptr, seconds)
                         : tr("%n minute(s)", nullptr, minutes));
        action->setCheckable(true);
        action->setChecked(seconds == delay);
        action->setData(seconds);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setClipboardDelay(seconds); });
    }
    QAction *never = m_ui->menuClearClipboardAfter->addAction(tr("Only When Tokenbench Quits"));
    never->setCheckable(true);
    never->setChecked(delay == 0);
    group->addAction(never);
    connect(never, &QAction::triggered, this, [this] { setClipboardDelay(0); });
    if (!group->checkedAction()) {
        // A delay chosen in Preferences (or by hand in the settings file): show it too.
        QAction *custom =
            m_ui->menuClearClipboardAfter->addAction(tr("%n second(s)", nullptr, delay));
        custom->setCheckable(true);
        custom->setChecked(true);
        group->addAction(custom);
    }
}

void MainWindow::showPreferences()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(AppSettings::load());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        dialog->settings().save();
        applySettings();
        buildClipboardMenu();
    });
    dialog->open();
}

void MainWindow::openHistory()
{
    HistoryStore &history = m_services->history();
    if (history.isOpen())
        return;
    if (const auto opened = history.open(m_services->historyPath()); !opened) {
        statusBar()->showMessage(opened.error().message);
        return;
    }
    if (!history.problem().isEmpty())
        statusBar()->showMessage(history.problem());
    applyHistorySettings(AppSettings::load());
    if (m_historyPanel)
        m_historyPanel->refresh();
}

void MainWindow::applyHistorySettings(const AppSettings &settings)
{
    m_services->applySettings(settings);
    HistoryStore &history = m_services->history();
    if (history.isOpen()) {
        if (const auto pruned = history.applyRetention(settings.historyRetentionDays); !pruned)
            statusBar()->showMessage(pruned.error().message);
    }
}

void MainWindow::applySettings()
{
    const AppSettings settings = AppSettings::load();
    m_services->applySettings(settings);
    applyHistorySettings(settings);
    m_clipboard->setClearDelay(settings.clipboardClearSeconds);
    m_expiryWatcher->setEnabled(settings.notifyBeforeExpiry);
    m_expiryWatcher->setLeadTime(std::chrono::minutes(settings.notifyMinutesBefore));
}

void MainWindow::setClipboardDelay(int seconds)
{
    m_clipboard->setClearDelay(seconds);
    AppSettings settings = AppSettings::load();
    settings.clipboardClearSeconds = seconds;
    settings.save();
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
    if (!m_signedOut) {
        // Sessions that can be ended on the server are ended before we go.
        event->ignore();
        if (m_closing)
            return;
        m_closing = true;
        statusBar()->showMessage(tr("Signing out…"));
        m_services->sessions().signOutAll(this, [this] {
            m_signedOut = true;
            close();
        });
        return;
    }
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QLatin1String(SplitterKey), splitter->saveState());
    m_clipboard->clearNow();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        buildClipboardMenu();
    }
    QMainWindow::changeEvent(event);
}
