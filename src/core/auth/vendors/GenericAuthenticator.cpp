#include "GenericAuthenticator.h"

#include "net/FormEncoding.h"
#include "net/HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

TokenDelivery deliveryOf(GenericAuthenticator::Method method, const QMap<QString, QString> &fields)
{
    if (method == GenericAuthenticator::Method::Basic)
        return TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Basic"));
    if (method == GenericAuthenticator::Method::OAuth2)
        return TokenDelivery::bearer();
    const QString header = fields.value(QStringLiteral("header")).trimmed();
    const bool authorization = header.isEmpty() || header.compare(QLatin1String("Authorization"),
                                                                  Qt::CaseInsensitive) == 0;
    // A scheme word belongs in Authorization; an API-key header carries the bare key.
    const QString prefix = fields.contains(QStringLiteral("prefix"))
                               ? fields.value(QStringLiteral("prefix")).trimmed()
                           : authorization ? QStringLiteral("Bearer")
                                           : QString();
    return TokenDelivery::custom(authorization ? QStringLiteral("Authorization") : header, prefix);
}

} // namespace

GenericAuthenticator::GenericAuthenticator(Method method, HttpClient *http,
                                           const Credentials &credentials, QObject *parent)
    : Authenticator(http, credentials, parent)
    , m_method(method)
{}

MethodDescriptor GenericAuthenticator::describe(Method method)
{
    MethodDescriptor d;
    d.vendor = QStringLiteral("generic");
    d.vendorName = tr("Generic API");
    d.vendorOrder = 3;
    d.icon = QStringLiteral(":/icons/vendor-generic.svg");
    d.baseUrlPlaceholder = QStringLiteral("https://api.example.com");
    d.tokenIsSecret = method == Method::Bearer;
    d.delivery = [method](const QMap<QString, QString> &fields) {
        return deliveryOf(method, fields);
    };
    const FieldSpec testPath{QStringLiteral("test_path"), tr("\"Who am I\" path"),
                             FieldSpec::Kind::Text, true, QStringLiteral("api/me")};
    switch (method) {
    case Method::Bearer:
        d.method = QStringLiteral("bearer");
        d.methodName = tr("Static token");
        d.fields = {
            {QStringLiteral("header"),
             tr("Header name"),
             FieldSpec::Kind::Text,
             true,
             QStringLiteral("Authorization"),
             {},
             QStringLiteral("Authorization")},
            {QStringLiteral("prefix"),
             tr("Scheme"),
             FieldSpec::Kind::Text,
             true,
             QStringLiteral("Bearer"),
             {},
             QStringLiteral("Bearer")},
            testPath,
            {QStringLiteral("token"), tr("Token"), FieldSpec::Kind::Secret},
        };
        break;
    case Method::Basic:
        d.method = QStringLiteral("basic");
        d.methodName = tr("HTTP Basic");
        d.fields = {
            {QStringLiteral("username"), tr("User name"), FieldSpec::Kind::Text},
            testPath,
            {QStringLiteral("password"), tr("Password"), FieldSpec::Kind::Secret},
        };
        break;
    case Method::OAuth2:
        d.method = QStringLiteral("oauth2");
        d.methodName = tr("OAuth 2.0 client credentials");
        d.fields = {
            {QStringLiteral("token_url"), tr("Token URL"), FieldSpec::Kind::Url},
            {QStringLiteral("client_id"), tr("Client ID"), FieldSpec::Kind::Text},
            {QStringLiteral("scope"), tr("Scope"), FieldSpec::Kind::Text, true},
            {QStringLiteral("audience"), tr("Audience"), FieldSpec::Kind::Text, true},
            {QStringLiteral("client_auth"),
             tr("Client authentication"),
             FieldSpec::Kind::Choice,
             true,
             {},
             {QStringLiteral("basic"), QStringLiteral("body")},
             QStringLiteral("basic")},
            testPath,
            {QStringLiteral("client_secret"), tr("Client secret"), FieldSpec::Kind::Secret},
        };
        break;
    }
    return d;
}

bool GenericAuthenticator::canLogInAgain() const
{
    switch (m_method) {
    case Method::OAuth2:
        return !m_credentials.field(QStringLiteral("client_id")).isEmpty() &&
               m_credentials.hasSecret(QStringLiteral("client_secret"));
    case Method::Basic:
        return m_credentials.hasSecret(QStringLiteral("password"));
    case Method::Bearer:
        break;
    }
    return m_credentials.hasSecret(QStringLiteral("token"));
}

std::optional<Session> GenericAuthenticator::sessionFromSecrets() const
{
    if (m_method != Method::Bearer)
        return std::nullopt;
    const auto bearer =
        sessionFromTokenSecret(QStringLiteral("token"), Token::Source::Pasted, {}, tr("A token"));
    return bearer ? std::optional<Session>(bearer.value()) : std::nullopt;
}

