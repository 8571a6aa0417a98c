#include "JwksSource.h"

#include "net/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

bool JwksSource::isUrl(const QString &where)
{
    return where.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           where.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

Result<JwtKeySet> JwksSource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io, QStringLiteral("key.file"),
                           tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.read(MaxSize + 1);
    if (data.size() > MaxSize) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("key.file"),
                           tr("%1 is over 1 MiB; that is no key file.").arg(path));
    }
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('{'))
        return JwtKeySet::fromJwks(trimmed, path);
    return JwtKeySet::fromPem(data, path);
}

void JwksSource::fetch(HttpClient *http, const QUrl &url, QObject *context,
                       std::function<void(const Result<JwtKeySet> &)> done)
{
    HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"),
                            QByteArrayLiteral("application/jwk-set+json, application/json")});
    HttpCall *call = http->send(request);
    const QString source = url.toDisplayString();
    QObject::connect(call, &HttpCall::finished, context, [call, source, done] {
        const Result<HttpResponse> &result = call->result();
        if (!result) {
            done(result.error());
            return;
        }
        const HttpResponse &response = result.value();
        if (!response.isSuccess()) {
            done(Error::make(
                Error::Kind::Server, QStringLiteral("jwks.http_status"),
                tr("%1 answered HTTP %2 instead of a key set.").arg(source).arg(response.status)));
            return;
        }
        if (!response.bodyFile.isEmpty() || response.body.size() > MaxSize) {
            done(Error::make(Error::Kind::InvalidInput, QStringLiteral("jwks.too_large"),
                             tr("%1 sent over 1 MiB; that is no key set.").arg(source)));
            return;
        }
        done(JwtKeySet::fromJwks(response.body, source));
    });
}

void JwksSource::discover(HttpClient *http, const QString &issuer, QObject *context,
                          std::function<void(const Result<JwtKeySet> &)> done)
{
    QString base = issuer;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl url(base + QLatin1String("/.well-known/openid-configuration"));
    HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    HttpCall *call = http->send(request);
    QObject::connect(call, &HttpCall::finished, context, [=] {
        const Result<HttpResponse> &result = call->result();
        if (!result) {
            done(result.error());
            return;
        }
        const HttpResponse &response = result.value();
        const QString where = url.toDisplayString();
        if (!response.isSuccess()) {
            done(Error::make(Error::Kind::Server, QStringLiteral("oidc.http_status"),
                             tr("%1 answered HTTP %2 instead of the issuer's configuration.")
                                 .arg(where)
                                 .arg(response.status)));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        if (!response.bodyFile.isEmpty() || !document.isObject()) {
            done(Error::make(Error::Kind::Parse, QStringLiteral("oidc.not_json"),
                             tr("%1 is not an OpenID configuration (a JSON object).").arg(where)));
            return;
        }
        const QJsonObject configuration = document.object();
        // OpenID Connect Discovery 1.0 section 4.3: the document speaks for exactly this issuer.
        const QString named = configuration.value(QLatin1String("issuer")).toString();
        if (named != issuer) {
            done(Error::make(
                Error::Kind::Authentication, QStringLiteral("oidc.issuer"),
                tr("%1 speaks for the issuer \"%2\", not \"%3\".").arg(where, named, issuer)));
            return;
        }
        const QUrl jwksUri(configuration.value(QLatin1String("jwks_uri")).toString());
        // Keys fetched over plain http are as good as none, unless the issuer itself is http
        // (a loopback test server).
        const bool secureEnough =
            jwksUri.scheme() == QLatin1String("https") ||
            (jwksUri.scheme() == QLatin1String("http") && url.scheme() == QLatin1String("http"));
        if (!jwksUri.isValid() || jwksUri.host().isEmpty() || !secureEnough) {
            done(Error::make(Error::Kind::Parse, QStringLiteral("oidc.no_jwks_uri"),
                             tr("The OpenID configuration at %1 names no usable https "
                                "\"jwks_uri\".")
                                 .arg(where)));
            return;
        }
        fetch(http, jwksUri, context, done);
    });
}
