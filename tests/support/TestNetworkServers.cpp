#include "TestNetworkServers.h"

#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

namespace TestNetworkServers {

QString find(const QString &program)
{
    QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            program, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

bool inCi()
{
    const QByteArray ci = qgetenv("CI").toLower();
    return ci == "true" || ci == "1";
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Waits until something accepts connections on `port` or the process ends; readiness, not timing.
bool waitUntilListening(QProcess &process, quint16 port, QString &problem)
{
    bool listening = false;
    (void)QTest::qWaitFor(
        [&] {
            if (process.state() == QProcess::NotRunning)
                return true;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            listening = probe.waitForConnected(200);
            return listening;
        },
        20000);
    if (listening)
        return true;
    if (process.state() == QProcess::NotRunning) {
        problem = QString::fromLocal8Bit(process.readAllStandardError() +
                                         process.readAllStandardOutput());
        return false;
    }
    problem = QStringLiteral("nothing listens on port %1").arg(port);
    return false;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace TestNetworkServers

TinyProxy::TinyProxy() = default;

TinyProxy::~TinyProxy()
{
    TestNetworkServers::stop(m_process);
}

bool TinyProxy::start(const QString &user, const QString &password)
{
    m_port = TestNetworkServers::freePort();
    QFile conf(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    if (!m_dir.isValid() || m_port == 0 || !conf.open(QIODevice::WriteOnly)) {
        m_problem = QStringLiteral("no folder or port for tinyproxy");
        return false;
    }
    QByteArray text = "Port " + QByteArray::number(m_port) +
                      "\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n"
                      "LogLevel Info\nLogFile \"" +
                      m_dir.filePath(QStringLiteral("tinyproxy.log")).toUtf8() + "\"\nPidFile \"" +
                      m_dir.filePath(QStringLiteral("tinyproxy.pid")).toUtf8() +
                      "\"\nDisableViaHeader Yes\n";
    if (!user.isEmpty())
        text += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
    conf.write(text);
    conf.close();
    m_process.start(program(), {QStringLiteral("-d"), QStringLiteral("-c"), conf.fileName()});
    if (!m_process.waitForStarted(10000)) {
        m_problem = m_process.errorString();
        return false;
    }
    return TestNetworkServers::waitUntilListening(m_process, m_port, m_problem);
}

QUrl TinyProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString TinyProxy::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

RecordingRelay::RecordingRelay(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_target(targetPort)
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                const QByteArray data = client->readAll();
                m_fromClients += data;
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client,
                    [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    });
}

RecordingRelay::~RecordingRelay() = default;

bool RecordingRelay::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RecordingRelay::port() const
{
    return m_server->serverPort();
}

QUrl RecordingRelay::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

TlsNginx::TlsNginx() = default;

TlsNginx::~TlsNginx()
{
    TestNetworkServers::stop(m_process);
}

bool TlsNginx::start(const QString &certificate, const QString &key, const QString &clientCa)
{
    m_port = TestNetworkServers::freePort();
    const QString d = m_dir.path();
    QFile conf(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!m_dir.isValid() || m_port == 0 || !conf.open(QIODevice::WriteOnly)) {
        m_problem = QStringLiteral("no folder or port for nginx");
        return false;
    }
    QString verify;
    if (!clientCa.isEmpty())
        verify = QStringLiteral("ssl_client_certificate %1;\n    ssl_verify_client on;\n"
                                "    ssl_verify_depth 3;\n")
                     .arg(clientCa);
    const QString text = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log info;
events { worker_connections 64; }
http {
  access_log %1/access.log;
  client_body_temp_path %1/body;
  proxy_temp_path %1/proxy;
  fastcgi_temp_path %1/fastcgi;
  uwsgi_temp_path %1/uwsgi;
  scgi_temp_path %1/scgi;
  server {
    listen 127.0.0.1:%2 ssl;
    ssl_certificate %3;
    ssl_certificate_key %4;
    %5
    location / {
      default_type application/json;
      return 200 '{"client":"$ssl_client_s_dn","verify":"$ssl_client_verify"}';
    }
  }
}
)")
                             .arg(d)
                             .arg(m_port)
                             .arg(certificate, key, verify);
    conf.write(text.toUtf8());
    conf.close();
    m_process.start(program(), {QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                                QStringLiteral("-p"), d, QStringLiteral("-c"), conf.fileName()});
    if (!m_process.waitForStarted(10000)) {
        m_problem = m_process.errorString();
        return false;
    }
    const bool up = TestNetworkServers::waitUntilListening(m_process, m_port, m_problem);
    if (!up) {
        QFile error(m_dir.filePath(QStringLiteral("error.log")));
        if (error.open(QIODevice::ReadOnly))
            m_problem += QString::fromUtf8(error.readAll());
    }
    return up;
}

QUrl TlsNginx::url(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path));
}

Socks5Proxy::Socks5Proxy(QString user, QString password, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_user(std::move(user))
    , m_password(std::move(password))
{
    connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server->nextPendingConnection())
            serve(client);
    });
}

