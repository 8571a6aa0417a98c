#include "RegScaleAuthenticator.h"

#include "net/HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const LoginPath = "api/authentication/login";
const char *const AlivePath = "api/logging/filterLogs/0/0";

bool asksForMfa(const HttpResponse &response)
{
    if (response.status != 400)
        return false;
    const QString words =
        HttpErrors::vendorMessage(response.body, response.header("Content-Type")).toLower();
    return words.contains(QLatin1String("mfa")) || words.contains(QLatin1String("two-factor")) ||
           words.contains(QLatin1String("verification code"));
}

} // namespace

RegScaleAuthenticator::RegScaleAuthenticator(Method method, HttpClient *http,
                                             const Credentials &credentials, QObject *parent)
    : Authenticator(http, credentials, parent)
    , m_method(method)
{}

MethodDescriptor RegScaleAuthenticator::describe(Method method)
{
    MethodDescriptor d;
    d.vendor = QStringLiteral("regscale");
    d.vendorName = QStringLiteral("RegScale");
    d.vendorOrder = 0;
    d.icon = QStringLiteral(":/icons/vendor-regscale.svg");
    d.baseUrlPlaceholder = QStringLiteral("https://regscale.example.com");
    // ASP.NET with Swashbuckle: Swagger UI at /swagger, the document at swagger/v1/swagger.json.
    d.apiDocumentSources = {QStringLiteral("swagger/v1/swagger.json"),
                            QStringLiteral("/swagger/v1/swagger.json")};
    d.identityPath = QLatin1String(AlivePath);
    d.parentRecordPicker = true;
    d.tokenIsSecret = method != Method::Password;
    d.delivery = [](const QMap<QString, QString> &) {
        return TokenDelivery::bearer();
    };
    switch (method) {
    case Method::Password:
        d.method = QStringLiteral("password");
        d.methodName = tr("Username and password");
        d.secondFactorField = QStringLiteral("mfa");
        d.fields = {
            {QStringLiteral("username"), tr("User name"), FieldSpec::Kind::Text},
            {QStringLiteral("password"), tr("Password"), FieldSpec::Kind::Secret},
            {QStringLiteral("mfa"), tr("MFA code"), FieldSpec::Kind::Secret, true},
        };
        break;
    case Method::Token:
        d.method = QStringLiteral("token");
        d.methodName = tr("Token from My Profile");
        d.fields = {{QStringLiteral("token"), tr("Access token"), FieldSpec::Kind::Secret}};
        break;
    case Method::ServiceAccount:
        d.method = QStringLiteral("service-account");
        d.methodName = tr("Service-account token");
        d.fields = {
            {QStringLiteral("expires"), tr("Expires on"), FieldSpec::Kind::Date, true},
            {QStringLiteral("token"), tr("Service-account token"), FieldSpec::Kind::Secret},
        };
        break;
    }
    return d;
}

bool RegScaleAuthenticator::canLogInAgain() const
{
    return m_method == Method::Password &&
           !m_credentials.field(QStringLiteral("username")).isEmpty() &&
           m_credentials.hasSecret(QStringLiteral("password")) &&
           !m_credentials.hasSecret(QStringLiteral("mfa")) && !m_asksForMfa;
}

void RegScaleAuthenticator::logIn()
{
    if (m_method != Method::Password) {
        usePastedToken();
        return;
    }
    if (m_credentials.field(QStringLiteral("username")).isEmpty())
        return fail(missing(tr("A user name")));
    if (!m_credentials.hasSecret(QStringLiteral("password")))
        return fail(missing(tr("A password")));
    m_mfaCode = m_credentials.secret(QStringLiteral("mfa"));
    logInWithPassword(true);
}

void RegScaleAuthenticator::provideSecondFactor(const QString &code)
{
    m_mfaCode = code.trimmed();
    logInWithPassword(true);
}

