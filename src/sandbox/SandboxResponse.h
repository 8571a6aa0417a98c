#pragma once

#include "HttpServerResponse.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// One answer of the sandbox's routes; the server adds Content-Length, Date, Server and Connection
// when it sends it.
struct SandboxResponse : HttpServerResponse
{
    SandboxResponse &addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse json(int status, const QJsonArray &array);
    // A JSON string as the whole body, as ASP.NET Web API answers many errors.
    static SandboxResponse jsonString(int status, const QString &text);
    static SandboxResponse empty(int status);
    static SandboxResponse text(int status, const QByteArray &text);
};
