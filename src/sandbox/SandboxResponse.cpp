#include "SandboxResponse.h"

#include <QJsonDocument>

namespace {
const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
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
