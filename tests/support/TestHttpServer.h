#pragma once

#include "LoopbackHttpServer.h"
#include "net/HttpMessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

// What a TestHttpServer received.
struct TestRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray path;
    QByteArray query;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
};

// What a route answers, or how it misbehaves (HttpServerResponse::Mode, delayMs, trickle...).
struct TestResponse : HttpServerResponse
{
    static TestResponse json(int status, const QByteArray &body);
    static TestResponse text(int status, const QByteArray &body,
                             const QByteArray &type = "text/plain; charset=utf-8");
    static TestResponse redirect(int status, const QByteArray &location);
    static TestResponse neverAnswer();
    static TestResponse resetMidBody(const QByteArray &partialBody, qint64 announcedLength);
    TestResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// The loopback server (LoopbackHttpServer) on 127.0.0.1 and a free port, for tests of network
// code against a real socket: it records requests and answers from per-path routes. Unknown paths
// get 404. With listenTls() it speaks HTTPS.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration &configuration);
    // For clients that speak HTTPS to it; `fault` says how the handshake goes wrong.
    bool listenWithTlsFault(LoopbackHttpServer::TlsFault fault);
    quint16 port() const;
    // "http://127.0.0.1:<port>" + pathAndQuery (https after listenTls()).
    QUrl url(const QByteArray &pathAndQuery = "/") const;

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const TestResponse &response);

    QList<TestRequest> requests() const { return m_requests; }
    QList<TestRequest> requestsFor(const QByteArray &path) const;
    int connectionCount() const;
    void clearRequests() { m_requests.clear(); }

    // Gzip (RFC 1952) of `data`, for Content-Encoding: gzip answers.
    static QByteArray gzip(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(const TestRequest &request);

private:
    HttpServerResponse answer(const HttpServerRequest &request);

    std::unique_ptr<LoopbackHttpServer> m_server;
    QHash<QByteArray, Handler> m_routes;
    QList<TestRequest> m_requests;
};
