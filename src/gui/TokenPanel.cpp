#include "TokenPanel.h"

#include "SecretTextGuard.h"
#include "SecureClipboard.h"
#include "auth/PastedToken.h"
#include "jwt/JwksSource.h"
#include "jwt/JwtReport.h"
#include "ui_TokenPanel.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>

namespace {

// State colours, chosen to read on light and dark palettes alike.
const char *const ValidColour = "#2e7d32";
const char *const SoonColour = "#c77700";
const char *const ExpiredColour = "#c62828";
const char *const NotYetColour = "#1565c0";
const char *const UnknownColour = "#6b6b6b";

// Tokens that expired less than this ago keep a ticking "expired ... ago" with seconds.
constexpr qint64 TickingPastSeconds = 24 * 60 * 60;

QString localTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm:ss t"));
}

QString utcTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

qint64 secondsFrom(const QDateTime &now, const QDateTime &when)
{
    return JwtReport::secondsLeft(when, now);
}

// The countdown's whole seconds step exactly at whole seconds before and after the moment it
// counts to: up to it they are rounded up ("1 s" to the last millisecond), after it down.
qint64 secondsUntil(const QDateTime &now, const QDateTime &when)
{
    return (now.msecsTo(when) + 999) / 1000;
}

qint64 secondsSince(const QDateTime &when, const QDateTime &now)
{
    return when.msecsTo(now) / 1000;
}

} // namespace

TokenPanel::TokenPanel(SecureClipboard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenPanel>())
    , m_clipboard(clipboard)
{
    m_ui->setupUi(this);
    // The clipboard's line keeps its room when empty, so Copy Token and Copy Header never move
    // under the cursor as it comes and goes.
    for (QWidget *keep : {static_cast<QWidget *>(m_ui->clipboardLabel),
                          static_cast<QWidget *>(m_ui->clearClipboardButton)}) {
        QSizePolicy policy = keep->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        keep->setSizePolicy(policy);
    }

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->tokenTextEdit->setFont(fixed);
    m_ui->headerJsonTextEdit->setFont(fixed);
    m_ui->payloadJsonTextEdit->setFont(fixed);
    m_ui->tokenTextEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    // Copying from the token field goes the way Copy Token goes; selecting it fills no PRIMARY.
    SecretTextGuard::install(m_ui->tokenTextEdit, m_clipboard);
    QFont big = m_ui->countdownLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_ui->countdownLabel->setFont(big);
    m_ui->inputNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->clipboardLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->claimsTreeWidget->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->claimsTreeWidget->setColumnWidth(0, 220);
    m_ui->claimsTreeWidget->setColumnWidth(1, 300);
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
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &TokenPanel::showVerifyMenu);
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, &TokenPanel::copyToken);
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this, &TokenPanel::copyHeader);
    connect(m_ui->statedExpiryCheckBox, &QCheckBox::toggled, this,
            &TokenPanel::onStatedExpiryChanged);
    connect(m_ui->statedExpiryDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this,
            &TokenPanel::onStatedExpiryChanged);
    connect(m_ui->deliveryComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_token.delivery().kind != TokenDelivery::Kind::Cookie) {
            m_token.setDelivery(currentDelivery());
            // Only a profile's own token makes the choice the profile's; a token pasted to be
            // looked at (a header line picks its own scheme) leaves the profile alone.
            if (m_showsProfileToken)
                Q_EMIT deliveryChosen(currentDelivery());
        }
        m_ui->copyHeaderButton->setToolTip(
            tr("Copies \"%1: …\"").arg(currentDelivery().headerName));
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

    retranslate();
    showClipboardMessage(QString(), false);
    rebuild();
}

TokenPanel::~TokenPanel() = default;

