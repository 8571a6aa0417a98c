#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

// One answer of a LoopbackHttpServer handler, and how the server misbehaves while sending it.
// The server adds Content-Length (unless a header gives one) and Connection when it sends it.
struct HttpServerResponse
{
    enum class Mode
    {
        Normal,
        NeverAnswer,  // accept the request, say nothing, keep the connection open
        ResetMidBody, // announce announcedLength, send the body given, then reset the connection
        Trickle,      // send the whole answer trickleBytes at a time, every trickleIntervalMs
        Close,        // close the connection without a word
        HeaderFlood,  // floodHeaderCount extra headers before the ones given
    };

    int status = 200;
    QByteArray reason; // empty: the usual phrase for the status
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int delayMs = 0; // before anything is written, in any mode: a slow server
    int trickleBytes = 16;
    int trickleIntervalMs = 5;
    qint64 announcedLength = -1; // ResetMidBody: the Content-Length promised
    int floodHeaderCount = 10000;

    // The first header of that name, compared case-insensitively, or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;

    // `status` with the body {"detail":"<reason phrase>"}: what the server answers a request it
    // cannot parse.
    static HttpServerResponse problem(int status);
    static QByteArray reasonPhrase(int status);
};
