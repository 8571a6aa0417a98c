#include "explorer/CollectionsPanel.h"

#include "AppServices.h"
#include "Notices.h"
#include "compose/ComposerWidget.h"
#include "compose/DraftSecrets.h"
#include "explorer/ChecksEditor.h"
#include "explorer/CollectionStore.h"
#include "explorer/EndpointItemDelegate.h"
#include "explorer/RunResultsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// Above EndpointItemDelegate's roles, which the request rows also carry.
constexpr int CollectionRole = Qt::UserRole + 100;
constexpr int RequestRole = Qt::UserRole + 101; // -1 on a collection row
} // namespace

CollectionsPanel::CollectionsPanel(AppServices *services, const QString &directory, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_store(new CollectionStore(
          directory.isEmpty() ? CollectionStore::directoryFor(services->profiles()) : directory,
          this))
    , m_requestRunner(services->makeRunner(this))
    , m_collectionRunner(new CollectionRunner(m_requestRunner, this))
{
    m_collectionRunner->setSecretVariables(&services->secretVariables());
    buildUi();
    connect(m_collectionRunner, &CollectionRunner::stepStarted, this,
            [this](int, const QString &name) {
                m_results->setMessage(tr("Running %1…").arg(name.toHtmlEscaped()));
            });
    connect(m_collectionRunner, &CollectionRunner::stepFinished, m_results,
            [this](int, const CollectionRunner::Step &step) { m_results->showStep(step); });
    connect(m_collectionRunner, &CollectionRunner::finished, this,
            [this](const CollectionRunner::Summary &summary) {
                m_results->showSummary(summary);
                Q_EMIT runFinished(summary);
            });
    connect(m_store, &CollectionStore::changed, this, [this](const QUuid &id) {
        if (id == m_profile)
            reload();
    });
    updateButtons();
}

CollectionsPanel::~CollectionsPanel()
{
    // The runners are children: what they say while being destroyed must not reach this panel,
    // which by then is no longer one.
    m_collectionRunner->disconnect(this);
    m_requestRunner->disconnect(this);
}

static QToolButton *toolButton(QWidget *parent, const char *name, const QString &text,
                               const QString &icon, const QString &tip)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setText(text);
    b->setToolTip(tip);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolButtonStyle(QIcon::hasThemeIcon(icon) ? Qt::ToolButtonIconOnly
                                                    : Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

void CollectionsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_save = toolButton(this, "saveRequestButton", tr("Save"), QStringLiteral("document-save"),
                        tr("Save the composer's request in the selected collection"));
    m_add = toolButton(this, "newCollectionButton", tr("New"), QStringLiteral("folder-new"),
                       tr("New collection"));
    m_rename =
        toolButton(this, "renameButton", tr("Rename"), QStringLiteral("edit-rename"), tr("Rename"));
    m_remove =
        toolButton(this, "removeButton", tr("Remove"), QStringLiteral("edit-delete"), tr("Remove"));
    m_up = toolButton(this, "moveUpButton", QStringLiteral("\u25b2"), QStringLiteral("go-up"),
                      tr("Move up"));
    m_down = toolButton(this, "moveDownButton", QStringLiteral("\u25bc"), QStringLiteral("go-down"),
                        tr("Move down"));
    m_run = toolButton(this, "runButton", tr("Run"), QStringLiteral("media-playback-start"),
                       tr("Run the selected request"));
    m_runAll = toolButton(this, "runAllButton", tr("Run all"), QStringLiteral("media-seek-forward"),
                          tr("Run every request of the selected collection, in order"));
    m_stop = toolButton(this, "stopRunButton", tr("Stop"), QStringLiteral("media-playback-stop"),
                        tr("Stop the run"));
    m_checks = toolButton(this, "editChecksButton", tr("Checks…"), QStringLiteral("checkbox"),
                          tr("Assertions and captures of the selected request"));
    // Two short rows: the panel shares its column with the endpoint browser.
    for (QToolButton *b : {m_save, m_add, m_rename, m_remove})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *runBar = new QHBoxLayout;
    for (QToolButton *b : {m_up, m_down, m_checks})
        runBar->addWidget(b);
    runBar->addStretch(1);
    for (QToolButton *b : {m_run, m_runAll, m_stop})
        runBar->addWidget(b);
    layout->addLayout(runBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("collectionsTreeWidget"));
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setItemDelegate(new EndpointItemDelegate(m_tree));
    splitter->addWidget(m_tree);

    auto *resultsPane = new QWidget(splitter);
    auto *resultsLayout = new QVBoxLayout(resultsPane);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_notice = Notices::warningLabel(resultsPane, QStringLiteral("collectionNoticeLabel"));
    resultsLayout->addWidget(m_notice);
    m_results = new RunResultsView(resultsPane);
    resultsLayout->addWidget(m_results, 1);
    connect(m_results, &RunResultsView::historyEntryRequested, this,
            &CollectionsPanel::historyEntryRequested);
    splitter->addWidget(resultsPane);
    layout->addWidget(splitter, 1);

    connect(m_save, &QToolButton::clicked, this, [this] {
        if (m_composer)
            saveDraft(m_composer->draft());
    });
    connect(m_add, &QToolButton::clicked, this, &CollectionsPanel::addCollection);
    connect(m_rename, &QToolButton::clicked, this, &CollectionsPanel::renameSelected);
    connect(m_remove, &QToolButton::clicked, this, &CollectionsPanel::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_run, &QToolButton::clicked, this, &CollectionsPanel::runSelected);
    connect(m_runAll, &QToolButton::clicked, this, &CollectionsPanel::runAll);
    connect(m_stop, &QToolButton::clicked, this, &CollectionsPanel::cancelRun);
    connect(m_checks, &QToolButton::clicked, this, &CollectionsPanel::editChecks);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { openItem(item); });
    connect(m_tree, &QTreeWidget::itemChanged, this, &CollectionsPanel::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CollectionsPanel::updateButtons);
    connect(m_collectionRunner, &CollectionRunner::finished, this,
            &CollectionsPanel::updateButtons);
}