void TokenPanel::retranslate()
{
    const TokenDelivery selected = currentDelivery();
    const QSignalBlocker blocker(m_ui->deliveryComboBox);
    m_ui->deliveryComboBox->clear();
    const QList<TokenDelivery> presets{
        TokenDelivery::bearer(),
        TokenDelivery::jwt(),
        TokenDelivery::uat(),
        TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Token")),
        TokenDelivery::custom(QStringLiteral("Authorization"), QString()),
        TokenDelivery::custom(QStringLiteral("X-Api-Key"), QString()),
    };
    for (const TokenDelivery &d : presets)
        m_ui->deliveryComboBox->addItem(deliveryLabel(d), deliveryKey(d));
    selectDelivery(m_ui->deliveryComboBox->count() > 0 && selected.headerName.isEmpty()
                       ? TokenDelivery::bearer()
                       : selected);
}

// What the box shows is the line that is copied and sent, a session cookie included.
QString TokenPanel::deliveryLabel(const TokenDelivery &delivery)
{
    if (delivery.kind == TokenDelivery::Kind::Cookie)
        return tr("%1: %2=<token>").arg(delivery.headerName, delivery.cookieName);
    return delivery.prefix.isEmpty()
               ? tr("%1: <token>").arg(delivery.headerName)
               : QStringLiteral("%1: %2 <token>").arg(delivery.headerName, delivery.prefix);
}

QStringList TokenPanel::deliveryKey(const TokenDelivery &delivery)
{
    return {delivery.headerName, delivery.prefix, delivery.cookieName};
}

TokenDelivery TokenPanel::currentDelivery() const
{
    const QStringList entry = m_ui->deliveryComboBox->currentData().toStringList();
    if (entry.size() != 3)
        return TokenDelivery::bearer();
    if (!entry.at(2).isEmpty())
        return TokenDelivery::cookie(entry.at(2));
    return TokenDelivery::custom(entry.at(0), entry.at(1));
}

void TokenPanel::selectDelivery(const TokenDelivery &delivery)
{
    const QStringList key = deliveryKey(delivery);
    int index = m_ui->deliveryComboBox->findData(key);
    if (index < 0) {
        m_ui->deliveryComboBox->addItem(deliveryLabel(delivery), key);
        index = m_ui->deliveryComboBox->count() - 1;
    }
    m_ui->deliveryComboBox->setCurrentIndex(index);
}

void TokenPanel::setHttpClient(HttpClient *http)
{
    m_http = http;
}

const SignatureVerdict *TokenPanel::currentVerdict() const
{
    return m_verdict && !m_token.isEmpty() && m_verdictFor == m_token.raw() ? &*m_verdict : nullptr;
}

void TokenPanel::showVerifyMenu()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *url = menu->addAction(tr("JWKS &URL…"));
    url->setObjectName(QStringLiteral("verifyUrlAction"));
    url->setEnabled(m_http != nullptr);
    connect(url, &QAction::triggered, this, &TokenPanel::askForJwksUrl);
    QAction *issuer = menu->addAction(tr("&Issuer (OpenID Connect Discovery)…"));
    issuer->setEnabled(m_http != nullptr);
    connect(issuer, &QAction::triggered, this, &TokenPanel::askForIssuer);
    QAction *file = menu->addAction(tr("JWKS or PEM &File…"));
    connect(file, &QAction::triggered, this, &TokenPanel::askForKeyFile);
    QAction *secret = menu->addAction(tr("HMAC &Secret…"));
    connect(secret, &QAction::triggered, this, &TokenPanel::askForSecret);
    menu->popup(m_ui->verifyButton->mapToGlobal(QPoint(0, m_ui->verifyButton->height())));
}

void TokenPanel::askForJwksUrl()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify Signature"));
    dialog->setLabelText(tr("The issuer's JWKS URL (its jwks_uri):"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { verifySignature(text.trimmed()); });
    dialog->open();
}

void TokenPanel::askForIssuer()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify Signature"));
    dialog->setLabelText(tr("The issuer you expect (the token's \"iss\" must be the same):"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { verifySignatureFromIssuer(text.trimmed()); });
    dialog->open();
}

