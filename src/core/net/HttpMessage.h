#pragma once

#include "net/ProxySettings.h"

#include <QByteArray>
#include <QList>
#include <QNetworkCookie>
#include <QPair>
#include <QString>
#include <QUrl>

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The scheme, host and port of a URL: the unit that credentials are bound to.
struct Origin
{
    QString scheme;
    QString host;
    int port = -1;

    static Origin of(const QUrl &url);
    bool isValid() const { return !scheme.isEmpty() && !host.isEmpty(); }
    bool operator==(const Origin &o) const
    {
        return scheme == o.scheme && host == o.host && port == o.port;
    }
    bool operator!=(const Origin &o) const { return !(*this == o); }
    QString toString() const; // "https://api.example.com:8443"
};

// What authorises requests to one origin: headers (Authorization, X-Api-Key...) and cookies (a
// Password Safe session). HttpClient attaches it only while the request's URL is on `origin`.
struct Credential
{
    Origin origin;
    HttpHeaders headers;
    QList<QNetworkCookie> cookies;

    bool isEmpty() const { return headers.isEmpty() && cookies.isEmpty(); }
};

// How to reach the server of a profile, applied per request: the extra CA certificates are
// trusted on every hop of the request; certificate checks are off only on the profile's own
// origin, and only when a person asked for it; the client certificate is shown to that origin
// alone; the proxy decides per hop (no_proxy). A request without settings uses the system's.
struct NetworkSettings
{
    Origin origin;               // the profile's origin: the only one insecureTls applies to
    QString caFile;              // PEM certificates trusted besides the system's: a file or folder
    bool insecureTls = false;    // accept any certificate on `origin`
    ProxySettings proxy;         // Inherit: the HTTP client's default (the app's preference)
    QString clientCertificate;   // PEM certificate (with its key, maybe) or PKCS#12 (.p12/.pfx)
    QString clientKey;           // PEM private key, when the certificate file holds none
    QString clientKeyPassphrase; // in memory only, from the keychain or standard input

    bool operator==(const NetworkSettings &o) const
    {
        return origin == o.origin && caFile == o.caFile && insecureTls == o.insecureTls &&
               proxy == o.proxy && clientCertificate == o.clientCertificate &&
               clientKey == o.clientKey && clientKeyPassphrase == o.clientKeyPassphrase;
    }
    bool operator!=(const NetworkSettings &o) const { return !(*this == o); }
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // never credentials: those go in `credential`
    QByteArray body;
    Credential credential;
    NetworkSettings network;

    // Per-request limits; zero or negative means "use the client's default".
    int timeoutMs = 0; // no byte received for this long: give up
    int maxRetries = -1;
    QString saveToFile; // stream the body to this file whatever its size

    // The body carries a password, a client secret or a second-factor code. HttpClient finds
    // secret-looking fields and known secrets in a body by itself; this is for what it cannot
    // know. Such a body is never re-sent to another origin or from https to http.
    bool bodyIsSecret = false;
    // A sign-in: a redirect off the first URL's origin ends the call with an error instead.
    bool stayOnOrigin = false;

    bool isIdempotent() const;
};

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;  // empty when the body went to `bodyFile`
    QString bodyFile; // set when the body was streamed to disk
    qint64 bodySize = 0;
    QUrl finalUrl; // after redirects
    int redirects = 0;
    int attempts = 1;
    qint64 elapsedMs = 0;
    QList<QNetworkCookie> cookies; // Set-Cookie from responses on the credential's origin

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool isSuccess() const { return status >= 200 && status < 300; }
};
