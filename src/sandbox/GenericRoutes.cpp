#include "GenericRoutes.h"

#include "Sandbox.h"
#include "SandboxJwt.h"
#include "SandboxRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace {
SandboxResponse detail(int status, const QString &text)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("detail"), text}});
}

SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(status,
                                 QJsonObject{{QStringLiteral("error"), error},
                                             {QStringLiteral("error_description"), description}})
        .addHeader("Cache-Control", "no-store")
        .addHeader("Pragma", "no-cache");
}

SandboxResponse unauthorized(const QByteArray &challenge, const QString &error,
                             const QString &description)
{
    return SandboxResponse::json(401,
                                 QJsonObject{{QStringLiteral("error"), error},
                                             {QStringLiteral("error_description"), description}})
        .addHeader("WWW-Authenticate", challenge);
}

SandboxResponse authenticated(const QString &who, const QString &via, const QString &scheme)
{
    QJsonObject body{{QStringLiteral("authenticated_as"), who}, {QStringLiteral("via"), via}};
    if (!scheme.isEmpty())
        body.insert(QStringLiteral("scheme"), scheme);
    return SandboxResponse::json(200, body);
}

// RFC 6749 2.3.1: the client id and secret are form-encoded before they go into Basic.
QString formDecoded(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(text.toUtf8());
}
} // namespace

GenericRoutes::GenericRoutes(const Sandbox &sandbox)
    : m_sandbox(sandbox)
{}

SandboxResponse GenericRoutes::handle(const SandboxRequest &request, const QString &path)
{
    if (path == QLatin1String("/oauth/token")) {
        if (request.method != "POST")
            return SandboxRoutes::methodNotAllowed(
                "POST", {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("The token endpoint accepts POST only.")}});
        return token(request);
    }
    if (path == QLatin1String("/api/whoami")) {
        if (request.method != "GET")
            return SandboxRoutes::methodNotAllowed(
                "GET", {{QStringLiteral("detail"), QStringLiteral("Method not allowed.")}});
        return whoami(request);
    }
    if (path == QLatin1String("/api/echo")) {
        static const QList<QByteArray> methods{"GET", "POST", "PUT", "PATCH", "DELETE"};
        if (!methods.contains(request.method))
            return SandboxRoutes::methodNotAllowed(
                "GET, POST, PUT, PATCH, DELETE",
                {{QStringLiteral("detail"), QStringLiteral("Method not allowed.")}});
        return echo(request);
    }
    if (path == QLatin1String("/redirect"))
        return redirect(request);
    if (path == QLatin1String("/api/large"))
        return large(request);
    return detail(404, QStringLiteral("Not found."));
}