void TokenPanel::askForKeyFile()
{
    auto *dialog = new QFileDialog(this, tr("Verify Signature"), QString(),
                                   tr("Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &TokenPanel::verifySignature);
    dialog->open();
}

void TokenPanel::askForSecret()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify Signature"));
    dialog->setLabelText(tr("The HMAC secret, for this check only (it is not kept):"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &text) { verifySignatureWithSecret(text.toUtf8()); });
    dialog->open();
}

void TokenPanel::verifySignature(const QString &where)
{
    const QString raw = m_token.raw();
    if (!JwksSource::isUrl(where)) {
        finishVerifying(raw, JwksSource::readFile(where), where);
        return;
    }
    if (!m_http) {
        finishVerifying(raw,
                        Error::make(Error::Kind::Internal, QStringLiteral("jwks.no_client"),
                                    tr("Keys cannot be fetched from here.")),
                        where);
        return;
    }
    JwksSource::fetch(m_http, QUrl(where), this, [this, raw, where](const Result<JwtKeySet> &keys) {
        finishVerifying(raw, keys, where);
    });
}

void TokenPanel::verifySignatureFromIssuer(const QString &issuer)
{
    const QString raw = m_token.raw();
    if (!m_http) {
        finishVerifying(raw,
                        Error::make(Error::Kind::Internal, QStringLiteral("jwks.no_client"),
                                    tr("Keys cannot be fetched from here.")),
                        issuer);
        return;
    }
    JwtExpectations expect;
    expect.issuer = issuer;
    JwksSource::discover(m_http, issuer, this,
                         [this, raw, issuer, expect](const Result<JwtKeySet> &keys) {
                             finishVerifying(raw, keys, keys ? keys->source() : issuer, expect);
                         });
}

void TokenPanel::verifySignatureWithSecret(const QByteArray &secret)
{
    const QString source = tr("the secret typed");
    finishVerifying(m_token.raw(), JwtKeySet::fromSecret(secret, source), source);
}

void TokenPanel::finishVerifying(const QString &raw, const Result<JwtKeySet> &keys,
                                 const QString &source, const JwtExpectations &expect)
{
    // The keys came too late for the token they were asked for.
    if (raw != m_token.raw() || !m_token.isJwt())
        return;
    const QByteArray token = raw.toUtf8();
    const Result<VerifiedSignature> result = keys ? JwtVerifier::verify(token, keys.value(), expect)
                                                  : Result<VerifiedSignature>(keys.error());
    m_verdict = SignatureVerdict::of(result, m_token.jwt().value().header(), source);
    m_verdictFor = raw;
    rebuild();
    Q_EMIT signatureChecked();
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
        selectDelivery(token.delivery());
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
        m_token = Token::fromRaw(text, Token::Source::Pasted, currentDelivery());
    } else {
        const PastedToken pasted = PastedToken::fromText(text);
        if (pasted.delivery)
            selectDelivery(*pasted.delivery);
        QStringList parts;
        for (const QString &part : pasted.removed)
            parts.append(QStringLiteral("“%1”").arg(part));
        m_inputNote = parts.isEmpty() ? QString()
                                      : tr("Using the token inside the pasted text; %1 left out.")
                                            .arg(QLocale().createSeparatedList(parts));
        m_token = Token::fromRaw(pasted.token, Token::Source::Pasted, currentDelivery());
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
    const SignatureVerdict *verdict = currentVerdict();

    // Offer to state an expiry only where nothing else gave one.
    const auto source = m_token.expirySource();
    const bool canState =
        source == Token::ExpirySource::Unknown || source == Token::ExpirySource::StatedByUser;
    m_ui->statedExpiryCheckBox->setVisible(!m_token.isEmpty() && canState);
    m_ui->statedExpiryDateTimeEdit->setVisible(!m_token.isEmpty() && canState);

    QStringList messages;
    QString kind;
    if (m_token.isEmpty()) {
        kind.clear();
    } else if (m_token.isJwt()) {
        const Jwt &jwt = m_token.jwt().value();
        const QString alg = jwt.algorithm().isEmpty() ? tr("no algorithm") : jwt.algorithm();
        switch (jwt.kind()) {
        case Jwt::Kind::Signed:
            kind = verdict ? tr("Signed JWT (JWS) · %1 · %2").arg(alg, verdict->describe())
                           : tr("Signed JWT (JWS) · %1 · signature not verified").arg(alg);
            break;
        case Jwt::Kind::Unsecured:
            kind = tr("Unsecured JWT · alg \"none\" · unsigned: anyone could have written it");
            break;
        case Jwt::Kind::Encrypted:
            kind = tr("Encrypted JWT (JWE) · %1 / %2 · the payload is encrypted and cannot be "
                      "shown")
                       .arg(alg, jwt.header().value(QLatin1String("enc")).toString());
            break;
        }
        messages = jwt.warnings();
    } else {
        const Error &error = m_token.jwt().error();
        const bool opaque = error.code == QLatin1String("jwt.segment_count") &&
                            !m_token.raw().contains(QLatin1Char('.'));
        kind = tr("Opaque token · %n character(s) · not a JWT, so it says nothing about itself",
                  nullptr, int(m_token.raw().size()));
        if (!opaque)
            messages.append(error.message);
    }
    m_ui->kindLabel->setText(kind);
    m_ui->kindLabel->setVisible(!kind.isEmpty());
    m_ui->messageLabel->setText(messages.join(QLatin1Char('\n')));
    m_ui->messageLabel->setVisible(!messages.isEmpty());
    m_ui->messageLabel->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(QLatin1String(m_token.isJwt() ? SoonColour : ExpiredColour)));

    fillClaims();
    refreshTiming();
    updateTicking();
}

