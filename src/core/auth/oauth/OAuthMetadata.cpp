#include "OAuthMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {

QString withoutTrailingSlashes(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        if (item.isString())
            out.append(item.toString());
    return out;
}

// Endpoints over plain http are only taken from an issuer that is plain http itself (a server
// on loopback for tests or a demo).
bool secureEnough(const QUrl &endpoint, const QUrl &source)
{
    return endpoint.scheme() == QLatin1String("https") ||
           (endpoint.scheme() == QLatin1String("http") && source.scheme() == QLatin1String("http"));
}

} // namespace

QList<QUrl> OAuthMetadata::discoveryUrls(const QString &issuer)
{
    const QString base = withoutTrailingSlashes(issuer.trimmed());
    QList<QUrl> urls{QUrl(base + QLatin1String("/.well-known/openid-configuration"))};
    const QUrl parsed(base);
    if (parsed.isValid() && !parsed.host().isEmpty()) {
        QUrl rfc8414 = parsed;
        rfc8414.setPath(QLatin1String("/.well-known/oauth-authorization-server") +
                        withoutTrailingSlashes(parsed.path()));
        urls.append(rfc8414);
    }
    return urls;
}

Result<OAuthMetadata> OAuthMetadata::parse(const QByteArray &json, const QString &issuer,
                                           const QUrl &source)
{
    const QString where = source.toDisplayString();
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return Error::make(
            Error::Kind::Parse, QStringLiteral("oidc.not_json"),
            tr("%1 is not an authorization server's metadata (a JSON object).").arg(where));
    const QJsonObject object = document.object();
    OAuthMetadata m;
    m.source = source;
    m.issuer = object.value(QLatin1String("issuer")).toString();
    // OpenID Connect Discovery 1.0 section 4.3 and RFC 8414 section 3.3: the document speaks for
    // exactly the issuer it was fetched for, or an attacker's endpoints could be slipped in.
    if (withoutTrailingSlashes(m.issuer) != withoutTrailingSlashes(issuer.trimmed()))
        return Error::make(
            Error::Kind::Authentication, QStringLiteral("oidc.issuer"),
            tr("%1 speaks for the issuer \"%2\", not \"%3\".").arg(where, m.issuer, issuer));
    auto endpoint = [&object](const char *key) {
        return QUrl(object.value(QLatin1String(key)).toString());
    };
    m.authorizationEndpoint = endpoint("authorization_endpoint");
    m.tokenEndpoint = endpoint("token_endpoint");
    m.deviceAuthorizationEndpoint = endpoint("device_authorization_endpoint");
    m.userinfoEndpoint = endpoint("userinfo_endpoint");
    m.revocationEndpoint = endpoint("revocation_endpoint");
    m.jwksUri = endpoint("jwks_uri");
    for (QUrl *url : {&m.authorizationEndpoint, &m.tokenEndpoint, &m.deviceAuthorizationEndpoint,
                      &m.userinfoEndpoint, &m.revocationEndpoint, &m.jwksUri}) {
        if (url->isEmpty())
            continue;
        if (!url->isValid() || url->host().isEmpty() || !secureEnough(*url, source))
            return Error::make(Error::Kind::Parse, QStringLiteral("oidc.insecure_endpoint"),
                               tr("The metadata at %1 names an endpoint that is not a usable "
                                  "https address: %2")
                                   .arg(where, url->toDisplayString()));
    }
    m.codeChallengeMethods =
        strings(object.value(QLatin1String("code_challenge_methods_supported")));
    m.grantTypes = strings(object.value(QLatin1String("grant_types_supported")));
    m.tokenEndpointAuthMethods =
        strings(object.value(QLatin1String("token_endpoint_auth_methods_supported")));
    return m;
}

void OAuthMetadata::discover(const Sender &send, const QString &issuer,
                             std::function<void(const Result<OAuthMetadata> &)> done)
{
    const QList<QUrl> urls = discoveryUrls(issuer);
    auto tryNext = std::make_shared<std::function<void(int, std::optional<Error>)>>();
    std::weak_ptr<std::function<void(int, std::optional<Error>)>> weak = tryNext;
    *tryNext = [send, issuer, urls, done, weak](int index, std::optional<Error> last) {
        if (index >= urls.size()) {
            done(last ? *last
                      : Error::make(Error::Kind::NotFound, QStringLiteral("oidc.http_status"),
                                    tr("%1 publishes no metadata.").arg(issuer)));
            return;
        }
        HttpRequest request;
        request.url = urls.at(index);
        request.headers.append(
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        request.stayOnOrigin = true;
        // The chain keeps itself alive through the handler of the request in flight.
        send(request, [next = weak.lock(), issuer, url = urls.at(index), index,
                       done](const Result<HttpResponse> &result) {
            if (!result)
                return done(result.error());
            const HttpResponse &response = result.value();
            if (!response.isSuccess()) {
                const Error error =
                    Error::make(Error::Kind::Server, QStringLiteral("oidc.http_status"),
                                tr("%1 answered HTTP %2 instead of the issuer's metadata.")
                                    .arg(url.toDisplayString())
                                    .arg(response.status));
                return (*next)(index + 1, error);
            }
            const Result<OAuthMetadata> parsed = parse(response.body, issuer, url);
            if (!parsed && parsed.error().code == QLatin1String("oidc.not_json"))
                return (*next)(index + 1, parsed.error());
            done(parsed);
        });
    };
    (*tryNext)(0, std::nullopt);
}
