#pragma once

#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <functional>

// What an authorization server says about itself: OpenID Connect Discovery 1.0, with OAuth 2.0
// Authorization Server Metadata (RFC 8414) as the fallback for servers that are not OpenID
// providers. A document is taken only when it names the issuer it was asked for.
struct OAuthMetadata
{
    Q_DECLARE_TR_FUNCTIONS(OAuthMetadata)

public:
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint;
    QUrl userinfoEndpoint;
    QUrl revocationEndpoint;
    QUrl jwksUri;
    QStringList codeChallengeMethods;
    QStringList grantTypes;
    QStringList tokenEndpointAuthMethods;
    QUrl source; // where the document came from

    // The documents to try, in order: `issuer`/.well-known/openid-configuration, then RFC 8414
    // section 3's well-known URI (inserted between the host and the issuer's path).
    static QList<QUrl> discoveryUrls(const QString &issuer);

    // One document. Errors: `oidc.not_json`, `oidc.issuer`, `oidc.insecure_endpoint`.
    static Result<OAuthMetadata> parse(const QByteArray &json, const QString &issuer,
                                       const QUrl &source);

    // Sends a request and answers once; an authenticator's send, or the HTTP client's.
    using Sender = std::function<void(const HttpRequest &request,
                                      std::function<void(const Result<HttpResponse> &)> done)>;
    // Fetches the documents in turn (a 404 or an answer that is not JSON moves on to the next)
    // and answers with the first one that describes `issuer`. Errors: the HTTP client's,
    // `oidc.http_status`, and those of parse().
    static void discover(const Sender &send, const QString &issuer,
                         std::function<void(const Result<OAuthMetadata> &)> done);
};
