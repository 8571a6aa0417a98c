#include "ScantrustRoutes.h"

#include "Sandbox.h"
#include "SandboxJwt.h"
#include "SandboxRoutes.h"

#include <QJsonArray>
#include <QUrl>

namespace {
const QString MePath = QStringLiteral("/api/v2/me/");
const QString LoginPath = QStringLiteral("/api/v2/auth/jwt/");
const QString ProductsPath = QStringLiteral("/api/v2/products/");
const QString BrandsPath = QStringLiteral("/api/v2/brands/");

constexpr int UserId = 42;

QStringList allPermissions()
{
    return {QStringLiteral("brand_create"), QStringLiteral("product_create"),
            QStringLiteral("scans_download"), QStringLiteral("scm_bulk_edit"),
            QStringLiteral("scm_code_edit")};
}

SandboxResponse detail(int status, const QString &text)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("detail"), text}});
}

SandboxResponse notAuthenticated(const QString &text)
{
    // DRF takes the challenge from the first authentication class: the JWT one.
    return detail(401, text).addHeader("WWW-Authenticate", "JWT realm=\"api\"");
}

SandboxResponse methodNotAllowed(const SandboxRequest &request, const QByteArray &allow)
{
    return SandboxRoutes::methodNotAllowed(
        allow,
        {{QStringLiteral("detail"),
          QStringLiteral("Method \"%1\" not allowed.").arg(QString::fromLatin1(request.method))}});
}

SandboxResponse forbidden()
{
    return detail(403, QStringLiteral("You do not have permission to perform this action."));
}

QJsonArray products()
{
    const auto product = [](int id, const QString &sku, const QString &name) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("sku"), sku},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("brand"), QStringLiteral("Sandbox Brand")}};
    };
    return {product(101, QStringLiteral("SBX-0001"), QStringLiteral("Sandbox Sparkling Water")),
            product(102, QStringLiteral("SBX-0002"), QStringLiteral("Sandbox Olive Oil"))};
}
} // namespace

ScantrustRoutes::ScantrustRoutes(const Sandbox &sandbox)
    : m_sandbox(sandbox)
{}

SandboxResponse ScantrustRoutes::handle(const SandboxRequest &request, const QString &path)
{
    if (m_throttle > 0) {
        --m_throttle;
        return detail(429, QStringLiteral("Request was throttled. Expected available in 1 second."))
            .addHeader("Retry-After", "1");
    }

    const QStringList known{LoginPath, MePath, ProductsPath, BrandsPath};
    if (!path.endsWith(QLatin1Char('/')) && known.contains(path + QLatin1Char('/'))) {
        // Django's APPEND_SLASH: a permanent redirect to the slashed path (a POST loses its body).
        QByteArray location = "/scantrust" + QUrl::toPercentEncoding(path + QLatin1Char('/'), "/");
        const qsizetype question = request.target.indexOf('?');
        if (question >= 0)
            location += request.target.mid(question);
        SandboxResponse r = SandboxResponse::empty(301).addHeader("Location", location);
        r.addHeader("Content-Type", "text/html; charset=utf-8");
        return r;
    }

    if (path == LoginPath) {
        if (request.method != "POST")
            return methodNotAllowed(request, "POST, OPTIONS");
        return login(request);
    }
    if (path == MePath || path == ProductsPath || path == BrandsPath) {
        SandboxResponse failure;
        const auto caller = authenticate(request, &failure);
        if (!caller)
            return failure;
        if (path == MePath) {
            if (request.method != "GET")
                return methodNotAllowed(request, "GET, HEAD, OPTIONS");
            return SandboxResponse::json(
                200, QJsonObject{{QStringLiteral("id"), UserId},
                                 {QStringLiteral("email"), Sandbox::scantrustEmail()},
                                 {QStringLiteral("first_name"), QStringLiteral("Sam")},
                                 {QStringLiteral("last_name"), QStringLiteral("Scanner")},
                                 {QStringLiteral("company"),
                                  QJsonObject{{QStringLiteral("id"), 7},
                                              {QStringLiteral("name"),
                                               QStringLiteral("Sandbox Brands Ltd.")}}},
                                 {QStringLiteral("permissions"),
                                  QJsonArray::fromStringList(caller->permissions)}});
        }
        if (path == ProductsPath) {
            if (request.method == "GET") {
                const QJsonArray list = products();
                return SandboxResponse::json(200,
                                             QJsonObject{{QStringLiteral("count"), list.size()},
                                                         {QStringLiteral("next"), QJsonValue()},
                                                         {QStringLiteral("previous"), QJsonValue()},
                                                         {QStringLiteral("results"), list}});
            }
            if (request.method != "POST")
                return methodNotAllowed(request, "GET, POST, HEAD, OPTIONS");
            if (!caller->permissions.contains(QLatin1String("product_create")))
                return forbidden();
            QJsonObject created = SandboxRoutes::jsonObject(request.body).value_or(QJsonObject{});
            created.insert(QStringLiteral("id"), 103);
            return SandboxResponse::json(201, created);
        }
        // Brands
        if (request.method != "POST")
            return methodNotAllowed(request, "POST, OPTIONS");
        if (!caller->permissions.contains(QLatin1String("brand_create")))
            return forbidden();
        QJsonObject created = SandboxRoutes::jsonObject(request.body).value_or(QJsonObject{});
        created.insert(QStringLiteral("id"), 9);
        return SandboxResponse::json(201, created);
    }
    return detail(404, QStringLiteral("Not found."));
}

