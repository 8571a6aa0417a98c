#include "explorer/ExplorerPanel.h"

#include "AppServices.h"
#include "auth/AuthenticatorFactory.h"
#include "compose/ComposerWidget.h"
#include "explorer/EndpointItemDelegate.h"
#include "explorer/ParentRecords.h"
#include "explorer/SpecLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString schemaType(const QCborValue &schema)
{
    const QCborMap s = schema.toMap();
    const QString ref = s.value(QLatin1String("$ref")).toString();
    if (!ref.isEmpty())
        return ref.section(QLatin1Char('/'), -1);
    QString type = s.value(QLatin1String("type")).toString();
    if (type == QLatin1String("array"))
        type = schemaType(s.value(QLatin1String("items"))) + QLatin1String("[]");
    const QString format = s.value(QLatin1String("format")).toString();
    return format.isEmpty() ? type : type + QLatin1String(" (") + format + QLatin1Char(')');
}

} // namespace

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
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(EndpointItemDelegate::SearchRole);
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("endpointTreeView"));
    m_tree->setModel(m_proxy);
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

    m_paramsBox = new QGroupBox(tr("Path parameters"), detailsPane);
    m_paramsBox->setObjectName(QStringLiteral("pathParametersGroupBox"));
    m_paramsForm = new QFormLayout(m_paramsBox);
    m_paramsBox->hide();
    detailsLayout->addWidget(m_paramsBox);

    m_parentBox = new QGroupBox(detailsPane);
    m_parentBox->setObjectName(QStringLiteral("parentRecordGroupBox"));
    auto *parentRow = new QHBoxLayout(m_parentBox);
    m_parentApply = new QCheckBox(tr("Fill in"), m_parentBox);
    m_parentApply->setObjectName(QStringLiteral("parentRecordApplyCheckBox"));
    m_parentApply->setToolTip(tr("Put ParentModule and ParentId in the JSON body, and the "
                                 "module into path parameters that name one"));
    m_parentModule = new QComboBox(m_parentBox);
    m_parentModule->setObjectName(QStringLiteral("parentModuleComboBox"));
    m_parentModule->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parentModule->setMinimumContentsLength(12);
    for (const ParentRecords::Module &m : ParentRecords::all())
        m_parentModule->addItem(tr("%1 (%2)").arg(m.displayName, m.value), m.value);
    m_parentId = new QSpinBox(m_parentBox);
    m_parentId->setObjectName(QStringLiteral("parentIdSpinBox"));
    m_parentId->setRange(0, std::numeric_limits<int>::max());
    m_parentId->setPrefix(tr("id "));
    parentRow->addWidget(m_parentApply);
    parentRow->addWidget(m_parentModule, 1);
    parentRow->addWidget(m_parentId);
    m_parentBox->hide();
    detailsLayout->addWidget(m_parentBox);

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
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
        countShown();
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
    m_model->clear();
    m_details->clear();
    rebuildParameterForm(nullptr);
    const auto profile = m_services->profiles().find(id);
    m_vendor = profile ? profile->vendor : QString();
    const auto vendor = profile ? AuthenticatorFactory::vendor(m_vendor) : std::nullopt;
    m_parentBox->setVisible(vendor && vendor->parentRecordPicker);
    m_parentBox->setTitle(tr("%1 parent record").arg(vendor ? vendor->vendorName : QString()));
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

