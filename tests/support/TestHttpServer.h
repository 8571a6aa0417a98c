#pragma once

#include "net/HttpMessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

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

// What a route answers, or how it misbehaves.
struct TestResponse
{
    enum class Mode
    {
        Normal,
        NeverAnswer,  // accept the request, say nothing, keep the connection open
        ResetMidBody, // announce the body, send part of it, then reset the connection
        Trickle,      // send the whole answer a few bytes at a time
        Close,        // close the connection without a word
    };

    int status = 200;
    QByteArray reason;
    HttpHeaders headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int delayMs = 0;       // before anything is written
    int trickleBytes = 16; // Trickle: bytes per step
    int trickleIntervalMs = 5;
    qint64 announcedLength = -1; // ResetMidBody: the Content-Length promised

    static TestResponse json(int status, const QByteArray &body);
    static TestResponse text(int status, const QByteArray &body,
                             const QByteArray &type = "text/plain; charset=utf-8");
    static TestResponse redirect(int status, const QByteArray &location);
    static TestResponse neverAnswer();
    static TestResponse resetMidBody(const QByteArray &partialBody, qint64 announcedLength);
    TestResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A small HTTP/1.1 server on 127.0.0.1 and a free port, for tests of network code against a real
// socket: it parses requests (keep-alive, Content-Length bodies), records them and answers from
// per-path routes. Unknown paths get 404. With listenTls() it speaks HTTPS (QSslServer).
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    // "http://127.0.0.1:<port>" + pathAndQuery (https after listenTls()).
    QUrl url(const QByteArray &pathAndQuery = "/") const;

    void route(const QByteArray &path, Handler handler);
    void route(const QByteArray &path, const TestResponse &response);

    QList<TestRequest> requests() const { return m_requests; }
    QList<TestRequest> requestsFor(const QByteArray &path) const;
    int connectionCount() const { return m_connections; }
    void clearRequests() { m_requests.clear(); }

    // Gzip (RFC 1952) of `data`, for Content-Encoding: gzip answers.
    static QByteArray gzip(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(const TestRequest &request);

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const TestRequest &request, const TestResponse &response);
    void write(QTcpSocket *socket, const TestResponse &response, bool close);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QByteArray, Handler> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<TestRequest> m_requests;
    int m_connections = 0;
};
