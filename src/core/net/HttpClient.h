#pragma once

#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QNetworkAccessManager;
class HttpCall;

// The one place in Tokenbench that sends HTTP and attaches credentials. It follows redirects
// itself (Qt's own handling forwards Authorization to any host) and drops credentials and cookies
// the moment the origin changes; it times out, retries what is safe to retry, caps and streams
// large bodies, and logs every exchange through the redactor.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int timeoutMs = 30000; // inactivity: no byte for this long
        int maxRedirects = 10;
        int maxRetries = 2;         // transport failures, 408 and 5xx on idempotent requests
        int retryBaseDelayMs = 250; // doubled each time, capped at maxRetryDelayMs
        int maxRetryDelayMs = 2000;
        int maxRetryAfterMs = 60000; // a 429's Retry-After beyond this is not waited for
        qint64 memoryBodyLimit = 8 * 1024 * 1024; // larger bodies go to a temporary file
        qint64 maxBodyBytes = qint64(1) << 30;    // after decompression
        QString tempDir; // where large bodies are streamed; default: system temp
        // No CA file or insecure switch here: those belong to a profile and travel with each
        // request (HttpRequest::network), so they never reach another profile's or origin's hops.
    };

    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~HttpClient() override;

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    // The proxy of requests whose settings inherit it (the app's preference); System when never
    // set. Its password, if any, lives here for this run only.
    void setDefaultProxy(const ProxySettings &proxy);
    const ProxySettings &defaultProxy() const { return m_defaultProxy; }
    // The proxy settings `network` stands for here: its own, or the default when it inherits.
    ProxySettings effectiveProxy(const NetworkSettings &network) const;

    // Starts the request; the call reports once through HttpCall::finished(). The call is owned
    // by the client and deletes itself after finished() has been delivered.
    HttpCall *send(const HttpRequest &request);

private:
    friend class HttpCall;
    // The manager whose connections were made the way `network` says. Qt pools connections by
    // host and port alone, so a connection verified with one profile's CA file or made with its
    // certificate checks off must never carry a request with other settings: each set of
    // settings has a manager (and so a connection pool) of its own; the default is the one given.
    // The proxy is part of those settings: every manager answers Qt's proxy questions with
    // ProxyRules (so Qt's own reading of the environment never decides) and a 407 with the
    // settings' user name and password, once.
    QNetworkAccessManager *managerFor(const NetworkSettings &network);

    QNetworkAccessManager *m_manager;
    std::map<QByteArray, std::unique_ptr<QNetworkAccessManager>> m_managersBySettings;
    Options m_options;
    ProxySettings m_defaultProxy;
};

// One request in flight, with its redirects and retries.
class HttpCall : public QObject
{
    Q_OBJECT

public:
    ~HttpCall() override;

    // Valid once finished() was emitted: the response (any HTTP status), or a transport, TLS,
    // timeout, size or cancellation error.
    const Result<HttpResponse> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    void abort(); // finishes with Error::Kind::Cancelled

Q_SIGNALS:
    void finished();
    void downloadProgress(qint64 received, qint64 total);

private:
    friend class HttpClient;
    HttpCall(HttpClient *client, const HttpRequest &request);
    void start();

    struct Private;
    std::unique_ptr<Private> d;
    Result<HttpResponse> m_result = Error{};
    bool m_finished = false;
};