void TokenPanel::fillClaims()
{
    QTreeWidget *tree = m_ui->claimsTreeWidget;
    tree->clear();
    m_timeItems.clear();
    m_ui->headerJsonTextEdit->clear();
    m_ui->payloadJsonTextEdit->clear();
    if (!m_token.isJwt())
        return;
    const Jwt &jwt = m_token.jwt().value();

    QFont bold = tree->font();
    bold.setBold(true);

    auto *header = new QTreeWidgetItem(tree, {tr("Header")});
    header->setFont(0, bold);
    addNode(header, jwt.headerTree(), true);

    auto *payload = new QTreeWidgetItem(tree, {tr("Payload")});
    payload->setFont(0, bold);
    if (jwt.kind() == Jwt::Kind::Encrypted) {
        payload->setText(1, tr("encrypted"));
        payload->setText(2, tr("Only the holder of the decryption key can read it."));
    } else {
        addNode(payload, jwt.payloadTree(), false);
    }

    auto *signature = new QTreeWidgetItem(tree, {tr("Signature")});
    signature->setFont(0, bold);
    switch (jwt.kind()) {
    case Jwt::Kind::Signed:
        signature->setText(1, tr("%n byte(s)", nullptr, int(jwt.signature().size())));
        if (const SignatureVerdict *verdict = currentVerdict()) {
            signature->setText(2, verdict->describe());
            signature->setForeground(
                2, QColor(QLatin1String(verdict->verified ? ValidColour : ExpiredColour)));
        } else {
            signature->setText(2, tr("Not verified: Tokenbench does not hold the issuer's key. "
                                     "Verify… checks it with a key you name."));
        }
        break;
    case Jwt::Kind::Unsecured:
        signature->setText(1, tr("none"));
        signature->setText(2, tr("Unsigned: nothing vouches for these claims."));
        break;
    case Jwt::Kind::Encrypted:
        signature->setText(1, tr("authenticated encryption"));
        signature->setText(2, tr("Not checked: Tokenbench does not hold the key."));
        break;
    }

    tree->expandAll();
    // Time claims show their local and UTC forms on demand; keep those rows folded.
    for (const TimeItem &t : std::as_const(m_timeItems))
        t.item->setExpanded(false);

    m_ui->headerJsonTextEdit->setPlainText(QString::fromUtf8(JsonText::indented(jwt.headerJson())));
    m_ui->payloadJsonTextEdit->setPlainText(
        jwt.kind() == Jwt::Kind::Encrypted
            ? tr("The payload of an encrypted token (JWE) cannot be shown.")
            : QString::fromUtf8(JsonText::indented(jwt.payloadJson())));
}