void GenericAuthenticator::logIn()
{
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    switch (m_method) {
    case Method::Bearer: {
        const auto bearer = sessionFromTokenSecret(QStringLiteral("token"), Token::Source::Pasted,
                                                   {}, tr("A token"));
        if (!bearer)
            return fail(bearer.error());
        finishLogin(bearer.value());
        return;
    }
    case Method::Basic: {
        const QString user = m_credentials.field(QStringLiteral("username"));
        if (user.isEmpty())
            return fail(missing(tr("A user name")));
        if (user.contains(QLatin1Char(':')))
            return fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("basic.colon"),
                                    tr("HTTP Basic cannot carry a user name with a colon.")));
        const QByteArray pair =
            user.toUtf8() + ':' + m_credentials.secret(QStringLiteral("password")).toUtf8();
        session.token = Token::fromRaw(QString::fromLatin1(pair.toBase64()), Token::Source::Pasted,
                                       descriptor().deliveryFor(m_credentials.fields));
        session.facts.insert(QStringLiteral("username"), user);
        finishLogin(session);
        return;
    }
    case Method::OAuth2:
        requestToken();
        return;
    }
}

void GenericAuthenticator::requestToken()
{
    const QUrl tokenUrl = QUrl(m_credentials.field(QStringLiteral("token_url")));
    if (!tokenUrl.isValid() || tokenUrl.isRelative())
        return fail(missing(tr("A token URL")));
    const QString clientId = m_credentials.field(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return fail(missing(tr("A client ID")));
    const QString secret = m_credentials.secret(QStringLiteral("client_secret"));
    if (secret.isEmpty())
        return fail(missing(tr("A client secret")));

    QList<QPair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    for (const char *key : {"scope", "audience"}) {
        const QString value = m_credentials.field(QLatin1String(key)).trimmed();
        if (!value.isEmpty())
            form.append({QLatin1String(key), value});
    }
    HttpRequest request;
    request.method = "POST";
    request.url = tokenUrl;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.bodyIsSecret = true; // a password, client secret or code: never to another origin
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    const bool inBody = m_credentials.field(QStringLiteral("client_auth")) == QLatin1String("body");
    if (inBody) {
        form.append({QStringLiteral("client_id"), clientId});
        form.append({QStringLiteral("client_secret"), secret});
    } else {
        // RFC 6749 section 2.3.1: both parts form-encoded before they are joined.
        request.credential.origin = Origin::of(tokenUrl);
        request.credential.headers = {
            {"Authorization",
             "Basic " + (FormEncoding::component(clientId) + ':' + FormEncoding::component(secret))
                            .toBase64()}};
    }
    request.body = FormEncoding::encode(form);

    send(request, false, [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithResponse(result.value());
        const QJsonObject json = QJsonDocument::fromJson(result->body).object();
        const QString accessToken = json.value(QLatin1String("access_token")).toString();
        if (accessToken.isEmpty())
            return fail(noToken(result.value(), QStringLiteral("oauth2.no_token"),
                                QStringLiteral("access_token")));
        Session session;
        session.baseUrl = m_credentials.baseUrl;
        QString type = json.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
        if (type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0)
            type = QStringLiteral("Bearer");
        session.token =
            Token::fromRaw(accessToken, Token::Source::Login,
                           TokenDelivery::custom(QStringLiteral("Authorization"), type));
        const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
        if (expiresIn.isDouble() || expiresIn.isString()) {
            const qint64 seconds = expiresIn.isDouble() ? qint64(expiresIn.toDouble())
                                                        : expiresIn.toString().toLongLong();
            if (seconds > 0)
                session.token.setExpiresIn(seconds);
        }
        const QString scope = json.value(QLatin1String("scope")).toString();
        if (!scope.isEmpty())
            session.facts.insert(QStringLiteral("scope"), scope);
        finishLogin(session);
    });
}

void GenericAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    const QString path = m_credentials.field(QStringLiteral("test_path")).trimmed();
    if (path.isEmpty())
        return fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("generic.no_test_path"),
                                tr("Name a \"who am I\" path in the profile to test this token.")));
    HttpRequest request;
    request.url = url(path);
    request.headers = {{"Accept", "application/json"}};
    send(request, true, [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithResponse(result.value());
        Identity identity;
        const QJsonObject json = QJsonDocument::fromJson(result->body).object();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            if (it.value().isString() || it.value().isDouble() || it.value().isBool())
                identity.facts.insert(it.key(), it.value().toVariant().toString());
        for (const char *key : {"name", "authenticated_as", "username", "email", "sub", "id"}) {
            if (identity.facts.contains(QLatin1String(key))) {
                identity.displayName = identity.facts.value(QLatin1String(key));
                break;
            }
        }
        if (identity.displayName.isEmpty())
            identity.displayName = tr("accepted (HTTP %1)").arg(result->status);
        Q_EMIT tested(identity);
    });
}
