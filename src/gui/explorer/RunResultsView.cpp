#include "explorer/RunResultsView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QColor Passed(0x2e, 0x9e, 0x5b);
const QColor Failed(0xc0, 0x39, 0x2b);
} // namespace

RunResultsView::RunResultsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("runSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_results->setObjectName(QStringLiteral("runResultsTreeWidget"));
    m_results->setHeaderLabels({tr("Request"), tr("Status"), tr("Time")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setWordWrap(true);
    layout->addWidget(m_results, 1);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A failed check's line opens the request it belongs to.
        if (item->parent())
            item = item->parent();
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id != 0)
            Q_EMIT historyEntryRequested(id);
    });
}

void RunResultsView::clear()
{
    m_results->clear();
    m_summary->clear();
}

void RunResultsView::setMessage(const QString &text)
{
    m_summary->setText(text);
}

void RunResultsView::showStep(const CollectionRunner::Step &step)
{
    auto *item = new QTreeWidgetItem(m_results);
    const QString mark = step.passed ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ");
    item->setText(0, mark + step.method + QLatin1Char(' ') + step.name);
    item->setText(1, step.status > 0 ? QString::number(step.status) : tr("failed"));
    item->setText(2, tr("%1 ms").arg(step.elapsedMs));
    item->setData(0, Qt::UserRole, step.historyId);
    item->setData(0, Qt::UserRole + 1, step.passed);
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(0, step.passed ? Passed : Failed);
    item->setForeground(1, step.passed ? Passed : Failed);
    QStringList tip;
    for (const CheckResult &check : step.checks)
        tip << (check.passed ? QStringLiteral("\u2713 ") + check.description
                             : QStringLiteral("\u2717 ") + check.message);
    if (step.historyId != 0)
        tip << tr("Double-click to see the response in History.");
    item->setToolTip(0, tip.join(QLatin1Char('\n')));
    item->setToolTip(1, step.error);
    // What failed, in words, right under the request: no hovering needed.
    for (const QString &failure : step.failures()) {
        auto *line = new QTreeWidgetItem(item, {failure});
        line->setForeground(0, Failed);
        line->setToolTip(0, failure);
        line->setFirstColumnSpanned(true);
    }
    item->setExpanded(true);
}

void RunResultsView::showSummary(const CollectionRunner::Summary &summary)
{
    QString text = tr("%1 passed, %2 failed, in %3 ms")
                       .arg(summary.passed)
                       .arg(summary.failed)
                       .arg(summary.elapsedMs);
    if (summary.steps.size() < summary.total)
        text += QStringLiteral(" · ") +
                tr("%n not run", nullptr, summary.total - int(summary.steps.size()));
    if (summary.cancelled)
        text += QStringLiteral(" · ") + tr("stopped");
    if (summary.stoppedForLogin)
        text += QStringLiteral(" · ") + tr("log in to run the rest");
    m_summary->setText(text);
}