void TokenPanel::addNode(QTreeWidgetItem *parent, const JsonNode &node, bool isHeader)
{
    static const QHash<QString, const char *> headerNames{
        {QStringLiteral("alg"), QT_TR_NOOP("Algorithm")},
        {QStringLiteral("typ"), QT_TR_NOOP("Type")},
        {QStringLiteral("cty"), QT_TR_NOOP("Content type")},
        {QStringLiteral("kid"), QT_TR_NOOP("Key ID")},
        {QStringLiteral("enc"), QT_TR_NOOP("Content encryption")},
        {QStringLiteral("zip"), QT_TR_NOOP("Compression")},
        {QStringLiteral("jku"), QT_TR_NOOP("Key set URL")},
        {QStringLiteral("x5u"), QT_TR_NOOP("Certificate URL")},
        {QStringLiteral("x5t"), QT_TR_NOOP("Certificate thumbprint")},
    };
    static const QHash<QString, const char *> claimNames{
        {QStringLiteral("iss"), QT_TR_NOOP("Issuer")},
        {QStringLiteral("sub"), QT_TR_NOOP("Subject")},
        {QStringLiteral("aud"), QT_TR_NOOP("Audience")},
        {QStringLiteral("exp"), QT_TR_NOOP("Expiration time")},
        {QStringLiteral("nbf"), QT_TR_NOOP("Not before")},
        {QStringLiteral("iat"), QT_TR_NOOP("Issued at")},
        {QStringLiteral("jti"), QT_TR_NOOP("JWT ID")},
        {QStringLiteral("auth_time"), QT_TR_NOOP("Authentication time")},
        {QStringLiteral("azp"), QT_TR_NOOP("Authorised party")},
        {QStringLiteral("scope"), QT_TR_NOOP("Scopes")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail address")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
    };
    const bool topLevel = parent->parent() == nullptr;
    const QDateTime now = Clock::now();
    for (const JsonNode &child : node.children) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, child.key);
        QString value;
        if (child.value.isString()) {
            value = child.value.toString();
        } else if (child.value.isObject()) {
            value = tr("{%n member(s)}", nullptr, int(child.children.size()));
        } else if (child.value.isArray()) {
            value = tr("[%n item(s)]", nullptr, int(child.children.size()));
        } else {
            value = QString::fromUtf8(child.text);
        }
        item->setText(1, value);
        item->setToolTip(1, value.size() > 80 ? value.left(2000) : QString());

        if (topLevel) {
            const auto &names = isHeader ? headerNames : claimNames;
            if (const auto it = names.constFind(child.key); it != names.cend())
                item->setText(2, tr(it.value()));
        }
        if (topLevel && !isHeader && child.value.isDouble() && Jwt::isTimeClaim(child.key)) {
            const double seconds = child.value.toDouble();
            if (std::abs(seconds) < 253402300799.0) {
                const QDateTime when =
                    QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC);
                auto *local = new QTreeWidgetItem(item, {tr("Local time"), localTime(when)});
                auto *utc = new QTreeWidgetItem(item, {tr("UTC"), utcTime(when)});
                local->setToolTip(1, Durations::isoUtc(when));
                utc->setToolTip(1, Durations::isoUtc(when));
                item->setData(2, Qt::UserRole, item->text(2));
                m_timeItems.append({item, when});
                const QString label = item->text(2);
                const QString rel = Durations::relative(secondsFrom(now, when));
                item->setText(2, label.isEmpty() ? rel : label + QStringLiteral(" · ") + rel);
            }
        }
        if (child.isContainer())
            addNode(item, child, isHeader);
    }
}