void CollectionsPanel::setProfile(const QUuid &id)
{
    if (m_collectionRunner->isRunning())
        m_collectionRunner->cancel();
    m_profile = id;
    m_results->clear();
    showNotice(QString());
    reload();
}

void CollectionsPanel::setComposer(ComposerWidget *composer)
{
    m_composer = composer;
    connect(this, &CollectionsPanel::draftChosen, composer,
            [composer](const RequestDraft &draft) { composer->setDraft(draft); });
    // Ctrl+S saves from the composer, whose tab may be the one in view: it says so there too.
    connect(this, &CollectionsPanel::requestSaved, composer,
            [composer](const QString &, const QString &notice) {
                if (!notice.isEmpty())
                    composer->showNote({notice}, true);
            });
    updateButtons();
}

void CollectionsPanel::reload()
{
    const int collection = selectedCollection();
    const int request = selectedRequest();
    m_reloading = true;
    m_tree->clear();
    if (!m_profile.isNull()) {
        const QList<RequestCollection> collections = m_store->collections(m_profile);
        for (int c = 0; c < collections.size(); ++c) {
            auto *top = new QTreeWidgetItem(m_tree, {collections.at(c).name});
            top->setData(0, CollectionRole, c);
            top->setData(0, RequestRole, -1);
            top->setFlags(top->flags() | Qt::ItemIsEditable);
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            const QList<SavedRequest> &requests = collections.at(c).requests;
            for (int r = 0; r < requests.size(); ++r) {
                auto *child = new QTreeWidgetItem(top, {requests.at(r).name});
                child->setData(0, CollectionRole, c);
                child->setData(0, RequestRole, r);
                child->setData(0, EndpointItemDelegate::MethodRole, requests.at(r).draft.method);
                child->setData(0, EndpointItemDelegate::PathRole, requests.at(r).name);
                child->setData(0, EndpointItemDelegate::SummaryRole,
                               requests.at(r).name == requests.at(r).draft.url
                                   ? QString()
                                   : requests.at(r).draft.url);
                child->setFlags(child->flags() | Qt::ItemIsEditable);
            }
            top->setExpanded(true);
            if (c == collection) {
                QTreeWidgetItem *current =
                    request >= 0 && request < top->childCount() ? top->child(request) : top;
                m_tree->setCurrentItem(current);
            }
        }
        const QString problem = m_store->loadProblem(m_profile);
        if (!problem.isEmpty())
            m_results->setMessage(problem.toHtmlEscaped());
    }
    m_reloading = false;
    updateButtons();
}

int CollectionsPanel::selectedCollection() const
{
    const QTreeWidgetItem *item = m_tree ? m_tree->currentItem() : nullptr;
    return item ? item->data(0, CollectionRole).toInt() : -1;
}

