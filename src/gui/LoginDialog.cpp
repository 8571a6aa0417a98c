#include "LoginDialog.h"

#include "DialogFit.h"
#include "MethodFieldsForm.h"
#include "Notices.h"
#include "SignInStepWidget.h"
#include "TrustCaDialog.h"

#include "auth/LoginAttempt.h"
#include "profiles/ProfileStore.h"
#include "ui_LoginDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

const char *const ErrorColour = "#c62828";

QString hostText(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.toDisplayString(QUrl::RemoveUserInfo);
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

} // namespace

LoginDialog::LoginDialog(LoginAttempt *attempt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_profile(attempt->profile())
    , m_attempt(attempt)
{
    const Profile &profile = m_profile;
    m_ui->setupUi(this);
    setWindowTitle(tr("Log In: %1").arg(profile.name));

    QFont big = m_ui->profileNameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->profileNameLabel->setFont(big);
    m_ui->profileNameLabel->setText(profile.name);

    const MethodDescriptor &method = attempt->method();
    m_ui->vendorMethodLabel->setText(tr("%1 \u00b7 %2").arg(method.vendorName, method.methodName));
    // Plain http is only worth a word when it leaves this computer.
    const QString host = profile.baseUrl.host();
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                          QHostAddress(host).isLoopback();
    const bool clearText = !loopback && profile.baseUrl.scheme().compare(QLatin1String("http"),
                                                                         Qt::CaseInsensitive) == 0;
    m_ui->hostLabel->setText(clearText ? tr("%1 (not encrypted)").arg(hostText(profile.baseUrl))
                                       : hostText(profile.baseUrl));
    m_ui->hostLabel->setToolTip(profile.baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    m_ui->vendorMethodLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->hostLabel->setForegroundRole(QPalette::PlaceholderText);
    // Which account: the profile's user name, run-as user, e-mail or client, as its method names
    // them, so nobody types a password for the wrong one.
    QStringList account;
    for (const FieldSpec &field : method.plainFields()) {
        const QString value = profile.fields.value(field.key).trimmed();
        if (field.kind == FieldSpec::Kind::Text && !value.isEmpty())
            account << tr("%1: %2").arg(field.label, value);
    }
    auto *accountLabel = new QLabel(account.join(QStringLiteral(" \u00b7 ")), this);
    accountLabel->setObjectName(QStringLiteral("accountLabel"));
    accountLabel->setWordWrap(true);
    accountLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    accountLabel->setVisible(!account.isEmpty());
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->hostLabel) + 1, accountLabel);
    // What the team wrote about this account (which VPN, whose authenticator app, the demo's
    // MFA code...) is what people look for while they log in.
    m_ui->notesLabel->setText(profile.notes.trimmed());
    m_ui->notesLabel->setVisible(!profile.notes.trimmed().isEmpty());

    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(ErrorColour)));
    m_ui->errorLabel->hide();
    // A server refused for want of a trusted authority: the person may trust the one it sent.
    m_trustCaButton = new QPushButton(tr("&Trust This Certificate Authority…"), this);
    m_trustCaButton->setObjectName(QStringLiteral("trustCaButton"));
    m_trustCaButton->hide();
    connect(m_trustCaButton, &QPushButton::clicked, this, &LoginDialog::askToTrust);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustCaButton);
    trustRow->addStretch();
    m_ui->mainLayout->insertLayout(m_ui->mainLayout->indexOf(m_ui->errorLabel) + 1, trustRow);
    m_ui->rememberReasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->rememberReasonLabel->hide();
    m_ui->progressBar->hide();
    m_ui->progressBar->setMaximumWidth(160);
    m_ui->statusLabel->setForegroundRole(QPalette::PlaceholderText);

    m_logInButton = m_ui->buttonBox->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    m_logInButton->setObjectName(QStringLiteral("logInButton"));
    m_logInButton->setAccessibleName(tr("Log in"));
    m_continueButton = m_ui->buttonBox->addButton(tr("C&ontinue"), QDialogButtonBox::AcceptRole);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setAccessibleName(tr("Continue with this code"));
    m_cancelButton = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    // The buttons act themselves; the box must not accept() or reject() on its own.
    connect(m_logInButton, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(m_continueButton, &QPushButton::clicked, this, &LoginDialog::continueWithCode);
    connect(m_cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->secondFactorLineEdit, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);

    // The method's secrets, as this profile needs them.
    m_fields = new MethodFieldsForm(m_ui->secretsPage);
    m_fields->setFieldGrowthPolicy(m_ui->secretsLayout->fieldGrowthPolicy());
    m_fields->setMethod(method, MethodFieldsForm::Part::Secrets, profile.fields);
    m_ui->secretsLayout->addRow(m_fields);
    connect(m_fields, &MethodFieldsForm::edited, this, &LoginDialog::updateButtons);
    if (QWidget *first = m_fields->firstEditor())
        first->setFocus();
    m_ui->secondFactorLineEdit->setEchoMode(QLineEdit::Password);

    connect(attempt, &LoginAttempt::succeeded, this, &LoginDialog::onLoggedIn);
    connect(attempt, &LoginAttempt::failed, this, &LoginDialog::onFailed);
    connect(attempt, &LoginAttempt::secondFactorRequired, this,
            &LoginDialog::onSecondFactorRequired);
    connect(attempt, &LoginAttempt::signInStepRequired, this, &LoginDialog::onSignInStep);
    connect(attempt, &LoginAttempt::busyChanged, this, [this](bool busy) {
        if (!busy && m_busy)
            setBusy(false);
    });
    // Ended elsewhere (the profile was deleted, the session service gave up): nothing to do here.
    connect(attempt, &LoginAttempt::finished, this, [this] {
        if (isVisible() && result() != QDialog::Accepted)
            QDialog::reject();
    });
    setRememberAvailable(attempt->canRemember(), attempt->rememberUnavailableReason());
    setSecrets(attempt->knownSecrets());
    // Why a person is asked: a stored secret refused, a token the server no longer takes.
    if (const auto &why = attempt->reason())
        showError(why->message);
    if (attempt->waitsForSecondFactor())
        onSecondFactorRequired(attempt->secondFactorPrompt());
    if (attempt->signInStep() && attempt->isBusy())
        onSignInStep(*attempt->signInStep());
    setMinimumWidth(440);
    updateButtons();
    resize(qMax(460, sizeHint().width()), sizeHint().height());
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogFit::growToFit(this);
}

