#include "PasswordSafeRoutes.h"

#include "Sandbox.h"
#include "SandboxRoutes.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace {
struct User
{
    QString runAs;
    std::optional<QString> password; // required by the API registration when set
    bool twoFactor;
    int userId;
    QString sid;
    QString email;
    QString name;
};

const QString SidPrefix = QStringLiteral("S-1-5-21-1004336348-1177238915-682003330-");

// The users the demo API key is granted to, and (last) the OAuth application user.
const QList<User> &users()
{
    static const QList<User> list{
        {Sandbox::passwordSafeRunAs(), std::nullopt, false, 12, SidPrefix + QStringLiteral("1112"),
         QStringLiteral("analyst@demo.example"), QStringLiteral("Demo Analyst")},
        {Sandbox::passwordSafeAdminRunAs(), Sandbox::passwordSafeAdminPassword(), false, 2,
         SidPrefix + QStringLiteral("500"), QStringLiteral("ps-admin@demo.example"),
         QStringLiteral("Password Safe Administrator")},
        {Sandbox::passwordSafeMfaRunAs(), std::nullopt, true, 13,
         SidPrefix + QStringLiteral("1113"), QStringLiteral("mfa-analyst@demo.example"),
         QStringLiteral("Mia Factor")},
        {QStringLiteral("sandbox-app"), std::nullopt, false, 30, SidPrefix + QStringLiteral("1130"),
         QString(), QStringLiteral("Sandbox Application")},
    };
    return list;
}
constexpr int ApplicationUser = 3;

SandboxResponse unauthorized(const QString &text)
{
    return SandboxResponse::jsonString(401, text);
}

SandboxResponse oauthError(int status, const QString &error)
{
    return SandboxResponse::json(status, QJsonObject{{QStringLiteral("error"), error}})
        .addHeader("Cache-Control", "no-store");
}

QJsonArray managedAccounts()
{
    const auto account = [](int id, int systemId, const QString &system, const QString &name) {
        return QJsonObject{
            {QStringLiteral("PlatformID"), 4},
            {QStringLiteral("SystemId"), systemId},
            {QStringLiteral("SystemName"), system},
            {QStringLiteral("DomainName"), QJsonValue()},
            {QStringLiteral("AccountId"), id},
            {QStringLiteral("AccountName"), name},
            {QStringLiteral("InstanceName"), QString()},
            {QStringLiteral("DefaultReleaseDuration"), 120},
            {QStringLiteral("MaximumReleaseDuration"), 525600},
            {QStringLiteral("LastChangeDate"), QStringLiteral("2024-05-01T10:00:00")},
            {QStringLiteral("NextChangeDate"), QJsonValue()},
            {QStringLiteral("IsChanging"), false},
            {QStringLiteral("ChangeState"), 0}};
    };
    return {account(11, 1, QStringLiteral("sandbox-db-01"), QStringLiteral("sa")),
            account(12, 2, QStringLiteral("sandbox-web-01"), QStringLiteral("root"))};
}

QJsonArray managedSystems()
{
    const auto system = [](int id, const QString &name, int platform, int port) {
        return QJsonObject{{QStringLiteral("ManagedSystemID"), id},
                           {QStringLiteral("AssetID"), id},
                           {QStringLiteral("SystemName"), name},
                           {QStringLiteral("PlatformID"), platform},
                           {QStringLiteral("NetBiosName"), QJsonValue()},
                           {QStringLiteral("Port"), port},
                           {QStringLiteral("Timeout"), 30},
                           {QStringLiteral("PasswordRuleID"), 0},
                           {QStringLiteral("ReleaseDuration"), 120},
                           {QStringLiteral("AutoManagementFlag"), true}};
    };
    return {system(1, QStringLiteral("sandbox-db-01"), 4, 1433),
            system(2, QStringLiteral("sandbox-web-01"), 2, 22)};
}

