#include "TokenPanel.h"

#include "SecretTextGuard.h"
#include "SecureClipboard.h"
#include "TokenClaimsView.h"
#include "TokenDeliveryBox.h"
#include "TokenSignatureCheck.h"
#include "TokenStatusView.h"
#include "auth/PastedToken.h"
#include "ui_TokenPanel.h"
#include "util/Clock.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>

TokenPanel::TokenPanel(SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenPanel>())
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    m_delivery = std::make_unique<TokenDeliveryBox>(m_ui->deliveryComboBox);
    m_status = std::make_unique<TokenStatusView>(
        TokenStatusView::Widgets{m_ui->statusFrame, m_ui->stateLabel, m_ui->countdownLabel,
                                 m_ui->expiryLabel, m_ui->kindLabel, m_ui->messageLabel});
    m_claims = std::make_unique<TokenClaimsView>(m_ui->claimsTreeWidget, m_ui->headerJsonTextEdit,
                                                 m_ui->payloadJsonTextEdit);
    m_signature = std::make_unique<TokenSignatureCheck>(this, &m_token, [this] {
        rebuild();
        Q_EMIT signatureChecked();
    });
    // The clipboard's line keeps its room when empty, so Copy Token and Copy Header never move
    // under the cursor as it comes and goes.
    for (QWidget *keep : {static_cast<QWidget *>(m_ui->clipboardLabel),
                          static_cast<QWidget *>(m_ui->clearClipboardButton)}) {
        QSizePolicy policy = keep->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        keep->setSizePolicy(policy);
    }

    m_ui->tokenTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->tokenTextEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    // Copying from the token field goes the way Copy Token goes; selecting it fills no PRIMARY.
    SecretTextGuard::install(m_ui->tokenTextEdit, m_clipboard);
    m_ui->inputNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->clipboardLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->statedExpiryDateTimeEdit->setDateTime(Clock::now().toLocalTime().addDays(1));
    m_ui->statedExpiryDateTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    m_tick.setObjectName(QStringLiteral("countdownTimer"));
    // Woken once a second, exactly when the count steps: a coarse timer that came early would
    // wake it twice.
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &DeadlineTimer::timeout, this, [this] {
        refreshTiming();
        updateTicking();
    });

    connect(m_ui->tokenTextEdit, &QPlainTextEdit::textChanged, this, &TokenPanel::onTextChanged);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &TokenPanel::pasteFromClipboard);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &TokenPanel::clear);
    connect(m_ui->verifyButton, &QPushButton::clicked, this,
            [this] { m_signature->showMenu(m_ui->verifyButton); });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &TokenPanel::copyToken);
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this, &TokenPanel::copyHeader);
    connect(m_ui->statedExpiryCheckBox, &QCheckBox::toggled, this,
            &TokenPanel::onStatedExpiryChanged);
    connect(m_ui->statedExpiryDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this,
            &TokenPanel::onStatedExpiryChanged);
    connect(m_ui->deliveryComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_token.delivery().kind != TokenDelivery::Kind::Cookie) {
            m_token.setDelivery(m_delivery->current());
            // Only a profile's own token makes the choice the profile's; a token pasted to be
            // looked at (a header line picks its own scheme) leaves the profile alone.
            if (m_showsProfileToken)
                Q_EMIT deliveryChosen(m_delivery->current());
        }
        m_ui->copyHeaderButton->setToolTip(
            tr("Copies \"%1: …\"").arg(m_delivery->current().headerName));
    });

    connect(m_clipboard, &SecureClipboard::countdownChanged, this,
            &TokenPanel::onClipboardCountdown);
    connect(m_clipboard, &SecureClipboard::cleared, this,
            [this] { showClipboardMessage(tr("The clipboard was cleared."), false); });
    connect(m_clipboard, &SecureClipboard::released, this, [this] {
        showClipboardMessage(tr("Something else was copied since; the clipboard is left as it is."),
                             false);
    });
    connect(m_ui->clearClipboardButton, &QPushButton::clicked, m_clipboard,
            &SecureClipboard::clearNow);

    m_delivery->retranslate();
    showClipboardMessage(QString(), false);
    rebuild();
}

TokenPanel::~TokenPanel() = default;

void TokenPanel::setHttpClient(HttpClient *http)
{
    m_signature->setHttpClient(http);
}

void TokenPanel::verifySignature(const QString &where)
{
    m_signature->verify(where);
}

void TokenPanel::verifySignatureFromIssuer(const QString &issuer)
{
    m_signature->verifyFromIssuer(issuer);
}

void TokenPanel::verifySignatureWithSecret(const QByteArray &secret)
{
    m_signature->verifyWithSecret(secret);
}

void TokenPanel::setTokenText(const QString &text)
{
    m_ui->tokenTextEdit->setPlainText(text);
}

void TokenPanel::setToken(const Token &token, const QString &caption)
{
    {
        const QSignalBlocker blockText(m_ui->tokenTextEdit);
        const QSignalBlocker blockStated(m_ui->statedExpiryCheckBox);
        m_ui->tokenTextEdit->setPlainText(token.raw());
        m_ui->statedExpiryCheckBox->setChecked(token.expirySource() ==
                                               Token::ExpirySource::StatedByUser);
    }
    m_token = token;
    m_showsProfileToken = !token.isEmpty();
    const bool cookie = token.delivery().kind == TokenDelivery::Kind::Cookie;
    {
        const QSignalBlocker blockCombo(m_ui->deliveryComboBox);
        m_delivery->select(token.delivery());
    }
    // A session cookie travels as a cookie: there is no scheme to choose.
    m_ui->deliveryComboBox->setEnabled(!cookie);
    m_inputNote = caption;
    rebuild();
    Q_EMIT tokenChanged();
}