// Each group says how many of its endpoints the search shows ("Assets  (3 of 12)").
void ExplorerPanel::countShown()
{
    const bool filtered = !m_search->text().trimmed().isEmpty();
    for (int t = 0; t < m_model->rowCount(); ++t) {
        QStandardItem *tag = m_model->item(t);
        const int total = tag->rowCount();
        const int shown = m_proxy->rowCount(m_proxy->mapFromSource(tag->index()));
        const QString name = tag->data(TagNameRole).toString();
        const QString text = filtered && shown < total
                                 ? tr("%1  (%2 of %3)").arg(name).arg(shown).arg(total)
                                 : tr("%1  (%2)").arg(name).arg(total);
        if (tag->text() != text)
            tag->setText(text);
    }
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
    m_model->clear();
    QStandardItem *rootItem = m_model->invisibleRootItem();
    QStringList tags = m_spec->tags;
    tags.append(QString()); // operations with no tag, last
    for (const QString &tag : std::as_const(tags)) {
        const QList<int> indexes = m_spec->operationsTagged(tag);
        if (indexes.isEmpty())
            continue;
        auto *tagItem = new QStandardItem(
            tr("%1  (%2)").arg(tag.isEmpty() ? tr("Other") : tag).arg(indexes.size()));
        tagItem->setData(tag.isEmpty() ? tr("Other") : tag, TagNameRole);
        QFont bold = tagItem->font();
        bold.setBold(true);
        tagItem->setFont(bold);
        tagItem->setToolTip(m_spec->tagDescriptions.value(tag));
        tagItem->setData(QString(), EndpointItemDelegate::SearchRole);
        QList<QStandardItem *> children;
        children.reserve(indexes.size());
        for (int i : indexes) {
            const ApiOperation &op = m_spec->operations.at(i);
            auto *item = new QStandardItem(op.method + QLatin1Char(' ') + op.path);
            item->setData(op.method, EndpointItemDelegate::MethodRole);
            item->setData(op.path, EndpointItemDelegate::PathRole);
            item->setData(op.summary, EndpointItemDelegate::SummaryRole);
            item->setData(i, EndpointItemDelegate::OperationIndexRole);
            item->setData(op.searchText(), EndpointItemDelegate::SearchRole);
            item->setData(op.deprecated, EndpointItemDelegate::DeprecatedRole);
            item->setToolTip(op.operationId.isEmpty()
                                 ? op.summary
                                 : op.operationId + QStringLiteral(" — ") + op.summary);
            children.append(item);
        }
        tagItem->appendRows(children);
        rootItem->appendRow(tagItem);
    }
    if (m_model->rowCount() <= 3)
        m_tree->expandAll();
    else
        m_tree->expand(m_proxy->index(0, 0));
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
    rebuildParameterForm(op);
    if (!op) {
        m_details->clear();
        return;
    }
    const QString colour = EndpointItemDelegate::methodColour(op->method).name();
    QString html = QStringLiteral("<p><span style=\"background:%1;color:white;font-weight:bold\">"
                                  "&nbsp;%2&nbsp;</span>&nbsp;<code style=\"font-size:large\">%3"
                                  "</code></p>")
                       .arg(colour, op->method, (m_spec->basePath + op->path).toHtmlEscaped());
    if (op->deprecated)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Deprecated"));
    if (!op->summary.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(esc(op->summary));
    if (!op->operationId.isEmpty())
        html += QStringLiteral("<p>%1 <code>%2</code></p>")
                    .arg(tr("Operation id:"), op->operationId.toHtmlEscaped());
    if (!op->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(op->description));

    if (!op->parameters.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\" "
                               "border=\"0\">")
                    .arg(tr("Parameters"));
        for (const ApiParameter &p : op->parameters) {
            html += QStringLiteral("<tr><td><code>%1</code>%2</td><td><i>%3</i></td><td>%4</td>"
                                   "<td>%5</td></tr>")
                        .arg(p.name.toHtmlEscaped(),
                             p.required ? QStringLiteral("<span style=\"color:#c0392b\">*</span>")
                                        : QString(),
                             p.in.toHtmlEscaped(), schemaType(p.schema).toHtmlEscaped(),
                             esc(p.description));
        }
        html += QLatin1String("</table>");
    }
    if (!op->requestContentTypes.isEmpty()) {
        html +=
            QStringLiteral("<h4>%1</h4><p>%2</p>")
                .arg(op->requestBodyRequired ? tr("Request body (required)") : tr("Request body"),
                     op->requestContentTypes.join(QLatin1String(", ")).toHtmlEscaped());
        const QString example = OperationDraft::exampleBody(*m_spec, *op);
        if (!example.isEmpty() && example.size() < 20000)
            html += QStringLiteral("<pre>%1</pre>").arg(example.toHtmlEscaped());
    }
    if (!op->responses.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(tr("Responses"));
        for (const ApiResponse &r : op->responses) {
            const bool ok = r.status.startsWith(QLatin1Char('2'));
            html += QStringLiteral("<tr><td><b style=\"color:%1\">%2</b></td><td>%3</td>"
                                   "<td><small>%4</small></td></tr>")
                        .arg(ok ? QStringLiteral("#2e9e5b") : QStringLiteral("#7f8c8d"),
                             r.status.toHtmlEscaped(), esc(r.description),
                             r.contentTypes.join(QLatin1String(", ")).toHtmlEscaped());
        }
        html += QLatin1String("</table>");
    }
    for (const QString &problem : op->problems)
        html += QStringLiteral("<p style=\"color:#b9770e\">%1</p>").arg(esc(problem));
    m_details->setHtml(html);
}

