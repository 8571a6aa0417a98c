#pragma once

#include "HttpServerRequest.h"
#include "HttpServerResponse.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

// The one small HTTP/1.1 server of the sandbox and the tests: request line, headers,
// Content-Length bodies, keep-alive with several (even pipelined) requests per connection, limits
// on head and body size, HTTPS when given a TLS configuration (QSslServer hands over a connection
// once its handshake is done), and the faults a client must survive (HttpServerResponse::Mode,
// TlsFault). The handler runs synchronously on the thread that owns the server; answers on one
// connection leave in order, a delayed or trickled one holding back those behind it.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpServerResponse(const HttpServerRequest &)>;

    // What a server listening for HTTPS does instead of a proper handshake. A certificate for
    // another name needs no fault: listen with a configuration that presents one.
    enum class TlsFault
    {
        None,
        Garbage, // answers the client's hello with bytes that are no TLS record, then closes
        Silent,  // accepts the connection and never says a word
    };

    static constexpr qsizetype DefaultMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype DefaultMaxBodyBytes = 8 * 1024 * 1024;

    explicit LoopbackHttpServer(Handler handler, QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // A Server header on every answer when not empty; a Date header when `date` is set.
    void setServerHeaders(const QByteArray &serverName, bool date);
    void setLimits(qsizetype maxHeadBytes, qsizetype maxBodyBytes);

    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    bool listenWithTlsFault(const QHostAddress &address, quint16 port, TlsFault fault);
    void close();
    bool isListening() const { return m_server->isListening(); }
    // Whether clients should speak HTTPS to it (a TLS fault included).
    bool isTls() const { return m_tls; }
    quint16 serverPort() const { return m_server->serverPort(); }
    QString errorString() const { return m_server->errorString(); }
    int connectionCount() const { return m_connectionCount; }

private:
    struct Connection
    {
        QByteArray buffer;
        bool haveHead = false; // the request line and headers of `request` are parsed
        qint64 bodyLength = 0;
        bool busy = false;    // an answer is still on its way: later requests wait
        bool closing = false; // the connection is ending: ignore anything further
        HttpServerRequest request;
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    void process(QTcpSocket *socket);
    // Parses the head at the front of the buffer; returns an error status, or 0 when it is fine.
    int parseHead(Connection &connection, qsizetype headEnd) const;
    void answer(QTcpSocket *socket, const HttpServerRequest &request,
                const HttpServerResponse &response, bool keepAlive);
    void send(QTcpSocket *socket, const HttpServerRequest &request,
              const HttpServerResponse &response, bool keepAlive);
    QByteArray serialise(const HttpServerRequest &request, const HttpServerResponse &response,
                         bool keepAlive) const;
    // Closes the connection once what was written so far is sent.
    void endConnection(QTcpSocket *socket);
    void fail(QTcpSocket *socket, int status);
    void misbehave(QTcpSocket *socket);
    Connection *connection(QTcpSocket *socket);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    TlsFault m_tlsFault = TlsFault::None;
    QByteArray m_serverName;
    bool m_date = false;
    qsizetype m_maxHeadBytes = DefaultMaxHeadBytes;
    qsizetype m_maxBodyBytes = DefaultMaxBodyBytes;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_connectionCount = 0;
};
