#include "SandboxServer.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

SandboxServer::SandboxServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QTcpServer>())
{}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port,
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
    // A plain server says newConnection; QSslServer says pendingConnectionAvailable once the
    // handshake is done. acceptConnections() takes whatever is pending, so both are harmless.
    connect(m_server.get(), &QTcpServer::newConnection, this, &SandboxServer::acceptConnections);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &SandboxServer::acceptConnections);
    return m_server->listen(address, port);
}

void SandboxServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void SandboxServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void SandboxServer::readFrom(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->closing) {
        socket->readAll();
        return;
    }
    it->buffer.append(socket->readAll());

    // Loop: a client may pipeline several requests in one packet.
    for (;;) {
        // Looked up afresh each round: a slot on the handler's signals may have closed the server
        // or run an event loop that changed m_connections.
        it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &c = it.value();
        if (!c.haveHead) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            while (c.buffer.startsWith("\r\n"))
                c.buffer.remove(0, 2);
            const qsizetype headEnd = c.buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (c.buffer.size() > MaxHeaderBytes)
                    fail(socket, c, 431);
                return;
            }
            if (headEnd > MaxHeaderBytes) {
                fail(socket, c, 431);
                return;
            }
            if (const int status = parseHead(c, headEnd)) {
                fail(socket, c, status);
                return;
            }
        }
        if (c.buffer.size() < c.bodyLength)
            return;

        SandboxRequest request = std::move(c.request);
        request.body = c.buffer.left(c.bodyLength);
        c.buffer.remove(0, c.bodyLength);
        c.request = SandboxRequest{};
        c.haveHead = false;
        c.bodyLength = 0;

        const QByteArray connectionHeader = request.header("Connection").toLower();
        const bool keepAlive = request.version == "HTTP/1.1"
                                   ? !connectionHeader.contains("close")
                                   : connectionHeader.contains("keep-alive");
        const bool head = request.method == "HEAD";
        if (head)
            request.method = "GET"; // routes answer HEAD as GET; the body is dropped below
        const QPointer<QTcpSocket> alive(socket);
        SandboxResponse response = m_handler(request);
        it = m_connections.find(socket);
        if (!alive || it == m_connections.end())
            return;
        if (head)
            request.method = "HEAD";
        respond(socket, it.value(), request, std::move(response), keepAlive);
        if (!keepAlive)
            return; // the socket may already be gone from m_connections
    }
}

int SandboxServer::parseHead(Connection &c, qsizetype headEnd)
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
    SandboxRequest &r = c.request;
    r.method = parts.at(0);
    r.target = parts.at(1);
    r.version = parts.at(2);
    if (r.version != "HTTP/1.1" && r.version != "HTTP/1.0")
        return r.version.startsWith("HTTP/") ? 505 : 400;
    if (!r.target.startsWith('/'))
        return 400; // origin-form only: the sandbox is no proxy
    const qsizetype question = r.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? r.target : r.target.left(question);
    r.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        r.query = QUrlQuery(QString::fromUtf8(r.target.mid(question + 1)));

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
            return 501; // chunked request bodies: no client of the sandbox sends them
        }
    }
    if (length > MaxBodyBytes)
        return 413;
    c.bodyLength = qMax<qint64>(0, length);
    c.haveHead = true;
    return 0;
}

void SandboxServer::respond(QTcpSocket *socket, Connection &c, const SandboxRequest &request,
                            SandboxResponse response, bool keepAlive)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     SandboxResponse::reasonPhrase(response.status) + "\r\n";
    for (const auto &h : std::as_const(response.headers))
        out += h.first + ": " + h.second + "\r\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out +=
        "Date: " +
        QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1() +
        "\r\n";
    out += "Server: tokenbench-sandbox\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (request.version == "HTTP/1.0")
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += response.body;
    socket->write(out);
    if (!keepAlive) {
        c.closing = true;
        socket->disconnectFromHost(); // after the bytes written so far are sent
    }
}

void SandboxServer::fail(QTcpSocket *socket, Connection &c, int status)
{
    SandboxRequest request;
    request.version = "HTTP/1.1";
    SandboxResponse response = SandboxResponse::json(
        status, QJsonObject{{QStringLiteral("detail"),
                             QString::fromLatin1(SandboxResponse::reasonPhrase(status))}});
    c.buffer.clear();
    respond(socket, c, request, std::move(response), false);
}
