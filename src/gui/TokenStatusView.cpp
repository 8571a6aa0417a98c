#include "TokenStatusView.h"

#include "TokenColours.h"
#include "auth/Token.h"
#include "jwt/JwtVerifier.h"
#include "util/Durations.h"

#include <QFrame>
#include <QLabel>

namespace {

// Tokens that expired less than this ago keep a ticking "expired ... ago" with seconds.
constexpr qint64 TickingPastSeconds = 24 * 60 * 60;

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

TokenStatusView::TokenStatusView(const Widgets &widgets)
    : m_w(widgets)
{
    QFont big = m_w.countdown->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_w.countdown->setFont(big);
}

void TokenStatusView::showKind(const Token &token, const SignatureVerdict *verdict)
{
    QStringList messages;
    QString kind;
    if (token.isEmpty()) {
        kind.clear();
    } else if (token.isJwt()) {
        const Jwt &jwt = token.jwt().value();
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
        const Error &error = token.jwt().error();
        const bool opaque = error.code == QLatin1String("jwt.segment_count") &&
                            !token.raw().contains(QLatin1Char('.'));
        kind = tr("Opaque token · %n character(s) · not a JWT, so it says nothing about itself",
                  nullptr, int(token.raw().size()));
        if (!opaque)
            messages.append(error.message);
    }
    m_w.kind->setText(kind);
    m_w.kind->setVisible(!kind.isEmpty());
    m_w.message->setText(messages.join(QLatin1Char('\n')));
    m_w.message->setVisible(!messages.isEmpty());
    m_w.message->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg(QLatin1String(token.isJwt() ? TokenColours::Soon : TokenColours::Expired)));
}

void TokenStatusView::showTiming(const Token &token, const QDateTime &now)
{
    const TokenTiming timing = token.timing(now);

    QString state;
    QString colour = QLatin1String(TokenColours::Unknown);
    QString countdown;
    QStringList expiry;

    if (token.isEmpty()) {
        state = tr("No token");
        expiry.append(tr("Paste a token above to see what it is and when it expires."));
    } else {
        switch (timing.state) {
        case TokenTiming::State::Valid:
            state = timing.expiringSoon ? tr("Expiring soon") : tr("Valid");
            colour = QLatin1String(timing.expiringSoon ? TokenColours::Soon : TokenColours::Valid);
            countdown = tr("Expires in %1")
                            .arg(Durations::countdown(secondsUntil(now, *token.expiresAt())));
            break;
        case TokenTiming::State::Expired: {
            state = tr("Expired");
            colour = QLatin1String(TokenColours::Expired);
            const qint64 ago = secondsSince(*token.expiresAt(), now);
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
            colour = QLatin1String(TokenColours::NotYet);
            countdown =
                tr("Valid in %1").arg(Durations::countdown(secondsUntil(now, *token.notBefore())));
            break;
        case TokenTiming::State::NoExpiry:
            state = tr("No expiry known");
            countdown.clear();
            break;
        }
        if (const auto nbf = token.notBefore(); nbf && *nbf > now) {
            expiry.append(tr("Valid from %1 (local) · %2")
                              .arg(Durations::localStamp(*nbf), Durations::utcStamp(*nbf)));
        }
        if (const auto exp = token.expiresAt()) {
            expiry.append(tr("Expires %1 (local) · %2 · %3")
                              .arg(Durations::localStamp(*exp), Durations::utcStamp(*exp),
                                   Token::expirySourceName(token.expirySource())));
        } else if (token.isJwt() && token.jwt()->kind() == Jwt::Kind::Encrypted) {
            expiry.append(tr("The expiry of an encrypted token is inside its encrypted payload."));
        } else if (token.isJwt()) {
            expiry.append(tr("This token has no \"exp\" claim, so it does not say when it "
                             "expires."));
        } else {
            expiry.append(tr("An opaque token does not say when it expires."));
        }
        if (const QString note = timing.skewNote(); !note.isEmpty())
            expiry.append(note);
    }

    m_w.state->setText(state);
    m_w.state->setAccessibleName(tr("Token state: %1").arg(state));
    setCountdownText(countdown);
    m_w.expiry->setText(expiry.join(QLatin1Char('\n')));
    applyStateStyle(colour);
}

void TokenStatusView::setCountdownText(const QString &text)
{
    QLabel *label = m_w.countdown;
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

void TokenStatusView::applyStateStyle(const QString &colour)
{
    if (m_colour == colour)
        return;
    m_colour = colour;
    const QColor c(colour);
    m_w.state->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 11px;"
                       " padding: 4px 14px; font-weight: bold; }")
            .arg(colour));
    m_w.countdown->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour));
    m_w.frame->setStyleSheet(
        QStringLiteral("QFrame#statusFrame { border: 1px solid rgba(%1,%2,%3,90);"
                       " border-left: 6px solid %4; border-radius: 6px;"
                       " background: rgba(%1,%2,%3,18); }")
            .arg(c.red())
            .arg(c.green())
            .arg(c.blue())
            .arg(colour));
}
