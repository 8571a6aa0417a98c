#pragma once

#include "compose/RequestDraft.h"
#include "explorer/ApiSpec.h"
#include "explorer/OperationDraft.h"
#include "util/Result.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <memory>

class AppServices;
class ComposerWidget;
class EndpointCatalog;
class OperationInputs;
class SpecLoader;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;

// The API explorer beside the composer: the profile's OpenAPI/Swagger document as a tree of
// endpoints grouped by tag, searchable by path, summary and operation id; the chosen endpoint's
// description, parameters and responses; a small form for its path parameters; and, for a vendor
// whose records hang off a parent, a parent-module picker. Choosing an endpoint hands a ready draft
// to the composer.
class ExplorerPanel : public QWidget
{
    Q_OBJECT

public:
    // `storageDir`: where documents are cached (empty: SpecLoader::defaultStorageDir()).
    explicit ExplorerPanel(AppServices *services, const QString &storageDir = {},
                           QWidget *parent = nullptr);
    ~ExplorerPanel() override;

    // Shows the profile's cached document at once, or fetches it when there is none.
    void setProfile(const QUuid &id);
    QUuid profile() const { return m_profile; }

    // Choosing an endpoint then fills this composer directly, switched-off query rows included
    // (a RequestDraft keeps only the enabled ones, in its URL). draftChosen() is emitted too.
    void setComposer(ComposerWidget *composer);

    SpecLoader *loader() const { return m_loader; }
    ApiSpecPtr spec() const { return m_spec; }

    // Selects an endpoint in the tree (clearing a search that hides it).
    bool selectOperation(const QString &method, const QString &path);
    // What "Use in composer" would send now: path parameters and the parent-record picker applied.
    std::optional<OperationRequest> currentRequest() const;

    // setDraft() plus the query rows a draft cannot carry; for a composer wired by hand.
    static void fillComposer(ComposerWidget *composer, const OperationRequest &request);

public Q_SLOTS:
    void refresh();
    // An empty path asks for one with a file dialog.
    void openFile(const QString &path = {});
    void useSelected();

Q_SIGNALS:
    void draftChosen(const RequestDraft &draft);
    void specChanged(ApiSpecPtr spec);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void showSpec(ApiSpecPtr spec);
    void showProblem(const Error &error);
    void showOperation(const QModelIndex &proxyIndex);
    void updateStatus();
    void applySourceOverride();
    const ApiOperation *currentOperation() const;

    AppServices *m_services;
    SpecLoader *m_loader;
    QPointer<ComposerWidget> m_composer;
    QUuid m_profile;
    ApiSpecPtr m_spec;
    QString m_vendor;

    QLineEdit *m_source = nullptr;
    QToolButton *m_openFile = nullptr;
    QToolButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_login = nullptr;
    bool m_loadWhenShown = false;
    QLineEdit *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    std::unique_ptr<EndpointCatalog> m_catalog;
    QTextBrowser *m_details = nullptr;
    std::unique_ptr<OperationInputs> m_inputs;
    QPushButton *m_use = nullptr;
};
