#include "TokenSignatureCheck.h"

#include "auth/Token.h"
#include "jwt/JwksSource.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>

TokenSignatureCheck::TokenSignatureCheck(QWidget *panel, const Token *token,
                                         std::function<void()> checked)
    : m_panel(panel)
    , m_token(token)
    , m_checked(std::move(checked))
{}

const SignatureVerdict *TokenSignatureCheck::verdict() const
{
    return m_verdict && !m_token->isEmpty() && m_verdictFor == m_token->raw() ? &*m_verdict
                                                                              : nullptr;
}

void TokenSignatureCheck::showMenu(QWidget *button)
{
    auto *menu = new QMenu(m_panel);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *url = menu->addAction(tr("JWKS &URL…"));
    url->setObjectName(QStringLiteral("verifyUrlAction"));
    url->setEnabled(m_http != nullptr);
    QObject::connect(url, &QAction::triggered, m_panel, [this] { askForJwksUrl(); });
    QAction *issuer = menu->addAction(tr("&Issuer (OpenID Connect Discovery)…"));
    issuer->setEnabled(m_http != nullptr);
    QObject::connect(issuer, &QAction::triggered, m_panel, [this] { askForIssuer(); });
    QAction *file = menu->addAction(tr("JWKS or PEM &File…"));
    QObject::connect(file, &QAction::triggered, m_panel, [this] { askForKeyFile(); });
    QAction *secret = menu->addAction(tr("HMAC &Secret…"));
    QObject::connect(secret, &QAction::triggered, m_panel, [this] { askForSecret(); });
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

void TokenSignatureCheck::askForText(const QString &label, bool secret,
                                     const std::function<void(const QString &)> &done)
{
    auto *dialog = new QInputDialog(m_panel);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Verify Signature"));
    dialog->setLabelText(label);
    if (secret)
        dialog->setTextEchoMode(QLineEdit::Password);
    QObject::connect(dialog, &QInputDialog::textValueSelected, m_panel, done);
    dialog->open();
}

void TokenSignatureCheck::askForJwksUrl()
{
    askForText(tr("The issuer's JWKS URL (its jwks_uri):"), false,
               [this](const QString &text) { verify(text.trimmed()); });
}

void TokenSignatureCheck::askForIssuer()
{
    askForText(tr("The issuer you expect (the token's \"iss\" must be the same):"), false,
               [this](const QString &text) { verifyFromIssuer(text.trimmed()); });
}

void TokenSignatureCheck::askForSecret()
{
    askForText(tr("The HMAC secret, for this check only (it is not kept):"), true,
               [this](const QString &text) { verifyWithSecret(text.toUtf8()); });
}

void TokenSignatureCheck::askForKeyFile()
{
    auto *dialog = new QFileDialog(m_panel, tr("Verify Signature"), QString(),
                                   tr("Keys (*.json *.jwks *.pem *.crt *.cer);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, m_panel,
                     [this](const QString &path) { verify(path); });
    dialog->open();
}

Error TokenSignatureCheck::noClient() const
{
    return Error::make(Error::Kind::Internal, QStringLiteral("jwks.no_client"),
                       tr("Keys cannot be fetched from here."));
}

void TokenSignatureCheck::verify(const QString &where)
{
    const QString raw = m_token->raw();
    if (!JwksSource::isUrl(where)) {
        finish(raw, JwksSource::readFile(where), where);
        return;
    }
    if (!m_http) {
        finish(raw, noClient(), where);
        return;
    }
    JwksSource::fetch(
        m_http, QUrl(where), m_panel,
        [this, raw, where](const Result<JwtKeySet> &keys) { finish(raw, keys, where); });
}

void TokenSignatureCheck::verifyFromIssuer(const QString &issuer)
{
    const QString raw = m_token->raw();
    if (!m_http) {
        finish(raw, noClient(), issuer);
        return;
    }
    JwtExpectations expect;
    expect.issuer = issuer;
    JwksSource::discover(m_http, issuer, m_panel,
                         [this, raw, issuer, expect](const Result<JwtKeySet> &keys) {
                             finish(raw, keys, keys ? keys->source() : issuer, expect);
                         });
}

void TokenSignatureCheck::verifyWithSecret(const QByteArray &secret)
{
    const QString source = tr("the secret typed");
    finish(m_token->raw(), JwtKeySet::fromSecret(secret, source), source);
}

void TokenSignatureCheck::finish(const QString &raw, const Result<JwtKeySet> &keys,
                                 const QString &source, const JwtExpectations &expect)
{
    // The keys came too late for the token they were asked for.
    if (raw != m_token->raw() || !m_token->isJwt())
        return;
    const QByteArray token = raw.toUtf8();
    const Result<VerifiedSignature> result = keys ? JwtVerifier::verify(token, keys.value(), expect)
                                                  : Result<VerifiedSignature>(keys.error());
    m_verdict = SignatureVerdict::of(result, m_token->jwt().value().header(), source);
    m_verdictFor = raw;
    m_checked();
}
