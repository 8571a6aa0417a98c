#include "ScantrustAuthenticator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const char *const LoginPath = "api/v2/auth/jwt/"; // the trailing slash matters to Scantrust
const char *const MePath = "api/v2/me/";
} // namespace

ScantrustAuthenticator::ScantrustAuthenticator(Method method, HttpClient *http,
                                               const Credentials &credentials, QObject *parent)
    : Authenticator(http, credentials, parent)
    , m_method(method)
{}

MethodDescriptor ScantrustAuthenticator::describe(Method method)
{
    MethodDescriptor d;
    d.vendor = QStringLiteral("scantrust");
    d.vendorName = QStringLiteral("Scantrust");
    d.vendorOrder = 1;
    d.icon = QStringLiteral(":/icons/vendor-scantrust.svg");
    d.baseUrlPlaceholder = QStringLiteral("https://api.scantrust.com/");
    d.identityPath = QLatin1String(MePath);
    d.tokenIsSecret = method == Method::Uat;
    const bool uat = method == Method::Uat;
    d.delivery = [uat](const QMap<QString, QString> &) {
        return uat ? TokenDelivery::uat() : TokenDelivery::jwt();
    };
    if (method == Method::Uat) {
        d.method = QStringLiteral("uat");
        d.methodName = tr("User Authorization Token (UAT)");
        d.fields = {
            {QStringLiteral("valid_until"), tr("Valid until"), FieldSpec::Kind::Date, true},
            {QStringLiteral("token"), tr("UAT"), FieldSpec::Kind::Secret},
        };
    } else {
        d.method = QStringLiteral("jwt");
        d.methodName = tr("E-mail and password (JWT)");
        d.fields = {
            {QStringLiteral("email"), tr("E-mail address"), FieldSpec::Kind::Text},
            {QStringLiteral("password"), tr("Password"), FieldSpec::Kind::Secret},
        };
    }
    return d;
}

bool ScantrustAuthenticator::canLogInAgain() const
{
    return m_method == Method::Jwt && !m_credentials.field(QStringLiteral("email")).isEmpty() &&
           m_credentials.hasSecret(QStringLiteral("password"));
}

std::optional<Session> ScantrustAuthenticator::sessionFromSecrets() const
{
    if (m_method != Method::Uat)
        return std::nullopt;
    const auto session = uatSession();
    return session ? std::optional<Session>(session.value()) : std::nullopt;
}

Result<Session> ScantrustAuthenticator::uatSession() const
{
    return sessionFromTokenSecret(QStringLiteral("token"), Token::Source::Pasted,
                                  QStringLiteral("valid_until"), tr("A UAT"));
}

void ScantrustAuthenticator::logIn()
{
    if (m_method == Method::Uat) {
        const auto uat = uatSession();
        if (!uat)
            return fail(uat.error());
        // The API says nothing of a UAT's expiry; asking who it belongs to proves it works.
        whoAmI(uat.value(),
               [this, session = uat.value()](const QJsonObject &) { finishLogin(session); });
        return;
    }

    Session session;
    session.baseUrl = m_credentials.baseUrl;
    const QString email = m_credentials.field(QStringLiteral("email"));
    if (email.isEmpty())
        return fail(missing(tr("An e-mail address")));
    if (!m_credentials.hasSecret(QStringLiteral("password")))
        return fail(missing(tr("A password")));
    HttpRequest request;
    request.method = "POST";
    request.url = url(QLatin1String(LoginPath));
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    request.bodyIsSecret = true; // a password, client secret or code: never to another origin
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    request.body = QJsonDocument(QJsonObject{
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("password"),
                                      m_credentials.secret(QStringLiteral("password"))},
                                 })
                       .toJson(QJsonDocument::Compact);
    send(request, false, [this, session](const Result<HttpResponse> &result) mutable {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithResponse(result.value());
        const QString token =
            QJsonDocument::fromJson(result->body).object().value(QLatin1String("token")).toString();
        if (token.isEmpty())
            return fail(noToken(result.value(), QStringLiteral("scantrust.no_token"),
                                QStringLiteral("token")));
        session.token = Token::fromRaw(token, Token::Source::Login,
                                       descriptor().deliveryFor(m_credentials.fields));
        session.facts.insert(QStringLiteral("email"), m_credentials.field(QStringLiteral("email")));
        finishLogin(session);
    });
}

void ScantrustAuthenticator::whoAmI(const Session &session,
                                    std::function<void(const QJsonObject &)> onAnswer)
{
    HttpRequest request;
    request.url = url(QLatin1String(MePath));
    request.headers = {{"Accept", "application/json"}};
    request.credential = session.credential();
    send(request, false,
         [this, onAnswer = std::move(onAnswer)](const Result<HttpResponse> &result) {
             if (!result)
                 return fail(result.error());
             if (!result->isSuccess())
                 return failWithResponse(result.value());
             onAnswer(QJsonDocument::fromJson(result->body).object());
         });
}

void ScantrustAuthenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    whoAmI(m_session, [this](const QJsonObject &me) {
        Identity identity;
        for (auto it = me.constBegin(); it != me.constEnd(); ++it) {
            if (it.value().isString() || it.value().isDouble())
                identity.facts.insert(it.key(), it.value().toVariant().toString());
            else if (it.value().isArray()) {
                QStringList items;
                const QJsonArray array = it.value().toArray();
                for (const QJsonValue &v : array)
                    items.append(v.toVariant().toString());
                identity.facts.insert(it.key(), items.join(QLatin1String(", ")));
            }
        }
        const QString name = (identity.facts.value(QStringLiteral("first_name")) +
                              QLatin1Char(' ') + identity.facts.value(QStringLiteral("last_name")))
                                 .trimmed();
        const QString email = identity.facts.value(QStringLiteral("email"));
        identity.displayName = name.isEmpty()    ? email
                               : email.isEmpty() ? name
                                                 : QStringLiteral("%1 <%2>").arg(name, email);
        Q_EMIT tested(identity);
    });
}
