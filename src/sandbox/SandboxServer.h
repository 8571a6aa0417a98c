#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

// A small HTTP/1.1 server: request line, headers, Content-Length bodies, keep-alive with several
// (even pipelined) requests per connection. Every response carries Content-Length. The handler
// runs synchronously on the thread that owns the server. Given a TLS configuration it speaks HTTPS
// (QSslServer hands over a connection once its handshake is done).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    explicit SandboxServer(Handler handler, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    bool isListening() const { return m_server->isListening(); }
    bool isTls() const { return m_tls; }
    quint16 serverPort() const { return m_server->serverPort(); }
    QString errorString() const { return m_server->errorString(); }

private:
    struct Connection
    {
        QByteArray buffer;
        bool haveHead = false; // the request line and headers of `request` are parsed
        qint64 bodyLength = 0;
        bool closing = false; // a response asked to close: ignore anything further
        SandboxRequest request;
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    // Parses the head at the front of the buffer; returns an error status, or 0 when it is fine.
    static int parseHead(Connection &connection, qsizetype headEnd);
    void respond(QTcpSocket *socket, Connection &connection, const SandboxRequest &request,
                 SandboxResponse response, bool keepAlive);
    void fail(QTcpSocket *socket, Connection &connection, int status);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, Connection> m_connections;
};
