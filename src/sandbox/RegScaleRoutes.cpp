#include "RegScaleRoutes.h"

#include "Sandbox.h"
#include "SandboxJwt.h"
#include "SandboxRoutes.h"

#include "explorer/OrderedJson.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
struct User
{
    QLatin1String username;
    QLatin1String id;
    QLatin1String name;
    QLatin1String email;
    QLatin1String role;
    bool mfa;
    bool locked;
    bool readsLogs; // holds the role api/logging needs
};

const User Users[] = {
    {QLatin1String("analyst"), QLatin1String("6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"),
     QLatin1String("Ada Analyst"), QLatin1String("analyst@regscale.example"),
     QLatin1String("GeneralUser"), false, false, true},
    {QLatin1String("mfa-analyst"), QLatin1String("6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a02"),
     QLatin1String("Mia Factor"), QLatin1String("mfa-analyst@regscale.example"),
     QLatin1String("GeneralUser"), true, false, true},
    {QLatin1String("locked-user"), QLatin1String("6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a03"),
     QLatin1String("Lockwood User"), QLatin1String("locked-user@regscale.example"),
     QLatin1String("GeneralUser"), false, true, true},
    {QLatin1String("auditor"), QLatin1String("6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a04"),
     QLatin1String("Audrey Auditor"), QLatin1String("auditor@regscale.example"),
     QLatin1String("Auditor"), false, false, false},
};

const User *findUserById(const QString &id)
{
    for (const User &user : Users) {
        if (id.compare(user.id, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

const User *findUser(const QString &username)
{
    for (const User &user : Users) {
        if (username.compare(user.username, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

SandboxResponse message(int status, const QString &text)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("message"), text}});
}

SandboxResponse notFound()
{
    return SandboxResponse::json(
        404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
}

SandboxResponse unauthorized()
{
    // ASP.NET JwtBearer answers with no body; the challenge says what is wrong.
    return SandboxResponse::empty(401).addHeader("WWW-Authenticate",
                                                 "Bearer error=\"invalid_token\"");
}

QJsonObject asset(int id, const QString &name, const QString &type, const QString &ip)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("assetType"), type},
            {QStringLiteral("status"), QStringLiteral("Active (On Network)")},
            {QStringLiteral("ipAddress"), ip},
            {QStringLiteral("parentModule"), QStringLiteral("securityplans")},
            {QStringLiteral("parentId"), 1}};
}

QJsonObject issue(int id, const QString &title, const QString &severity, int assetId)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("severityLevel"), severity},
            {QStringLiteral("status"), QStringLiteral("Open")},
            {QStringLiteral("dueDate"), QStringLiteral("2031-01-31T00:00:00")},
            {QStringLiteral("parentModule"), QStringLiteral("assets")},
            {QStringLiteral("parentId"), assetId}};
}
// The sandbox's own OpenAPI document as RegScale's Swashbuckle serves it: only RegScale's paths,
// written from the API root ("/api/issues/{id}"), with no servers. Member order is kept, since
// the explorer builds example bodies in it.
SandboxResponse swaggerDocument()
{
    QFile file(QStringLiteral(":/sandbox/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return message(500, QStringLiteral("The OpenAPI document is missing."));
    const auto parsed = OrderedJson::parse(file.readAll());
    if (!parsed || !parsed->isMap())
        return message(500, QStringLiteral("The OpenAPI document does not parse."));
    QCborMap doc = parsed->toMap();
    const QLatin1String prefix("/regscale");
    QCborMap paths;
    const QCborMap all = doc.value(QLatin1String("paths")).toMap();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QString path = it.key().toString();
        if (path.startsWith(prefix + QLatin1Char('/')))
            paths.insert(path.mid(prefix.size()), it.value());
    }
    QCborArray tags;
    for (const QCborValue &tag : doc.value(QLatin1String("tags")).toArray())
        if (tag.toMap().value(QLatin1String("name")).toString() == QLatin1String("RegScale"))
            tags.append(tag);
    QCborMap info = doc.value(QLatin1String("info")).toMap();
    info[QLatin1String("title")] = QStringLiteral("RegScale (Tokenbench sandbox)");
    doc.remove(QLatin1String("servers"));
    doc[QLatin1String("info")] = info;
    doc[QLatin1String("tags")] = tags;
    doc[QLatin1String("paths")] = paths;
    SandboxResponse response = SandboxResponse::text(200, OrderedJson::toText(doc, 2).toUtf8());
    response.headers.clear();
    return response.addHeader("Content-Type", "application/json; charset=utf-8");
}
} // namespace

