#pragma once

#include "jwt/JwtKeySet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class HttpClient;
class QObject;

// Where the keys of a signature check come from when a person names a place: a JWKS at an
// http(s) URL, fetched through the one HttpClient (no credential: a JWKS is public), or a file
// holding a JWKS or a PEM public key or certificate.
class JwksSource
{
    Q_DECLARE_TR_FUNCTIONS(JwksSource)

public:
    static constexpr qint64 MaxSize = 1024 * 1024;

    static bool isUrl(const QString &where);

    // A file: a JWKS when it is JSON, else PEM. Errors: `key.file`, and those of JwtKeySet.
    static Result<JwtKeySet> readFile(const QString &path);

    // Fetches the JWKS at `url` and answers once through `done`, in `context`'s thread, unless
    // `context` is gone by then. Errors: those of the HTTP client, `jwks.http_status`,
    // `jwks.too_large`, and those of JwtKeySet::fromJwks.
    static void fetch(HttpClient *http, const QUrl &url, QObject *context,
                      std::function<void(const Result<JwtKeySet> &)> done);

    // Discovery (OAuthMetadata: OpenID Connect, then RFC 8414) names the jwks_uri, which is
    // then fetched. The document must name `issuer` as its own; the keys' source is the
    // jwks_uri. Errors: those of fetch(), `oidc.http_status`, `oidc.not_json`, `oidc.issuer`,
    // `oidc.insecure_endpoint`, `oidc.no_jwks_uri`.
    static void discover(HttpClient *http, const QString &issuer, QObject *context,
                         std::function<void(const Result<JwtKeySet> &)> done);
};
