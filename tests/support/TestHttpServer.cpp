#include "TestHttpServer.h"

#include <QHostAddress>
#include <QtEndian>

#include <array>

namespace {

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
    , m_server(std::make_unique<LoopbackHttpServer>(
          [this](const HttpServerRequest &request) { return answer(request); }))
{}

TestHttpServer::~TestHttpServer()
{
    // No request may reach routes that are being destroyed.
    m_server->close();
}

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QSslConfiguration &configuration)
{
    return m_server->listen(QHostAddress::LocalHost, 0, configuration);
}

bool TestHttpServer::listenWithTlsFault(LoopbackHttpServer::TlsFault fault)
{
    return m_server->listenWithTlsFault(QHostAddress::LocalHost, 0, fault);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

int TestHttpServer::connectionCount() const
{
    return m_server->connectionCount();
}

QUrl TestHttpServer::url(const QByteArray &pathAndQuery) const
{
    const QByteArray base = QByteArray(m_server->isTls() ? "https" : "http") +
                            "://127.0.0.1:" + QByteArray::number(port());
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

HttpServerResponse TestHttpServer::answer(const HttpServerRequest &request)
{
    TestRequest recorded;
    recorded.method = request.method;
    recorded.target = request.target;
    recorded.path = request.rawPath();
    recorded.query = request.rawQuery();
    recorded.headers = request.headers;
    recorded.body = request.body;
    m_requests.append(recorded);
    Q_EMIT requestReceived(recorded);
    const auto route = m_routes.constFind(recorded.path);
    return route != m_routes.constEnd() ? (*route)(recorded) : TestResponse::text(404, "no route");
}
