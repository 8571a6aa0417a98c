#include "explorer/ChecksEditor.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum AssertionColumn
{
    KindColumn,
    TargetColumn,
    OperatorColumn,
    ExpectedColumn
};
enum CaptureColumn
{
    VariableColumn,
    SourceColumn,
    PathColumn
};

QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    // Every column as wide as its heading and its choices ("Response time", "below (ms)"); the
    // last takes the room that is left.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// Add and Remove under a table.
QHBoxLayout *buttons(QWidget *parent, QTableWidget *t, const char *addName, const char *removeName,
                     std::function<void()> add)
{
    auto *row = new QHBoxLayout;
    auto *addButton = new QPushButton(ChecksEditor::tr("Add"), parent);
    addButton->setObjectName(QString::fromLatin1(addName));
    auto *removeButton = new QPushButton(ChecksEditor::tr("Remove"), parent);
    removeButton->setObjectName(QString::fromLatin1(removeName));
    row->addWidget(addButton);
    row->addWidget(removeButton);
    row->addStretch(1);
    QObject::connect(addButton, &QPushButton::clicked, parent, std::move(add));
    QObject::connect(removeButton, &QPushButton::clicked, parent, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    return row;
}
} // namespace

ChecksEditor::ChecksEditor(QWidget *parent)
    : QWidget(parent)
    , m_assertions(table(this, "assertionsTableWidget",
                         {tr("Check"), tr("Header or JSON path"), tr("Operator"), tr("Expected")}))
    , m_captures(table(this, "capturesTableWidget",
                       {tr("Variable"), tr("From"), tr("JSON path or header")}))
{
    auto *layout = new QVBoxLayout(this);
    auto *assertionsLabel = new QLabel(
        tr("Assertions: every one must hold for the request to pass (without any, a status "
           "below 400 passes). Expected values may use {{variables}}."),
        this);
    assertionsLabel->setWordWrap(true);
    layout->addWidget(assertionsLabel);
    layout->addWidget(m_assertions, 2);
    layout->addLayout(buttons(this, m_assertions, "addAssertionButton", "removeAssertionButton",
                              [this] { addAssertion({}); }));
    auto *capturesLabel = new QLabel(
        tr("Captures: a value of the response kept as a {{variable}} for the requests after "
           "this one in the same run."),
        this);
    capturesLabel->setWordWrap(true);
    layout->addWidget(capturesLabel);
    layout->addWidget(m_captures, 1);
    layout->addLayout(buttons(this, m_captures, "addCaptureButton", "removeCaptureButton",
                              [this] { addCapture({}); }));
}

QComboBox *ChecksEditor::combo(QTableWidget *t, int row, int column) const
{
    return qobject_cast<QComboBox *>(t->cellWidget(row, column));
}

void ChecksEditor::setChecks(const QList<Assertion> &assertions, const QList<Capture> &captures)
{
    m_assertions->setRowCount(0);
    m_captures->setRowCount(0);
    for (const Assertion &a : assertions)
        addAssertion(a);
    for (const Capture &c : captures)
        addCapture(c);
}

void ChecksEditor::addAssertion(const Assertion &assertion)
{
    const int row = m_assertions->rowCount();
    m_assertions->insertRow(row);
    auto *kind = new QComboBox(m_assertions);
    kind->setObjectName(QStringLiteral("assertionKindComboBox"));
    for (const Assertion::Kind k : Assertion::kinds())
        kind->addItem(Assertion::kindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(assertion.kind)));
    m_assertions->setCellWidget(row, KindColumn, kind);
    m_assertions->setItem(row, TargetColumn, new QTableWidgetItem(assertion.target));
    auto *op = new QComboBox(m_assertions);
    op->setObjectName(QStringLiteral("assertionOperatorComboBox"));
    m_assertions->setCellWidget(row, OperatorColumn, op);
    m_assertions->setItem(row, ExpectedColumn, new QTableWidgetItem(assertion.expected));
    fillOperators(row, assertion.kind, assertion.op);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        // The row may have moved since: find it by its widget.
        for (int r = 0; r < m_assertions->rowCount(); ++r)
            if (m_assertions->cellWidget(r, KindColumn) == kind)
                fillOperators(r, Assertion::Kind(kind->currentData().toInt()),
                              Assertion::Operator::Equals);
    });
    m_assertions->setCurrentCell(row, TargetColumn);
}

