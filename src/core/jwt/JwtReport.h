#pragma once

#include "auth/TokenTiming.h"
#include "jwt/Jwt.h"
#include "jwt/JwtVerifier.h"
#include "util/Clock.h"

#include <QByteArray>
#include <QDateTime>

// The machine-readable account of a decoded token that `tokenbench-cli decode --json` prints:
// {"header":{...},"payload":{...}|null,"state":"...","expires_at":"...Z"|null,"seconds_left":n|null}
// and, when a signature check was asked for, "signature":{...} (SignatureVerdict::toJson()).
// Header and payload keep the token's own member order and number text.
namespace JwtReport {

QByteArray json(const Jwt &jwt, const QDateTime &now = Clock::now(),
                const SignatureVerdict *signature = nullptr);

// Whole seconds from `now` to `expiresAt`, rounded down (negative once expired).
qint64 secondsLeft(const QDateTime &expiresAt, const QDateTime &now);

} // namespace JwtReport