void RegScaleAuthenticator::logInWithPassword(bool versionTwo)
{
    QJsonObject body{
        {QStringLiteral("username"), m_credentials.field(QStringLiteral("username"))},
        {QStringLiteral("password"), m_credentials.secret(QStringLiteral("password"))},
        {QStringLiteral("oldPassword"), QString()},
    };
    if (!m_mfaCode.isEmpty())
        body.insert(QStringLiteral("mfaToken"), m_mfaCode);
    HttpRequest request;
    request.method = "POST";
    request.url = url(QLatin1String(LoginPath));
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.bodyIsSecret = true; // a password, client secret or code: never to another origin
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    if (versionTwo) {
        body.insert(QStringLiteral("appId"), 1);
        request.headers.append(qMakePair(QByteArray("X-Api-Version"), QByteArray("2.0")));
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(request, false, [this, versionTwo](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        onLoginAnswer(result.value(), versionTwo);
    });
}

void RegScaleAuthenticator::onLoginAnswer(const HttpResponse &response, bool versionTwo)
{
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    QString token;
    QString userId;
    if (response.isSuccess()) {
        // v2 wraps the answer in "accessToken"; v1 gives "id" and "auth_token" at the top.
        const QJsonObject v2 = json.value(QLatin1String("accessToken")).toObject();
        token = v2.value(QLatin1String("authToken")).toString();
        userId = v2.value(QLatin1String("id")).toString();
        if (token.isEmpty()) {
            token = json.value(QLatin1String("auth_token")).toString();
            userId = json.value(QLatin1String("id")).toString();
        }
    }
    if (token.isEmpty()) {
        if (asksForMfa(response)) {
            // Asked with no code, or the code was wrong: either way a person must answer.
            m_asksForMfa = true;
            Q_EMIT secondFactorRequired(
                HttpErrors::vendorMessage(response.body, response.header("Content-Type")));
            return;
        }
        // The official client falls back to the v1 form when the v2 request fails; an account
        // that is locked is locked in both.
        if (versionTwo && response.status != 403)
            return logInWithPassword(false);
        if (response.isSuccess()) {
            return fail(Error::make(Error::Kind::Parse, QStringLiteral("regscale.no_token"),
                                    tr("RegScale answered the login without a token.")));
        }
        return failWithResponse(response);
    }

    Session session;
    session.baseUrl = m_credentials.baseUrl;
    session.token =
        Token::fromRaw(token, Token::Source::Login, descriptor().deliveryFor(m_credentials.fields));
    if (!userId.isEmpty())
        session.facts.insert(QStringLiteral("userId"), userId);
    session.facts.insert(QStringLiteral("username"),
                         m_credentials.field(QStringLiteral("username")));
    m_mfaCode.clear();
    finishLogin(session);
}

std::optional<Session> RegScaleAuthenticator::sessionFromSecrets() const
{
    if (m_method == Method::Password)
        return std::nullopt;
    const auto session = pastedSession();
    return session ? std::optional<Session>(session.value()) : std::nullopt;
}

Result<Session> RegScaleAuthenticator::pastedSession() const
{
    return sessionFromTokenSecret(QStringLiteral("token"),
                                  m_method == Method::ServiceAccount ? Token::Source::ServiceAccount
                                                                     : Token::Source::Pasted,
                                  QStringLiteral("expires"), tr("A token"));
}

void RegScaleAuthenticator::usePastedToken()
{
    const auto pasted = pastedSession();
    if (!pasted)
        return fail(pasted.error());
    const Session session = pasted.value();
    // A pasted token is only "logged in" once RegScale accepts it.
    checkAlive(session, [this, session] { finishLogin(session); });
}

void RegScaleAuthenticator::checkAlive(const Session &session, std::function<void()> onAlive)
{
    HttpRequest request;
    request.url = url(QLatin1String(AlivePath));
    request.headers = {{"Accept", "application/json"}};
    request.credential = session.credential();
    send(request, false, [this, onAlive = std::move(onAlive)](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithResponse(result.value());
        onAlive();
    });
}

void RegScaleAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    checkAlive(m_session, [this] {
        Identity identity;
        if (m_session.token.isJwt()) {
            const QJsonObject claims = m_session.token.jwt()->payload();
            for (const char *key : {"name", "email", "sub", "id", "role"}) {
                const QJsonValue v = claims.value(QLatin1String(key));
                if (v.isString())
                    identity.facts.insert(QLatin1String(key), v.toString());
            }
        }
        const QString name = identity.facts.value(
            QStringLiteral("name"), m_session.facts.value(QStringLiteral("username")));
        identity.displayName = name.isEmpty() ? tr("a RegScale user") : name;
        Q_EMIT tested(identity);
    });
}