void ChecksEditor::fillOperators(int row, Assertion::Kind kind, Assertion::Operator current)
{
    QComboBox *op = combo(m_assertions, row, OperatorColumn);
    op->clear();
    for (const Assertion::Operator o : Assertion::operatorsFor(kind))
        op->addItem(Assertion::operatorName(o), int(o));
    const int index = op->findData(int(current));
    op->setCurrentIndex(index >= 0 ? index : 0);
    // Status and time have nothing to name.
    const bool targeted = kind == Assertion::Kind::Header || kind == Assertion::Kind::JsonBody;
    if (QTableWidgetItem *target = m_assertions->item(row, TargetColumn)) {
        target->setFlags(targeted ? target->flags() | Qt::ItemIsEditable
                                  : target->flags() & ~Qt::ItemIsEditable);
        if (!targeted)
            target->setText(QString());
        else if (target->text().isEmpty() && kind == Assertion::Kind::JsonBody)
            target->setText(QStringLiteral("$."));
    }
}

QList<Assertion> ChecksEditor::assertions() const
{
    QList<Assertion> out;
    for (int row = 0; row < m_assertions->rowCount(); ++row) {
        Assertion a;
        a.kind = Assertion::Kind(combo(m_assertions, row, KindColumn)->currentData().toInt());
        a.op = Assertion::Operator(combo(m_assertions, row, OperatorColumn)->currentData().toInt());
        a.target = cellText(m_assertions, row, TargetColumn);
        a.expected = cellText(m_assertions, row, ExpectedColumn);
        if (a.target == QLatin1String("$."))
            a.target.clear(); // the start the editor offers, never filled in
        if ((a.needsTarget() && a.target.isEmpty()) || (a.needsExpected() && a.expected.isEmpty()))
            continue;
        if (!a.needsTarget())
            a.target.clear();
        if (!a.needsExpected())
            a.expected.clear();
        out.append(a);
    }
    return out;
}

void ChecksEditor::addCapture(const Capture &capture)
{
    const int row = m_captures->rowCount();
    m_captures->insertRow(row);
    m_captures->setItem(row, VariableColumn, new QTableWidgetItem(capture.variable));
    auto *source = new QComboBox(m_captures);
    source->setObjectName(QStringLiteral("captureSourceComboBox"));
    for (const Capture::Source s : {Capture::Source::JsonBody, Capture::Source::Header})
        source->addItem(Capture::sourceName(s), int(s));
    source->setCurrentIndex(source->findData(int(capture.source)));
    m_captures->setCellWidget(row, SourceColumn, source);
    m_captures->setItem(
        row, PathColumn,
        new QTableWidgetItem(capture.path.isEmpty() && capture.source == Capture::Source::JsonBody
                                 ? QStringLiteral("$.")
                                 : capture.path));
    m_captures->setCurrentCell(row, VariableColumn);
}

QList<Capture> ChecksEditor::captures() const
{
    QList<Capture> out;
    for (int row = 0; row < m_captures->rowCount(); ++row) {
        Capture c;
        c.variable = cellText(m_captures, row, VariableColumn);
        // "{{id}}" typed with its braces names the variable id.
        if (c.variable.startsWith(QLatin1String("{{")) && c.variable.endsWith(QLatin1String("}}")))
            c.variable = c.variable.mid(2, c.variable.size() - 4).trimmed();
        c.source = Capture::Source(combo(m_captures, row, SourceColumn)->currentData().toInt());
        c.path = cellText(m_captures, row, PathColumn);
        if (!c.variable.isEmpty() && !c.path.isEmpty() && c.path != QLatin1String("$."))
            out.append(c);
    }
    return out;
}

QDialog *ChecksEditor::openDialog(
    QWidget *parent, const QString &title, const QList<Assertion> &assertions,
    const QList<Capture> &captures,
    std::function<void(const QList<Assertion> &, const QList<Capture> &)> accepted)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("checksDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *editor = new ChecksEditor(dialog);
    editor->setObjectName(QStringLiteral("checksEditor"));
    editor->setChecks(assertions, captures);
    layout->addWidget(editor);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, dialog, [editor, accepted = std::move(accepted)] {
        accepted(editor->assertions(), editor->captures());
    });
    dialog->resize(640, 420);
    dialog->open();
    return dialog;
}
