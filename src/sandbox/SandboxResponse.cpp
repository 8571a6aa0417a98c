#include "SandboxResponse.h"

#include <QJsonDocument>

namespace {
const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
}

QByteArray SandboxResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SandboxResponse SandboxResponse::json(int status, const QJsonObject &object)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", JsonType);
    return r;
}

SandboxResponse SandboxResponse::json(int status, const QJsonArray &array)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", JsonType);
    return r;
}

SandboxResponse SandboxResponse::jsonString(int status, const QString &text)
{
    // QJsonDocument holds only objects and arrays: serialise a one-element array and unwrap it.
    SandboxResponse r = json(status, QJsonArray{text});
    r.body = r.body.mid(1, r.body.size() - 2);
    return r;
}

SandboxResponse SandboxResponse::empty(int status)
{
    SandboxResponse r;
    r.status = status;
    return r;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &text)
{
    SandboxResponse r;
    r.status = status;
    r.body = text;
    r.addHeader("Content-Type", "text/plain; charset=utf-8");
    return r;
}

QByteArray SandboxResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 300:
        return "Multiple Choices";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}
