#include "PasswordSafeAuthenticator.h"

#include "net/FormEncoding.h"
#include "net/HttpErrors.h"
#include "util/Clock.h"
#include "util/Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *const SignInPath = "Auth/SignAppin";
const char *const TokenPath = "Auth/Connect/Token";
const char *const SignOutPath = "Auth/Signout";
const char *const AlivePath = "Configuration/Version";
} // namespace

PasswordSafeAuthenticator::PasswordSafeAuthenticator(Method method, HttpClient *http,
                                                     const Credentials &credentials,
                                                     QObject *parent)
    : Authenticator(http, credentials, parent)
    , m_method(method)
{}

MethodDescriptor PasswordSafeAuthenticator::describe(Method method)
{
    MethodDescriptor d;
    d.vendor = QStringLiteral("passwordsafe");
    d.vendorName = QStringLiteral("Password Safe");
    d.hasSignOut = true;
    d.vendorOrder = 2;
    d.icon = QStringLiteral(":/icons/vendor-passwordsafe.svg");
    d.baseUrlPlaceholder = QStringLiteral("https://pws.example.com/BeyondTrust/api/public/v3/");
    d.identityPath = QLatin1String(AlivePath);
    // PS-Auth sessions live in the cookie; an OAuth access token is "the privileged credential
    // to use in the Authorization header" (the cookie, when set, travels beside it).
    const bool apiKey = method == Method::ApiKey;
    d.delivery = [apiKey](const QMap<QString, QString> &) {
        return apiKey ? TokenDelivery::cookie(QString::fromLatin1(SessionCookie))
                      : TokenDelivery::bearer();
    };
    if (method == Method::ApiKey) {
        d.method = QStringLiteral("apikey");
        d.methodName = tr("API key (PS-Auth)");
        d.secondFactorField = QStringLiteral("challenge");
        d.fields = {
            {QStringLiteral("runas"), tr("Run as user"), FieldSpec::Kind::Text, false,
             QStringLiteral("DOMAIN\\user")},
            {QStringLiteral("api_key"), tr("API key"), FieldSpec::Kind::Secret},
            {QStringLiteral("password"), tr("User password"), FieldSpec::Kind::Secret, true},
        };
    } else {
        d.method = QStringLiteral("oauth");
        d.methodName = tr("OAuth client credentials");
        d.fields = {
            {QStringLiteral("client_id"), tr("Client ID"), FieldSpec::Kind::Text},
            {QStringLiteral("client_secret"), tr("Client secret"), FieldSpec::Kind::Secret},
        };
    }
    return d;
}

bool PasswordSafeAuthenticator::canLogInAgain() const
{
    if (m_method == Method::OAuth)
        return !m_credentials.field(QStringLiteral("client_id")).isEmpty() &&
               m_credentials.hasSecret(QStringLiteral("client_secret"));
    return !m_credentials.field(QStringLiteral("runas")).isEmpty() &&
           m_credentials.hasSecret(QStringLiteral("api_key"));
}

QByteArray PasswordSafeAuthenticator::psAuthHeader(const QString &apiKey, const QString &runAs,
                                                   const QString &password,
                                                   const QString &challenge)
{
    // The grammar: pairs end with ';', the password always sits in square brackets, and a
    // domain\user run-as name keeps its backslash as it is.
    QByteArray value = "PS-Auth key=" + apiKey.toUtf8() + "; runas=" + runAs.toUtf8() + ';';
    if (!password.isEmpty())
        value += " pwd=[" + password.toUtf8() + "];";
    if (!challenge.isEmpty())
        value += " challenge=" + challenge.toUtf8() + ';';
    return value;
}

void PasswordSafeAuthenticator::logIn()
{
    m_pendingCookies.clear();
    m_challenge.clear();
    if (m_method == Method::ApiKey) {
        if (m_credentials.field(QStringLiteral("runas")).isEmpty())
            return fail(missing(tr("A run-as user")));
        if (!m_credentials.hasSecret(QStringLiteral("api_key")))
            return fail(missing(tr("An API key")));
    } else {
        if (m_credentials.field(QStringLiteral("client_id")).isEmpty())
            return fail(missing(tr("A client ID")));
        if (!m_credentials.hasSecret(QStringLiteral("client_secret")))
            return fail(missing(tr("A client secret")));
    }
    if (!m_session.isValid())
        return startLogIn();

    // Sign the old session out first, so that none is left open on the appliance until it idles
    // out. Whatever the answer, that session is over for us and the new sign-in goes ahead.
    sendSignOut([this](const Result<HttpResponse> &) { startLogIn(); });
}