QJsonArray userGroups()
{
    const auto group = [](int id, const QString &name, const QString &description) {
        return QJsonObject{{QStringLiteral("GroupID"), id},
                           {QStringLiteral("Name"), name},
                           {QStringLiteral("DistinguishedName"), QJsonValue()},
                           {QStringLiteral("Description"), description},
                           {QStringLiteral("GroupType"), QStringLiteral("BeyondInsight")},
                           {QStringLiteral("AccountAttribute"), QJsonValue()},
                           {QStringLiteral("IsActive"), true}};
    };
    return {group(1, QStringLiteral("Administrators"), QStringLiteral("Full access")),
            group(5, QStringLiteral("API Analysts"), QStringLiteral("Granted the demo API key"))};
}
} // namespace

std::optional<PasswordSafeRoutes::PsAuth>
PasswordSafeRoutes::parsePsAuth(const QByteArray &credentials)
{
    PsAuth auth;
    bool haveKey = false;
    bool haveRunAs = false;
    const qsizetype n = credentials.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && (credentials.at(pos) == ' ' || credentials.at(pos) == '\t'))
            ++pos;
        if (pos >= n)
            break;
        const qsizetype eq = credentials.indexOf('=', pos);
        if (eq < 0)
            return std::nullopt;
        const QByteArray name = credentials.mid(pos, eq - pos).trimmed().toLower();
        pos = eq + 1;
        QString value;
        if (name == "pwd") {
            // Always in square brackets, so the password may hold ';' and '='.
            if (pos >= n || credentials.at(pos) != '[')
                return std::nullopt;
            qsizetype close = credentials.indexOf("];", pos + 1);
            if (close < 0) {
                if (!credentials.trimmed().endsWith(']'))
                    return std::nullopt;
                close = credentials.lastIndexOf(']');
            }
            value = QString::fromUtf8(credentials.mid(pos + 1, close - pos - 1));
            pos = close + 1;
            if (pos < n && credentials.at(pos) == ';')
                ++pos;
        } else {
            qsizetype semicolon = credentials.indexOf(';', pos);
            if (semicolon < 0)
                semicolon = n;
            value = QString::fromUtf8(credentials.mid(pos, semicolon - pos).trimmed());
            pos = semicolon + 1;
        }
        if (name == "key" && !haveKey) {
            auth.key = value;
            haveKey = true;
        } else if (name == "runas" && !haveRunAs) {
            auth.runAs = value;
            haveRunAs = true;
        } else if (name == "pwd" && !auth.password) {
            auth.password = value;
        } else if (name == "challenge" && !auth.challenge) {
            auth.challenge = value;
        } else {
            return std::nullopt; // unknown or repeated pair
        }
    }
    if (!haveKey || !haveRunAs)
        return std::nullopt;
    return auth;
}

PasswordSafeRoutes::PasswordSafeRoutes(const Sandbox &sandbox)
    : m_sandbox(sandbox)
{}