int CollectionsPanel::selectedRequest() const
{
    const QTreeWidgetItem *item = m_tree ? m_tree->currentItem() : nullptr;
    return item ? item->data(0, RequestRole).toInt() : -1;
}

void CollectionsPanel::updateButtons()
{
    const bool profile = !m_profile.isNull();
    const bool running = m_collectionRunner->isRunning();
    const bool any = m_tree->currentItem() != nullptr;
    m_save->setEnabled(profile && m_composer);
    m_add->setEnabled(profile);
    m_rename->setEnabled(any);
    m_remove->setEnabled(any && !running);
    m_up->setEnabled(any && !running);
    m_down->setEnabled(any && !running);
    m_run->setEnabled(selectedRequest() >= 0 && !running);
    m_runAll->setEnabled(any && !running);
    m_stop->setEnabled(running);
    m_checks->setEnabled(selectedRequest() >= 0);
}

void CollectionsPanel::report(const Error &error)
{
    m_results->setMessage(QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                              .arg(error.message.toHtmlEscaped()));
}

void CollectionsPanel::saveDraft(const RequestDraft &draft, const QString &name)
{
    if (m_profile.isNull())
        return;
    int collection = selectedCollection();
    if (collection < 0) {
        const QList<RequestCollection> existing = m_store->collections(m_profile);
        if (!existing.isEmpty()) {
            collection = 0;
        } else {
            const auto added = m_store->addCollection(m_profile, tr("Saved requests"));
            if (!added) {
                report(added.error());
                return;
            }
            collection = added.value();
        }
    }
    const QUuid profile = m_profile;
    if (DraftSecrets::extract(draft).isEmpty()) {
        addSaved(profile, collection, draft, name, QString());
        return;
    }
    // The names the profile keeps already decide what the new secrets are called: the same
    // value keeps its name, another value gets a name of its own.
    SecretVariables &secrets = m_services->secretVariables();
    secrets.fetch(
        profile, secrets.names(profile), this,
        [this, profile, collection, draft, name](const Variables &keptVariables) {
            QHash<QString, QString> kept;
            for (const auto &v : keptVariables.all())
                kept.insert(v.name, v.value);
            const DraftSecrets::Extraction extraction = DraftSecrets::extract(draft, kept);
            m_services->secretVariables().store(
                profile, extraction.newValues(), this,
                [this, profile, collection, extraction, name](const Result<bool> &stored) {
                    const int count = int(extraction.found.size());
                    QString notice =
                        tr("Saved without the %n secret(s) typed into it: %1 stand(s) in, and "
                           "the values are kept in the keychain.",
                           nullptr, count)
                            .arg(extraction.summary());
                    // The store keeps in memory what the keychain would not take.
                    if (!stored || m_services->secretVariables().isSessionOnly())
                        notice = tr("Saved without the %n secret(s) typed into it: %1 stand(s) "
                                    "in. The keychain is not available, so the values are kept "
                                    "for this session only: after a restart, type them into "
                                    "the request again.",
                                    nullptr, count)
                                     .arg(extraction.summary());
                    addSaved(profile, collection, extraction.draft, name, notice);
                });
        });
}

void CollectionsPanel::addSaved(const QUuid &profile, int collection, const RequestDraft &draft,
                                const QString &name, const QString &notice)
{
    const QString title = name.trimmed().isEmpty() ? draft.url : name.trimmed();
    const QString saved = title.isEmpty() ? tr("Untitled request") : title;
    const auto added = m_store->addRequest(profile, collection, {saved, draft, {}, {}});
    if (!added) {
        report(added.error());
        return;
    }
    if (profile == m_profile) {
        if (QTreeWidgetItem *top = m_tree->topLevelItem(collection))
            if (QTreeWidgetItem *child = top->child(added.value()))
                m_tree->setCurrentItem(child);
        showNotice(notice);
    }
    Q_EMIT requestSaved(saved, notice);
}

void CollectionsPanel::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void CollectionsPanel::addCollection()
{
    const QList<RequestCollection> existing = m_store->collections(m_profile);
    QString name;
    for (int n = int(existing.size()) + 1;; ++n) {
        name = tr("Collection %1").arg(n);
        bool taken = false;
        for (const RequestCollection &c : existing)
            taken = taken || c.name.compare(name, Qt::CaseInsensitive) == 0;
        if (!taken)
            break;
    }
    const auto added = m_store->addCollection(m_profile, name);
    if (!added) {
        report(added.error());
        return;
    }
    if (QTreeWidgetItem *item = m_tree->topLevelItem(added.value())) {
        m_tree->setCurrentItem(item);
        m_tree->editItem(item);
    }
}

