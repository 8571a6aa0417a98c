#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

class Sandbox;

// A generic API under /generic: an RFC 6749 client-credentials token endpoint, an endpoint that
// says who the caller authenticated as (Bearer, Token, X-Api-Key, Basic), an echo of the request
// and a redirector for testing redirect handling.
class GenericRoutes
{
public:
    explicit GenericRoutes(const Sandbox &sandbox);

    // `path` is the part after "/generic".
    HttpResponse handle(const HttpRequest &request, const QString &path);

private:
    HttpResponse token(const HttpRequest &request);
    HttpResponse whoami(const HttpRequest &request) const;
    static HttpResponse echo(const HttpRequest &request);
    static HttpResponse redirect(const HttpRequest &request);

    const Sandbox &m_sandbox;
};
