#pragma once

#include <QDateTime>

#include <chrono>
#include <optional>

// Where a token stands in time, as seen from a given moment.
struct TokenTiming
{
    enum class State
    {
        Valid,
        Expired,
        NotYetValid,
        NoExpiry
    };

    // Clocks of issuer and user disagree a little; within this a token is not called expired.
    static constexpr std::chrono::seconds DefaultLeeway{60};
    // A token with less than this left is "expiring soon" and shown in a warning colour.
    static constexpr std::chrono::seconds DefaultSoon{5 * 60};

    State state = State::NoExpiry;
    std::optional<qint64> msecsLeft; // until expiry; negative once expired; empty without expiry
    bool expiringSoon = false;       // valid, and less than the "soon" threshold left

    static TokenTiming evaluate(const std::optional<QDateTime> &expiresAt,
                                const std::optional<QDateTime> &notBefore, const QDateTime &now,
                                std::chrono::seconds leeway = DefaultLeeway,
                                std::chrono::seconds soon = DefaultSoon);

    // "valid", "expired", "not_yet_valid", "no_expiry": the words scripts see.
    static QString stateKey(State state);
    // The same, for people, translated.
    static QString stateName(State state);
};