SandboxResponse GenericRoutes::token(const SandboxRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The request body must be "
                                         "application/x-www-form-urlencoded."));
    }
    QHash<QString, QString> fields;
    for (const auto &field : SandboxRoutes::formFields(request.body)) {
        if (fields.contains(field.first)) {
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The parameter %1 is repeated.").arg(field.first));
        }
        fields.insert(field.first, field.second);
    }
    if (!fields.contains(QStringLiteral("grant_type"))) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The grant_type parameter is missing."));
    }

    const auto auth = SandboxRoutes::authorization(request);
    const bool basic =
        auth && auth->scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0;
    const bool bodyId = fields.contains(QStringLiteral("client_id"));
    const bool bodySecret = fields.contains(QStringLiteral("client_secret"));
    QString clientId;
    QString clientSecret;
    if (basic) {
        const auto credentials = SandboxRoutes::basicCredentials(auth->credentials);
        if (credentials) {
            clientId = formDecoded(credentials->first);
            clientSecret = formDecoded(credentials->second);
        }
        // RFC 6749 2.3: one authentication method per request.
        if (bodySecret || (bodyId && fields.value(QStringLiteral("client_id")) != clientId)) {
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The client used more than one authentication "
                                             "method."));
        }
    } else if (bodyId || bodySecret) {
        clientId = fields.value(QStringLiteral("client_id"));
        clientSecret = fields.value(QStringLiteral("client_secret"));
    }
    if (clientId != Sandbox::genericClientId() || clientSecret != Sandbox::genericClientSecret()) {
        SandboxResponse r = oauthError(401, QStringLiteral("invalid_client"),
                                       basic || bodyId ? QStringLiteral("Client authentication "
                                                                        "failed.")
                                                       : QStringLiteral("Client authentication is "
                                                                        "required."));
        if (basic)
            r.addHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
        return r;
    }
    if (fields.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only the client_credentials grant is supported."));
    }

    QStringList scopes;
    for (const QString &scope :
         fields.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (scope != QLatin1String("read") && scope != QLatin1String("write")) {
            return oauthError(
                400, QStringLiteral("invalid_scope"),
                QStringLiteral("Unknown scope %1; the scopes are read and write.").arg(scope));
        }
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (scopes.isEmpty())
        scopes.append(QStringLiteral("read"));
    const QString scope = scopes.join(QLatin1Char(' '));

    const QString issuer = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString();
    QJsonObject claims{{QStringLiteral("iss"), issuer},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("aud"),
                        fields.value(QStringLiteral("audience"), issuer + QStringLiteral("/api"))},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("jti"), QString::fromLatin1(SandboxRoutes::randomHex(8))}};
    const QJsonObject times = m_sandbox.timeClaims(Sandbox::Vendor::Generic);
    for (auto it = times.begin(); it != times.end(); ++it)
        claims.insert(it.key(), it.value());
    const QByteArray jwt = m_sandbox.signer(Sandbox::Vendor::Generic).sign(claims);
    return SandboxResponse::json(
               200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(jwt)},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("expires_in"),
                                 m_sandbox.expiresIn(Sandbox::Vendor::Generic)},
                                {QStringLiteral("scope"), scope}})
        .addHeader("Cache-Control", "no-store")
        .addHeader("Pragma", "no-cache");
}

SandboxResponse GenericRoutes::whoami(const SandboxRequest &request) const
{
    const QByteArray bearerChallenge = "Bearer realm=\"sandbox\"";
    const auto auth = SandboxRoutes::authorization(request);
    if (!auth) {
        const QByteArray key = request.header("X-Api-Key");
        if (request.hasHeader("X-Api-Key")) {
            if (key == Sandbox::genericApiKey().toLatin1())
                return authenticated(QStringLiteral("sandbox-api-key"), QStringLiteral("api-key"),
                                     {});
            return unauthorized("ApiKey realm=\"sandbox\"", QStringLiteral("invalid_api_key"),
                                QStringLiteral("The API key is not valid."));
        }
        return unauthorized(bearerChallenge, QStringLiteral("unauthorized"),
                            QStringLiteral("Authentication is required."));
    }

    const QString &scheme = auth->scheme;
    const QByteArray staticToken = Sandbox::genericStaticToken().toLatin1();
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
        if (auth->credentials == staticToken)
            return authenticated(QStringLiteral("static-token"), QStringLiteral("bearer"),
                                 QStringLiteral("Bearer"));
        QJsonObject claims;
        switch (m_sandbox.signer(Sandbox::Vendor::Generic)
                    .verify(auth->credentials, m_sandbox.nowMs(), &claims)) {
        case SandboxJwt::Check::Valid:
            return authenticated(claims.value(QLatin1String("sub")).toString(),
                                 QStringLiteral("bearer"), QStringLiteral("Bearer"));
        case SandboxJwt::Check::Expired:
            return unauthorized(
                bearerChallenge + ", error=\"invalid_token\", error_description=\"The access "
                                  "token expired\"",
                QStringLiteral("invalid_token"), QStringLiteral("The access token expired."));
        case SandboxJwt::Check::NotYetValid:
        case SandboxJwt::Check::Malformed:
        case SandboxJwt::Check::BadSignature:
            break;
        }
        return unauthorized(bearerChallenge + ", error=\"invalid_token\"",
                            QStringLiteral("invalid_token"),
                            QStringLiteral("The access token is not valid."));
    }
    if (scheme.compare(QLatin1String("Token"), Qt::CaseInsensitive) == 0) {
        if (auth->credentials == staticToken)
            return authenticated(QStringLiteral("static-token"), QStringLiteral("bearer"),
                                 QStringLiteral("Token"));
        return unauthorized("Token realm=\"sandbox\"", QStringLiteral("invalid_token"),
                            QStringLiteral("The token is not valid."));
    }
    if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
        const auto credentials = SandboxRoutes::basicCredentials(auth->credentials);
        if (credentials && credentials->first == Sandbox::genericUsername() &&
            credentials->second == Sandbox::genericPassword())
            return authenticated(credentials->first, QStringLiteral("basic"),
                                 QStringLiteral("Basic"));
        return unauthorized("Basic realm=\"sandbox\"", QStringLiteral("unauthorized"),
                            QStringLiteral("The user name or password is wrong."));
    }
    return unauthorized(bearerChallenge, QStringLiteral("unauthorized"),
                        QStringLiteral("Unsupported authorization scheme."));
}