void ExplorerPanel::rebuildParameterForm(const ApiOperation *op)
{
    while (m_paramsForm->rowCount() > 0)
        m_paramsForm->removeRow(0);
    m_pathEdits.clear();
    if (!op) {
        m_paramsBox->hide();
        return;
    }
    for (const ApiParameter &p : op->parameters) {
        if (p.in != QLatin1String("path"))
            continue;
        auto *edit = new QLineEdit(m_paramsBox);
        edit->setObjectName(QStringLiteral("pathParameterLineEdit_") + p.name);
        edit->setPlaceholderText(tr("{{%1}} stays a variable when empty").arg(p.name));
        edit->setText(OperationDraft::exampleText(*m_spec, p));
        edit->setToolTip(p.description);
        m_paramsForm->addRow(p.name, edit);
        m_pathEdits.insert(p.name, edit);
        connect(edit, &QLineEdit::returnPressed, this, &ExplorerPanel::useSelected);
    }
    m_paramsBox->setVisible(!m_pathEdits.isEmpty());
}

bool ExplorerPanel::selectOperation(const QString &method, const QString &path)
{
    for (int t = 0; t < m_model->rowCount(); ++t) {
        QStandardItem *tag = m_model->item(t);
        for (int r = 0; r < tag->rowCount(); ++r) {
            QStandardItem *item = tag->child(r);
            if (item->data(EndpointItemDelegate::MethodRole)
                        .toString()
                        .compare(method, Qt::CaseInsensitive) == 0 &&
                item->data(EndpointItemDelegate::PathRole).toString() == path) {
                QModelIndex index = m_proxy->mapFromSource(item->index());
                if (!index.isValid()) {
                    m_search->clear();
                    index = m_proxy->mapFromSource(item->index());
                }
                m_tree->expand(index.parent());
                m_tree->setCurrentIndex(index);
                m_tree->scrollTo(index);
                return true;
            }
        }
    }
    return false;
}

std::optional<OperationRequest> ExplorerPanel::currentRequest() const
{
    const ApiOperation *op = currentOperation();
    if (!op)
        return std::nullopt;
    const auto profile = m_services->profiles().find(m_profile);
    QHash<QString, QString> values;
    for (auto it = m_pathEdits.constBegin(); it != m_pathEdits.constEnd(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    OperationRequest request =
        OperationDraft::build(*m_spec, *op, profile ? profile->baseUrl : QUrl(), values);
    if (m_parentBox->isVisible() && m_parentApply->isChecked()) {
        if (const auto module = ParentRecords::find(m_parentModule->currentData().toString())) {
            request.draft = ParentRecords::apply(request.draft, *module, m_parentId->value());
        }
    }
    return request;
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
