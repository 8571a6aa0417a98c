#include "TestHttpServer.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <array>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

const char *reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

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

} // namespace

QByteArray TestRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool TestRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TestResponse TestResponse::json(int status, const QByteArray &body)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

TestResponse TestResponse::text(int status, const QByteArray &body, const QByteArray &type)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(type)));
    return r;
}

TestResponse TestResponse::redirect(int status, const QByteArray &location)
{
    TestResponse r;
    r.status = status;
    r.headers.append(qMakePair(QByteArray("Location"), QByteArray(location)));
    r.body = "moved";
    return r;
}

TestResponse TestResponse::neverAnswer()
{
    TestResponse r;
    r.mode = Mode::NeverAnswer;
    return r;
}

TestResponse TestResponse::resetMidBody(const QByteArray &partialBody, qint64 announcedLength)
{
    TestResponse r;
    r.mode = Mode::ResetMidBody;
    r.body = partialBody;
    r.announcedLength = announcedLength;
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
    return r;
}

TestResponse &TestResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{}

TestHttpServer::~TestHttpServer()
{
    // Sockets are children of the server object; close them before the routes go.
    if (m_server)
        m_server->close();
}

bool TestHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QSslConfiguration &configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    m_server = std::move(server);
    m_tls = true;
    // QSslServer offers a connection once its handshake is done.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestHttpServer::url(const QByteArray &pathAndQuery) const
{
    const QByteArray base =
        QByteArray(m_tls ? "https" : "http") + "://127.0.0.1:" + QByteArray::number(port());
    return QUrl::fromEncoded(base + pathAndQuery);
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::route(const QByteArray &path, const TestResponse &response)
{
    m_routes.insert(path, [response](const TestRequest &) { return response; });
}

QList<TestRequest> TestHttpServer::requestsFor(const QByteArray &path) const
{
    QList<TestRequest> out;
    for (const TestRequest &r : m_requests) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a zlib header (2 bytes), raw deflate and an Adler-32
    // (4 bytes); gzip wants its own header, the raw deflate, CRC-32 and the size.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    char trailer[8];
    qToLittleEndian<quint32>(crc32(data), trailer);
    qToLittleEndian<quint32>(quint32(data.size()), trailer + 4);
    out.append(trailer, 8);
    return out;
}

void TestHttpServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        ++m_connections;
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            processBuffer(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0) {
            m_buffers[socket] += socket->readAll();
            processBuffer(socket);
        }
    }
}

void TestHttpServer::processBuffer(QTcpSocket *socket)
{
    if (socket->property("tb_stalled").toBool())
        return;
    QByteArray &buffer = m_buffers[socket];
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        TestRequest request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        const qsizetype q = request.target.indexOf('?');
        request.path = q < 0 ? request.target : request.target.left(q);
        request.query = q < 0 ? QByteArray() : request.target.mid(q + 1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);

        m_requests.append(request);
        Q_EMIT requestReceived(request);
        const auto route = m_routes.constFind(request.path);
        const TestResponse response =
            route != m_routes.constEnd() ? (*route)(request) : TestResponse::text(404, "no route");
        respond(socket, request, response);
        if (response.mode != TestResponse::Mode::Normal || response.delayMs > 0) {
            // One misbehaving or delayed answer at a time on this connection.
            socket->setProperty("tb_stalled", true);
            return;
        }
    }
}

void TestHttpServer::respond(QTcpSocket *socket, const TestRequest &request,
                             const TestResponse &response)
{
    const bool close = request.header("Connection").toLower() == "close";
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response, close] {
            if (!guard)
                return;
            guard->setProperty("tb_stalled", false);
            write(guard, response, close);
            processBuffer(guard);
        });
        return;
    }
    write(socket, response, close);
}

void TestHttpServer::write(QTcpSocket *socket, const TestResponse &response, bool close)
{
    using Mode = TestResponse::Mode;
    if (response.mode == Mode::NeverAnswer)
        return;
    if (response.mode == Mode::Close) {
        socket->disconnectFromHost();
        return;
    }
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? QByteArray(reasonFor(response.status)) : response.reason) +
        "\r\n";
    bool hasLength = false;
    for (const auto &h : response.headers) {
        head += h.first + ": " + h.second + "\r\n";
        hasLength = hasLength || h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength) {
        const qint64 length =
            response.mode == Mode::ResetMidBody ? response.announcedLength : response.body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    const QByteArray all = head + response.body;

    if (response.mode == Mode::ResetMidBody) {
        socket->write(all);
        socket->flush();
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, this, [guard] {
            if (guard)
                resetConnection(guard);
        });
        return;
    }
    if (response.mode == Mode::Trickle) {
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        const int step = qMax(1, response.trickleBytes);
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, all, offset, step, close] {
            socket->write(all.mid(*offset, step));
            *offset += step;
            if (*offset >= all.size()) {
                timer->stop();
                timer->deleteLater();
                socket->setProperty("tb_stalled", false);
                if (close)
                    socket->disconnectFromHost();
                else
                    processBuffer(socket);
            }
        });
        timer->start(response.trickleIntervalMs);
        return;
    }
    socket->write(all);
    if (close)
        socket->disconnectFromHost();
}
