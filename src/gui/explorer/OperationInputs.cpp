#include "explorer/OperationInputs.h"

#include "explorer/ParentRecords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

OperationInputs::OperationInputs(QWidget *parent, QObject *context, std::function<void()> use)
    : m_context(context)
    , m_use(std::move(use))
{
    m_paramsBox = new QGroupBox(tr("Path parameters"), parent);
    m_paramsBox->setObjectName(QStringLiteral("pathParametersGroupBox"));
    m_paramsForm = new QFormLayout(m_paramsBox);
    m_paramsBox->hide();

    m_parentBox = new QGroupBox(parent);
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
}

void OperationInputs::setVendor(const std::optional<MethodDescriptor> &vendor)
{
    m_parentBox->setVisible(vendor && vendor->parentRecordPicker);
    m_parentBox->setTitle(tr("%1 parent record").arg(vendor ? vendor->vendorName : QString()));
}

void OperationInputs::clear()
{
    while (m_paramsForm->rowCount() > 0)
        m_paramsForm->removeRow(0);
    m_pathEdits.clear();
    m_paramsBox->hide();
}

void OperationInputs::show(const ApiSpec &spec, const ApiOperation &op)
{
    clear();
    for (const ApiParameter &p : op.parameters) {
        if (p.in != QLatin1String("path"))
            continue;
        auto *edit = new QLineEdit(m_paramsBox);
        edit->setObjectName(QStringLiteral("pathParameterLineEdit_") + p.name);
        edit->setPlaceholderText(tr("{{%1}} stays a variable when empty").arg(p.name));
        edit->setText(OperationDraft::exampleText(spec, p));
        edit->setToolTip(p.description);
        m_paramsForm->addRow(p.name, edit);
        m_pathEdits.insert(p.name, edit);
        QObject::connect(edit, &QLineEdit::returnPressed, m_context, m_use);
    }
    m_paramsBox->setVisible(!m_pathEdits.isEmpty());
}

OperationRequest OperationInputs::request(const ApiSpec &spec, const ApiOperation &op,
                                          const QUrl &baseUrl) const
{
    QHash<QString, QString> values;
    for (auto it = m_pathEdits.constBegin(); it != m_pathEdits.constEnd(); ++it)
        values.insert(it.key(), it.value()->text().trimmed());
    OperationRequest request = OperationDraft::build(spec, op, baseUrl, values);
    if (m_parentBox->isVisible() && m_parentApply->isChecked()) {
        if (const auto module = ParentRecords::find(m_parentModule->currentData().toString()))
            request.draft = ParentRecords::apply(request.draft, *module, m_parentId->value());
    }
    return request;
}
