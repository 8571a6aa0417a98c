#pragma once

#include "jwt/JwtKeySet.h"
#include "jwt/JwtVerifier.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class HttpClient;
class QWidget;
class Token;

// The token panel's Verify…: checks the signature of the token shown with keys a person names (a
// JWKS URL, an issuer's discovery, a JWKS or PEM file, an HMAC secret) and keeps the verdict for
// as long as that token is shown.
class TokenSignatureCheck
{
    // Its texts are the panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(TokenPanel)

public:
    // `panel` parents the menu and dialogs and receives the keys fetched; `token` is the one it
    // shows. `checked` runs when a verdict arrives for the token still shown.
    TokenSignatureCheck(QWidget *panel, const Token *token, std::function<void()> checked);

    // What fetches a JWKS named by URL; without one, only files and secrets are offered.
    void setHttpClient(HttpClient *http) { m_http = http; }

    // The menu of where keys may come from, under `button`.
    void showMenu(QWidget *button);
    void verify(const QString &where);
    void verifyFromIssuer(const QString &issuer);
    void verifyWithSecret(const QByteArray &secret);

    // The verdict, while the token it was made for is the one shown; else null.
    const SignatureVerdict *verdict() const;

private:
    void askForJwksUrl();
    void askForIssuer();
    void askForKeyFile();
    void askForSecret();
    void askForText(const QString &label, bool secret,
                    const std::function<void(const QString &)> &done);
    void finish(const QString &raw, const Result<JwtKeySet> &keys, const QString &source,
                const JwtExpectations &expect = {});
    Error noClient() const;

    QWidget *m_panel;
    const Token *m_token;
    std::function<void()> m_checked;
    HttpClient *m_http = nullptr;
    // The last check and the token it was made for.
    std::optional<SignatureVerdict> m_verdict;
    QString m_verdictFor;
};
