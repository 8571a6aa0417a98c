#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP response; the server adds Content-Length, Date and Connection when it sends it.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SandboxResponse &addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // The first header of that name, compared case-insensitively, or an empty array.
    QByteArray header(QByteArrayView name) const;

    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse json(int status, const QJsonArray &array);
    // A JSON string as the whole body, as ASP.NET Web API answers many errors.
    static SandboxResponse jsonString(int status, const QString &text);
    static SandboxResponse empty(int status);
    static SandboxResponse text(int status, const QByteArray &text);
    static QByteArray reasonPhrase(int status);
};