void LoginDialog::setSecrets(const QHash<QString, QString> &secrets)
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_fields->setValue(it.key(), it.value());
    if (QWidget *empty = m_fields->firstEmpty(false))
        empty->setFocus();
    else
        m_logInButton->setFocus();
}

QHash<QString, QString> LoginDialog::secrets() const
{
    QHash<QString, QString> result;
    const QMap<QString, QString> typed = m_fields->values();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

bool LoginDialog::remember() const
{
    return m_rememberAvailable && m_ui->rememberCheckBox->isChecked();
}

void LoginDialog::setRememberAvailable(bool available, const QString &reason)
{
    m_rememberAvailable = available;
    m_ui->rememberCheckBox->setEnabled(available && !m_busy);
    if (!available)
        m_ui->rememberCheckBox->setChecked(false);
    const QString text = available ? QString() : Notices::unbrokenAddresses(reason);
    m_ui->rememberCheckBox->setToolTip(text);
    m_ui->rememberReasonLabel->setText(text);
    m_ui->rememberReasonLabel->setVisible(!text.isEmpty());
    DialogFit::growToFit(this);
}

void LoginDialog::logIn()
{
    if (m_busy || !m_attempt || !m_logInButton->isEnabled())
        return;
    m_ui->errorLabel->hide();
    m_trustCaButton->hide();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->secretsPage);
    setBusy(true, tr("Logging in…"));
    m_attempt->submit(secrets(), remember());
}

void LoginDialog::continueWithCode()
{
    const QString code = m_ui->secondFactorLineEdit->text().trimmed();
    if (m_busy || !m_attempt || code.isEmpty())
        return;
    m_ui->errorLabel->hide();
    setBusy(true, tr("Checking the code…"));
    m_attempt->provideSecondFactor(code);
}

void LoginDialog::reject()
{
    // While a login is in flight, Cancel and Escape stop it and leave the dialog open, so the
    // person sees that it stopped and may try again.
    if (m_busy) {
        cancelLogin();
        return;
    }
    // Closing gives the attempt up: whatever waited for this login is told it was cancelled.
    if (m_attempt && !m_attempt->isFinished())
        m_attempt->abandon();
    QDialog::reject();
}

