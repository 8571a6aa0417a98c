#include "VariablesTable.h"

#include "compose/AuthorizationPreview.h"
#include "compose/Variables.h"

#include <QHeaderView>

VariablesTable::VariablesTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("variablesTableWidget"));
    setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("From")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setToolTip(tr("Write {{name}} in the URL, headers or body to use a value."));
}

void VariablesTable::setVariables(const Variables &variables, const QStringList &secretNames)
{
    setRowCount(0);
    for (const auto &v : variables.all())
        addRow(v.name, v.value, v.origin);
    // Secrets typed into saved requests: their names, never their values.
    for (const QString &name : secretNames)
        addRow(name, AuthorizationPreview::masked(QString()), tr("secret, in the keychain"));
}

void VariablesTable::addRow(const QString &name, const QString &value, const QString &origin)
{
    const int r = rowCount();
    insertRow(r);
    setItem(r, 0, new QTableWidgetItem(QStringLiteral("{{%1}}").arg(name)));
    setItem(r, 1, new QTableWidgetItem(value));
    setItem(r, 2, new QTableWidgetItem(origin));
}
