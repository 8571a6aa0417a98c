#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <utility>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// ResetMidBody waits this long after the partial body, so that the client has read it before the
// reset arrives (a reset may discard what the client has not read yet).
constexpr int ResetDelayMs = 50;

void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
#endif
    socket->abort();
}

bool keepsAlive(const HttpServerRequest &request)
{
    const QByteArray connection = request.header("Connection").toLower();
    return request.version == "HTTP/1.1" ? !connection.contains("close")
                                         : connection.contains("keep-alive");
}

} // namespace

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QTcpServer>())
{}

LoopbackHttpServer::~LoopbackHttpServer()
{
    close();
}

void LoopbackHttpServer::setServerHeaders(const QByteArray &serverName, bool date)
{
    m_serverName = serverName;
    m_date = date;
}

void LoopbackHttpServer::setLimits(qsizetype maxHeadBytes, qsizetype maxBodyBytes)
{
    m_maxHeadBytes = maxHeadBytes;
    m_maxBodyBytes = maxBodyBytes;
}

bool LoopbackHttpServer::listen(const QHostAddress &address, quint16 port,
                                const std::optional<QSslConfiguration> &tls)
{
    close();
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    m_tls = tls.has_value();
    m_tlsFault = TlsFault::None;
    // A plain server says newConnection; QSslServer says pendingConnectionAvailable once the
    // handshake is done. acceptConnections() takes whatever is pending, so both are harmless.
    connect(m_server.get(), &QTcpServer::newConnection, this,
            &LoopbackHttpServer::acceptConnections);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &LoopbackHttpServer::acceptConnections);
    return m_server->listen(address, port);
}

bool LoopbackHttpServer::listenWithTlsFault(const QHostAddress &address, quint16 port,
                                            TlsFault fault)
{
    // A plain TCP server: the fault is in what it does with the client's hello.
    const bool listening = listen(address, port);
    m_tls = fault != TlsFault::None;
    m_tlsFault = fault;
    return listening;
}

void LoopbackHttpServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // and with it the timers of a delayed or trickled answer
    }
}

LoopbackHttpServer::Connection *LoopbackHttpServer::connection(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : &it.value();
}

void LoopbackHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        socket->setParent(this);
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        // After a TLS handshake the first request may already be waiting.
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void LoopbackHttpServer::readFrom(QTcpSocket *socket)
{
    Connection *c = connection(socket);
    if (!c)
        return;
    if (c->closing) {
        socket->readAll();
        return;
    }
    c->buffer.append(socket->readAll());
    if (m_tlsFault != TlsFault::None)
        misbehave(socket);
    else
        process(socket);
}

void LoopbackHttpServer::misbehave(QTcpSocket *socket)
{
    Connection *c = connection(socket);
    c->buffer.clear();
    if (m_tlsFault == TlsFault::Garbage) {
        // 'T' is no TLS record type: the client's TLS library gives up at the first byte.
        socket->write("This is not TLS.\r\n");
        endConnection(socket);
    }
}

void LoopbackHttpServer::process(QTcpSocket *socket)
{
    // Loop: a client may pipeline several requests in one packet.
    for (;;) {
        // Looked up afresh each round: a slot on the handler's signals may have closed the server
        // or run an event loop that changed m_connections.
        Connection *c = connection(socket);
        if (!c || c->busy || c->closing)
            return;
        if (!c->haveHead) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            while (c->buffer.startsWith("\r\n"))
                c->buffer.remove(0, 2);
            const qsizetype headEnd = c->buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (c->buffer.size() > m_maxHeadBytes)
                    fail(socket, 431);
                return;
            }
            if (headEnd > m_maxHeadBytes) {
                fail(socket, 431);
                return;
            }
            if (const int status = parseHead(*c, headEnd)) {
                fail(socket, status);
                return;
            }
        }
        if (c->buffer.size() < c->bodyLength)
            return;

        HttpServerRequest request = std::move(c->request);
        request.body = c->buffer.left(c->bodyLength);
        c->buffer.remove(0, c->bodyLength);
        c->request = HttpServerRequest{};
        c->haveHead = false;
        c->bodyLength = 0;
        const bool keepAlive = keepsAlive(request);

        // Busy while the handler runs: an event loop of its must not answer the next one first.
        c->busy = true;
        const QPointer<QTcpSocket> alive(socket);
        const HttpServerResponse response = m_handler(request);
        c = alive ? connection(socket) : nullptr;
        if (!c)
            return;
        c->busy = false;
        answer(socket, request, response, keepAlive);
    }
}