void PasswordSafeAuthenticator::sendSignOut(std::function<void(const Result<HttpResponse> &)> then)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QLatin1String(SignOutPath));
    send(request, true, [this, then = std::move(then)](const Result<HttpResponse> &result) {
        // Whatever the server says, this session is over for us.
        m_session = Session();
        Q_EMIT sessionChanged();
        then(result);
    });
}

void PasswordSafeAuthenticator::startLogIn()
{
    if (m_method == Method::OAuth)
        return requestAccessToken();
    signAppIn(psAuthHeader(m_credentials.secret(QStringLiteral("api_key")),
                           m_credentials.field(QStringLiteral("runas")),
                           m_credentials.secret(QStringLiteral("password"))));
}

void PasswordSafeAuthenticator::requestAccessToken()
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QLatin1String(TokenPath));
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.bodyIsSecret = true; // a password, client secret or code: never to another origin
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    request.body = FormEncoding::encode(
        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
         {QStringLiteral("client_id"), m_credentials.field(QStringLiteral("client_id"))},
         {QStringLiteral("client_secret"), m_credentials.secret(QStringLiteral("client_secret"))}});
    // expires_in counts from the answer; the moment of asking errs on the safe side.
    const QDateTime askedAt = Clock::now();
    send(request, false, [this, askedAt](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithStatus(result.value(), false);
        // The document calls the body form-urlencoded and shows JSON: read it as JSON whatever
        // its Content-Type says.
        const QJsonObject json = QJsonDocument::fromJson(result->body).object();
        const QString accessToken = json.value(QLatin1String("access_token")).toString();
        if (accessToken.isEmpty())
            return fail(noToken(result.value(), QStringLiteral("passwordsafe.no_token"),
                                QStringLiteral("access_token")));
        Redactor::registerSecret(accessToken);
        // Opaque, whatever it looks like: its lifetime is expires_in.
        m_accessToken =
            Token::fromRaw(accessToken, Token::Source::Login, TokenDelivery::bearer(), askedAt);
        m_accessToken.clearExpiry();
        const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
        const qint64 seconds =
            expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble());
        if (seconds > 0)
            m_accessToken.setExpiresIn(seconds);
        signAppIn(m_accessToken.delivery().headerValue(m_accessToken.raw()).toUtf8());
    });
}

void PasswordSafeAuthenticator::provideSecondFactor(const QString &code)
{
    m_challenge = code.trimmed();
    signAppIn(psAuthHeader(m_credentials.secret(QStringLiteral("api_key")),
                           m_credentials.field(QStringLiteral("runas")),
                           m_credentials.secret(QStringLiteral("password")), m_challenge));
}

void PasswordSafeAuthenticator::signAppIn(const QByteArray &authorization)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url(QLatin1String(SignInPath));
    request.headers = {{"Accept", "application/json"}};
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    // The sign-in header is a credential too: bound to the origin like any other.
    request.credential.origin = Origin::of(request.url);
    request.credential.headers = {{"Authorization", authorization}};
    request.credential.cookies = m_pendingCookies;
    send(request, false, [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        const HttpResponse &response = result.value();
        if (response.status == 401 && !response.header("WWW-Authenticate-2FA").isEmpty() &&
            m_method == Method::ApiKey) {
            // The second round must happen in the same cookie session.
            const QNetworkCookie cookie = sessionCookie(response);
            if (!cookie.name().isEmpty())
                m_pendingCookies = {cookie};
            Q_EMIT secondFactorRequired(
                QString::fromUtf8(response.header("WWW-Authenticate-2FA")).trimmed());
            return;
        }
        if (!response.isSuccess())
            return failWithStatus(response, true);
        onSignedIn(response);
    });
}

