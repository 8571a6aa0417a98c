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

    // Clocks of issuer and user may disagree by this much. It is never counted as life left: a
    // client must be stricter than a server, so a token is expired from the moment its exp
    // passes. Where it applies it is said as what it is (skewNote()): a server whose clock runs
    // behind may still take a token that expired less than this ago, and an nbf less than this
    // ahead is not held against a token.
    static constexpr std::chrono::seconds ClockSkewAllowance{60};
    // A token with less than this left is "expiring soon" and shown in a warning colour.
    static constexpr std::chrono::seconds DefaultSoon{5 * 60};

    State state = State::NoExpiry;
    std::optional<qint64> msecsLeft;  // until expiry; negative once expired; empty without expiry
    bool expiringSoon = false;        // valid, and less than the "soon" threshold left
    bool withinSkewAllowance = false; // expired less than the allowance ago, or nbf just ahead
    std::chrono::seconds skewAllowance = ClockSkewAllowance; // the allowance evaluated with

    static TokenTiming evaluate(const std::optional<QDateTime> &expiresAt,
                                const std::optional<QDateTime> &notBefore, const QDateTime &now,
                                std::chrono::seconds skewAllowance = ClockSkewAllowance,
                                std::chrono::seconds soon = DefaultSoon);

    // "valid", "expired", "not_yet_valid", "no_expiry": the words scripts see.
    static QString stateKey(State state);
    // The same, for people, translated.
    static QString stateName(State state);
    // A sentence on the clock-skew allowance when it is in play, for people; empty otherwise.
    QString skewNote() const;
};
