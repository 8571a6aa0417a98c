#pragma once

#include <QByteArray>
#include <QDateTime>

// Builds tokens for tests from readable JSON, so each case shows exactly what it contains.
namespace TestTokens {

// base64url(header).base64url(payload).base64url(signature), no padding.
QByteArray jws(const QByteArray &headerJson, const QByteArray &payloadJson,
               const QByteArray &signature = QByteArrayLiteral("not-a-real-signature"));

// A signed HS256 token whose exp lies `secondsFromNow` away from Clock::now().
QByteArray expiringIn(qint64 secondsFromNow, const QByteArray &extraClaims = {});

// RFC 7519 section 3.1: iss "joe", exp 1300819380 (2011-03-22T18:43:00Z), CRLF in its JSON.
extern const char *const Rfc7519Example;

} // namespace TestTokens