void LoginDialog::cancelLogin()
{
    if (m_attempt && m_attempt->isBusy()) {
        m_attempt->cancel(); // answers with failed(Cancelled)
        if (!m_busy)
            return;
    }
    setBusy(false, tr("Cancelled"));
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->statusLabel->setText(status);
    m_fields->setEnabled(!busy);
    m_ui->rememberCheckBox->setEnabled(!busy && m_rememberAvailable);
    m_ui->secondFactorLineEdit->setEnabled(!busy);
    updateButtons();
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    DialogFit::growToFit(this);
}

void LoginDialog::onSecondFactorRequired(const QString &prompt)
{
    setBusy(false);
    // The server's own words, as it sent them: only it knows which code it wants.
    m_ui->promptLabel->setText(prompt.isEmpty() ? tr("The server asks for a second factor.")
                                                : prompt);
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->secondFactorPage);
    m_ui->secondFactorLineEdit->clear();
    m_ui->secondFactorLineEdit->setFocus();
    updateButtons();
    DialogFit::growToFit(this);
}

void LoginDialog::onSignInStep(const SignInStep &step)
{
    if (!m_signInStep) {
        m_signInStep = new SignInStepWidget(m_ui->pagesStackedWidget);
        m_signInStep->setObjectName(QStringLiteral("signInStepPage"));
        m_ui->pagesStackedWidget->addWidget(m_signInStep);
    }
    m_signInStep->show(step);
    m_ui->pagesStackedWidget->setCurrentWidget(m_signInStep);
    showError(QString());
    setBusy(true, step.kind == SignInStep::Kind::OpenBrowser ? tr("Waiting for the browser…")
                                                             : tr("Waiting for the code…"));
    DialogFit::growToFit(this);
}

void LoginDialog::onFailed(const Error &error)
{
    const bool cancelled = error.kind == Error::Kind::Cancelled;
    setBusy(false, cancelled ? tr("Cancelled") : QString());
    if (m_attempt && m_attempt->waitsForSecondFactor()) {
        // A refused code: the person stays on the code, with the server's words.
        showError(error.message);
        m_ui->secondFactorLineEdit->clear();
        m_ui->secondFactorLineEdit->setFocus();
        updateButtons();
        return;
    }
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->secretsPage);
    showError(cancelled ? QString() : error.message);
    offerTrust(error);
    if (m_trustOffer) {
        m_trustCaButton->setFocus();
        return; // no secret was mistyped
    }
    if (QWidget *empty = m_fields->firstEmpty(true)) {
        empty->setFocus();
        return;
    }
    if (auto *first = qobject_cast<QLineEdit *>(m_fields->firstEditor()); first && !cancelled) {
        // Most failures are a mistyped secret: put the cursor there, text selected.
        first->setFocus();
        first->selectAll();
    }
}

void LoginDialog::onLoggedIn()
{
    setBusy(false, tr("Logged in"));
    accept();
}

void LoginDialog::updateButtons()
{
    const bool onSecondFactor = m_ui->pagesStackedWidget->currentWidget() == m_ui->secondFactorPage;
    const bool filled = m_fields->isFilled();
    m_logInButton->setVisible(!onSecondFactor);
    m_continueButton->setVisible(onSecondFactor);
    m_logInButton->setEnabled(!m_busy && filled && m_attempt);
    m_continueButton->setEnabled(!m_busy &&
                                 !m_ui->secondFactorLineEdit->text().trimmed().isEmpty());
    m_logInButton->setDefault(!onSecondFactor);
    m_continueButton->setDefault(onSecondFactor);
}

void LoginDialog::offerTrust(const Error &error)
{
    m_trustOffer = m_profiles ? CaTrust::offer(error) : std::nullopt;
    m_trustCaButton->setVisible(m_trustOffer.has_value());
    DialogFit::growToFit(this);
}

void LoginDialog::askToTrust()
{
    if (!m_trustOffer || !m_profiles)
        return;
    TrustCaDialog::ask(this, *m_profiles, m_profile.id, *m_trustOffer,
                       [guard = QPointer<LoginDialog>(this)](const Result<bool> &stored) {
                           if (guard)
                               guard->onTrusted(stored);
                       });
}

void LoginDialog::onTrusted(const Result<bool> &stored)
{
    if (!stored) {
        showError(
            tr("The certificate authority could not be kept: %1").arg(stored.error().message));
        return;
    }
    if (!stored.value())
        return; // cancelled: the offer stays
    m_trustOffer.reset();
    m_trustCaButton->hide();
    // What failed was the connection, not what was typed: try again with the same.
    if (m_logInButton->isEnabled())
        logIn();
}
