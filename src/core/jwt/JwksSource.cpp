#include "JwksSource.h"

#include "auth/oauth/OAuthMetadata.h"
#include "net/HttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
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
    QPointer<QObject> guard(context);
    auto send = [http, guard](const HttpRequest &request,
                              std::function<void(const Result<HttpResponse> &)> answer) {
        if (!guard)
            return;
        HttpCall *call = http->send(request);
        QObject::connect(call, &HttpCall::finished, guard,
                         [call, answer] { answer(call->result()); });
    };
    OAuthMetadata::discover(
        send, issuer, [http, guard, done](const Result<OAuthMetadata> &metadata) {
            if (!guard)
                return;
            if (!metadata)
                return done(metadata.error());
            if (metadata->jwksUri.isEmpty())
                return done(Error::make(Error::Kind::Parse, QStringLiteral("oidc.no_jwks_uri"),
                                        tr("The metadata at %1 names no \"jwks_uri\".")
                                            .arg(metadata->source.toDisplayString())));
            fetch(http, metadata->jwksUri, guard, done);
        });
}