Socks5Proxy::~Socks5Proxy() = default;

bool Socks5Proxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl Socks5Proxy::url() const
{
    return QUrl(QStringLiteral("socks5://127.0.0.1:%1").arg(m_server->serverPort()));
}

// One state machine per client: greeting, (user and password,) CONNECT, then a plain relay.
void Socks5Proxy::serve(QTcpSocket *client)
{
    enum class Stage
    {
        Greeting,
        Login,
        Request,
        Relay
    };
    auto stage = std::make_shared<Stage>(Stage::Greeting);
    auto buffer = std::make_shared<QByteArray>();
    auto *upstream = new QTcpSocket(client);
    connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
        upstream->disconnectFromHost();
        client->deleteLater();
    });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::connected, client,
            [client] { client->write(QByteArray::fromHex("05000001") + QByteArray(6, '\0')); });
    connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, stage, buffer] {
        *buffer += client->readAll();
        const auto byte = [&buffer](int i) {
            return quint8(buffer->at(i));
        };
        if (*stage == Stage::Greeting) {
            if (buffer->size() < 2 || buffer->size() < 2 + byte(1))
                return;
            const QByteArray methods = buffer->mid(2, byte(1));
            buffer->remove(0, 2 + byte(1));
            const char wanted = m_user.isEmpty() ? 0x00 : 0x02;
            if (!methods.contains(wanted)) {
                client->write(QByteArray::fromHex("05ff"));
                client->disconnectFromHost();
                return;
            }
            client->write(QByteArray("\x05", 1) + QByteArray(1, wanted));
            *stage = m_user.isEmpty() ? Stage::Request : Stage::Login;
        }
        if (*stage == Stage::Login) {
            if (buffer->size() < 2 || buffer->size() < 3 + byte(1) ||
                buffer->size() < 3 + byte(1) + byte(2 + byte(1)))
                return;
            const int userLength = byte(1);
            const QString user = QString::fromUtf8(buffer->mid(2, userLength));
            const int passwordLength = byte(2 + userLength);
            const QString password = QString::fromUtf8(buffer->mid(3 + userLength, passwordLength));
            buffer->remove(0, 3 + userLength + passwordLength);
            if (user != m_user || password != m_password) {
                ++m_refused;
                client->write(QByteArray::fromHex("0101"));
                client->disconnectFromHost();
                return;
            }
            client->write(QByteArray::fromHex("0100"));
            *stage = Stage::Request;
        }
        if (*stage == Stage::Request) {
            if (buffer->size() < 5)
                return;
            QString host;
            int length = 0;
            if (byte(3) == 0x01) {
                length = 4 + 4 + 2;
                if (buffer->size() < length)
                    return;
                host = QHostAddress(qFromBigEndian<quint32>(buffer->constData() + 4)).toString();
            } else if (byte(3) == 0x03) {
                length = 5 + byte(4) + 2;
                if (buffer->size() < length)
                    return;
                host = QString::fromLatin1(buffer->mid(5, byte(4)));
            } else {
                client->disconnectFromHost();
                return;
            }
            const quint16 port = qFromBigEndian<quint16>(buffer->constData() + length - 2);
            buffer->remove(0, length);
            m_destinations.append(QStringLiteral("%1:%2").arg(host).arg(port));
            *stage = Stage::Relay;
            upstream->connectToHost(host, port);
        }
        if (*stage == Stage::Relay && !buffer->isEmpty()) {
            upstream->write(*buffer);
            buffer->clear();
        }
    });
}