RegScaleRoutes::RegScaleRoutes(const Sandbox &sandbox)
    : m_sandbox(sandbox)
{}

QByteArray RegScaleRoutes::issueToken(const QString &username) const
{
    const User *user = findUser(username);
    if (!user)
        return {};
    QJsonObject claims{
        {QStringLiteral("sub"), user->id},
        {QStringLiteral("id"), user->id},
        {QStringLiteral("name"), user->username},
        {QStringLiteral("email"), user->email},
        {QStringLiteral("role"), user->role},
        {QStringLiteral("jti"), QString::fromLatin1(SandboxRoutes::randomHex(8))},
        {QStringLiteral("iss"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale).toString()}};
    const QJsonObject times = m_sandbox.timeClaims(Sandbox::Vendor::RegScale);
    for (auto it = times.begin(); it != times.end(); ++it)
        claims.insert(it.key(), it.value());
    if (!m_sandbox.regScaleExpClaim())
        claims.remove(QStringLiteral("exp"));
    return m_sandbox.signer(Sandbox::Vendor::RegScale).sign(claims);
}

int RegScaleRoutes::failedLogins(const QString &username) const
{
    return m_failedLogins.value(username.toLower());
}

SandboxResponse RegScaleRoutes::handle(const SandboxRequest &request, const QString &rawPath)
{
    QString path = rawPath.toLower();
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const auto onlyGet = [&request](const auto &answer) {
        if (request.method != "GET")
            return SandboxRoutes::methodNotAllowed(
                "GET", {{QStringLiteral("message"), QStringLiteral("Method not allowed.")}});
        return answer();
    };

    if (path == QLatin1String("/api/authentication/login")) {
        if (request.method != "POST")
            return SandboxRoutes::methodNotAllowed(
                "POST", {{QStringLiteral("message"), QStringLiteral("Method not allowed.")}});
        return login(request);
    }
    // Swagger is open on RegScale servers, as the login is.
    if (path == QLatin1String("/swagger/v1/swagger.json"))
        return onlyGet([] { return swaggerDocument(); });
    // Routing comes before authentication: an unknown path is 404 with or without a token.
    static const QRegularExpression issuePath(QStringLiteral("^/api/issues/(\\d+)$"));
    const QRegularExpressionMatch match = issuePath.match(path);
    // The account of a user id, as the login response gives it: what {{userId}} is for.
    static const QRegularExpression accountPath(QStringLiteral("^/api/accounts/find/([^/]+)$"));
    const QRegularExpressionMatch account = accountPath.match(path);
    static const QStringList known{QStringLiteral("/api/logging/filterlogs/0/0"),
                                   QStringLiteral("/api/config/getlicense"),
                                   QStringLiteral("/api/assets/getlist")};
    if (!known.contains(path) && !match.hasMatch() && !account.hasMatch())
        return notFound();
    const auto claims = caller(request);
    if (!claims)
        return unauthorized();

    if (account.hasMatch()) {
        return onlyGet([&account] {
            const User *user = findUserById(account.captured(1));
            if (!user)
                return message(404, QStringLiteral("No account has this id."));
            return SandboxResponse::json(
                200, QJsonObject{{QStringLiteral("id"), user->id},
                                 {QStringLiteral("userName"), user->username},
                                 {QStringLiteral("name"), user->name},
                                 {QStringLiteral("email"), user->email},
                                 {QStringLiteral("roles"), QJsonArray{user->role}}});
        });
    }

    if (path == QLatin1String("/api/logging/filterlogs/0/0")) {
        // A valid token of an account without the role: 403, with no body, as ASP.NET's
        // authorization answers.
        const User *user = findUser(claims->value(QLatin1String("name")).toString());
        if (user && !user->readsLogs)
            return SandboxResponse::empty(403);
        return onlyGet([] { return SandboxResponse::json(200, QJsonArray{}); });
    }
    if (path == QLatin1String("/api/config/getlicense")) {
        return onlyGet([] {
            return SandboxResponse::json(
                200, QJsonObject{
                         {QStringLiteral("licenseType"), QStringLiteral("Enterprise")},
                         {QStringLiteral("expirationDate"), QStringLiteral("2030-12-31T23:59:59")},
                         {QStringLiteral("companyName"), QStringLiteral("Sandbox Corp")},
                         {QStringLiteral("maxUsers"), 100}});
        });
    }
    if (path == QLatin1String("/api/assets/getlist")) {
        return onlyGet([] {
            return SandboxResponse::json(
                200, QJsonArray{
                         asset(1, QStringLiteral("sandbox-web-01"),
                               QStringLiteral("Virtual Machine (VM)"), QStringLiteral("10.0.0.10")),
                         asset(2, QStringLiteral("sandbox-db-01"),
                               QStringLiteral("Virtual Machine (VM)"), QStringLiteral("10.0.0.20")),
                         asset(3, QStringLiteral("edge-firewall"), QStringLiteral("Firewall"),
                               QStringLiteral("10.0.0.1"))});
        });
    }
    if (match.hasMatch()) {
        return onlyGet([&match] {
            const int id = match.captured(1).toInt();
            switch (id) {
            case 1:
                return SandboxResponse::json(
                    200, issue(1, QStringLiteral("TLS 1.0 enabled on web server"),
                               QStringLiteral("II - Moderate - Other Weakness"), 1));
            case 2:
                return SandboxResponse::json(
                    200, issue(2, QStringLiteral("Database backups not encrypted"),
                               QStringLiteral("I - High - Significant Deficiency"), 2));
            default:
                return message(404, QStringLiteral("Issue %1 was not found.").arg(id));
            }
        });
    }
    return notFound();
}