void CollectionsPanel::renameSelected()
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        m_tree->editItem(item);
}

void CollectionsPanel::onItemChanged(QTreeWidgetItem *item)
{
    if (m_reloading)
        return;
    const int c = item->data(0, CollectionRole).toInt();
    const int r = item->data(0, RequestRole).toInt();
    const QString name = item->text(0);
    const Result<bool> renamed = r < 0 ? m_store->renameCollection(m_profile, c, name)
                                       : m_store->renameRequest(m_profile, c, r, name);
    if (!renamed) {
        report(renamed.error());
        reload();
    }
}

void CollectionsPanel::removeSelected()
{
    const int c = selectedCollection();
    const int r = selectedRequest();
    if (c < 0)
        return;
    const Result<bool> removed =
        r < 0 ? m_store->removeCollection(m_profile, c) : m_store->removeRequest(m_profile, c, r);
    if (!removed)
        report(removed.error());
}

void CollectionsPanel::moveSelected(int delta)
{
    const int c = selectedCollection();
    const int r = selectedRequest();
    if (c < 0)
        return;
    if (r < 0) {
        const int to = c + delta;
        if (to < 0 || to >= m_tree->topLevelItemCount())
            return;
        if (const auto moved = m_store->moveCollection(m_profile, c, to); !moved)
            report(moved.error());
        else
            m_tree->setCurrentItem(m_tree->topLevelItem(to));
        return;
    }
    const int to = r + delta;
    QTreeWidgetItem *top = m_tree->topLevelItem(c);
    if (!top || to < 0 || to >= top->childCount())
        return;
    if (const auto moved = m_store->moveRequest(m_profile, c, r, to); !moved)
        report(moved.error());
    else if ((top = m_tree->topLevelItem(c)))
        m_tree->setCurrentItem(top->child(to));
}

void CollectionsPanel::openItem(QTreeWidgetItem *item)
{
    const int c = item->data(0, CollectionRole).toInt();
    const int r = item->data(0, RequestRole).toInt();
    if (r < 0)
        return;
    const QList<RequestCollection> collections = m_store->collections(m_profile);
    if (c < collections.size() && r < collections.at(c).requests.size())
        Q_EMIT draftChosen(collections.at(c).requests.at(r).draft);
}

void CollectionsPanel::runSelected()
{
    const int c = selectedCollection();
    const int r = selectedRequest();
    const QList<RequestCollection> collections = m_store->collections(m_profile);
    if (c < 0 || c >= collections.size())
        return;
    if (r < 0) {
        runAll();
        return;
    }
    m_results->clear();
    m_collectionRunner->run(m_profile, {collections.at(c).requests.value(r)});
    updateButtons();
}

void CollectionsPanel::runAll()
{
    const int c = selectedCollection();
    const QList<RequestCollection> collections = m_store->collections(m_profile);
    if (c < 0 || c >= collections.size())
        return;
    m_results->clear();
    m_collectionRunner->run(m_profile, collections.at(c).requests);
    updateButtons();
}

void CollectionsPanel::cancelRun()
{
    m_collectionRunner->cancel();
}

void CollectionsPanel::editChecks()
{
    const int c = selectedCollection();
    const int r = selectedRequest();
    const QList<RequestCollection> collections = m_store->collections(m_profile);
    if (c < 0 || c >= collections.size() || r < 0 || r >= collections.at(c).requests.size())
        return;
    const SavedRequest request = collections.at(c).requests.at(r);
    const QUuid profile = m_profile;
    ChecksEditor::openDialog(
        this, tr("Checks of %1").arg(request.name), request.assertions, request.captures,
        [this, profile, c, r, request](const QList<Assertion> &assertions,
                                       const QList<Capture> &captures) {
            // Saved only onto the request it was opened for: the list may have changed.
            const QList<RequestCollection> now = m_store->collections(profile);
            if (c >= now.size() || r >= now.at(c).requests.size() ||
                now.at(c).requests.at(r).name != request.name)
                return;
            SavedRequest updated = now.at(c).requests.at(r);
            updated.assertions = assertions;
            updated.captures = captures;
            if (const auto saved = m_store->updateRequest(profile, c, r, updated); !saved)
                report(saved.error());
        });
}