void TokenPanel::pasteFromClipboard()
{
    setTokenText(QGuiApplication::clipboard()->text());
}

void TokenPanel::clear()
{
    m_ui->tokenTextEdit->clear();
    m_ui->statedExpiryCheckBox->setChecked(false);
}

bool TokenPanel::canCopy() const
{
    return !m_token.isEmpty() &&
           !(!m_token.jwt() && m_token.jwt().error().code == QLatin1String("jwt.too_large"));
}

void TokenPanel::copyToken()
{
    if (!canCopy())
        return;
    m_clipboard->copySecret(m_token.raw(), tr("Token copied."));
}

void TokenPanel::copyHeader()
{
    if (!canCopy())
        return;
    m_clipboard->copySecret(m_token.headerLine(), tr("Header line copied."));
}

void TokenPanel::onClipboardCountdown(int secondsLeft)
{
    if (secondsLeft < 0) {
        showClipboardMessage(m_clipboard->copiedWhat() + QLatin1Char(' ') +
                                 tr("It stays on the clipboard until you quit Tokenbench."),
                             true);
        return;
    }
    showClipboardMessage(
        m_clipboard->copiedWhat() + QLatin1Char(' ') +
            tr("The clipboard will be cleared in %n second(s).", nullptr, secondsLeft),
        true);
}

void TokenPanel::showClipboardMessage(const QString &text, bool canClear)
{
    m_ui->clipboardLabel->setText(text);
    m_ui->clipboardLabel->setVisible(!text.isEmpty());
    m_ui->clearClipboardButton->setVisible(canClear);
}

void TokenPanel::onTextChanged()
{
    m_showsProfileToken = false; // typed or pasted over: no longer the profile's token
    const QString text = m_ui->tokenTextEdit->toPlainText();
    if (text.size() > Jwt::MaxInputSize) {
        // Hand the oversized input to the decoder as it is, so it reports the size.
        m_inputNote.clear();
        m_token = Token::fromRaw(text, Token::Source::Pasted, m_delivery->current());
    } else {
        const PastedToken pasted = PastedToken::fromText(text);
        if (pasted.delivery)
            m_delivery->select(*pasted.delivery);
        QStringList parts;
        for (const QString &part : pasted.removed)
            parts.append(QStringLiteral("“%1”").arg(part));
        m_inputNote = parts.isEmpty() ? QString()
                                      : tr("Using the token inside the pasted text; %1 left out.")
                                            .arg(QLocale().createSeparatedList(parts));
        m_token = Token::fromRaw(pasted.token, Token::Source::Pasted, m_delivery->current());
    }
    m_ui->deliveryComboBox->setEnabled(true);
    onStatedExpiryChanged();
    Q_EMIT tokenChanged();
}

void TokenPanel::onStatedExpiryChanged()
{
    const bool stated = m_ui->statedExpiryCheckBox->isChecked();
    m_ui->statedExpiryDateTimeEdit->setEnabled(stated);
    // Only an expiry nobody else gave may be stated here: never over exp or expires_in.
    const auto source = m_token.expirySource();
    if (source == Token::ExpirySource::Unknown || source == Token::ExpirySource::StatedByUser) {
        if (stated)
            m_token.setStatedExpiry(m_ui->statedExpiryDateTimeEdit->dateTime());
        else
            m_token.clearExpiry();
    }
    rebuild();
}

void TokenPanel::rebuild()
{
    m_ui->inputNoteLabel->setText(m_inputNote);
    m_ui->inputNoteLabel->setVisible(!m_inputNote.isEmpty());
    m_ui->copyTokenButton->setEnabled(canCopy());
    m_ui->copyHeaderButton->setEnabled(canCopy());
    m_ui->verifyButton->setEnabled(m_token.isJwt() &&
                                   m_token.jwt().value().kind() == Jwt::Kind::Signed);
    const SignatureVerdict *verdict = m_signature->verdict();

    // Offer to state an expiry only where nothing else gave one.
    const auto source = m_token.expirySource();
    const bool canState =
        source == Token::ExpirySource::Unknown || source == Token::ExpirySource::StatedByUser;
    m_ui->statedExpiryCheckBox->setVisible(!m_token.isEmpty() && canState);
    m_ui->statedExpiryDateTimeEdit->setVisible(!m_token.isEmpty() && canState);

    m_status->showKind(m_token, verdict);
    m_claims->show(m_token, verdict);
    refreshTiming();
    updateTicking();
}

void TokenPanel::refreshTiming()
{
    const QDateTime now = Clock::now();
    m_status->showTiming(m_token, now);
    m_claims->refreshTimes(now);
}

void TokenPanel::updateTicking()
{
    // Tick only while someone can see it, and only when there is a time to count: at the next
    // whole second before or after it, when the count steps.
    const QDateTime now = Clock::now();
    const auto counted = m_token.timing(now).state == TokenTiming::State::NotYetValid
                             ? m_token.notBefore()
                             : m_token.expiresAt();
    if (!isVisible() || !counted) {
        m_tick.stop();
        return;
    }
    const qint64 phase = ((now.msecsTo(*counted) % 1000) + 1000) % 1000;
    m_tick.startIn(phase == 0 ? 1000 : phase);
}

void TokenPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTiming();
    updateTicking();
}

void TokenPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
}

void TokenPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_delivery->retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}