std::optional<QJsonObject> RegScaleRoutes::caller(const SandboxRequest &request) const
{
    const auto auth = SandboxRoutes::authorization(request);
    if (!auth || auth->scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 ||
        auth->credentials.isEmpty())
        return std::nullopt;
    if (auth->credentials == Sandbox::regScaleServiceAccountToken().toLatin1())
        return QJsonObject();
    QJsonObject claims;
    const qint64 now = m_sandbox.nowMs();
    if (m_sandbox.signer(Sandbox::Vendor::RegScale).verify(auth->credentials, now, &claims) !=
        SandboxJwt::Check::Valid)
        return std::nullopt;
    // A token without exp still ends: its lifetime counts from iat.
    if (!claims.contains(QLatin1String("exp")) &&
        now >= qint64(claims.value(QLatin1String("iat")).toDouble() * 1000) +
                   m_sandbox.realMsFor(m_sandbox.tokenLifetime(Sandbox::Vendor::RegScale)))
        return std::nullopt;
    return claims;
}

SandboxResponse RegScaleRoutes::login(const SandboxRequest &request)
{
    const bool v2 = request.header("X-Api-Version").trimmed() == "2.0";
    if (v2 && !m_sandbox.regScaleV2Supported()) {
        // What ASP.NET API Versioning answers on a server that predates version 2.0.
        return SandboxResponse::json(
            400, QJsonObject{
                     {QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), QStringLiteral("UnsupportedApiVersion")},
                                  {QStringLiteral("message"),
                                   QStringLiteral("The HTTP resource that matches the request URI "
                                                  "'%1' does not support the API version '2.0'.")
                                       .arg(QString::fromLatin1(request.target))}}}});
    }
    const auto body = SandboxRoutes::jsonObject(request.body);
    if (!body)
        return message(400, QStringLiteral("The request body must be a JSON object."));
    // "username" or the CLI's "userName": ASP.NET binds JSON properties case-insensitively.
    const QString user =
        SandboxRoutes::valueIgnoringCase(*body, QLatin1String("username")).toString();
    const QString password =
        SandboxRoutes::valueIgnoringCase(*body, QLatin1String("password")).toString();
    const QJsonValue mfaValue = SandboxRoutes::valueIgnoringCase(*body, QLatin1String("mfaToken"));
    // A code sent as a number binds to the string property too.
    const QString mfaToken =
        mfaValue.isDouble() ? QString::number(mfaValue.toInteger()) : mfaValue.toString();
    if (user.isEmpty() || password.isEmpty())
        return message(400, QStringLiteral("A username and a password are required."));

    const User *account = findUser(user);
    if (account && account->locked) {
        return message(403, QStringLiteral("This account is locked. Contact your RegScale "
                                           "administrator."));
    }
    if (!account || password != Sandbox::regScalePassword()) {
        ++m_failedLogins[user.toLower()];
        return message(400, QStringLiteral("Invalid username or password."));
    }
    if (account->mfa) {
        if (mfaToken.isEmpty())
            return message(400, QStringLiteral("An MFA code is required for this account."));
        if (mfaToken != Sandbox::regScaleMfaCode()) {
            ++m_failedLogins[user.toLower()];
            return message(400, QStringLiteral("The MFA code is invalid."));
        }
    }

    const QString token = QString::fromLatin1(issueToken(account->username));
    if (v2) {
        return SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("accessToken"),
                              QJsonObject{{QStringLiteral("id"), account->id},
                                          {QStringLiteral("authToken"), token}}}});
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("id"), account->id},
                                                  {QStringLiteral("auth_token"), token}});
}
