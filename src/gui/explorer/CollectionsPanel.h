#pragma once

#include "compose/RequestDraft.h"
#include "explorer/CollectionRunner.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class AppServices;
class CollectionStore;
class ComposerWidget;
class QLabel;
class QToolButton;
class RunResultsView;
class QTreeWidget;
class QTreeWidgetItem;

// Saved requests of a profile in named collections: add what the composer holds, rename in
// place, reorder, open one in the composer, edit a request's assertions and captures, and run
// one or a whole collection in order with the results of its checks (RunResultsView).
class CollectionsPanel : public QWidget
{
    Q_OBJECT

public:
    // `directory`: where collections are kept (empty: CollectionStore::directoryFor(profiles)).
    explicit CollectionsPanel(AppServices *services, const QString &directory = {},
                              QWidget *parent = nullptr);
    ~CollectionsPanel() override;

    void setProfile(const QUuid &id);
    QUuid profile() const { return m_profile; }

    // Opening a saved request fills this composer, and "Save request" takes its draft.
    void setComposer(ComposerWidget *composer);

    CollectionStore *store() const { return m_store; }
    CollectionRunner *runner() const { return m_collectionRunner; }

public Q_SLOTS:
    // Into the selected collection (a first one is made when there is none). Empty name: the
    // method and URL. Secrets typed into the draft are not saved: each becomes a {{variable}}
    // whose value is kept in the keychain, and a notice says so (savedWithoutSecrets()).
    void saveDraft(const RequestDraft &draft, const QString &name = {});
    // The selected request alone, or every request of the selected collection.
    void runSelected();
    void runAll();
    void cancelRun();
    // Opens the assertions and captures of the selected request in a dialog (checksDialog);
    // what it holds when accepted is saved with the request.
    void editChecks();

Q_SIGNALS:
    void draftChosen(const RequestDraft &draft);
    void runFinished(const CollectionRunner::Summary &summary);
    // A request was saved (its secrets, if it held any, as {{variables}}); `notice` says what
    // became of them, empty when there were none.
    void requestSaved(const QString &name, const QString &notice);
    // A person opened a step of a run: its entry in the history shows the response and reason.
    void historyEntryRequested(qint64 id);

private:
    void buildUi();
    void reload();
    void updateButtons();
    void addCollection();
    void renameSelected();
    void removeSelected();
    void moveSelected(int delta);
    void openItem(QTreeWidgetItem *item);
    void onItemChanged(QTreeWidgetItem *item);
    void report(const Error &error);
    void addSaved(const QUuid &profile, int collection, const RequestDraft &draft,
                  const QString &name, const QString &notice);
    void showNotice(const QString &text);
    int selectedCollection() const;
    int selectedRequest() const;

    AppServices *m_services;
    CollectionStore *m_store;
    RequestRunner *m_requestRunner;
    CollectionRunner *m_collectionRunner;
    QPointer<ComposerWidget> m_composer;
    QUuid m_profile;
    bool m_reloading = false;

    QTreeWidget *m_tree = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_rename = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_run = nullptr;
    QToolButton *m_runAll = nullptr;
    QToolButton *m_stop = nullptr;
    QToolButton *m_checks = nullptr;
    RunResultsView *m_results = nullptr;
    QLabel *m_notice = nullptr;
};
