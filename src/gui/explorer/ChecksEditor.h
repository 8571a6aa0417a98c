#pragma once

#include "checks/Assertion.h"
#include "checks/Capture.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialog;
class QTableWidget;

// The checks of one saved request as two small tables: assertions (kind, target or path,
// operator, expected) and captures (variable, from, path or header). The operators offered
// follow the kind; rows left without what they need are not returned.
class ChecksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksEditor(QWidget *parent = nullptr);

    void setChecks(const QList<Assertion> &assertions, const QList<Capture> &captures);
    QList<Assertion> assertions() const;
    QList<Capture> captures() const;

    // A row filled with `assertion` (or `capture`), as the Add buttons make empty ones.
    void addAssertion(const Assertion &assertion);
    void addCapture(const Capture &capture);

    // A window-modal dialog (checksDialog) holding an editor (checksEditor) of these checks;
    // `accepted` gets what it holds when OK is pressed. Opened with open(), never exec().
    static QDialog *
    openDialog(QWidget *parent, const QString &title, const QList<Assertion> &assertions,
               const QList<Capture> &captures,
               std::function<void(const QList<Assertion> &, const QList<Capture> &)> accepted);

private:
    void fillOperators(int row, Assertion::Kind kind, Assertion::Operator current);
    QComboBox *combo(QTableWidget *table, int row, int column) const;

    QTableWidget *m_assertions;
    QTableWidget *m_captures;
};
