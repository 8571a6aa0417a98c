#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

class Sandbox;

// RegScale under /regscale: username/password login (v1 and v2 shapes, MFA, locked accounts)
// and a few Bearer-protected API calls. ASP.NET routing: paths compare case-insensitively.
class RegScaleRoutes
{
public:
    explicit RegScaleRoutes(const Sandbox &sandbox);

    // `path` is the part after "/regscale".
    SandboxResponse handle(const SandboxRequest &request, const QString &path);
    // A JWT for a known user, issued now; empty for an unknown user.
    QByteArray issueToken(const QString &username) const;
    int failedLogins(const QString &username) const;

private:
    SandboxResponse login(const SandboxRequest &request);
    // The claims of the request's valid Bearer token (none for a service-account token), or
    // nothing when it has no valid one.
    std::optional<QJsonObject> caller(const SandboxRequest &request) const;

    const Sandbox &m_sandbox;
    QHash<QString, int> m_failedLogins; // by user name in lower case
};
