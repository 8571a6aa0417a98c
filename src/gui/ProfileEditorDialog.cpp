#include "ProfileEditorDialog.h"

#include "DialogFit.h"
#include "MethodFieldsForm.h"

#include "auth/AuthenticatorFactory.h"
#include "ui_ProfileEditorDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHostAddress>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>

#include <tuple>

namespace {

const char *const WarningColour = "#b35c00";
const char *const ErrorColour = "#c62828";

struct Preset
{
    const char *colour;
    const char *name; // translated through QCoreApplication below
};

// A few tags that tell profiles apart at a glance and read on light and dark palettes alike.
const Preset Presets[] = {
    {"#c62828", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Red")},
    {"#ef6c00", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Orange")},
    {"#f9a825", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Yellow")},
    {"#2e7d32", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Green")},
    {"#1565c0", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Blue")},
    {"#6a1b9a", QT_TRANSLATE_NOOP("ProfileEditorDialog", "Purple")},
};

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(130), 1.0));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 13, 13));
    return QIcon(pixmap);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Empty when `text` is an absolute http(s) URL with a host, else what is wrong with it.
QString urlProblem(const QString &text, const QString &what)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return ProfileEditorDialog::tr("%1 must start with https:// (or http://).").arg(what);
    if (url.host().isEmpty())
        return ProfileEditorDialog::tr("%1 names no host.").arg(what);
    if (const auto secret = Profile::userInfoProblem(url, what))
        return secret->message;
    return {};
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileEditorDialog>())
    , m_methods(AuthenticatorFactory::all())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("New Profile"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));

    m_ui->httpWarningLabel->setText(
        tr("This URL is not encrypted: passwords and tokens would travel in clear text to this "
           "host. Use https:// unless the server is on this computer."));
    m_ui->httpWarningLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(WarningColour)));
    m_ui->httpWarningLabel->hide();

    m_ui->insecureTlsWarningLabel->setText(
        tr("Certificate checks are off: anyone on the network path can read this profile's "
           "secrets"));
    m_ui->insecureTlsWarningLabel->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(ErrorColour)));
    m_ui->insecureTlsWarningLabel->hide();
    // Warnings that come and go keep their room, so Save never moves under the cursor.
    for (QWidget *keep : {static_cast<QWidget *>(m_ui->httpWarningLabel),
                          static_cast<QWidget *>(m_ui->insecureTlsWarningLabel)}) {
        QSizePolicy policy = keep->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        keep->setSizePolicy(policy);
    }
    m_ui->validationLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->secretsHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_profile.id = QUuid::createUuid();
    m_profile.created = QDateTime::currentDateTimeUtc();
    const Profile::Options defaults;
    m_ui->timeoutSpinBox->setValue(defaults.timeoutSeconds);
    m_ui->clipboardClearSpinBox->setValue(defaults.clipboardClearSeconds);
    m_ui->autoReloginCheckBox->setChecked(defaults.autoRelogin);

    addColourButtons();
    // The method's own fields, lined up with the name and URL above them.
    m_fields = new MethodFieldsForm(m_ui->methodGroupBox);
    m_fields->setFieldGrowthPolicy(m_ui->methodFieldsLayout->fieldGrowthPolicy());
    m_ui->methodFieldsLayout->addRow(m_fields);
    connect(m_fields, &MethodFieldsForm::edited, this, &ProfileEditorDialog::validate);
    fillVendors();
    fillMethods();
    rebuildFields();

    connect(m_ui->vendorComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rememberFieldValues();
        fillMethods();
        rebuildFields();
    });
    connect(m_ui->methodComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rememberFieldValues();
        rebuildFields();
    });
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    connect(m_ui->baseUrlLineEdit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    connect(m_ui->insecureTlsCheckBox, &QCheckBox::toggled, this, [this](bool insecure) {
        m_ui->insecureTlsWarningLabel->setVisible(insecure);
        DialogFit::growToFit(this);
    });
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a CA Certificate File"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
        if (!m_ui->caFileLineEdit->text().isEmpty())
            dialog->selectFile(m_ui->caFileLineEdit->text());
        connect(dialog, &QFileDialog::fileSelected, this,
                [this](const QString &file) { m_ui->caFileLineEdit->setText(file); });
        dialog->open();
    });
    for (auto [button, edit, title, filters] :
         {std::tuple{
              m_ui->browseClientCertButton, m_ui->clientCertLineEdit,
              tr("Choose a Client Certificate"),
              QStringList{tr("Certificates (*.pem *.crt *.p12 *.pfx)"), tr("All files (*)")}},
          std::tuple{m_ui->browseClientKeyButton, m_ui->clientKeyLineEdit,
                     tr("Choose the Client Certificate's Key"),
                     QStringList{tr("Keys (*.pem *.key)"), tr("All files (*)")}}}) {
        connect(button, &QPushButton::clicked, this,
                [this, edit = edit, title = title, filters = filters] {
                    auto *dialog = new QFileDialog(this, title);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->setFileMode(QFileDialog::ExistingFile);
                    dialog->setNameFilters(filters);
                    if (!edit->text().isEmpty())
                        dialog->selectFile(edit->text());
                    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
                    dialog->open();
                });
    }
    connect(m_ui->proxyLineEdit, &QLineEdit::textChanged, this, &ProfileEditorDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->nameLineEdit->setFocus();
    setMinimumWidth(560);
    validate();
    resize(qMax(620, sizeHint().width()), sizeHint().height());
}

