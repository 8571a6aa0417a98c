#pragma once

#include <QStringList>
#include <QTableWidget>

class Variables;

// The composer's Variables tab: each {{name}} the profile offers, its value and where it comes
// from; the secrets typed into saved requests by name only.
class VariablesTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit VariablesTable(QWidget *parent = nullptr);

    void setVariables(const Variables &variables, const QStringList &secretNames);

private:
    void addRow(const QString &name, const QString &value, const QString &origin);
};
