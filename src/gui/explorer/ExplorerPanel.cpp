#include "explorer/ExplorerPanel.h"

#include "AppServices.h"
#include "auth/AuthenticatorFactory.h"
#include "compose/ComposerWidget.h"
#include "explorer/EndpointCatalog.h"
#include "explorer/EndpointDetails.h"
#include "explorer/EndpointItemDelegate.h"
#include "explorer/OperationInputs.h"
#include "explorer/SpecLoader.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

ExplorerPanel::ExplorerPanel(AppServices *services, const QString &storageDir, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_loader(new SpecLoader(&services->profiles(), &services->sessions(), &services->http(),
                              storageDir, this))
{
    m_loader->setSecretVariables(&services->secretVariables());
    buildUi();
    connect(m_loader, &SpecLoader::loaded, this, [this](const QUuid &id, ApiSpecPtr spec) {
        if (id == m_profile)
            showSpec(std::move(spec));
    });
    connect(m_loader, &SpecLoader::failed, this, [this](const QUuid &id, const Error &error) {
        if (id != m_profile)
            return;
        showProblem(error);
        // Only a person's click opens a login dialog: choosing a profile must never do so.
        m_login->setVisible(error.kind == Error::Kind::Authentication ||
                            error.kind == Error::Kind::LoginRequired);
    });
    connect(m_loader, &SpecLoader::progress, this, [this](const QString &text) {
        m_status->setText(text);
        m_status->setToolTip(QString());
    });
    connect(m_loader, &SpecLoader::busyChanged, this, [this](bool busy) {
        m_refresh->setEnabled(!busy && !m_profile.isNull());
        if (busy)
            setCursor(Qt::BusyCursor);
        else
            unsetCursor();
    });
}

ExplorerPanel::~ExplorerPanel()
{
    // Children speak while they are destroyed (the loader cancels, the source field loses focus)
    // after this panel has stopped being one: nothing of that may reach it.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void ExplorerPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *sourceRow = new QHBoxLayout;
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("specSourceLineEdit"));
    m_source->setClearButtonEnabled(true);
    m_source->setToolTip(tr("Where this profile's API description comes from: a URL, a path "
                            "under the base URL, or a file. Empty: the vendor's usual place."));
    sourceRow->addWidget(m_source, 1);
    m_openFile = new QToolButton(this);
    m_openFile->setObjectName(QStringLiteral("openSpecFileButton"));
    m_openFile->setText(tr("Open…"));
    m_openFile->setToolTip(tr("Open an OpenAPI or Swagger file (JSON or YAML)"));
    sourceRow->addWidget(m_openFile);
    m_refresh = new QToolButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshSpecButton"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Fetch the description again with the profile's credentials"));
    sourceRow->addWidget(m_refresh);
    layout->addLayout(sourceRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("specStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_login = new QPushButton(tr("Log In and Load"), this);
    m_login->setObjectName(QStringLiteral("explorerLogInButton"));
    m_login->hide();
    connect(m_login, &QPushButton::clicked, this, [this] {
        m_login->hide();
        if (!m_profile.isNull())
            m_loader->refresh(m_profile, true);
    });
    layout->addWidget(m_login, 0, Qt::AlignLeft);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("explorerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search paths, summaries and operation ids"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_catalog = std::make_unique<EndpointCatalog>(this);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("endpointTreeView"));
    m_tree->setModel(m_catalog->view());
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new EndpointItemDelegate(m_tree));
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    splitter->addWidget(m_tree);

    auto *detailsPane = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(detailsPane);
    m_details->setObjectName(QStringLiteral("endpointDetailsTextBrowser"));
    m_details->setOpenExternalLinks(true);
    detailsLayout->addWidget(m_details, 1);

    m_inputs = std::make_unique<OperationInputs>(detailsPane, this, [this] { useSelected(); });
    detailsLayout->addWidget(m_inputs->parametersBox());
    detailsLayout->addWidget(m_inputs->parentBox());

    m_use = new QPushButton(tr("Use in composer"), detailsPane);
    m_use->setObjectName(QStringLiteral("useInComposerButton"));
    m_use->setEnabled(false);
    m_use->setDefault(true);
    detailsLayout->addWidget(m_use, 0, Qt::AlignRight);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_catalog->search(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showOperation(current); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(EndpointItemDelegate::MethodRole).toString().isEmpty())
            useSelected();
    });
    connect(m_use, &QPushButton::clicked, this, &ExplorerPanel::useSelected);
    connect(m_refresh, &QToolButton::clicked, this, &ExplorerPanel::refresh);
    connect(m_openFile, &QToolButton::clicked, this, [this] { openFile(); });
    connect(m_source, &QLineEdit::editingFinished, this, &ExplorerPanel::applySourceOverride);
    m_refresh->setEnabled(false);
    m_openFile->setEnabled(false);
    m_source->setEnabled(false);
}