ProfileEditorDialog::~ProfileEditorDialog() = default;

void ProfileEditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogFit::growToFit(this);
}

void ProfileEditorDialog::addColourButtons()
{
    m_colourGroup = new QButtonGroup(this);
    m_colourGroup->setExclusive(true);
    const auto add = [this](const QString &colour, const QString &name, QToolButton *button) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setProperty("colour", colour);
        button->setAccessibleName(tr("Colour tag: %1").arg(name));
        button->setToolTip(name);
        m_colourGroup->addButton(button);
        m_ui->colourLayout->addWidget(button);
    };
    auto *none = new QToolButton(m_ui->colourWidget);
    none->setObjectName(QStringLiteral("colourNoneButton"));
    none->setText(tr("None"));
    add(QString(), tr("None"), none);
    for (const Preset &preset : Presets) {
        const QString name = tr(preset.name);
        auto *button = new QToolButton(m_ui->colourWidget);
        button->setObjectName(QStringLiteral("colour%1Button").arg(QLatin1String(preset.name)));
        button->setIcon(swatch(QColor(QLatin1String(preset.colour))));
        add(QLatin1String(preset.colour), name, button);
    }
    m_ui->colourLayout->addStretch();
    none->setChecked(true);
}

void ProfileEditorDialog::selectColour(const QString &colour)
{
    const QList<QAbstractButton *> buttons = m_colourGroup->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->property("colour").toString().compare(colour, Qt::CaseInsensitive) == 0) {
            button->setChecked(true);
            return;
        }
    }
    // A colour chosen elsewhere (the CLI's --set colour=): keep it, with a swatch of its own.
    auto *custom = new QToolButton(m_ui->colourWidget);
    custom->setObjectName(QStringLiteral("colourCustomButton"));
    custom->setCheckable(true);
    custom->setAutoRaise(true);
    custom->setIcon(swatch(QColor(colour)));
    custom->setProperty("colour", colour);
    custom->setToolTip(colour);
    custom->setAccessibleName(tr("Colour tag: %1").arg(colour));
    m_colourGroup->addButton(custom);
    m_ui->colourLayout->insertWidget(m_ui->colourLayout->count() - 1, custom);
    custom->setChecked(true);
}

QString ProfileEditorDialog::currentColour() const
{
    QAbstractButton *checked = m_colourGroup->checkedButton();
    return checked ? checked->property("colour").toString() : QString();
}

void ProfileEditorDialog::fillVendors()
{
    const QSignalBlocker blocker(m_ui->vendorComboBox);
    m_ui->vendorComboBox->clear();
    for (const MethodDescriptor &d : std::as_const(m_methods))
        if (m_ui->vendorComboBox->findData(d.vendor) < 0)
            m_ui->vendorComboBox->addItem(d.vendorName, d.vendor);
}

