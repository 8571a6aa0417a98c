#include "TokenTiming.h"

#include "util/Durations.h"

#include <QCoreApplication>

TokenTiming TokenTiming::evaluate(const std::optional<QDateTime> &expiresAt,
                                  const std::optional<QDateTime> &notBefore, const QDateTime &now,
                                  std::chrono::seconds skewAllowance, std::chrono::seconds soon)
{
    using std::chrono::milliseconds;
    const qint64 skewMs = milliseconds(skewAllowance).count();
    const qint64 untilNotBefore = notBefore ? now.msecsTo(*notBefore) : 0;
    TokenTiming timing;
    timing.skewAllowance = skewAllowance;
    if (expiresAt)
        timing.msecsLeft = now.msecsTo(*expiresAt);

    if (untilNotBefore > skewMs)
        timing.state = State::NotYetValid;
    else if (!expiresAt)
        timing.state = State::NoExpiry;
    else if (*timing.msecsLeft <= 0)
        timing.state = State::Expired;
    else
        timing.state = State::Valid;

    timing.expiringSoon = timing.state == State::Valid && timing.msecsLeft &&
                          *timing.msecsLeft < milliseconds(soon).count();
    timing.withinSkewAllowance = timing.state == State::Expired
                                     ? -*timing.msecsLeft < skewMs
                                     : timing.state != State::NotYetValid && untilNotBefore > 0;
    return timing;
}

QString TokenTiming::skewNote() const
{
    if (!withinSkewAllowance)
        return {};
    const QString allowance = Durations::span(skewAllowance.count());
    if (state == State::Expired)
        return QCoreApplication::translate(
                   "TokenTiming",
                   "A server whose clock runs behind may still accept it for up to "
                   "%1 after it expired: that is clock-skew allowance, not life left.")
            .arg(allowance);
    return QCoreApplication::translate("TokenTiming",
                                       "Its \"nbf\" is ahead of this computer's clock by less than "
                                       "the %1 allowed for clock skew, so it counts as valid.")
        .arg(allowance);
}

QString TokenTiming::stateKey(State state)
{
    switch (state) {
    case State::Valid:
        return QStringLiteral("valid");
    case State::Expired:
        return QStringLiteral("expired");
    case State::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case State::NoExpiry:
        break;
    }
    return QStringLiteral("no_expiry");
}

QString TokenTiming::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return QCoreApplication::translate("TokenTiming", "Valid");
    case State::Expired:
        return QCoreApplication::translate("TokenTiming", "Expired");
    case State::NotYetValid:
        return QCoreApplication::translate("TokenTiming", "Not yet valid");
    case State::NoExpiry:
        break;
    }
    return QCoreApplication::translate("TokenTiming", "No expiry known");
}
