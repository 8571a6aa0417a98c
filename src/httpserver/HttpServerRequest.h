#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

// One parsed HTTP/1.1 request, as a LoopbackHttpServer handler sees it.
struct HttpServerRequest
{
    QByteArray method;  // as sent, e.g. "POST"
    QByteArray target;  // the request target: path and query, still percent-encoded
    QString path;       // decoded path, without the query
    QUrlQuery query;    // decoded query
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // in arrival order, names as sent
    QByteArray body;

    // The path and the query as sent, still percent-encoded.
    QByteArray rawPath() const
    {
        const qsizetype question = target.indexOf('?');
        return question < 0 ? target : target.left(question);
    }
    QByteArray rawQuery() const
    {
        const qsizetype question = target.indexOf('?');
        return question < 0 ? QByteArray() : target.mid(question + 1);
    }
    // The first header of that name (names compare case-insensitively), or an empty array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QList<QByteArray> headerValues(QByteArrayView name) const
    {
        QList<QByteArray> values;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(h.second);
        }
        return values;
    }
    // The value of one cookie from the Cookie header(s); names are case-sensitive.
    QByteArray cookie(QByteArrayView name) const
    {
        for (const QByteArray &line : headerValues("Cookie")) {
            for (const QByteArray &pair : line.split(';')) {
                const QByteArray trimmed = pair.trimmed();
                const qsizetype eq = trimmed.indexOf('=');
                if (eq > 0 && QByteArrayView(trimmed).first(eq).trimmed() == name)
                    return trimmed.mid(eq + 1).trimmed();
            }
        }
        return {};
    }
};
