#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QStringList>

#include <optional>

class Sandbox;

// Scantrust under /scantrust: a Django REST Framework service with djangorestframework-jwt.
// JWT login, JWT or UAT authentication, DRF's error shapes, APPEND_SLASH redirects, throttling.
class ScantrustRoutes
{
public:
    explicit ScantrustRoutes(const Sandbox &sandbox);

    // `path` is the part after "/scantrust".
    SandboxResponse handle(const SandboxRequest &request, const QString &path);
    void setThrottle(int count) { m_throttle = qMax(0, count); }

private:
    struct Caller
    {
        QStringList permissions;
        bool uat = false;
    };

    SandboxResponse login(const SandboxRequest &request);
    // The authenticated caller, or the 401 to answer with.
    std::optional<Caller> authenticate(const SandboxRequest &request,
                                       SandboxResponse *failure) const;

    const Sandbox &m_sandbox;
    int m_throttle = 0;
};