void TokenPanel::refreshTiming()
{
    const QDateTime now = Clock::now();
    const TokenTiming timing = m_token.timing(now);

    QString state;
    QString colour = QLatin1String(UnknownColour);
    QString countdown;
    QStringList expiry;

    if (m_token.isEmpty()) {
        state = tr("No token");
        expiry.append(tr("Paste a token above to see what it is and when it expires."));
    } else {
        switch (timing.state) {
        case TokenTiming::State::Valid:
            state = timing.expiringSoon ? tr("Expiring soon") : tr("Valid");
            colour = QLatin1String(timing.expiringSoon ? SoonColour : ValidColour);
            countdown = tr("Expires in %1")
                            .arg(Durations::countdown(secondsUntil(now, *m_token.expiresAt())));
            break;
        case TokenTiming::State::Expired: {
            state = tr("Expired");
            colour = QLatin1String(ExpiredColour);
            const qint64 ago = secondsSince(*m_token.expiresAt(), now);
            if (ago == 0)
                countdown = tr("Expired just now");
            else if (ago < TickingPastSeconds)
                countdown = tr("Expired %1 ago").arg(Durations::countdown(ago));
            else
                countdown = tr("Expired %1").arg(Durations::relative(-ago));
            break;
        }
        case TokenTiming::State::NotYetValid:
            state = tr("Not yet valid");
            colour = QLatin1String(NotYetColour);
            countdown = tr("Valid in %1")
                            .arg(Durations::countdown(secondsUntil(now, *m_token.notBefore())));
            break;
        case TokenTiming::State::NoExpiry:
            state = tr("No expiry known");
            countdown.clear();
            break;
        }
        if (const auto nbf = m_token.notBefore(); nbf && *nbf > now)
            expiry.append(tr("Valid from %1 (local) · %2").arg(localTime(*nbf), utcTime(*nbf)));
        if (const auto exp = m_token.expiresAt()) {
            expiry.append(tr("Expires %1 (local) · %2 · %3")
                              .arg(localTime(*exp), utcTime(*exp),
                                   Token::expirySourceName(m_token.expirySource())));
        } else if (m_token.isJwt() && m_token.jwt()->kind() == Jwt::Kind::Encrypted) {
            expiry.append(tr("The expiry of an encrypted token is inside its encrypted payload."));
        } else if (m_token.isJwt()) {
            expiry.append(tr("This token has no \"exp\" claim, so it does not say when it "
                             "expires."));
        } else {
            expiry.append(tr("An opaque token does not say when it expires."));
        }
        if (const QString note = timing.skewNote(); !note.isEmpty())
            expiry.append(note);
    }

    m_ui->stateLabel->setText(state);
    m_ui->stateLabel->setAccessibleName(tr("Token state: %1").arg(state));
    setCountdownText(countdown);
    m_ui->expiryLabel->setText(expiry.join(QLatin1Char('\n')));
    applyStateStyle(colour);

    for (const TimeItem &t : std::as_const(m_timeItems)) {
        const QString label = t.item->data(2, Qt::UserRole).toString();
        const QString rel = Durations::relative(secondsFrom(now, t.when));
        const QString text = label.isEmpty() ? rel : label + QStringLiteral(" · ") + rel;
        if (t.item->text(2) != text) // most ticks change no relative time
            t.item->setText(2, text);
    }
}

void TokenPanel::setCountdownText(const QString &text)
{
    QLabel *label = m_ui->countdownLabel;
    label->setVisible(!text.isEmpty());
    if (label->text() == text)
        return;
    // A label whose size is fixed does not ask the layouts above it to run again when its text
    // changes. Without this, every tick laid out and repainted the whole panel (measured: the
    // main thread and Qt's paint threads woke dozens of times a second); now only the label is
    // repainted, and the layout runs only when the text's width changes.
    label->setText(text);
    const QSize hint = label->sizeHint();
    if (label->minimumSize() != hint || label->maximumSize() != hint)
        label->setFixedSize(hint);
}

void TokenPanel::applyStateStyle(const QString &colour)
{
    if (property("stateColour").toString() == colour)
        return;
    setProperty("stateColour", colour);
    const QColor c(colour);
    m_ui->stateLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 11px;"
                       " padding: 4px 14px; font-weight: bold; }")
            .arg(colour));
    m_ui->countdownLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
    m_ui->statusFrame->setStyleSheet(
        QStringLiteral("QFrame#statusFrame { border: 1px solid rgba(%1,%2,%3,90);"
                       " border-left: 6px solid %4; border-radius: 6px;"
                       " background: rgba(%1,%2,%3,18); }")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(colour));
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
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}
