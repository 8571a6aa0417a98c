#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// One HTTP response; the server adds Content-Length, Date and Connection when it sends it.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse &addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    // The first header of that name, compared case-insensitively, or an empty array.
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    // A JSON string as the whole body, as ASP.NET Web API answers many errors.
    static HttpResponse jsonString(int status, const QString &text);
    static HttpResponse empty(int status);
    static HttpResponse text(int status, const QByteArray &text);
    static QByteArray reasonPhrase(int status);
};