std::optional<ScantrustRoutes::Caller> ScantrustRoutes::authenticate(const SandboxRequest &request,
                                                                     SandboxResponse *failure) const
{
    const auto auth = SandboxRoutes::authorization(request);
    const bool jwt = auth && auth->scheme.compare(QLatin1String("JWT"), Qt::CaseInsensitive) == 0;
    const bool uat = auth && auth->scheme.compare(QLatin1String("UAT"), Qt::CaseInsensitive) == 0;
    if (!jwt && !uat) {
        *failure =
            notAuthenticated(QStringLiteral("Authentication credentials were not provided."));
        return std::nullopt;
    }
    if (auth->credentials.isEmpty()) {
        *failure = notAuthenticated(
            QStringLiteral("Invalid Authorization header. No credentials provided."));
        return std::nullopt;
    }
    if (auth->credentials.contains(' ')) {
        *failure = notAuthenticated(QStringLiteral(
            "Invalid Authorization header. Credentials string should not contain spaces."));
        return std::nullopt;
    }
    if (uat) {
        if (auth->credentials != Sandbox::scantrustUat().toLatin1()) {
            *failure = notAuthenticated(QStringLiteral("Invalid token."));
            return std::nullopt;
        }
        return Caller{Sandbox::scantrustUatPermissions(), true};
    }
    switch (
        m_sandbox.signer(Sandbox::Vendor::Scantrust).verify(auth->credentials, m_sandbox.nowMs())) {
    case SandboxJwt::Check::Valid:
        return Caller{allPermissions(), false};
    case SandboxJwt::Check::Expired:
        *failure = notAuthenticated(QStringLiteral("Signature has expired."));
        return std::nullopt;
    case SandboxJwt::Check::NotYetValid:
    case SandboxJwt::Check::Malformed:
    case SandboxJwt::Check::BadSignature:
        break;
    }
    *failure = notAuthenticated(QStringLiteral("Error decoding signature."));
    return std::nullopt;
}

SandboxResponse ScantrustRoutes::login(const SandboxRequest &request)
{
    // DRF parses JSON and form bodies alike.
    QJsonObject body;
    const QByteArray type = request.header("Content-Type").toLower();
    if (type.startsWith("application/x-www-form-urlencoded")) {
        for (const auto &field : SandboxRoutes::formFields(request.body))
            body.insert(field.first, field.second);
    } else if (!request.body.trimmed().isEmpty()) {
        const auto json = SandboxRoutes::jsonObject(request.body);
        if (!json)
            return detail(400, QStringLiteral("JSON parse error - Expecting value: line 1 column 1 "
                                              "(char 0)"));
        body = *json;
    }

    QJsonObject errors;
    for (const QString &field : {QStringLiteral("email"), QStringLiteral("password")}) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull())
            errors.insert(field, QJsonArray{QStringLiteral("This field is required.")});
        else if (value.toString().isEmpty())
            errors.insert(field, QJsonArray{QStringLiteral("This field may not be blank.")});
    }
    if (!errors.isEmpty())
        return SandboxResponse::json(400, errors);

    const QString email = body.value(QLatin1String("email")).toString();
    const QString password = body.value(QLatin1String("password")).toString();
    if (email.compare(Sandbox::scantrustEmail(), Qt::CaseInsensitive) != 0 ||
        password != Sandbox::scantrustPassword()) {
        return SandboxResponse::json(
            400, QJsonObject{
                     {QStringLiteral("non_field_errors"),
                      QJsonArray{QStringLiteral("Unable to login with provided credentials.")}}});
    }

    // djangorestframework-jwt's payload: user_id, username, email, exp, orig_iat.
    const QJsonObject times = m_sandbox.timeClaims(Sandbox::Vendor::Scantrust);
    const QJsonObject claims{{QStringLiteral("user_id"), UserId},
                             {QStringLiteral("username"), Sandbox::scantrustEmail()},
                             {QStringLiteral("email"), Sandbox::scantrustEmail()},
                             {QStringLiteral("exp"), times.value(QLatin1String("exp"))},
                             {QStringLiteral("orig_iat"), times.value(QLatin1String("iat"))}};
    return SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("token"),
                  QString::fromLatin1(m_sandbox.signer(Sandbox::Vendor::Scantrust).sign(claims))}});
}
