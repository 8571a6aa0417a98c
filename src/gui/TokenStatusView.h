#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QFrame;
class QLabel;
class Token;
struct SignatureVerdict;

// The token panel's status frame: the state badge, the countdown, when the token is valid from
// and until, and what kind of token it is, all in the colour of its state.
class TokenStatusView
{
    // Its texts are the panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(TokenPanel)

public:
    struct Widgets
    {
        QFrame *frame;
        QLabel *state;
        QLabel *countdown;
        QLabel *expiry;
        QLabel *kind;
        QLabel *message;
    };

    explicit TokenStatusView(const Widgets &widgets);

    // What the token is and what its decoder warns of; `verdict`: its signature check, if any.
    void showKind(const Token &token, const SignatureVerdict *verdict);
    // Its state, countdown and expiry at `now`.
    void showTiming(const Token &token, const QDateTime &now);

private:
    void setCountdownText(const QString &text);
    void applyStateStyle(const QString &colour);

    Widgets m_w;
    QString m_colour; // of the style applied last
};
