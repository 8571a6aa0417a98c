#include "MethodFieldsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace {

const char *const DateFormat = "yyyy-MM-dd";

} // namespace

MethodFieldsForm::MethodFieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

MethodFieldsForm::~MethodFieldsForm() = default;

void MethodFieldsForm::setFieldGrowthPolicy(QFormLayout::FieldGrowthPolicy policy)
{
    m_layout->setFieldGrowthPolicy(policy);
}

void MethodFieldsForm::setMethod(const MethodDescriptor &method, Part part,
                                 const QMap<QString, QString> &profileFields)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    const QList<FieldSpec> specs =
        part == Part::Secrets ? method.secretFields() : method.plainFields();
    for (FieldSpec spec : specs) {
        // A second factor is asked on its own page, only when the server asks: a code typed up
        // front would be stale by the time it is needed.
        if (part == Part::Secrets && method.isOneTimeField(spec.key))
            continue;
        spec.optional = method.isOptional(spec, profileFields);
        Field field{spec};
        QWidget *row = nullptr;
        switch (spec.kind) {
        case FieldSpec::Kind::Secret:
            row = secretEditor(field); // masked wherever it shows
            break;
        case FieldSpec::Kind::Date:
            row = dateEditor(field);
            break;
        case FieldSpec::Kind::Choice:
            row = choiceEditor(field);
            break;
        case FieldSpec::Kind::Text:
        case FieldSpec::Kind::Url:
            row = lineEditor(field);
            break;
        }
        const QString label =
            spec.optional ? tr("%1 (optional):").arg(spec.label) : tr("%1:").arg(spec.label);
        field.label = new QLabel(label, this);
        field.label->setObjectName(spec.key + QLatin1String("Label"));
        field.label->setBuddy(field.editor);
        m_layout->addRow(field.label, row);
        m_fields.append(field);
    }
}

QWidget *MethodFieldsForm::secretEditor(Field &field)
{
    const FieldSpec &spec = field.spec;
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(spec.key + QLatin1String("LineEdit"));
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(spec.label);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase | Qt::ImhHiddenText);
    edit->setPlaceholderText(!spec.placeholder.isEmpty() ? spec.placeholder
                             : spec.optional             ? tr("Only if required")
                                                         : QString());
    connect(edit, &QLineEdit::textChanged, this, &MethodFieldsForm::edited);
    auto *show = new QToolButton(row);
    show->setObjectName(spec.key + QLatin1String("ShowToolButton"));
    show->setCheckable(true);
    show->setText(tr("Show"));
    show->setAccessibleName(tr("Show %1").arg(spec.label));
    show->setToolTip(tr("Show or hide what is typed"));
    show->setFocusPolicy(Qt::TabFocus);
    connect(show, &QToolButton::toggled, edit, [edit, show](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(visible ? MethodFieldsForm::tr("Hide") : MethodFieldsForm::tr("Show"));
    });
    layout->addWidget(edit);
    layout->addWidget(show);
    field.editor = edit;
    return row;
}

