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

void ScantrustAuthenticator::logIn()
{
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    if (m_method == Method::Uat) {
        const QString raw = m_credentials.secret(QStringLiteral("token")).trimmed();
        if (raw.isEmpty())
            return fail(missing(tr("A UAT")));
        session.token = Token::fromRaw(raw, Token::Source::Pasted, TokenDelivery::uat());
        const QString until = m_credentials.field(QStringLiteral("valid_until"));
        if (!until.isEmpty()) {
            QDateTime when = QDateTime::fromString(until, Qt::ISODate);
            if (!when.isValid())
                return fail(
                    Error::make(Error::Kind::InvalidInput, QStringLiteral("auth.bad_date"),
                                tr("\"%1\" is not a date; write it as 2026-12-31.").arg(until)));
            if (until.size() == 10)
                when = QDateTime(when.date(), QTime(23, 59, 59), Qt::LocalTime);
            session.token.setStatedExpiry(when);
        }
        // The API says nothing of a UAT's expiry; asking who it belongs to proves it works.
        whoAmI(session, [this, session](const QJsonObject &) { finishLogin(session); });
        return;
    }

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
            return fail(Error::make(Error::Kind::Parse, QStringLiteral("scantrust.no_token"),
                                    tr("Scantrust answered the login without a token.")));
        session.token = Token::fromRaw(token, Token::Source::Login, TokenDelivery::jwt());
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
