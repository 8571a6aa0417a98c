#pragma once

#include "net/HttpMessage.h"

#include <QByteArray>
#include <QList>

// Reads a fuzz input as an HTTP answer: the first line "<status> <reason>", then header lines
// "Name: value" up to an empty line, then the body. Seeds are written the same way, so they read
// like the exchanges they stand for.
namespace FuzzHttp {

inline HttpHeaders headerLines(const QByteArray &block)
{
    HttpHeaders headers;
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

inline HttpResponse response(const QByteArray &input)
{
    HttpResponse response;
    qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    response.body = split < 0 ? QByteArray() : input.mid(split + 2);
    response.bodySize = response.body.size();
    const qsizetype eol = head.indexOf('\n');
    const QByteArray statusLine = eol < 0 ? head : head.left(eol);
    const qsizetype space = statusLine.indexOf(' ');
    response.status = statusLine.left(space < 0 ? statusLine.size() : space).toInt();
    if (space >= 0)
        response.reason = statusLine.mid(space + 1);
    if (eol >= 0)
        response.headers = headerLines(head.mid(eol + 1));
    response.finalUrl = QUrl(QStringLiteral("https://vendor.example/api/login?x=1"));
    return response;
}

} // namespace FuzzHttp
