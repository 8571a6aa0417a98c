#include "LoopbackReceiver.h"

#include <QTcpSocket>

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver()
{
    close();
}

Result<QUrl> LoopbackReceiver::listen(quint16 port, const QString &path)
{
    close();
    m_path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    // 127.0.0.1, not "localhost": RFC 8252 section 8.3, a name may resolve elsewhere.
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return Error::make(Error::Kind::Network, QStringLiteral("oauth2.loopback"),
                           tr("Cannot wait for the browser on 127.0.0.1:%1: %2")
                               .arg(port)
                               .arg(m_server.errorString()));
    m_redirectUri =
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(m_path));
    return m_redirectUri;
}

void LoopbackReceiver::close()
{
    m_server.close();
    const auto sockets = m_pending.keys();
    m_pending.clear();
    for (QTcpSocket *socket : sockets) {
        socket->abort();
        socket->deleteLater();
    }
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (m_pending.remove(socket))
                socket->deleteLater();
        });
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return;
    it->append(socket->readAll());
    const qsizetype end = it->indexOf("\r\n\r\n");
    if (end < 0) {
        if (it->size() > MaxRequestSize) {
            m_pending.erase(it);
            socket->abort();
            socket->deleteLater();
        }
        return;
    }
    const QByteArray head = it->left(end);
    m_pending.erase(it);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        reply(socket, "405 Method Not Allowed", tr("Tokenbench waits for the browser here."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != m_path || !m_server.isListening()) {
        reply(socket, "404 Not Found", tr("Nothing here."));
        return;
    }
    const QUrlQuery query(target.query(QUrl::FullyEncoded));
    reply(socket, "200 OK", m_page ? m_page(query) : QString());
    // One redirect is all a login gets: a second one (a replay) finds nobody listening.
    m_server.close();
    Q_EMIT received(query);
}

void LoopbackReceiver::reply(QTcpSocket *socket, const QByteArray &status, const QString &words)
{
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tokenbench</title>"
            "<style>body{font-family:sans-serif;margin:4em auto;max-width:32em;"
            "text-align:center}</style></head><body><h1>Tokenbench</h1><p>%1</p>"
            "</body></html>")
            .arg(words.toHtmlEscaped());
    const QByteArray body = page.toUtf8();
    QByteArray response =
        "HTTP/1.1 " + status +
        "\r\nContent-Type: text/html; charset=utf-8"
        "\r\nCache-Control: no-store"
        "\r\nContent-Security-Policy: default-src 'none'; style-src 'unsafe-inline'"
        "\r\nReferrer-Policy: no-referrer"
        "\r\nConnection: close\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(response);
    socket->disconnectFromHost();
}