void ProfileEditorDialog::fillMethods()
{
    const QString vendor = m_ui->vendorComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->methodComboBox);
    m_ui->methodComboBox->clear();
    for (const MethodDescriptor &d : std::as_const(m_methods))
        if (d.vendor == vendor)
            m_ui->methodComboBox->addItem(d.methodName, d.method);
    const auto described = AuthenticatorFactory::vendor(vendor);
    m_ui->baseUrlLineEdit->setPlaceholderText(
        described ? described->baseUrlPlaceholder : QStringLiteral("https://api.example.com"));
}

void ProfileEditorDialog::selectMethod(const QString &vendor, const QString &method)
{
    const int v = m_ui->vendorComboBox->findData(vendor);
    if (v < 0)
        return;
    {
        const QSignalBlocker blocker(m_ui->vendorComboBox);
        m_ui->vendorComboBox->setCurrentIndex(v);
    }
    fillMethods();
    const int m = m_ui->methodComboBox->findData(method);
    const QSignalBlocker blocker(m_ui->methodComboBox);
    m_ui->methodComboBox->setCurrentIndex(m < 0 ? 0 : m);
}

MethodDescriptor ProfileEditorDialog::currentMethod() const
{
    const QString vendor = m_ui->vendorComboBox->currentData().toString();
    const QString method = m_ui->methodComboBox->currentData().toString();
    for (const MethodDescriptor &d : m_methods)
        if (d.vendor == vendor && d.method == method)
            return d;
    return {};
}