void ExplorerPanel::setProfile(const QUuid &id)
{
    if (id == m_profile && m_spec)
        return;
    m_loader->cancel();
    m_profile = id;
    m_spec.reset();
    m_catalog->clear();
    m_details->clear();
    m_inputs->clear();
    const auto profile = m_services->profiles().find(id);
    m_vendor = profile ? profile->vendor : QString();
    m_inputs->setVendor(profile ? AuthenticatorFactory::vendor(m_vendor) : std::nullopt);
    m_refresh->setEnabled(profile.has_value());
    m_openFile->setEnabled(profile.has_value());
    m_source->setEnabled(profile.has_value());
    m_source->setText(profile ? m_loader->sourceOverride(id) : QString());
    m_source->setPlaceholderText(
        profile ? SpecLoader::defaultSources(m_vendor).join(QStringLiteral(", ")) : QString());
    if (!profile) {
        m_status->setText(tr("Choose a profile to explore its API."));
        return;
    }
    m_login->hide();
    if (const ApiSpecPtr known = m_loader->spec(id)) {
        showSpec(known);
        return;
    }
    // Nothing is fetched for a panel nobody looks at: clicking through profiles costs nothing.
    m_loadWhenShown = !isVisible();
    if (!m_loadWhenShown)
        m_loader->load(id);
}

void ExplorerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false) && !m_profile.isNull())
        m_loader->load(m_profile);
}

void ExplorerPanel::setComposer(ComposerWidget *composer)
{
    m_composer = composer;
}

void ExplorerPanel::refresh()
{
    if (!m_profile.isNull())
        m_loader->refresh(m_profile);
}

void ExplorerPanel::openFile(const QString &path)
{
    if (m_profile.isNull())
        return;
    if (!path.isEmpty()) {
        m_loader->loadFile(m_profile, path);
        m_source->setText(path);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Open an API description"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("OpenAPI or Swagger (*.json *.yaml *.yml)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { openFile(file); });
    dialog->open();
}

void ExplorerPanel::applySourceOverride()
{
    if (m_profile.isNull())
        return;
    const QString text = m_source->text().trimmed();
    if (text == m_loader->sourceOverride(m_profile))
        return;
    // A key in the address is kept in the keychain: the field shows the {{variable}} instead.
    m_source->setText(m_loader->setSourceOverride(m_profile, text));
    m_loader->refresh(m_profile);
}

void ExplorerPanel::showProblem(const Error &error)
{
    m_status->setText(QStringLiteral("<span style=\"color:#c0392b\">%1</span>")
                          .arg(error.message.toHtmlEscaped()));
    m_status->setToolTip(error.detail);
}

void ExplorerPanel::showSpec(ApiSpecPtr spec)
{
    m_spec = std::move(spec);
    m_catalog->fill(*m_spec);
    if (m_catalog->groupCount() <= 3)
        m_tree->expandAll();
    else
        m_tree->expand(m_catalog->view()->index(0, 0));
    updateStatus();
    Q_EMIT specChanged(m_spec);
}

void ExplorerPanel::updateStatus()
{
    if (!m_spec)
        return;
    QString text =
        tr("<b>%1</b> %2 · %3 · %n operation(s)", nullptr, int(m_spec->operations.size()))
            .arg(m_spec->title.toHtmlEscaped(), m_spec->version.toHtmlEscaped(),
                 m_spec->kindName());
    if (const auto cache = m_loader->cacheInfo(m_profile); cache && cache->fetchedAt.isValid()) {
        text += QStringLiteral(" · ") +
                tr("fetched %1")
                    .arg(QLocale().toString(cache->fetchedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (!m_spec->problems.isEmpty()) {
        text += QLatin1String(" · <span style=\"color:#b9770e\">") +
                tr("%n problem(s)", nullptr, int(m_spec->problems.size())) +
                QLatin1String("</span>");
    }
    m_status->setText(text);
    m_status->setToolTip(m_spec->problems.mid(0, 30).join(QLatin1Char('\n')));
}

const ApiOperation *ExplorerPanel::currentOperation() const
{
    if (!m_spec)
        return nullptr;
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || index.data(EndpointItemDelegate::MethodRole).toString().isEmpty())
        return nullptr;
    const int i = index.data(EndpointItemDelegate::OperationIndexRole).toInt();
    return i >= 0 && i < m_spec->operations.size() ? &m_spec->operations.at(i) : nullptr;
}

void ExplorerPanel::showOperation(const QModelIndex &)
{
    const ApiOperation *op = currentOperation();
    m_use->setEnabled(op != nullptr);
    if (!op) {
        m_inputs->clear();
        m_details->clear();
        return;
    }
    m_inputs->show(*m_spec, *op);
    m_details->setHtml(EndpointDetails::html(*m_spec, *op));
}

bool ExplorerPanel::selectOperation(const QString &method, const QString &path)
{
    const QModelIndex found = m_catalog->find(method, path);
    if (!found.isValid())
        return false;
    QModelIndex index = m_catalog->view()->mapFromSource(found);
    if (!index.isValid()) {
        m_search->clear();
        index = m_catalog->view()->mapFromSource(found);
    }
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

std::optional<OperationRequest> ExplorerPanel::currentRequest() const
{
    const ApiOperation *op = currentOperation();
    if (!op)
        return std::nullopt;
    const auto profile = m_services->profiles().find(m_profile);
    return m_inputs->request(*m_spec, *op, profile ? profile->baseUrl : QUrl());
}

void ExplorerPanel::fillComposer(ComposerWidget *composer, const OperationRequest &request)
{
    QList<KeyValueRow> off;
    for (const KeyValueRow &row : request.queryRows)
        if (!row.enabled)
            off.append(row);
    composer->setDraft(request.draft, off);
}

void ExplorerPanel::useSelected()
{
    const auto request = currentRequest();
    if (!request)
        return;
    if (m_composer)
        fillComposer(m_composer, *request);
    Q_EMIT draftChosen(request->draft);
}
