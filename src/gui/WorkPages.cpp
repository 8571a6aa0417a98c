#include "WorkPages.h"

#include "AppServices.h"
#include "AppSettings.h"
#include "ErrorBox.h"
#include "ProfileListWidget.h"
#include "StatusNote.h"
#include "TrustCaDialog.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "explorer/CollectionsPanel.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/ImportRequestsDialog.h"
#include "history/HistoryPanel.h"

#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

WorkPages::WorkPages(AppServices *services, QMainWindow *window, QTabWidget *workspace,
                     ProfileListWidget *list, SecureClipboard *clipboard)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_workspace(workspace)
    , m_list(list)
    , m_clipboard(clipboard)
    , m_requestPage(addPage("requestPage", tr("Request")))
    , m_historyPage(addPage("historyPage", tr("History")))
{
    connect(m_workspace, &QTabWidget::currentChanged, this, [this](int index) {
        const QWidget *page = m_workspace->widget(index);
        if (page == m_requestPage || page == m_historyPage)
            ensureBuilt();
    });
    buildRequestMenu();
}

QWidget *WorkPages::addPage(const char *objectName, const QString &title)
{
    auto *page = new QWidget(m_workspace);
    page->setObjectName(QLatin1String(objectName));
    new QVBoxLayout(page);
    page->layout()->setContentsMargins(0, 0, 0, 0);
    m_workspace->addTab(page, title);
    return page;
}

void WorkPages::showStatus(const QString &message)
{
    StatusNote::show(m_window, message);
}

ComposerWidget *WorkPages::composer()
{
    ensureBuilt();
    return m_composer;
}

ResponseViewer *WorkPages::responseViewer()
{
    ensureBuilt();
    return m_response;
}

HistoryPanel *WorkPages::historyPanel()
{
    ensureBuilt();
    return m_historyPanel;
}

ExplorerPanel *WorkPages::explorer()
{
    ensureBuilt();
    return m_explorer;
}

CollectionsPanel *WorkPages::collections()
{
    ensureBuilt();
    return m_collections;
}

QWidget *WorkPages::requestPage()
{
    ensureBuilt();
    return m_requestPage;
}

void WorkPages::importRequests()
{
    const QUuid id = m_list->currentProfileId();
    if (id.isNull()) {
        m_window->statusBar()->showMessage(tr("Choose the profile to import requests into."), 5000);
        return;
    }
    ensureBuilt();
    ImportRequestsDialog::start(
        m_services, m_collections->store(), id, m_window,
        [this](const CollectionImport::Report &report) {
            m_workspace->setCurrentWidget(m_requestPage);
            m_window->statusBar()->showMessage(
                tr("Imported the requests into \u201c%1\u201d.").arg(report.collection), 5000);
        });
}

void WorkPages::ensureBuilt()
{
    if (m_composer)
        return;
    build();
    connectPages();

    QAction *first = m_requestMenu->actions().value(0);
    m_requestMenu->insertAction(first, m_composer->sendAction());
    m_requestMenu->insertAction(first, m_composer->cancelAction());
    m_requestMenu->insertSeparator(first);

    // The history's database opens with its page: still nothing of it before the first paint.
    openHistory();
}

void WorkPages::build()
{
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
}

void WorkPages::connectPages()
{
    connect(m_collections, &CollectionsPanel::requestSaved, this, [this](const QString &name) {
        showStatus(tr("Saved \u201c%1\u201d to the collection.").arg(name));
    });
    connect(m_composer, &ComposerWidget::notice, this, &WorkPages::showStatus);

    const auto followProfile = [this](const QUuid &id) {
        m_composer->setProfile(id);
        m_explorer->setProfile(id);
        m_collections->setProfile(id);
    };
    followProfile(m_list->currentProfileId());
    connect(m_list, &ProfileListWidget::currentProfileChanged, this, followProfile);

    RequestRunner *runner = m_composer->runner();
    connect(runner, &RequestRunner::started, m_response, &ResponseViewer::showRunning);
    connect(runner, &RequestRunner::progress, m_response, &ResponseViewer::showProgress);
    connect(
        m_response, &ResponseViewer::trustRequested, this,
        [this](const QUuid &id, const CaTrust::Offer &offer) {
            TrustCaDialog::ask(
                m_window, m_services->profiles(), id, offer, [this](const Result<bool> &stored) {
                    if (!stored)
                        ErrorBox::open(m_window, tr("Trust Certificate Authority"), stored.error());
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
            showStatus(tr("That request is no longer in the history."));
    });
    // A request from the history goes back into the composer, with its profile chosen.
    connect(m_historyPanel, &HistoryPanel::openRequested, this,
            [this](const RequestDraft &draft, const QUuid &profileId) {
                if (!profileId.isNull() && m_services->profiles().find(profileId))
                    m_list->selectProfile(profileId);
                m_composer->setDraft(draft);
                m_workspace->setCurrentWidget(m_requestPage);
                m_composer->setFocus();
            });
}

void WorkPages::buildRequestMenu()
{
    // Send and Cancel are the composer's own actions: they join the menu with the composer.
    m_requestMenu = new QMenu(tr("&Request"), m_window);
    m_requestMenu->setObjectName(QStringLiteral("menuRequest"));
    connect(m_requestMenu, &QMenu::aboutToShow, this, &WorkPages::ensureBuilt);
    auto *save = m_requestMenu->addAction(tr("&Save to Collection"));
    save->setObjectName(QStringLiteral("saveToCollectionAction"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, &WorkPages::saveRequestAs);
    auto *openSpec = m_requestMenu->addAction(tr("&Open API Document…"));
    openSpec->setObjectName(QStringLiteral("openApiDocumentAction"));
    connect(openSpec, &QAction::triggered, this, [this] {
        m_workspace->setCurrentWidget(requestPage());
        m_explorer->openFile();
    });
}

// Ctrl+S: the request goes to the profile's collection under a name a person confirms (the
// address, prefilled), and the status line says where it went.
void WorkPages::saveRequestAs()
{
    ensureBuilt();
    const QUuid id = m_list->currentProfileId();
    if (id.isNull()) {
        showStatus(tr("Choose a profile first: requests are saved with it."));
        return;
    }
    const RequestDraft draft = m_composer->draft();
    const auto profile = m_services->profiles().find(id);
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("saveRequestDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save to Collection"));
    dialog->setLabelText(tr("Save the request to the collections of %1 as:")
                             .arg(profile ? profile->name : QString()));
    dialog->setTextValue(draft.url.trimmed().isEmpty() ? tr("Untitled request")
                                                       : draft.url.trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, draft](const QString &name) {
        if (m_list->currentProfileId() == id)
            m_collections->saveDraft(draft, name);
    });
    dialog->open();
}

void WorkPages::openHistory()
{
    HistoryStore &history = m_services->history();
    if (history.isOpen())
        return;
    if (const auto opened = history.open(m_services->historyPath()); !opened) {
        m_window->statusBar()->showMessage(opened.error().message);
        return;
    }
    if (!history.problem().isEmpty())
        m_window->statusBar()->showMessage(history.problem());
    applyHistorySettings(AppSettings::load());
    if (m_historyPanel)
        m_historyPanel->refresh();
}

void WorkPages::applyHistorySettings(const AppSettings &settings)
{
    m_services->applySettings(settings);
    HistoryStore &history = m_services->history();
    if (history.isOpen()) {
        if (const auto pruned = history.applyRetention(settings.historyRetentionDays); !pruned)
            m_window->statusBar()->showMessage(pruned.error().message);
    }
}
