#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "util/MarkedHeaders.h"
#include "util/Redactor.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);

    // The hints explain; they should not compete with the controls they explain, yet stay
    // readable (the disabled text colour is too faint for that).
    for (QLabel *hint :
         {m_ui->clipboardHintLabel, m_ui->sessionsHintLabel, m_ui->secretHeadersHintLabel}) {
        QPalette palette = hint->palette();
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        palette.setColor(QPalette::WindowText,
                         QColor::fromRgbF(0.7f * text.redF() + 0.3f * window.redF(),
                                          0.7f * text.greenF() + 0.3f * window.greenF(),
                                          0.7f * text.blueF() + 0.3f * window.blueF()));
        hint->setPalette(palette);
    }

    if (QPushButton *restore = m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)) {
        restore->setObjectName(QStringLiteral("restoreDefaultsPushButton"));
        restore->setAccessibleName(tr("Restore default settings"));
        connect(restore, &QPushButton::clicked, this, [this] { setSettings(AppSettings()); });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // What a person marked secret is masked from the moment they confirm it.
    connect(this, &QDialog::accepted, this,
            [this] { Redactor::setMarkedSecretHeaders(settings().secretHeaders); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->notifyCheckBox, &QCheckBox::toggled, this, &SettingsDialog::updateNotifyControls);
    connect(m_ui->proxyLineEdit, &QLineEdit::textChanged, this,
            [this, hint = m_ui->proxyLineEdit->toolTip()](const QString &text) {
                const auto proxy = ProxySettings::parse(text);
                m_ui->proxyLineEdit->setToolTip(proxy ? hint : proxy.error().message);
                if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
                    ok->setEnabled(proxy.ok());
            });
    connect(m_ui->historyDaysSpinBox, &QSpinBox::valueChanged, this,
            &SettingsDialog::updateHistorySuffix);

    setSettings(AppSettings());
    alignLabels();
    alignFields();
    resize(sizeHint());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_ui->clipboardClearSpinBox->setValue(settings.clipboardClearSeconds);
    m_ui->autoReloginCheckBox->setChecked(settings.autoReloginByDefault);
    m_ui->timeoutSpinBox->setValue(settings.defaultTimeoutSeconds);
    m_ui->notifyCheckBox->setChecked(settings.notifyBeforeExpiry);
    m_ui->notifyMinutesSpinBox->setValue(settings.notifyMinutesBefore);
    m_ui->historyDaysSpinBox->setValue(settings.historyRetentionDays);
    m_ui->historyBodyCapSpinBox->setValue(settings.historyBodyCapKiB);
    m_ui->secretHeadersLineEdit->setText(settings.secretHeaders.join(QStringLiteral(", ")));
    m_ui->proxyLineEdit->setText(settings.proxy);
    m_ui->noProxyLineEdit->setText(settings.noProxy);
    m_ui->proxyUserLineEdit->setText(settings.proxyUser);
    updateNotifyControls();
    updateHistorySuffix();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.clipboardClearSeconds = m_ui->clipboardClearSpinBox->value();
    s.autoReloginByDefault = m_ui->autoReloginCheckBox->isChecked();
    s.defaultTimeoutSeconds = m_ui->timeoutSpinBox->value();
    s.notifyBeforeExpiry = m_ui->notifyCheckBox->isChecked();
    // Kept while notifications are off, so switching them back on restores the lead time.
    s.notifyMinutesBefore = m_ui->notifyMinutesSpinBox->value();
    s.historyRetentionDays = m_ui->historyDaysSpinBox->value();
    s.historyBodyCapKiB = m_ui->historyBodyCapSpinBox->value();
    s.secretHeaders = MarkedHeaders::parse(m_ui->secretHeadersLineEdit->text());
    // What is no proxy stays the system's, as a corrupt settings file would.
    const auto proxy = ProxySettings::parse(m_ui->proxyLineEdit->text());
    s.proxy = proxy ? proxy->toString() : QString();
    s.noProxy =
        ProxySettings::parseExclusions(m_ui->noProxyLineEdit->text()).join(QLatin1Char(','));
    s.proxyUser = m_ui->proxyUserLineEdit->text().trimmed();
    return s;
}

void SettingsDialog::updateNotifyControls()
{
    m_ui->notifyMinutesSpinBox->setEnabled(m_ui->notifyCheckBox->isChecked());
}

void SettingsDialog::updateHistorySuffix()
{
    const int days = m_ui->historyDaysSpinBox->value();
    m_ui->historyDaysSpinBox->setSuffix(tr(" day(s)", nullptr, days));
}

// Each group has its own form layout; equal label columns make the fields line up as one column.
void SettingsDialog::alignLabels()
{
    const QList<QWidget *> labels = {m_ui->clipboardClearLabel, m_ui->timeoutLabel,
                                     m_ui->notifyCheckBox,      m_ui->historyDaysLabel,
                                     m_ui->historyBodyCapLabel, m_ui->secretHeadersLabel,
                                     m_ui->proxyLabel};
    int width = 0;
    for (const QWidget *label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QWidget *label : labels)
        label->setMinimumWidth(width);
}

// One width for every spin box, wide enough for the longest special text and suffix, so the
// fields form a tidy column instead of a ragged one.
void SettingsDialog::alignFields()
{
    const QList<QSpinBox *> fields = {m_ui->clipboardClearSpinBox, m_ui->timeoutSpinBox,
                                      m_ui->notifyMinutesSpinBox, m_ui->historyDaysSpinBox,
                                      m_ui->historyBodyCapSpinBox};
    int width = 0;
    for (const QSpinBox *field : fields)
        width = std::max(width, field->sizeHint().width());
    // The plural suffix of the history grows with the number; leave room for its longest form.
    width += fontMetrics().horizontalAdvance(QLatin1Char('m')) * 2;
    for (QSpinBox *field : fields)
        field->setMinimumWidth(width);
}
