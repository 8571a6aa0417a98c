#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636) and the other one-time values of an authorization
// request: every value comes from the system's random source.
namespace Pkce {

// A code verifier of 43 characters: 32 random octets in base64url (RFC 7636 section 4.1).
QString makeVerifier();
// BASE64URL(SHA256(ASCII(verifier))), the S256 method (RFC 7636 section 4.2).
QString challengeS256(const QString &verifier);
// Whether `verifier` has the shape section 4.1 allows: 43 to 128 unreserved characters.
bool isValidVerifier(const QString &verifier);
// An unguessable `state` or `nonce`: 16 random octets in base64url.
QString makeNonce();

} // namespace Pkce