SandboxResponse PasswordSafeRoutes::handle(const SandboxRequest &request, const QString &rawPath)
{
    QString path = rawPath.toLower();
    QString route;
    for (const QLatin1String prefix : {QLatin1String("/beyondtrust/api/public/v3/"),
                                       QLatin1String("/eeye.retinacs.server/api/public/v3/")}) {
        if (path.startsWith(prefix)) {
            route = path.mid(prefix.size());
            break;
        }
    }
    while (route.endsWith(QLatin1Char('/')))
        route.chop(1);
    // The document gives the status and no body.
    if (!m_sandbox.passwordSafeApiEnabled())
        return SandboxResponse::empty(410);
    const auto allow = [](const QByteArray &methods) {
        return SandboxResponse::jsonString(405, QStringLiteral("The requested resource does not "
                                                               "support this HTTP method."))
            .addHeader("Allow", methods);
    };

    if (route == QLatin1String("auth/signappin"))
        return request.method == "POST" ? signIn(request) : allow("POST");
    if (route == QLatin1String("auth/connect/token"))
        return request.method == "POST" ? token(request) : allow("POST");
    if (route == QLatin1String("auth/signout")) {
        if (request.method != "POST")
            return allow("POST");
        m_sessions.remove(request.cookie("ASP.NET_SessionId"));
        return SandboxResponse::empty(200);
    }

    QJsonArray list;
    QJsonObject object;
    if (route == QLatin1String("managedaccounts"))
        list = managedAccounts();
    else if (route == QLatin1String("managedsystems"))
        list = managedSystems();
    else if (route == QLatin1String("usergroups"))
        list = userGroups();
    else if (route == QLatin1String("configuration/version"))
        object.insert(QStringLiteral("Version"), QStringLiteral("24.1.0.1234"));
    else
        return SandboxResponse::json(
            404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});

    if (request.method != "GET")
        return allow("GET");
    // The session cookie, or after an OAuth sign-in the Bearer access token (the seed: "the
    // privileged credential to use in the Authorization header for API requests"). A session
    // half-way through its second factor authenticates nothing.
    const Session *session = liveSession(request);
    const AccessToken *token = liveAccessToken(request);
    if ((!session || session->awaitingChallenge) && !(token && token->signedIn))
        return unauthorized(QStringLiteral("User not authenticated or the session has expired."));
    return object.isEmpty() ? SandboxResponse::json(200, list) : SandboxResponse::json(200, object);
}

PasswordSafeRoutes::Session *PasswordSafeRoutes::liveSession(const SandboxRequest &request,
                                                             QByteArray *id)
{
    const QByteArray cookie = request.cookie("ASP.NET_SessionId");
    auto it = m_sessions.find(cookie);
    if (cookie.isEmpty() || it == m_sessions.end())
        return nullptr;
    if (isIdle(*it)) {
        m_sessions.erase(it);
        return nullptr;
    }
    it->lastSeenMs = m_sandbox.nowMs();
    if (id)
        *id = cookie;
    return &it.value();
}

bool PasswordSafeRoutes::isIdle(const Session &session) const
{
    return m_sandbox.nowMs() - session.lastSeenMs >=
           m_sandbox.realMsFor(m_sandbox.passwordSafeIdleTimeout());
}

int PasswordSafeRoutes::openSessions() const
{
    int open = 0;
    for (const Session &session : m_sessions)
        if (!session.awaitingChallenge && !isIdle(session))
            ++open;
    return open;
}