int LoopbackHttpServer::parseHead(Connection &c, qsizetype headEnd) const
{
    const QByteArray head = c.buffer.left(headEnd);
    c.buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');

    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return 400;
    HttpServerRequest &r = c.request;
    r.method = parts.at(0);
    r.target = parts.at(1);
    r.version = parts.at(2);
    if (r.version != "HTTP/1.1" && r.version != "HTTP/1.0")
        return r.version.startsWith("HTTP/") ? 505 : 400;
    if (!r.target.startsWith('/'))
        return 400; // origin-form only: the server is no proxy
    r.path = QUrl::fromPercentEncoding(r.rawPath());
    if (r.target.contains('?'))
        r.query = QUrlQuery(QString::fromUtf8(r.rawQuery()));

    qint64 length = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding, no white space before the colon (RFC 9112 5.1, 5.2).
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t') ||
            line.at(colon - 1) == ' ' || line.at(colon - 1) == '\t')
            return 400;
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (length >= 0 && n != length))
                return 400;
            length = n;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return 501; // chunked request bodies: no client of ours sends them
        }
    }
    if (length > m_maxBodyBytes)
        return 413;
    c.bodyLength = qMax<qint64>(0, length);
    c.haveHead = true;
    return 0;
}

void LoopbackHttpServer::answer(QTcpSocket *socket, const HttpServerRequest &request,
                                const HttpServerResponse &response, bool keepAlive)
{
    if (response.delayMs <= 0) {
        send(socket, request, response, keepAlive);
        return;
    }
    connection(socket)->busy = true;
    // The socket as context: a connection that goes away takes the answer with it.
    QTimer::singleShot(response.delayMs, socket, [this, socket, request, response, keepAlive] {
        Connection *c = connection(socket);
        if (!c)
            return;
        c->busy = false;
        send(socket, request, response, keepAlive);
        process(socket); // the requests that waited behind this one
    });
}

void LoopbackHttpServer::send(QTcpSocket *socket, const HttpServerRequest &request,
                              const HttpServerResponse &response, bool keepAlive)
{
    using Mode = HttpServerResponse::Mode;
    Connection *c = connection(socket);
    switch (response.mode) {
    case Mode::NeverAnswer:
        c->busy = true; // and so for good: nothing more leaves on this connection
        return;
    case Mode::Close:
        endConnection(socket);
        return;
    case Mode::ResetMidBody:
        c->closing = true;
        socket->write(serialise(request, response, keepAlive));
        socket->flush();
        QTimer::singleShot(ResetDelayMs, socket, [socket] { resetConnection(socket); });
        return;
    case Mode::Trickle: {
        c->busy = true;
        const QByteArray all = serialise(request, response, keepAlive);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        const int step = qMax(1, response.trickleBytes);
        connect(timer, &QTimer::timeout, socket,
                [this, socket, timer, all, offset, step, keepAlive] {
                    Connection *trickling = connection(socket);
                    if (!trickling)
                        return; // closed by the server: the socket and this timer go soon
                    socket->write(all.mid(*offset, step));
                    *offset += step;
                    if (*offset < all.size())
                        return;
                    timer->deleteLater();
                    timer->stop();
                    trickling->busy = false;
                    if (keepAlive)
                        process(socket);
                    else
                        endConnection(socket);
                });
        timer->start(response.trickleIntervalMs);
        return;
    }
    case Mode::Normal:
    case Mode::HeaderFlood:
        socket->write(serialise(request, response, keepAlive));
        if (!keepAlive)
            endConnection(socket);
        return;
    }
}

QByteArray LoopbackHttpServer::serialise(const HttpServerRequest &request,
                                         const HttpServerResponse &response, bool keepAlive) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     (response.reason.isEmpty() ? HttpServerResponse::reasonPhrase(response.status)
                                                : response.reason) +
                     "\r\n";
    if (response.mode == HttpServerResponse::Mode::HeaderFlood) {
        for (int i = 0; i < response.floodHeaderCount; ++i)
            out += "X-Flood-" + QByteArray::number(i) + ": flood\r\n";
    }
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    if (m_date) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        out += "Date: " +
               QLocale::c()
                   .toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1() +
               "\r\n";
    }
    if (!m_serverName.isEmpty())
        out += "Server: " + m_serverName + "\r\n";
    if (!response.hasHeader("Content-Length")) {
        const bool promised = response.mode == HttpServerResponse::Mode::ResetMidBody &&
                              response.announcedLength >= 0;
        out += "Content-Length: " +
               QByteArray::number(promised ? response.announcedLength : response.body.size()) +
               "\r\n";
    }
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (request.version == "HTTP/1.0")
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    return out;
}

void LoopbackHttpServer::fail(QTcpSocket *socket, int status)
{
    connection(socket)->buffer.clear();
    HttpServerRequest request;
    request.version = "HTTP/1.1";
    socket->write(serialise(request, HttpServerResponse::problem(status), false));
    endConnection(socket);
}

void LoopbackHttpServer::endConnection(QTcpSocket *socket)
{
    // Marked before disconnectFromHost(), which may say disconnected (and so drop the
    // connection) at once.
    connection(socket)->closing = true;
    socket->disconnectFromHost(); // after the bytes written so far are sent
}