QWidget *MethodFieldsForm::dateEditor(Field &field)
{
    const FieldSpec &spec = field.spec;
    auto *date = new QDateEdit(this);
    date->setObjectName(spec.key + QLatin1String("DateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QLatin1String(DateFormat));
    date->setDate(QDate::currentDate().addDays(30));
    date->setAccessibleName(spec.label);
    connect(date, &QDateEdit::dateChanged, this, &MethodFieldsForm::edited);
    field.editor = date;
    if (!spec.optional)
        return date;
    // An optional date may be unknown: a check box says whether there is one.
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *enabler = new QCheckBox(tr("Known"), row);
    enabler->setObjectName(spec.key + QLatin1String("CheckBox"));
    enabler->setAccessibleName(tr("%1 is known").arg(spec.label));
    enabler->setToolTip(tr("Leave unticked when there is no date"));
    date->setParent(row);
    date->setEnabled(false);
    connect(enabler, &QCheckBox::toggled, date, &QWidget::setEnabled);
    connect(enabler, &QCheckBox::toggled, this, &MethodFieldsForm::edited);
    layout->addWidget(enabler);
    layout->addWidget(date);
    layout->addStretch();
    field.enabler = enabler;
    return row;
}

QWidget *MethodFieldsForm::choiceEditor(Field &field)
{
    const FieldSpec &spec = field.spec;
    auto *combo = new QComboBox(this);
    combo->setObjectName(spec.key + QLatin1String("ComboBox"));
    combo->addItems(spec.choices);
    combo->setAccessibleName(spec.label);
    const int index = combo->findText(spec.defaultValue);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    connect(combo, &QComboBox::currentIndexChanged, this, &MethodFieldsForm::edited);
    field.editor = combo;
    return combo;
}

QWidget *MethodFieldsForm::lineEditor(Field &field)
{
    const FieldSpec &spec = field.spec;
    auto *edit = new QLineEdit(this);
    edit->setObjectName(spec.key + QLatin1String("LineEdit"));
    edit->setAccessibleName(spec.label);
    QString placeholder = spec.placeholder;
    if (placeholder.isEmpty() && spec.kind == FieldSpec::Kind::Url)
        placeholder = QStringLiteral("https://");
    if (spec.optional && !spec.defaultValue.isEmpty())
        placeholder = tr("%1 when empty").arg(spec.defaultValue);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &MethodFieldsForm::edited);
    field.editor = edit;
    return edit;
}

QList<FieldSpec> MethodFieldsForm::fields() const
{
    QList<FieldSpec> specs;
    for (const Field &field : m_fields)
        specs.append(field.spec);
    return specs;
}

const MethodFieldsForm::Field *MethodFieldsForm::find(const QString &key) const
{
    for (const Field &field : m_fields)
        if (field.spec.key == key)
            return &field;
    return nullptr;
}

QString MethodFieldsForm::value(const QString &key) const
{
    const Field *field = find(key);
    return field ? value(*field) : QString();
}

QString MethodFieldsForm::value(const Field &field) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
        return field.spec.isSecret() ? edit->text() : edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(field.editor))
        return combo->currentText();
    if (auto *date = qobject_cast<QDateEdit *>(field.editor)) {
        if (field.enabler && !static_cast<QCheckBox *>(field.enabler)->isChecked())
            return {};
        return date->date().toString(QLatin1String(DateFormat));
    }
    return {};
}

void MethodFieldsForm::setValue(const QString &key, const QString &value)
{
    const Field *field = find(key);
    if (!field)
        return;
    if (auto *edit = qobject_cast<QLineEdit *>(field->editor)) {
        edit->setText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(field->editor)) {
        const int index = combo->findText(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
    } else if (auto *date = qobject_cast<QDateEdit *>(field->editor)) {
        const QDate parsed = QDate::fromString(value.left(10), Qt::ISODate);
        if (parsed.isValid())
            date->setDate(parsed);
        if (field->enabler)
            static_cast<QCheckBox *>(field->enabler)->setChecked(parsed.isValid());
    }
}

QMap<QString, QString> MethodFieldsForm::values() const
{
    QMap<QString, QString> result;
    for (const Field &field : m_fields) {
        const QString v = value(field);
        if (!v.isEmpty())
            result.insert(field.spec.key, v);
    }
    return result;
}

bool MethodFieldsForm::isFilled() const
{
    return firstEmpty(true) == nullptr;
}

QWidget *MethodFieldsForm::editor(const QString &key) const
{
    const Field *field = find(key);
    return field ? field->editor : nullptr;
}

QWidget *MethodFieldsForm::firstEditor() const
{
    return m_fields.isEmpty() ? nullptr : m_fields.first().editor;
}

QWidget *MethodFieldsForm::firstEmpty(bool requiredOnly) const
{
    for (const Field &field : m_fields)
        if ((!requiredOnly || !field.spec.optional) && value(field).isEmpty())
            return field.editor;
    return nullptr;
}

QList<QWidget *> MethodFieldsForm::labels() const
{
    QList<QWidget *> result;
    for (const Field &field : m_fields)
        result.append(field.label);
    return result;
}

QWidget *MethodFieldsForm::chainTabOrder(QWidget *previous) const
{
    for (const Field &field : m_fields) {
        if (field.enabler) {
            setTabOrder(previous, field.enabler);
            previous = field.enabler;
        }
        setTabOrder(previous, field.editor);
        previous = field.editor;
    }
    return previous;
}
