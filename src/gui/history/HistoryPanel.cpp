#include "history/HistoryPanel.h"

#include "history/HistoryModel.h"
#include "history/HistoryStore.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int SearchDelayMs = 200;
// Several requests may finish at once; one read of the list answers them all.
constexpr int ChangeDelayMs = 50;
constexpr int ClockMs = 30 * 1000;
constexpr int ListLimit = 500;
// Larger bodies are shown as they are: indenting them would stall the window.
constexpr qsizetype PrettyPrintLimit = 1024 * 1024;

QString headersText(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &h : headers)
        lines << QString::fromUtf8(h.first) + QLatin1String(": ") + QString::fromUtf8(h.second);
    return lines.join(QLatin1Char('\n'));
}

QPlainTextEdit *detailsView(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return view;
}

} // namespace

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_search->setPlaceholderText(tr("Search by URL, method, status or profile"));
    m_search->setAccessibleName(tr("Search the request history"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCountLabel"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setAccessibleName(tr("Request history"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = 0; c < HistoryModel::ColumnCount; ++c)
        header->setSectionResizeMode(
            c, c == HistoryModel::UrlColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    m_request = detailsView(QStringLiteral("historyRequestPlainTextEdit"),
                            tr("Request headers and body"), this);
    m_response = detailsView(QStringLiteral("historyResponsePlainTextEdit"),
                             tr("Response headers and body"), this);
    auto *details = new QSplitter(Qt::Horizontal, this);
    details->setChildrenCollapsible(false);
    for (auto [view, title] :
         {std::pair{m_request, tr("Request")}, std::pair{m_response, tr("Response")}}) {
        auto *pane = new QWidget(details);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        auto *label = new QLabel(title, pane);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        label->setBuddy(view);
        layout->addWidget(label);
        layout->addWidget(view);
        details->addWidget(pane);
    }

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_open = new QPushButton(tr("&Open in composer"), this);
    m_open->setObjectName(QStringLiteral("openInComposerButton"));
    m_open->setToolTip(tr("Open this request in the composer to edit and send it again"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteEntryButton"));
    m_delete->setToolTip(tr("Delete this request from the history (Del)"));
    m_clear = new QPushButton(tr("Clear &all…"), this);
    m_clear->setObjectName(QStringLiteral("clearHistoryButton"));
    m_clear->setToolTip(tr("Delete every request from the history"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    auto *deleteAction = new QAction(tr("Delete"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    m_refreshTimer.setSingleShot(true);
    m_clock.setInterval(ClockMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(&m_clock, &QTimer::timeout, this,
            [this] { m_model->setNow(QDateTime::currentDateTimeUtc()); });
    // Relative times age only where someone can see them: the clock runs while the panel is shown.
    connect(m_search, &QLineEdit::textChanged, this,
            [this] { m_refreshTimer.start(SearchDelayMs); });
    // Enter and double-click both arrive as activated().
    connect(m_table, &QTableView::activated, this, &HistoryPanel::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_open, &QPushButton::clicked, this, &HistoryPanel::openSelected);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::confirmClear);

    // The store may be opened after the panel is made (the window opens it once it is shown):
    // refresh() looks again each time.
    if (m_store)
        connect(m_store, &HistoryStore::changed, this,
                [this] { m_refreshTimer.start(ChangeDelayMs); });
    refresh();
}

void HistoryPanel::updateAvailability()
{
    const bool open = m_store && m_store->isOpen();
    m_search->setEnabled(open);
    m_table->setEnabled(open);
    if (!open) {
        const QString why = m_store ? m_store->problem() : QString();
        showProblem(why.isEmpty() ? tr("The request history is not available.") : why);
    } else if (!m_store->problem().isEmpty()) {
        showProblem(m_store->problem());
    } else if (m_status->text() == tr("The request history is not available.")) {
        showProblem(QString());
    }
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_clock.start();
}

void HistoryPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

void HistoryPanel::setProfileFilter(const std::optional<QUuid> &profile)
{
    m_profile = profile;
    refresh();
}

bool HistoryPanel::showEntry(qint64 id)
{
    refresh();
    if (m_model->rowOf(id) < 0 && !m_search->text().isEmpty()) {
        m_search->clear();
        refresh();
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    showDetails();
    updateButtons();
    return true;
}

qint64 HistoryPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const HistoryEntry *e = m_model->entryAt(rows.first().row());
    return e ? e->id : 0;
}

void HistoryPanel::refresh()
{
    m_refreshTimer.stop();
    updateAvailability();
    const qint64 selected = selectedId();
    const QList<HistoryEntry> entries =
        m_store ? m_store->search(m_search->text(), ListLimit, m_profile) : QList<HistoryEntry>();
    m_model->setEntries(entries);

    int row = m_model->rowOf(selected);
    if (row < 0 && m_rowAfterDelete >= 0 && m_model->rowCount() > 0)
        row = std::min(m_rowAfterDelete, m_model->rowCount() - 1);
    m_rowAfterDelete = -1;
    if (row >= 0)
        m_table->selectRow(row);

    const int shown = int(entries.size());
    m_count->setText(m_search->text().trimmed().isEmpty() ? tr("%n request(s)", nullptr, shown)
                                                          : tr("%n match(es)", nullptr, shown));
    showDetails();
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const bool open = m_store && m_store->isOpen();
    const bool selected = selectedId() != 0;
    m_open->setEnabled(open && selected);
    m_delete->setEnabled(open && selected);
    m_clear->setEnabled(open && m_model->rowCount() > 0);
}

void HistoryPanel::showProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void HistoryPanel::openSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_store)
        return;
    const std::optional<HistoryEntry> e = m_store->entry(id);
    if (!e) {
        showProblem(tr("That entry is no longer in the history."));
        return;
    }
    Q_EMIT openRequested(e->draft, e->profileId);
}

void HistoryPanel::deleteSelected()
{
    const qint64 id = selectedId();
    if (!id || !m_store)
        return;
    m_rowAfterDelete = m_model->rowOf(id);
    const Result<bool> removed = m_store->remove(id);
    if (!removed)
        showProblem(removed.error().message);
    refresh();
    m_table->setFocus();
}

void HistoryPanel::confirmClear()
{
    if (!m_store)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Clear history"),
                        tr("Delete every request from the history?"), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("clearHistoryMessageBox"));
    box->setInformativeText(
        tr("%n request(s) will be deleted. This cannot be undone.", nullptr, m_store->count()));
    QPushButton *clear = box->addButton(tr("Clear all"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("confirmClearHistoryButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, clear](QAbstractButton *button) {
        if (button != clear || !m_store)
            return;
        const Result<bool> cleared = m_store->clear();
        showProblem(cleared ? QString() : cleared.error().message);
        refresh();
    });
    box->open();
}

void HistoryPanel::showDetails()
{
    const qint64 id = selectedId();
    const std::optional<HistoryEntry> e =
        id && m_store ? m_store->entry(id) : std::optional<HistoryEntry>();
    m_request->setPlainText(e ? requestText(*e) : QString());
    m_response->setPlainText(e ? responseText(*e) : QString());
}

namespace {

QString bodyText(const QByteArray &body, const QString &contentType, bool truncated)
{
    if (body.isEmpty())
        return truncated ? HistoryPanel::tr("(The body was not kept.)") : QString();
    QString text;
    if (body.contains('\0')) {
        text =
            HistoryPanel::tr("(%1 of binary data)").arg(QLocale().formattedDataSize(body.size()));
    } else {
        const bool json = contentType.contains(QLatin1String("json"), Qt::CaseInsensitive);
        const QJsonDocument doc = json && !truncated && body.size() <= PrettyPrintLimit
                                      ? QJsonDocument::fromJson(body)
                                      : QJsonDocument();
        text = doc.isNull() ? QString::fromUtf8(body)
                            : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    if (truncated)
        text += QLatin1Char('\n') + HistoryPanel::tr("… (cut: the history keeps the first %1)")
                                        .arg(QLocale().formattedDataSize(body.size()));
    return text;
}

QString contentTypeOf(const HttpHeaders &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(h.second);
    }
    return {};
}

} // namespace

QString HistoryPanel::requestText(const HistoryEntry &e)
{
    QStringList parts;
    QString first = e.method + QLatin1Char(' ') + e.url;
    first += QLatin1Char('\n') +
             (e.profileName.isEmpty()
                  ? QLocale().toString(e.when.toLocalTime(), QLocale::LongFormat)
                  : tr("%1, %2").arg(e.profileName, QLocale().toString(e.when.toLocalTime(),
                                                                       QLocale::LongFormat)));
    parts << first;
    if (!e.requestHeaders.isEmpty())
        parts << headersText(e.requestHeaders);
    const QString body =
        bodyText(e.requestBody, contentTypeOf(e.requestHeaders), e.requestBodyTruncated);
    if (!body.isEmpty())
        parts << body;
    return parts.join(QLatin1String("\n\n"));
}

QString HistoryPanel::responseText(const HistoryEntry &e)
{
    if (e.failed())
        return tr("No response: %1").arg(e.error);
    QStringList parts;
    parts << tr("%1 in %2 ms, %3")
                 .arg(QString::number(e.status), QLocale().toString(e.elapsedMs),
                      QLocale().formattedDataSize(e.responseSize));
    if (!e.responseHeaders.isEmpty())
        parts << headersText(e.responseHeaders);
    const QString body = bodyText(e.responseBody, e.responseContentType, e.responseBodyTruncated);
    if (!body.isEmpty())
        parts << body;
    return parts.join(QLatin1String("\n\n"));
}