SandboxResponse GenericRoutes::echo(const SandboxRequest &request)
{
    QJsonObject query;
    for (const auto &item : request.query.queryItems(QUrl::FullyDecoded)) {
        const QJsonValue previous = query.value(item.first);
        if (previous.isUndefined()) {
            query.insert(item.first, item.second);
        } else {
            QJsonArray values = previous.isArray() ? previous.toArray() : QJsonArray{previous};
            values.append(item.second);
            query.insert(item.first, values);
        }
    }
    QJsonArray headers;
    for (const auto &header : request.headers) {
        headers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.first)},
                                   {QStringLiteral("value"), QString::fromUtf8(header.second)}});
    }
    QJsonObject body{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("path"), request.path},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("headers"), headers},
                     {QStringLiteral("body"), QString::fromUtf8(request.body)}};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError)
        body.insert(QStringLiteral("json"),
                    json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
    return SandboxResponse::json(200, body);
}

SandboxResponse GenericRoutes::large(const SandboxRequest &request)
{
    // An API list response of about `mb` megabytes (at most 512): objects with strings, numbers
    // and nesting, as a large export or search result looks. No authentication, so benchmarks
    // and curl can fetch it as they are.
    bool ok = false;
    const int mb = request.query.queryItemValue(QStringLiteral("mb")).toInt(&ok);
    if (!ok || mb < 1 || mb > 512)
        return detail(400, QStringLiteral("Give mb from 1 to 512."));
    const qint64 target = qint64(mb) * 1024 * 1024;
    QByteArray body;
    body.reserve(target + 1024);
    body += "{\"page\":1,\"items\":[";
    for (qint64 i = 0; body.size() < target; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":" + QByteArray::number(i) + ",\"uuid\":\"6f1c2a7e-3b5d-4c8e-9a10-" +
                QByteArray::number(100000000000 + i) + "\",\"title\":\"Finding " +
                QByteArray::number(i) +
                ": TLS 1.0 enabled on web server\",\"severity\":\"moderate\",\"score\":" +
                QByteArray::number(double(i % 1000) / 100.0) +
                ",\"open\":" + (i % 3 ? "true" : "false") +
                ",\"tags\":[\"network\",\"tls\"],\"asset\":{\"id\":" + QByteArray::number(i % 97) +
                ",\"name\":\"sandbox-web-" + QByteArray::number(i % 97) + "\",\"ip\":\"10.0.0." +
                QByteArray::number(i % 250) + "\"},\"note\":null}";
    }
    body += "]}";
    SandboxResponse response;
    response.status = 200;
    response.body = std::move(body);
    response.addHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

SandboxResponse GenericRoutes::redirect(const SandboxRequest &request)
{
    const QUrl to(request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
                  QUrl::StrictMode);
    if (!to.isValid() || to.isRelative() || to.host().isEmpty())
        return detail(400, QStringLiteral("The to parameter must be an absolute URL."));
    const QString statusText = request.query.queryItemValue(QStringLiteral("status"));
    bool ok = true;
    const int status = statusText.isEmpty() ? 302 : statusText.toInt(&ok);
    if (!ok || status < 300 || status > 308 || status == 304 || status == 306)
        return detail(400, QStringLiteral("The status must be a redirect: 300-303, 305, 307 or "
                                          "308."));
    return SandboxResponse::empty(status).addHeader("Location", to.toEncoded());
}