void ProfileEditorDialog::alignLabels()
{
    // Two forms, one label column: the method's fields line up with the name and URL above.
    QList<QWidget *> labels;
    for (int row = 0; row < m_ui->connectionLayout->rowCount(); ++row)
        if (QLayoutItem *item = m_ui->connectionLayout->itemAt(row, QFormLayout::LabelRole))
            if (item->widget())
                labels.append(item->widget());
    labels.append(m_fields->labels());
    int width = 0;
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void ProfileEditorDialog::rememberFieldValues()
{
    const QList<FieldSpec> fields = m_fields->fields();
    for (const FieldSpec &field : fields)
        m_fieldValues.insert(field.key, m_fields->value(field.key));
}

void ProfileEditorDialog::rebuildFields()
{
    const MethodDescriptor method = currentMethod();
    m_fields->setMethod(method, MethodFieldsForm::Part::Settings, m_fieldValues);
    for (auto known = m_fieldValues.cbegin(); known != m_fieldValues.cend(); ++known)
        m_fields->setValue(known.key(), known.value());

    QStringList secretNames;
    const QList<FieldSpec> secrets = method.secretFields();
    for (const FieldSpec &spec : secrets)
        if (!spec.optional)
            secretNames.append(spec.label);
    m_ui->secretsHintLabel->setText(
        secretNames.isEmpty() ? QString()
                              : tr("Asked for when you log in, and kept only in the keychain: %1.")
                                    .arg(QLocale().createSeparatedList(secretNames)));
    m_ui->secretsHintLabel->setVisible(!secretNames.isEmpty());
    m_ui->methodGroupBox->setTitle(tr("Sign-in details: %1").arg(method.methodName));
    alignLabels();
    // Keep tab order natural: the new fields come right after the base URL.
    m_fields->chainTabOrder(m_ui->baseUrlLineEdit);
    validate();
}

void ProfileEditorDialog::setProfile(const Profile &profile)
{
    m_profile = profile;
    if (m_profile.id.isNull())
        m_profile.id = QUuid::createUuid();
    if (!m_profile.created.isValid())
        m_profile.created = QDateTime::currentDateTimeUtc();
    setWindowTitle(profile.name.isEmpty() ? tr("Edit Profile")
                                          : tr("Edit Profile: %1").arg(profile.name));

    m_ui->nameLineEdit->setText(profile.name);
    m_fieldValues = profile.fields;
    selectMethod(profile.vendor, profile.method);
    m_ui->baseUrlLineEdit->setText(profile.baseUrl.toString());
    m_ui->timeoutSpinBox->setValue(profile.options.timeoutSeconds);
    m_ui->caFileLineEdit->setText(profile.options.caFile);
    m_ui->insecureTlsCheckBox->setChecked(profile.options.insecureTls);
    m_ui->proxyLineEdit->setText(profile.options.proxy);
    m_ui->noProxyLineEdit->setText(profile.options.noProxy);
    m_ui->proxyUserLineEdit->setText(profile.options.proxyUser);
    m_ui->clientCertLineEdit->setText(profile.options.clientCertificate);
    m_ui->clientKeyLineEdit->setText(profile.options.clientKey);
    m_ui->autoReloginCheckBox->setChecked(profile.options.autoRelogin);
    m_ui->clipboardClearSpinBox->setValue(profile.options.clipboardClearSeconds);
    m_ui->notesPlainTextEdit->setPlainText(profile.notes);
    selectColour(profile.colour);
    rebuildFields();
}

Profile ProfileEditorDialog::profile() const
{
    Profile p = m_profile;
    const MethodDescriptor method = currentMethod();
    if (p.vendor != method.vendor || p.method != method.method) {
        p.lastToken = {};         // a token of another method says nothing about this one
        p.options.sendAs.clear(); // nor does the header its tokens went in
    }
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.vendor = method.vendor;
    p.method = method.method;
    p.baseUrl = QUrl(m_ui->baseUrlLineEdit->text().trimmed());
    // An empty optional field is left out, so the vendor's default applies.
    p.fields = m_fields->values();
    p.options.timeoutSeconds = m_ui->timeoutSpinBox->value();
    p.options.caFile = m_ui->caFileLineEdit->text().trimmed();
    p.options.insecureTls = m_ui->insecureTlsCheckBox->isChecked();
    // The form checks the proxy: set() stores it in its one spelling.
    p.options.proxy.clear();
    p.set(QStringLiteral("proxy"), m_ui->proxyLineEdit->text()).ok();
    p.options.noProxy =
        ProxySettings::parseExclusions(m_ui->noProxyLineEdit->text()).join(QLatin1Char(','));
    p.options.proxyUser = m_ui->proxyUserLineEdit->text().trimmed();
    p.options.clientCertificate = m_ui->clientCertLineEdit->text().trimmed();
    p.options.clientKey = m_ui->clientKeyLineEdit->text().trimmed();
    p.options.autoRelogin = m_ui->autoReloginCheckBox->isChecked();
    p.options.clipboardClearSeconds = m_ui->clipboardClearSpinBox->value();
    p.notes = m_ui->notesPlainTextEdit->toPlainText();
    p.colour = currentColour();
    p.updated = QDateTime::currentDateTimeUtc();
    return p;
}

void ProfileEditorDialog::validate()
{
    QString problem;
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        problem = tr("Give the profile a name.");

    const QString urlText = m_ui->baseUrlLineEdit->text().trimmed();
    bool clearText = false;
    if (problem.isEmpty()) {
        if (urlText.isEmpty())
            problem = tr("Enter the base URL of the API.");
        else
            problem = urlProblem(urlText, tr("The base URL"));
    }
    const QUrl url(urlText);
    if (url.isValid() && url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 &&
        !url.host().isEmpty() && !isLoopback(url.host()))
        clearText = true;
    m_ui->httpWarningLabel->setVisible(clearText);

    const QList<FieldSpec> fields = m_fields->fields();
    for (const FieldSpec &field : fields) {
        if (!problem.isEmpty())
            break;
        const QString value = m_fields->value(field.key);
        if (value.isEmpty() && !field.optional)
            problem = tr("Fill in \"%1\".").arg(field.label);
        else if (!value.isEmpty() && field.kind == FieldSpec::Kind::Url)
            problem = urlProblem(value, field.label);
    }

    if (problem.isEmpty()) {
        if (const auto proxy = ProxySettings::parse(m_ui->proxyLineEdit->text()); !proxy)
            problem = proxy.error().message;
    }

    m_problem = problem;
    m_ui->validationLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    DialogFit::growToFit(this);
}