PasswordSafeRoutes::AccessToken *PasswordSafeRoutes::liveAccessToken(const SandboxRequest &request)
{
    const auto auth = SandboxRoutes::authorization(request);
    if (!auth || auth->scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return nullptr;
    const auto it = m_accessTokens.find(auth->credentials);
    if (it == m_accessTokens.end() || m_sandbox.nowMs() >= it->expiresMs)
        return nullptr;
    return &it.value();
}

QByteArray PasswordSafeRoutes::newSessionId() const
{
    // ASP.NET session ids: 24 characters of a-z and 0-5.
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz012345";
    QByteArray id;
    for (int i = 0; i < 24; ++i)
        id += alphabet[QRandomGenerator::system()->bounded(32)];
    return id;
}

SandboxResponse PasswordSafeRoutes::signedIn(int userIndex, const QByteArray &sessionId)
{
    const User &user = users().at(userIndex);
    SandboxResponse response =
        SandboxResponse::json(200, QJsonObject{{QStringLiteral("UserId"), user.userId},
                                               {QStringLiteral("SID"), user.sid},
                                               {QStringLiteral("EmailAddress"), user.email},
                                               {QStringLiteral("UserName"), user.runAs},
                                               {QStringLiteral("Name"), user.name}});
    if (sessionId.isEmpty())
        return response;
    m_sessions.insert(sessionId, Session{userIndex, false, m_sandbox.nowMs()});
    return response.addHeader("Set-Cookie",
                              "ASP.NET_SessionId=" + sessionId + "; path=/; HttpOnly");
}

SandboxResponse PasswordSafeRoutes::signIn(const SandboxRequest &request)
{
    // The document gives the status and no body.
    if (!m_sandbox.passwordSafeLicenceValid())
        return SandboxResponse::empty(403);
    const auto auth = SandboxRoutes::authorization(request);
    if (!auth)
        return unauthorized(QStringLiteral("No authorization header was provided."));

    if (auth->scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0) {
        AccessToken *token = liveAccessToken(request);
        if (!token)
            return unauthorized(QStringLiteral("The access token is invalid or has expired."));
        token->signedIn = true;
        return signedIn(ApplicationUser,
                        m_sandbox.passwordSafeOAuthCookie() ? newSessionId() : QByteArray());
    }
    if (auth->scheme.compare(QLatin1String("PS-Auth"), Qt::CaseInsensitive) != 0)
        return unauthorized(QStringLiteral("Unsupported authorization scheme."));

    const auto ps = parsePsAuth(auth->credentials);
    if (!ps)
        return unauthorized(QStringLiteral("The PS-Auth header is malformed."));
    if (ps->key != Sandbox::passwordSafeApiKey())
        return unauthorized(QStringLiteral("Invalid API key or run-as user."));
    int index = -1;
    for (int i = 0; i < ApplicationUser; ++i) {
        if (users().at(i).runAs.compare(ps->runAs, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0)
        return unauthorized(QStringLiteral("Invalid API key or run-as user."));
    const User &user = users().at(index);
    if (user.password && ps->password != user.password)
        return unauthorized(QStringLiteral("Invalid user name or password."));
    if (!user.twoFactor)
        return signedIn(index, newSessionId());

    // Second factor: the challenge must arrive in the cookie session that was prompted.
    QByteArray sessionId;
    Session *session = liveSession(request, &sessionId);
    const bool pending = session && session->awaitingChallenge && session->userIndex == index;
    if (ps->challenge && pending) {
        if (*ps->challenge == Sandbox::passwordSafeChallengeCode())
            return signedIn(index, sessionId);
        m_sessions.remove(sessionId);
        return unauthorized(QStringLiteral("The one-time passcode is invalid."));
    }
    if (!pending) {
        sessionId = newSessionId();
        m_sessions.insert(sessionId, Session{index, true, m_sandbox.nowMs()});
    }
    return unauthorized(QStringLiteral("A second factor is required."))
        .addHeader("WWW-Authenticate-2FA", "Enter the one-time passcode from your authenticator")
        .addHeader("Set-Cookie", "ASP.NET_SessionId=" + sessionId + "; path=/; HttpOnly");
}

SandboxResponse PasswordSafeRoutes::token(const SandboxRequest &request)
{
    QHash<QString, QString> fields;
    for (const auto &field : SandboxRoutes::formFields(request.body))
        fields.insert(field.first, field.second);
    if (!fields.contains(QStringLiteral("grant_type")))
        return oauthError(400, QStringLiteral("invalid_request"));
    if (fields.value(QStringLiteral("client_id")) != Sandbox::passwordSafeClientId() ||
        fields.value(QStringLiteral("client_secret")) != Sandbox::passwordSafeClientSecret())
        return oauthError(401, QStringLiteral("invalid_client"));
    if (fields.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"));

    const QByteArray accessToken = SandboxRoutes::randomHex(32).toUpper();
    m_accessTokens.insert(
        accessToken, AccessToken{m_sandbox.nowMs() + m_sandbox.realMsFor(m_sandbox.tokenLifetime(
                                                         Sandbox::Vendor::PasswordSafe)),
                                 false});
    return SandboxResponse::json(
               200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                {QStringLiteral("expires_in"),
                                 m_sandbox.expiresIn(Sandbox::Vendor::PasswordSafe)},
                                {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                {QStringLiteral("scope"), QStringLiteral("publicapi")}})
        .addHeader("Cache-Control", "no-store");
}
