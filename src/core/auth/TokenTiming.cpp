#include "TokenTiming.h"

#include <QCoreApplication>

TokenTiming TokenTiming::evaluate(const std::optional<QDateTime> &expiresAt,
                                  const std::optional<QDateTime> &notBefore, const QDateTime &now,
                                  std::chrono::seconds leeway, std::chrono::seconds soon)
{
    using std::chrono::milliseconds;
    const qint64 leewayMs = milliseconds(leeway).count();
    TokenTiming timing;
    if (expiresAt)
        timing.msecsLeft = now.msecsTo(*expiresAt);

    if (notBefore && now.msecsTo(*notBefore) > leewayMs)
        timing.state = State::NotYetValid;
    else if (!expiresAt)
        timing.state = State::NoExpiry;
    else if (*timing.msecsLeft < -leewayMs)
        timing.state = State::Expired;
    else
        timing.state = State::Valid;

    timing.expiringSoon = timing.state == State::Valid && timing.msecsLeft &&
                          *timing.msecsLeft < milliseconds(soon).count();
    return timing;
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
