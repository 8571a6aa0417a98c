#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QTcpServer;

// Real servers from Debian, started by a test on loopback and stopped with it. A missing
// program makes a test skip on a developer's machine and fail in CI (CI=true), where `make deps`
// installed it.
namespace TestNetworkServers {

// Whether `program` is on PATH (or in /usr/sbin); its path, or empty.
QString find(const QString &program);
// True in CI, where a missing program is a failure rather than a skip.
bool inCi();
// A port that was free a moment ago on 127.0.0.1.
quint16 freePort();
// Waits until something accepts connections on `port`, or the process ends (`problem` says why).
bool waitUntilListening(QProcess &process, quint16 port, QString &problem);

} // namespace TestNetworkServers

// Skips outside CI, fails in CI; use in a test function.
#define TOKENBENCH_REQUIRE_PROGRAM(path, name)                                                     \
    do {                                                                                           \
        if ((path).isEmpty()) {                                                                    \
            if (TestNetworkServers::inCi())                                                        \
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (make deps)").arg(name)));    \
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (make deps)").arg(name)));        \
        }                                                                                          \
    } while (false)

// tinyproxy in the foreground with Basic authentication, its own configuration and log.
class TinyProxy
{
public:
    TinyProxy();
    ~TinyProxy();

    static QString program() { return TestNetworkServers::find(QStringLiteral("tinyproxy")); }
    // With `user` empty, the proxy asks for no authentication.
    bool start(const QString &user = {}, const QString &password = {});
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_port; }
    QString log() const;
    QString problem() const { return m_problem; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_problem;
};

// A TCP relay in front of another port that keeps every byte it passed on from the client: what
// a proxy (or anyone on the path to it) can see.
class RecordingRelay : public QObject
{
    Q_OBJECT

public:
    explicit RecordingRelay(quint16 targetPort, QObject *parent = nullptr);
    ~RecordingRelay() override;
    bool listen();
    quint16 port() const;
    QUrl url() const;
    QByteArray fromClients() const { return m_fromClients; }

private:
    std::unique_ptr<QTcpServer> m_server;
    quint16 m_target;
    QByteArray m_fromClients;
};

// A small SOCKS5 proxy (RFC 1928, with RFC 1929 user name and password when `user` is set) on
// 127.0.0.1: no SOCKS5 server is packaged small enough to start per test. It records the
// destinations asked for and whether authentication failed.
class Socks5Proxy : public QObject
{
    Q_OBJECT

public:
    explicit Socks5Proxy(QString user = {}, QString password = {}, QObject *parent = nullptr);
    ~Socks5Proxy() override;
    bool listen();
    QUrl url() const; // socks5://127.0.0.1:<port>
    QStringList destinations() const { return m_destinations; }
    int refusedLogins() const { return m_refused; }

private:
    void serve(class QTcpSocket *client);

    std::unique_ptr<QTcpServer> m_server;
    QString m_user;
    QString m_password;
    QStringList m_destinations;
    int m_refused = 0;
};

// nginx serving HTTPS on 127.0.0.1 with a server certificate and, when `clientCa` is given,
// `ssl_verify_client on` against it. Every path answers 200 with the client's subject in JSON.
class TlsNginx
{
public:
    TlsNginx();
    ~TlsNginx();

    static QString program() { return TestNetworkServers::find(QStringLiteral("nginx")); }
    bool start(const QString &certificate, const QString &key, const QString &clientCa = {});
    QUrl url(const QString &path = QStringLiteral("/")) const;
    QString problem() const { return m_problem; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_problem;
};
