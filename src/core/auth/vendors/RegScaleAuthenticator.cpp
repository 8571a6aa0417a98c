#include "RegScaleAuthenticator.h"

#include "net/HttpErrors.h"
#include "util/Clock.h"

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

// The server did not understand this form of the login, as opposed to refusing what it carried:
// no such route or method (an older or newer RegScale), a media type it does not take, or a 400
// that names the API version (ASP.NET API Versioning's "UnsupportedApiVersion" and kin) or only
// fields other than the credentials (ASP.NET model validation of appId). Any other 400 may be a
// refused credential, and every refused attempt counts toward the account's lockout: it is
// never sent again in the other form.
bool formNotUnderstood(const HttpResponse &response)
{
    if (response.status == 404 || response.status == 405 || response.status == 415)
        return true;
    if (response.status != 400)
        return false;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString words = QString::fromUtf8(response.body).toLower();
    if (code.contains(QLatin1String("ApiVersion"), Qt::CaseInsensitive) ||
        words.contains(QLatin1String("api version")) ||
        words.contains(QLatin1String("api-version")))
        return true;
    const QJsonObject invalid = json.value(QLatin1String("errors")).toObject();
    if (invalid.isEmpty())
        return false;
    for (auto it = invalid.constBegin(); it != invalid.constEnd(); ++it) {
        const QString field = it.key().toLower();
        if (field.contains(QLatin1String("user")) || field.contains(QLatin1String("password")) ||
            field.contains(QLatin1String("mfa")) || field.isEmpty() || field == QLatin1String("$"))
            return false;
    }
    return true;
}

} // namespace

QString RegScaleAuthenticator::formKey(LoginForm form)
{
    return form == LoginForm::V1 ? QStringLiteral("v1") : QStringLiteral("v2");
}

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
        d.learnedFields = {QStringLiteral("login_form")};
        d.fields = {
            {QStringLiteral("username"), tr("User name"), FieldSpec::Kind::Text},
            {QStringLiteral("password"), tr("Password"), FieldSpec::Kind::Secret},
            {QStringLiteral("mfa"), tr("MFA code"), FieldSpec::Kind::Secret, true},
        };
        break;
    case Method::Token:
        d.method = QStringLiteral("token");
        d.methodName = tr("Token from My Profile");
        d.fields = {
            {QStringLiteral("expires"), tr("Expires on"), FieldSpec::Kind::Date, true},
            {QStringLiteral("token"), tr("Access token"), FieldSpec::Kind::Secret},
        };
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
    m_triedOtherForm = false;
    // What worked here before, else what worked in an earlier run, else the newer form.
    const bool v1 =
        m_workingForm ? *m_workingForm == LoginForm::V1
                      : m_credentials.field(QStringLiteral("login_form")) == formKey(LoginForm::V1);
    logInWithPassword(v1 ? LoginForm::V1 : LoginForm::V2);
}

void RegScaleAuthenticator::provideSecondFactor(const QString &code)
{
    m_mfaCode = code.trimmed();
    // The form that asked for the code.
    logInWithPassword(m_form);
}

void RegScaleAuthenticator::logInWithPassword(LoginForm form)
{
    m_form = form;
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
    if (form == LoginForm::V2) {
        body.insert(QStringLiteral("appId"), 1);
        request.headers.append(qMakePair(QByteArray("X-Api-Version"), QByteArray("2.0")));
    }
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    send(request, false, [this, form](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        onLoginAnswer(result.value(), form);
    });
}

void RegScaleAuthenticator::onLoginAnswer(const HttpResponse &response, LoginForm form)
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
        // The other form only when this one was not understood, and once per login.
        if (!m_triedOtherForm && formNotUnderstood(response)) {
            m_triedOtherForm = true;
            return logInWithPassword(form == LoginForm::V2 ? LoginForm::V1 : LoginForm::V2);
        }
        if (response.isSuccess()) {
            return fail(noToken(response, QStringLiteral("regscale.no_token"),
                                QStringLiteral("accessToken")));
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
    m_workingForm = form;
    session.facts.insert(QStringLiteral("login_form"), formKey(form));
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
    const QString raw = m_credentials.secret(QStringLiteral("token")).trimmed();
    // The moment of pasting: the same token logged in again keeps it.
    const QDateTime pastedAt = !raw.isEmpty() && m_session.token.raw() == raw
                                   ? m_session.token.obtainedAt()
                                   : Clock::now();
    Result<Session> session = sessionFromTokenSecret(
        QStringLiteral("token"),
        m_method == Method::ServiceAccount ? Token::Source::ServiceAccount : Token::Source::Pasted,
        QStringLiteral("expires"), tr("A token"), pastedAt);
    if (session && session->token.expirySource() == Token::ExpirySource::Unknown &&
        m_method == Method::Token) {
        // "the token may be used for up to 24 hours before timing out"
        session.value().token.setDocumentedLifetime(ProfileTokenSeconds);
    }
    return session;
}

void RegScaleAuthenticator::usePastedToken()
{
    const auto pasted = pastedSession();
    if (!pasted)
        return fail(pasted.error());
    const Session session = pasted.value();
    // A pasted token is only "logged in" once RegScale accepts it.
    checkAlive(session, [this, session](const QString &) { finishLogin(session); });
}

void RegScaleAuthenticator::checkAlive(const Session &session,
                                       std::function<void(const QString &missingRole)> onAlive)
{
    HttpRequest request;
    request.url = url(QLatin1String(AlivePath));
    request.headers = {{"Accept", "application/json"}};
    request.credential = session.credential();
    send(request, false, [this, onAlive = std::move(onAlive)](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        // 401 is an invalid or expired token; 403 a valid one whose account lacks this
        // endpoint's role (the API reference: "401 (unauthenticated) or 403 (unauthorized)").
        if (result->status == 403) {
            QString missingRole = tr("The account lacks the role that GET %1 needs (HTTP 403).")
                                      .arg(QLatin1String(AlivePath));
            const QString words =
                HttpErrors::vendorMessage(result->body, result->header("Content-Type"));
            if (!words.isEmpty())
                missingRole += QLatin1Char(' ') + tr("The server said: %1").arg(words);
            return onAlive(missingRole);
        }
        if (!result->isSuccess())
            return failWithResponse(result.value());
        onAlive(QString());
    });
}

void RegScaleAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    checkAlive(m_session, [this](const QString &missingRole) {
        Identity identity;
        if (m_session.token.isJwt()) {
            const QJsonObject claims = m_session.token.jwt()->payload();
            for (const char *key : {"name", "email", "sub", "id", "role"}) {
                const QJsonValue v = claims.value(QLatin1String(key));
                if (v.isString())
                    identity.facts.insert(QLatin1String(key), v.toString());
            }
        }
        if (!missingRole.isEmpty())
            identity.facts.insert(QStringLiteral("missing_permission"), missingRole);
        const QString name = identity.facts.value(
            QStringLiteral("name"), m_session.facts.value(QStringLiteral("username")));
        identity.displayName = name.isEmpty() ? tr("a RegScale user") : name;
        Q_EMIT tested(identity);
    });
}
