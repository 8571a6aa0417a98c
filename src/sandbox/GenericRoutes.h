#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

class Sandbox;

// A generic API under /generic: an RFC 6749 client-credentials token endpoint, an endpoint that
// says who the caller authenticated as (Bearer, Token, X-Api-Key, Basic), an echo of the request
// a redirector for testing redirect handling, and large list responses for the body viewer.
class GenericRoutes
{
public:
    explicit GenericRoutes(const Sandbox &sandbox);

    // `path` is the part after "/generic".
    SandboxResponse handle(const SandboxRequest &request, const QString &path);

private:
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse whoami(const SandboxRequest &request) const;
    static SandboxResponse echo(const SandboxRequest &request);
    static SandboxResponse redirect(const SandboxRequest &request);
    static SandboxResponse large(const SandboxRequest &request);

    const Sandbox &m_sandbox;
};
