#include "KeyValueTable.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    ValueColumn,
    ColumnCount
};
} // namespace

KeyValueTable::KeyValueTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("keyValueTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NameColumn, 220);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_table->rowAt(pos.y());
        if (row < 0 || row >= m_table->rowCount() - 1)
            return;
        QMenu menu(this);
        QAction *remove = menu.addAction(tr("Remove Row"));
        if (menu.exec(m_table->viewport()->mapToGlobal(pos)) == remove)
            removeRow(row);
    });
    ensureTrailingEmptyRow();
}

void KeyValueTable::setPlaceholders(const QString &name, const QString &value)
{
    m_namePlaceholder = name;
    m_valuePlaceholder = value;
    ensureTrailingEmptyRow();
}

QList<KeyValueRow> KeyValueTable::rows() const
{
    QList<KeyValueRow> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *name = m_table->item(r, NameColumn);
        const QTableWidgetItem *value = m_table->item(r, ValueColumn);
        const QString n = name ? name->data(Qt::EditRole).toString() : QString();
        const QString v = value ? value->data(Qt::EditRole).toString() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue;
        rows.append({n, v, !name || name->checkState() == Qt::Checked});
    }
    return rows;
}

void KeyValueTable::setRows(const QList<KeyValueRow> &rows)
{
    if (rows == this->rows())
        return;
    m_updating = true;
    m_table->setRowCount(0);
    for (const auto &row : rows)
        appendRow(row);
    m_updating = false;
    ensureTrailingEmptyRow();
}

void KeyValueTable::appendRow(const KeyValueRow &row)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto *name = new QTableWidgetItem(row.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    name->setToolTip(tr("Untick to keep the row without sending it."));
    m_table->setItem(r, NameColumn, name);
    m_table->setItem(r, ValueColumn, new QTableWidgetItem(row.value));
}

void KeyValueTable::ensureTrailingEmptyRow()
{
    const int last = m_table->rowCount() - 1;
    const auto isEmpty = [this](int r) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            if (item && !item->data(Qt::EditRole).toString().isEmpty())
                return false;
        }
        return true;
    };
    if (last >= 0 && isEmpty(last)) {
        // Keep the placeholders fresh on the empty row.
        m_updating = true;
        if (QTableWidgetItem *name = m_table->item(last, NameColumn))
            name->setData(Qt::ToolTipRole, m_namePlaceholder);
        m_updating = false;
        return;
    }
    m_updating = true;
    appendRow({});
    const int r = m_table->rowCount() - 1;
    // The empty row is where a new one is typed: no tick box until it holds something.
    QTableWidgetItem *name = m_table->item(r, NameColumn);
    name->setData(Qt::CheckStateRole, QVariant());
    name->setToolTip(m_namePlaceholder);
    m_table->item(r, ValueColumn)->setToolTip(m_valuePlaceholder);
    m_updating = false;
}

void KeyValueTable::removeRow(int row)
{
    m_table->removeRow(row);
    ensureTrailingEmptyRow();
    Q_EMIT rowsChanged();
}

void KeyValueTable::onItemChanged(QTableWidgetItem *item)
{
    if (m_updating)
        return;
    // A row that just got content gets its tick box.
    if (QTableWidgetItem *name = m_table->item(item->row(), NameColumn);
        name && !name->data(Qt::CheckStateRole).isValid()) {
        m_updating = true;
        name->setCheckState(Qt::Checked);
        m_updating = false;
    }
    ensureTrailingEmptyRow();
    Q_EMIT rowsChanged();
}

bool KeyValueTable::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the keys, so Delete here means the row.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_table->currentRow();
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && row >= 0 &&
            row < m_table->rowCount() - 1) {
            removeRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
