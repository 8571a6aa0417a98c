#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

// The redirect target of a native app's authorization request (RFC 8252 section 7.3): a
// one-shot HTTP listener on 127.0.0.1 at a port chosen at run time (or the one a server
// insists on). It takes the first GET of its path, answers the browser with a page that says
// the tab can be closed, hands the query over and stops listening. Other paths (a favicon)
// get 404 and change nothing.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxRequestSize = 16 * 1024;

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening; `port` 0 takes a free one. Errors: `oauth2.loopback` (the port is taken).
    Result<QUrl> listen(quint16 port, const QString &path);
    QUrl redirectUri() const { return m_redirectUri; }
    bool isListening() const { return m_server.isListening(); }
    void close();

    // The words of the page the browser shows for a query: set before the redirect comes.
    void setPage(std::function<QString(const QUrlQuery &query)> page) { m_page = std::move(page); }

Q_SIGNALS:
    // Once, for the first request of the path: its query (code and state, or error).
    void received(const QUrlQuery &query);

private:
    void accept();
    void read(QTcpSocket *socket);
    void reply(QTcpSocket *socket, const QByteArray &status, const QString &words);

    QTcpServer m_server;
    QString m_path;
    QUrl m_redirectUri;
    std::function<QString(const QUrlQuery &)> m_page;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
