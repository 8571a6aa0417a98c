#pragma once

#include "auth/Token.h"
#include "util/DeadlineTimer.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TokenPanel;
}
class HttpClient;
class SecureClipboard;
class TokenClaimsView;
class TokenDeliveryBox;
class TokenSignatureCheck;
class TokenStatusView;

// The token inspector: paste a token, see its claims and a live countdown to its expiry, check its
// signature, copy it or its header line through the secure clipboard.
class TokenPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TokenPanel(SecureClipboard *clipboard, QWidget *parent = nullptr);
    ~TokenPanel() override;

    void setTokenText(const QString &text);
    // Shows a token a profile holds, with how it travels and where its expiry came from;
    // `caption` says whose it is ("Token of production").
    void setToken(const Token &token, const QString &caption);
    const Token &token() const { return m_token; }

    // True while the countdown is being refreshed every second (only while the panel is shown).
    bool isTicking() const { return m_tick.isActive(); }

    // What fetches a JWKS named by URL; without one, Verify… offers files and secrets only.
    void setHttpClient(HttpClient *http);
    // Checks the signature of the token shown against the keys at `where`: a JWKS URL, or a file
    // holding a JWKS or a PEM public key or certificate. The verdict shows until the token
    // changes; signatureChecked() says it is there.
    void verifySignature(const QString &where);
    // The same with the keys `issuer` names by OpenID Connect discovery; the token's iss must be
    // `issuer` too (its own iss is never asked: a forger's token would name the forger's keys).
    void verifySignatureFromIssuer(const QString &issuer);
    // The same with an HMAC secret, used for this check only and not kept.
    void verifySignatureWithSecret(const QByteArray &secret);

public Q_SLOTS:
    void pasteFromClipboard();
    void copyToken();
    void copyHeader();
    void clear();

Q_SIGNALS:
    void tokenChanged();
    // A person chose how the header line goes ("Send as"): the window remembers it for the
    // profile and copies the same line from every Copy Header.
    void deliveryChosen(const TokenDelivery &delivery);
    void signatureChecked();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onTextChanged();
    void onStatedExpiryChanged();
    void rebuild();
    void refreshTiming();
    void updateTicking();
    void onClipboardCountdown(int secondsLeft);
    void showClipboardMessage(const QString &text, bool canClear);
    bool canCopy() const;

    std::unique_ptr<Ui::TokenPanel> m_ui;
    SecureClipboard *m_clipboard;
    Token m_token;
    QString m_inputNote;
    DeadlineTimer m_tick;
    bool m_showsProfileToken = false; // what is shown is a profile's token (setToken)
    std::unique_ptr<TokenDeliveryBox> m_delivery;
    std::unique_ptr<TokenStatusView> m_status;
    std::unique_ptr<TokenClaimsView> m_claims;
    std::unique_ptr<TokenSignatureCheck> m_signature;
};