void PasswordSafeAuthenticator::failWithStatus(const HttpResponse &response, bool signingIn)
{
    // The document's words: 403 at sign-in is the licence, elsewhere also a missing permission.
    if (response.status == 410)
        return failWithDocumentedStatus(response, tr("this API version has been disabled"));
    if (response.status == 403 && signingIn)
        return failWithDocumentedStatus(response, tr("the Password Safe licence is not valid"));
    if (response.status == 403)
        return failWithDocumentedStatus(
            response, tr("access is forbidden: the user lacks the permission, or the Password "
                         "Safe licence is not valid"));
    failWithResponse(response);
}

QNetworkCookie PasswordSafeAuthenticator::sessionCookie(const HttpResponse &response) const
{
    for (const QNetworkCookie &cookie : response.cookies)
        if (cookie.name().compare(SessionCookie, Qt::CaseInsensitive) == 0)
            return cookie;
    return m_pendingCookies.isEmpty() ? QNetworkCookie() : m_pendingCookies.first();
}

void PasswordSafeAuthenticator::onSignedIn(const HttpResponse &response)
{
    const QNetworkCookie cookie = sessionCookie(response);
    m_pendingCookies.clear();
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    if (m_method == Method::OAuth) {
        // The access token authenticates API calls; "cookies are still supported", so the
        // cookie goes along when the server set one, and a server that sets none is fine.
        session.token = std::exchange(m_accessToken, Token());
        if (!cookie.value().isEmpty()) {
            Redactor::registerSecret(QString::fromUtf8(cookie.value()));
            session.cookies = {cookie};
        }
    } else {
        if (cookie.value().isEmpty())
            return fail(Error::make(Error::Kind::Parse, QStringLiteral("passwordsafe.no_cookie"),
                                    tr("Password Safe signed in but set no session cookie.")));
        session.token = Token::fromRaw(QString::fromUtf8(cookie.value()), Token::Source::Login,
                                       TokenDelivery::cookie(QString::fromUtf8(cookie.name())));
        session.token.setIdleExpiry(IdleTimeoutSeconds);
    }
    const QJsonObject user = QJsonDocument::fromJson(response.body).object();
    for (const char *key : {"UserId", "UserName", "Name", "EmailAddress", "SID"}) {
        const QJsonValue v = user.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull())
            session.facts.insert(QLatin1String(key), v.toVariant().toString());
    }
    finishLogin(session);
}

void PasswordSafeAuthenticator::noteSessionUsed()
{
    // Only a cookie session idles out; a Bearer token lives until its expires_in.
    if (!m_session.isValid() || m_session.token.expirySource() != Token::ExpirySource::IdleTimeout)
        return;
    m_session.token.setIdleExpiry(IdleTimeoutSeconds);
    scheduleRelogin();
    Q_EMIT sessionChanged();
}

void PasswordSafeAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no session to test; sign in first.")));
    HttpRequest request;
    request.url = url(QLatin1String(AlivePath));
    request.headers = {{"Accept", "application/json"}};
    send(request, true, [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithStatus(result.value(), false);
        noteSessionUsed();
        Identity identity;
        identity.facts = m_session.facts;
        const QString version = QJsonDocument::fromJson(result->body)
                                    .object()
                                    .value(QLatin1String("Version"))
                                    .toString();
        if (!version.isEmpty())
            identity.facts.insert(QStringLiteral("serverVersion"), version);
        const QString name = m_session.facts.value(QStringLiteral("Name"));
        const QString user = m_session.facts.value(QStringLiteral("UserName"));
        identity.displayName = name.isEmpty()   ? user
                               : user.isEmpty() ? name
                                                : QStringLiteral("%1 (%2)").arg(name, user);
        Q_EMIT tested(identity);
    });
}

void PasswordSafeAuthenticator::signOut()
{
    if (!m_session.isValid()) {
        Q_EMIT signedOut();
        return;
    }
    sendSignOut([this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess() && result->status != 401)
            return failWithStatus(result.value(), false);
        Q_EMIT signedOut();
    });
}
