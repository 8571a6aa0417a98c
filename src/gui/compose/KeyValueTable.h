#pragma once

#include "compose/RequestDraft.h"

#include <QWidget>

class QTableWidget;
class QTableWidgetItem;

// An editable table of name/value rows that can each be switched off, always ending in an empty
// row to type a new one into: the composer's query parameters, headers and form fields.
class KeyValueTable : public QWidget
{
    Q_OBJECT

public:
    explicit KeyValueTable(QWidget *parent = nullptr);

    QList<KeyValueRow> rows() const; // without the empty row at the end
    void setRows(const QList<KeyValueRow> &rows);
    void setPlaceholders(const QString &name, const QString &value);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void rowsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendRow(const KeyValueRow &row);
    void ensureTrailingEmptyRow();
    void removeRow(int row);
    void onItemChanged(QTableWidgetItem *item);

    QTableWidget *m_table;
    QString m_namePlaceholder;
    QString m_valuePlaceholder;
    bool m_updating = false;
};
