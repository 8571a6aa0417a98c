#pragma once

#include "auth/Token.h"
#include "net/HttpMessage.h"

#include <QHash>
#include <QNetworkCookie>
#include <QUrl>

// What a login yields: the token or session cookie, how it authorises requests, and the
// non-secret facts the vendor returned with it (RegScale's user id, Password Safe's user name).
struct Session
{
    QUrl baseUrl;
    Token token;
    // Cookies that travel beside the token while this run lasts (the cookie session Password
    // Safe opens at an OAuth sign-in); secret, and never remembered: the token alone must do.
    QList<QNetworkCookie> cookies;
    QHash<QString, QString> facts; // non-secret, shown and usable as {{variables}}
    // OAuth 2.0: the refresh token that renews the access token without a person (secret, kept
    // in the keychain with the session, never shown unless revealed), and the OpenID Connect
    // ID token that came with it (who signed in; kept beside it).
    QString refreshToken;
    QString idToken;

    bool isValid() const { return !token.isEmpty(); }

    // The credential HttpClient attaches, bound to the base URL's origin.
    Credential credential() const;
};

// Who a token belongs to, as the vendor's own "who am I" call answered.
struct Identity
{
    QString displayName;           // "Ada Analyst <ada@example.com>"
    QHash<QString, QString> facts; // id, email, permissions...
};
