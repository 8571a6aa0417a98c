#include "net/HttpClient.h"

#include "net/ProxyRules.h"
#include "net/TlsFiles.h"
#include "util/Clock.h"
#include "util/DeadlineTimer.h"
#include "util/Redactor.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryFile>
#include <QTimer>

#include <optional>

// Debug lines (headers, redirects, retries) are off unless asked for with
// QT_LOGGING_RULES="tokenbench.net.debug=true"; one info line per exchange is on.
Q_LOGGING_CATEGORY(lcNet, "tokenbench.net", QtInfoMsg)

namespace {

// Qt's own default, stated here so that it cannot change under us: past this many decompressed
// bytes Qt refuses an answer whose compression ratio only a decompression bomb reaches.
constexpr qint64 DecompressionCheckThreshold = 10 * 1024 * 1024;
constexpr qint64 ReadChunk = 64 * 1024;
constexpr qint64 ReplyBufferSize = 1024 * 1024; // keeps memory flat while a file is written

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Errors Qt derives from an HTTP status >= 400: the exchange itself worked.
bool isStatusError(QNetworkReply::NetworkError e)
{
    return (e >= QNetworkReply::ContentAccessDenied && e <= QNetworkReply::UnknownContentError) ||
           e == QNetworkReply::ProtocolInvalidOperationError ||
           (e >= QNetworkReply::InternalServerError && e <= QNetworkReply::UnknownServerError);
}

// Failures after which the same request may well succeed on a new connection. A host that is
// not found (usually a typo) and a timeout (the person already waited timeoutMs) are not retried.
bool isRetryableTransportError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QString seconds(int ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 1 : 0);
}

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? QCoreApplication::translate("HttpClient", "the server")
                                : url.host();
}

// Retry-After as delta-seconds or an HTTP-date; -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 s = v.toLongLong(&ok);
    if (ok)
        return s < 0 ? -1 : s * 1000;
    QDateTime when = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(QString::fromLatin1(v),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, Clock::msecsTo(when));
}

// The chain the server sent, as PEM, when a trusted authority is all it lacks: no wrong name, no
// expired or revoked certificate, which trusting an authority would not cure.
QByteArray chainToTrust(const QList<QSslError> &errors, QList<QSslCertificate> chain)
{
    // Qt knows the chain once the handshake got that far; else the errors name the certificates.
    const bool known = !chain.isEmpty();
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            if (!known && !e.certificate().isNull() && !chain.contains(e.certificate()))
                chain.append(e.certificate());
            break;
        default:
            return {};
        }
    }
    QByteArray pem;
    for (const QSslCertificate &certificate : std::as_const(chain))
        pem += certificate.toPem();
    return pem;
}

QList<QSslCertificate> systemCaCertificates()
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system;
}

// Values that must not show up in a log line or an error, taken from what the request carries.
void addHeaderSecrets(QStringList &secrets, const QByteArray &value)
{
    const QString v = QString::fromUtf8(value).trimmed();
    secrets.append(v);
    const qsizetype space = v.indexOf(QLatin1Char(' '));
    if (space > 0)
        secrets.append(v.mid(space + 1).trimmed());
    // "PS-Auth key=...; runas=...; pwd=[...];": each value on its own.
    static const QRegularExpression pair(
        QStringLiteral(R"(([A-Za-z0-9_\-]+)=(\[[^\]]*\]|[^;\s]*))"));
    auto it = pair.globalMatch(v);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value2 = m.captured(2);
        secrets.append(value2);
        if (value2.startsWith(QLatin1Char('[')) && value2.endsWith(QLatin1Char(']')))
            secrets.append(value2.mid(1, value2.size() - 2));
    }
}

// Qt asks this for every connection it opens (each hop of a redirect too): ProxyRules answer,
// with the settings of the manager it belongs to and the environment of the moment.
class RulesProxyFactory : public QNetworkProxyFactory
{
public:
    explicit RulesProxyFactory(ProxySettings settings)
        : m_settings(std::move(settings))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const ProxyRules::Choice choice =
            ProxyRules::choose(query.url(), m_settings, ProxyRules::Environment::fromProcess());
        if (choice.isDirect())
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        const bool socks = choice.proxy.scheme() == QLatin1String("socks5");
        QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                            choice.proxy.host(), quint16(choice.proxy.port(1080)));
        if (socks && !m_settings.user.isEmpty()) {
            // SOCKS5 asks for them before anything else; an HTTP proxy gets them on its 407.
            proxy.setUser(m_settings.user);
            proxy.setPassword(m_settings.password);
        }
        return {proxy};
    }

private:
    const ProxySettings m_settings;
};

QByteArray hashOf(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace

struct HttpCall::Private
{
    HttpCall *q = nullptr;
    QPointer<QNetworkAccessManager> manager;
    HttpClient::Options options;
    HttpRequest request;
    int timeoutMs = 0;
    int maxRetries = 0;

    // The hop in flight.
    QByteArray method;
    QUrl url;
    QByteArray body;
    HttpHeaders headers;      // the request's own, secret-looking ones removed
    HttpHeaders looseSecrets; // secret-looking headers found in request.headers
    QPointer<QNetworkReply> reply;
    QNetworkReply *liveReply = nullptr; // the reply we still expect finished() from

    // Takes the reply in flight out of the call's hands; the caller disposes of it.
    QNetworkReply *takeReply()
    {
        QNetworkReply *r = reply.data();
        reply.clear();
        liveReply = nullptr;
        return r;
    }

    // Credentials go only to their origin and only while every hop so far stayed on it.
    Origin credentialOrigin;
    bool credentialLive = true;
    Origin initialOrigin;
    bool initialLive = true;
    QList<QNetworkCookie> sendCookies; // the credential's, updated by Set-Cookie on its origin
    QList<QNetworkCookie> received;
    QStringList secrets;
    std::optional<QSslConfiguration> ssl;
    std::optional<TlsFiles::ClientIdentity> identity; // shown to the profile's origin only
    ProxySettings proxy;                              // what the request's manager uses
    QString peerCertificate;                          // TlsFiles::describe() of a refused one
    QByteArray untrustedChain;                        // Error::untrustedChain

    int redirects = 0;
    int attempts = 0;
    int retries = 0;
    QTimer retryTimer;
    // A wait the server named (Retry-After) is a span of the Clock's time, which tests move.
    DeadlineTimer retryAfterTimer;
    QTimer watchdog;
    QElapsedTimer elapsed;
    QElapsedTimer exchange;
    QStringList sslErrors;

    // Where the body goes.
    int status = 0;
    bool discardBody = false;
    QByteArray buffer;
    std::unique_ptr<QFileDevice> file;
    bool fileIsTarget = false; // request.saveToFile (a QSaveFile) rather than a temporary file
    qint64 receivedBytes = 0;
    std::optional<Error> sinkError;

    QString scrub(const QString &text) const
    {
        QString out = text;
        // Qt's error strings quote the URL in full, query and all.
        const QString redactedUrl = Redactor::url(url);
        for (const QString &form :
             {url.toString(), url.toDisplayString(), QString::fromUtf8(url.toEncoded())})
            if (!form.isEmpty())
                out.replace(form, redactedUrl);
        return Redactor::text(out, secrets);
    }

    QString redactedUrl() const { return scrub(Redactor::url(url)); }

    Error error(Error::Kind kind, const char *code, const QString &message,
                const QString &detail = {}) const
    {
        return Error::make(kind, QString::fromLatin1(code), scrub(message),
                           scrub(QStringLiteral("%1 %2: %3")
                                     .arg(QString::fromLatin1(method), Redactor::url(url),
                                          detail.isEmpty() ? message : detail)));
    }

    Error timeoutError() const
    {
        return error(
            Error::Kind::Timeout, "net.timeout",
            QCoreApplication::translate("HttpClient", "The server %1 did not answer within %2 s.")
                .arg(hostOf(url), seconds(timeoutMs)),
            QStringLiteral("no data for %1 ms").arg(timeoutMs));
    }

    void begin();
    bool prepareTls();
    Error proxyAuthError(const QString &detail) const;
    QString clientCertificateMessage(bool sent) const;
    bool viaProxyWithCredentials() const;
    std::optional<QString> clientCertificateProblem(QNetworkReply::NetworkError e,
                                                    const QString &qtText) const;
    QString proxyOf(const QUrl &target) const
    {
        const auto choice =
            ProxyRules::choose(target, proxy, ProxyRules::Environment::fromProcess());
        return choice.isDirect() ? QCoreApplication::translate("HttpClient", "(none)")
                                 : choice.proxy.toString();
    }
    void sendAttempt();
    void touch() { watchdog.start(); }
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool consume(QNetworkReply *r);
    bool spillToFile();
    void discardSink();
    void handleTransportError(QNetworkReply *r);
    void handleResponse(QNetworkReply *r);
    void followRedirect(QNetworkReply *r);
    bool bodyHoldsSecret() const;
    void collectCookies(QNetworkReply *r);
    void scheduleRetry(qint64 delayMs, const QString &why, bool serverSaid = false);
    qint64 backoffMs() const;
    void abortWith(Error e); // by value: callers pass members that discardSink() resets
    void finish(Result<HttpResponse> result);
    void logExchange(const QString &outcome) const;
};

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    m_defaultProxy.mode = ProxySettings::Mode::System;
    if (m_manager)
        m_manager->setProxyFactory(new RulesProxyFactory(m_defaultProxy));
}

HttpClient::~HttpClient()
{
    // Calls are children: deleting them here aborts their replies while the manager still lives.
    const auto calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

void HttpClient::setOptions(const Options &options)
{
    m_options = options;
}

void HttpClient::setDefaultProxy(const ProxySettings &proxy)
{
    m_defaultProxy = proxy;
    if (m_defaultProxy.mode == ProxySettings::Mode::Inherit)
        m_defaultProxy.mode = ProxySettings::Mode::System;
}

ProxySettings HttpClient::effectiveProxy(const NetworkSettings &network) const
{
    if (network.proxy.mode != ProxySettings::Mode::Inherit)
        return network.proxy;
    ProxySettings proxy = m_defaultProxy;
    // A profile's own user name (and so its password) wins over the app's; a profile that
    // follows the app keeps the password of the app's user name.
    if (!network.proxy.user.isEmpty()) {
        proxy.user = network.proxy.user;
        proxy.password = network.proxy.password;
    } else if (!network.proxy.password.isEmpty()) {
        proxy.password = network.proxy.password;
    }
    return proxy;
}

HttpCall *HttpClient::send(const HttpRequest &request)
{
    auto *call = new HttpCall(this, request);
    call->start();
    return call;
}

QNetworkAccessManager *HttpClient::managerFor(const NetworkSettings &network)
{
    const ProxySettings proxy = effectiveProxy(network);
    const bool systemProxy = proxy.mode == ProxySettings::Mode::System && proxy.user.isEmpty();
    if (network.caFile.isEmpty() && !network.insecureTls && network.clientCertificate.isEmpty() &&
        systemProxy)
        return m_manager;
    // Secrets take part as hashes: a changed password makes a new pool, never a reused one.
    const QStringList parts{
        network.caFile,
        network.insecureTls ? network.origin.toString() : QString(),
        proxy.toString(),
        proxy.exclusions.join(QLatin1Char(',')),
        proxy.user,
        QString::fromLatin1(hashOf(proxy.password)),
        network.clientCertificate.isEmpty() ? QString() : network.origin.toString(),
        network.clientCertificate,
        network.clientKey,
        QString::fromLatin1(hashOf(network.clientKeyPassphrase)),
    };
    const QByteArray key = parts.join(QLatin1Char('\n')).toUtf8();
    auto &manager = m_managersBySettings[key];
    if (!manager) { // cookies, cache and redirects are switched off per request, as for any
        manager = std::make_unique<QNetworkAccessManager>();
        manager->setProxyFactory(new RulesProxyFactory(proxy));
        if (!proxy.user.isEmpty() && !proxy.password.isEmpty()) {
            const QString user = proxy.user;
            const QString password = proxy.password;
            // Qt asks again after an HTTP proxy refused these; the same answer ends the request
            // with ProxyAuthenticationRequiredError instead of a loop. A SOCKS5 proxy has them
            // in its QNetworkProxy already; answering its question again would make Qt 6.4 try
            // the refused pair forever, so it gets no answer and the request fails.
            connect(manager.get(), &QNetworkAccessManager::proxyAuthenticationRequired,
                    manager.get(),
                    [user, password](const QNetworkProxy &asking, QAuthenticator *a) {
                        if (asking.type() != QNetworkProxy::HttpProxy)
                            return;
                        a->setUser(user);
                        a->setPassword(password);
                    });
        }
    }
    return manager.get();
}

HttpCall::HttpCall(HttpClient *client, const HttpRequest &request)
    : QObject(client)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->manager = client->managerFor(request.network);
    d->proxy = client->effectiveProxy(request.network);
    d->options = client->m_options;
    d->request = request;
    d->timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : d->options.timeoutMs;
    // A negative maxRetries means "the client's default"; zero turns retries off.
    d->maxRetries = request.maxRetries >= 0 ? request.maxRetries : d->options.maxRetries;
    d->retryTimer.setSingleShot(true);
    d->watchdog.setSingleShot(true);
    // Qt's transfer timeout should fire first; this one makes sure nothing ever hangs.
    d->watchdog.setInterval(d->timeoutMs + qMax(250, d->timeoutMs / 10));
    connect(&d->retryTimer, &QTimer::timeout, this, [this] { d->sendAttempt(); });
    connect(&d->retryAfterTimer, &DeadlineTimer::timeout, this, [this] { d->sendAttempt(); });
    connect(&d->watchdog, &QTimer::timeout, this, [this] {
        if (d->reply)
            d->abortWith(d->timeoutError());
    });
}

HttpCall::~HttpCall()
{
    if (QNetworkReply *r = d->takeReply()) {
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    if (!m_finished)
        d->discardSink();
}

void HttpCall::start()
{
    // Deferred, so that the caller can connect to finished() even when the request fails at once.
    QTimer::singleShot(0, this, [this] { d->begin(); });
}

void HttpCall::abort()
{
    if (m_finished)
        return;
    if (QNetworkReply *r = d->takeReply()) {
        disconnect(r, nullptr, this, nullptr);
        r->abort();
        r->deleteLater();
    }
    d->discardSink();
    d->logExchange(QStringLiteral("cancelled"));
    d->finish(d->error(Error::Kind::Cancelled, "net.cancelled",
                       QCoreApplication::translate("HttpClient", "The request to %1 was cancelled.")
                           .arg(hostOf(d->url))));
}

void HttpCall::Private::begin()
{
    if (q->m_finished)
        return;
    elapsed.start();
    method = request.method.trimmed().toUpper();
    if (method.isEmpty())
        method = "GET";
    url = request.url;
    if (!url.userInfo().isEmpty()) {
        // Credentials travel in `credential` only; Qt would answer a 401 with these on its own.
        url.setUserInfo(QString());
    }
    body = request.body;
    initialOrigin = Origin::of(url);
    credentialOrigin =
        request.credential.origin.isValid() ? request.credential.origin : initialOrigin;
    sendCookies = request.credential.cookies;

    for (const auto &h : request.credential.headers) {
        // A credential's header is secret whatever it is called, here and in what follows (the
        // same header typed into a request, a log line, the history).
        Redactor::markSecretHeader(h.first);
        addHeaderSecrets(secrets, h.second);
    }
    for (const QNetworkCookie &c : request.credential.cookies)
        secrets.append(QString::fromUtf8(c.value()));
    for (const auto &h : request.headers) {
        if (Redactor::isSecretHeader(h.first)) {
            looseSecrets.append(h);
            addHeaderSecrets(secrets, h.second);
        } else {
            headers.append(h);
        }
    }
    const QString query = request.url.query(QUrl::FullyDecoded);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0 && Redactor::isSecretField(pair.left(eq)))
            secrets.append(pair.mid(eq + 1));
    }
    if (!request.url.password().isEmpty())
        secrets.append(request.url.password());
    for (const QString &secret :
         {request.network.proxy.password, request.network.clientKeyPassphrase, proxy.password})
        if (!secret.isEmpty())
            secrets.append(secret);

    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        finish(error(Error::Kind::InvalidInput, "net.invalid_url",
                     QCoreApplication::translate("HttpClient",
                                                 "The address %1 is not a valid http or https URL.")
                         .arg(Redactor::url(request.url))));
        return;
    }
    if (!manager) {
        finish(error(Error::Kind::Internal, "net.no_manager",
                     QCoreApplication::translate("HttpClient",
                                                 "The network is not available to Tokenbench.")));
        return;
    }
    if (!prepareTls())
        return;
    sendAttempt();
}

bool HttpCall::Private::prepareTls()
{
    const NetworkSettings &network = request.network;
    if (!network.clientCertificate.isEmpty()) {
        auto loaded = TlsFiles::clientIdentity(network.clientCertificate, network.clientKey,
                                               network.clientKeyPassphrase);
        if (!loaded) {
            finish(error(loaded.error().kind, loaded.error().code.toLatin1().constData(),
                         loaded.error().message));
            return false;
        }
        identity = std::move(loaded).value();
    }
    // Only a CA file asks for a TLS configuration of its own: reading Qt's default one loads the
    // TLS backend and OpenSSL (about half the work of a whole plain-http CLI request, measured).
    if (!network.caFile.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        const auto extra = TlsFiles::caCertificates(network.caFile);
        if (!extra) {
            finish(error(extra.error().kind, extra.error().code.toLatin1().constData(),
                         extra.error().message));
            return false;
        }
        // setCaCertificates() turns off Qt's on-demand loading of the system store, so the
        // system's certificates are listed explicitly next to the extra ones.
        conf.setCaCertificates(systemCaCertificates() + extra.value());
        ssl = conf;
    }
    return true;
}

// A server that wants a client certificate ends the handshake with an alert (TLS 1.2), or
// right after it (TLS 1.3: the first read fails). Either way the words are OpenSSL's.
std::optional<QString> HttpCall::Private::clientCertificateProblem(QNetworkReply::NetworkError e,
                                                                   const QString &qtText) const
{
    if (e != QNetworkReply::SslHandshakeFailedError && e != QNetworkReply::RemoteHostClosedError &&
        e != QNetworkReply::UnknownNetworkError)
        return std::nullopt;
    const QString t = qtText.toLower();
    const bool asked = t.contains(QLatin1String("certificate required")) ||
                       t.contains(QLatin1String("alert handshake failure"));
    const bool refused = t.contains(QLatin1String("alert bad certificate")) ||
                         t.contains(QLatin1String("alert unknown ca")) ||
                         t.contains(QLatin1String("alert certificate unknown")) ||
                         t.contains(QLatin1String("alert certificate expired")) ||
                         t.contains(QLatin1String("alert access denied")) ||
                         t.contains(QLatin1String("alert decrypt error"));
    if (!asked && !refused)
        return std::nullopt;
    return clientCertificateMessage(identity && Origin::of(url) == request.network.origin);
}

QString HttpCall::Private::clientCertificateMessage(bool sent) const
{
    if (!sent)
        return QCoreApplication::translate(
                   "HttpClient",
                   "%1 asks for a client certificate and none was given: set the profile's "
                   "client certificate (client_cert).")
            .arg(hostOf(url));
    return QCoreApplication::translate("HttpClient",
                                       "%1 refused the client certificate %2 (issued by %3).")
        .arg(hostOf(url), TlsFiles::subject(identity->certificate),
             TlsFiles::issuer(identity->certificate));
}

void HttpCall::Private::sendAttempt()
{
    if (q->m_finished)
        return;
    ++attempts;
    status = 0;
    discardBody = false;
    sslErrors.clear();
    peerCertificate.clear();
    untrustedChain.clear();
    discardSink();
    exchange.start();

    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Manual keeps Qt from answering a server's 401 from its own cache; it also stops Qt from
    // answering a plain-http proxy's 407, so a request with proxy credentials leaves it at its
    // default (nothing ever fills Qt's cache of server credentials: user info is stripped and
    // authenticationRequired has no receiver).
    if (proxy.user.isEmpty() || proxy.password.isEmpty())
        req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setTransferTimeout(timeoutMs);
    req.setDecompressedSafetyCheckThreshold(DecompressionCheckThreshold);
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (https && identity && Origin::of(url) == request.network.origin) {
        QSslConfiguration conf = ssl ? *ssl : QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(identity->certificate);
        conf.setLocalCertificateChain(QList<QSslCertificate>{identity->certificate} +
                                      identity->chain);
        conf.setPrivateKey(identity->key);
        req.setSslConfiguration(conf);
    } else if (https && ssl) {
        req.setSslConfiguration(*ssl);
    }

    bool userAgent = false;
    for (const auto &h : qAsConst(headers)) {
        req.setRawHeader(h.first, h.second);
        userAgent = userAgent || h.first.compare("User-Agent", Qt::CaseInsensitive) == 0;
    }
    if (!userAgent)
        req.setRawHeader("User-Agent", "Tokenbench/" TOKENBENCH_VERSION);

    const Origin here = Origin::of(url);
    const bool attachCredential = credentialLive && here == credentialOrigin &&
                                  (!request.credential.headers.isEmpty() || !sendCookies.isEmpty());
    if (attachCredential) {
        for (const auto &h : request.credential.headers)
            req.setRawHeader(h.first, h.second);
        QList<QByteArray> pairs;
        for (const QNetworkCookie &c : qAsConst(sendCookies))
            pairs.append(c.toRawForm(QNetworkCookie::NameAndValueOnly));
        if (!pairs.isEmpty())
            req.setRawHeader("Cookie", pairs.join("; "));
    }
    if (initialLive && here == initialOrigin) {
        for (const auto &h : qAsConst(looseSecrets))
            req.setRawHeader(h.first, h.second);
    }

    if (lcNet().isDebugEnabled()) {
        HttpHeaders sent;
        const auto names = req.rawHeaderList();
        for (const QByteArray &name : names)
            sent.append({name, req.rawHeader(name)});
        QStringList lines;
        for (const auto &h : Redactor::headers(sent))
            lines.append(QString::fromUtf8(h.first + ": " + h.second));
        qCDebug(lcNet).noquote() << scrub(
            QStringLiteral("> %1 %2 (attempt %3, credential %4) %5")
                .arg(QString::fromLatin1(method), Redactor::url(url))
                .arg(attempts)
                .arg(attachCredential ? QStringLiteral("attached") : QStringLiteral("withheld"),
                     lines.join(QStringLiteral(" | "))));
    }

    QNetworkReply *r = nullptr;
    if (method == "GET" && body.isEmpty())
        r = manager->get(req);
    else if (method == "HEAD")
        r = manager->head(req);
    else if (method == "DELETE" && body.isEmpty())
        r = manager->deleteResource(req);
    else
        r = manager->sendCustomRequest(req, method, body);
    reply = r;
    liveReply = r;
    r->setReadBufferSize(ReplyBufferSize);

    // The manager deletes its replies when it goes; the call must still report.
    QObject::connect(r, &QObject::destroyed, q, [this, r] {
        if (liveReply != r)
            return;
        liveReply = nullptr;
        reply.clear();
        discardSink();
        finish(error(Error::Kind::Network, "net.manager_gone",
                     QCoreApplication::translate("HttpClient",
                                                 "The request to %1 was dropped: the network "
                                                 "access was shut down.")
                         .arg(hostOf(url))));
    });

    QObject::connect(r, &QNetworkReply::metaDataChanged, q, [this] { onMetaData(); });
    QObject::connect(r, &QNetworkReply::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(r, &QNetworkReply::downloadProgress, q, [this](qint64 got, qint64 total) {
        touch();
        if (!discardBody)
            Q_EMIT q->downloadProgress(got, total);
    });
    QObject::connect(r, &QNetworkReply::uploadProgress, q, [this] { touch(); });
    QObject::connect(r, &QNetworkReply::sslErrors, q, [this, r](const QList<QSslError> &errors) {
        QStringList words;
        for (const QSslError &e : errors) {
            words.append(e.errorString());
            if (peerCertificate.isEmpty() && !e.certificate().isNull())
                peerCertificate = TlsFiles::describe(e.certificate());
        }
        words.removeDuplicates();
        untrustedChain = chainToTrust(errors, r->sslConfiguration().peerCertificateChain());
        // Only the profile's own origin, never a hop a redirect chose or a token URL elsewhere.
        const bool insecureHere =
            request.network.insecureTls && Origin::of(url) == request.network.origin;
        if (insecureHere && reply) {
            qCWarning(lcNet).noquote()
                << scrub(QStringLiteral("%1: ignoring certificate problems as asked: %2")
                             .arg(Redactor::url(url), words.join(QStringLiteral("; "))));
            reply->ignoreSslErrors();
            return;
        }
        sslErrors = words;
    });
    QObject::connect(r, &QNetworkReply::finished, q, [this] { onFinished(); });
    touch();
}

void HttpCall::Private::onMetaData()
{
    touch();
    if (!reply)
        return;
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    discardBody = isRedirect(status) && reply->hasRawHeader("Location");
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (!discardBody && length > options.maxBodyBytes) {
        abortWith(error(Error::Kind::Server, "net.body_too_large",
                        QCoreApplication::translate(
                            "HttpClient",
                            "The response from %1 is larger than %2, the most Tokenbench accepts.")
                            .arg(hostOf(url), QLocale().formattedDataSize(options.maxBodyBytes)),
                        QStringLiteral("Content-Length %1").arg(length)));
    }
}

void HttpCall::Private::onReadyRead()
{
    touch();
    if (!reply)
        return;
    if (!consume(reply))
        abortWith(*sinkError);
}

// Reads what the reply has, into memory or a file. False (with sinkError) when the body broke a
// limit or could not be written.
bool HttpCall::Private::consume(QNetworkReply *r)
{
    while (r->bytesAvailable() > 0) {
        const QByteArray chunk = r->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        if (discardBody)
            continue;
        receivedBytes += chunk.size();
        if (receivedBytes > options.maxBodyBytes) {
            sinkError = error(
                Error::Kind::Server, "net.body_too_large",
                QCoreApplication::translate(
                    "HttpClient", "The response from %1 is larger than %2, the most Tokenbench "
                                  "accepts.")
                    .arg(hostOf(url), QLocale().formattedDataSize(options.maxBodyBytes)),
                QStringLiteral("more than %1 bytes after decompression").arg(options.maxBodyBytes));
            return false;
        }
        if (!file) {
            const bool wantTarget =
                !request.saveToFile.isEmpty() && (status == 0 || (status >= 200 && status < 300));
            if (wantTarget) {
                auto target = std::make_unique<QSaveFile>(request.saveToFile);
                if (!target->open(QIODevice::WriteOnly)) {
                    sinkError = error(Error::Kind::Io, "net.save_failed",
                                      QCoreApplication::translate(
                                          "HttpClient", "The response could not be saved to %1: %2")
                                          .arg(QDir::toNativeSeparators(request.saveToFile),
                                               target->errorString()));
                    return false;
                }
                file = std::move(target);
                fileIsTarget = true;
            } else if (buffer.size() + chunk.size() > options.memoryBodyLimit) {
                if (!spillToFile())
                    return false;
            }
        }
        if (file) {
            if (file->write(chunk) != chunk.size()) {
                sinkError = error(
                    Error::Kind::Io, "net.save_failed",
                    QCoreApplication::translate("HttpClient",
                                                "The response could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(file->fileName()), file->errorString()));
                return false;
            }
        } else {
            buffer.append(chunk);
        }
    }
    return true;
}

bool HttpCall::Private::spillToFile()
{
    const QString dir = options.tempDir.isEmpty() ? QDir::tempPath() : options.tempDir;
    auto temp = std::make_unique<QTemporaryFile>(dir + QStringLiteral("/tokenbench-body-XXXXXX"));
    temp->setAutoRemove(false); // the caller owns the file once the call has finished
    if (!temp->open()) {
        sinkError =
            error(Error::Kind::Io, "net.temp_failed",
                  QCoreApplication::translate(
                      "HttpClient", "The large response from %1 could not be stored in %2: %3")
                      .arg(hostOf(url), QDir::toNativeSeparators(dir), temp->errorString()));
        return false;
    }
    if (temp->write(buffer) != buffer.size()) {
        sinkError =
            error(Error::Kind::Io, "net.temp_failed",
                  QCoreApplication::translate(
                      "HttpClient", "The large response from %1 could not be stored in %2: %3")
                      .arg(hostOf(url), QDir::toNativeSeparators(dir), temp->errorString()));
        temp->remove();
        return false;
    }
    buffer.clear();
    buffer.squeeze();
    file = std::move(temp);
    fileIsTarget = false;
    return true;
}

void HttpCall::Private::discardSink()
{
    if (file) {
        if (fileIsTarget) {
            static_cast<QSaveFile *>(file.get())->cancelWriting();
            file->close(); // QSaveFile removes its temporary file; the target stays untouched
        } else {
            file->close();
            QFile::remove(file->fileName());
        }
        file.reset();
    }
    fileIsTarget = false;
    buffer.clear();
    receivedBytes = 0;
    sinkError.reset();
}

void HttpCall::Private::onFinished()
{
    QNetworkReply *r = takeReply();
    if (!r)
        return; // already aborted and reported
    r->deleteLater();
    watchdog.stop();
    if (q->m_finished)
        return;
    if (!consume(r)) {
        discardSink();
        logExchange(QStringLiteral("refused: too large or unwritable"));
        finish(*sinkError);
        return;
    }
    const int st = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError e = r->error();
    if (st > 0 && (e == QNetworkReply::NoError || (st >= 400 && isStatusError(e))))
        handleResponse(r);
    else
        handleTransportError(r);
}

void HttpCall::Private::handleTransportError(QNetworkReply *r)
{
    const QNetworkReply::NetworkError e = r->error();
    const QString qtText = r->errorString();
    const QString detail = QStringLiteral("%1 (Qt error %2)").arg(qtText).arg(int(e));
    const QString host = hostOf(url);
    discardSink();

    if (qtText.contains(QLatin1String("ecompress"), Qt::CaseInsensitive) ||
        qtText.contains(QLatin1String("archive bomb"), Qt::CaseInsensitive)) {
        logExchange(QStringLiteral("refused: decompression"));
        finish(error(Error::Kind::Server, "net.decompression",
                     QCoreApplication::translate(
                         "HttpClient",
                         "The response from %1 expands far beyond its compressed size (a "
                         "possible decompression bomb) and was refused.")
                         .arg(host),
                     detail));
        return;
    }
    if (e == QNetworkReply::OperationCanceledError || e == QNetworkReply::TimeoutError) {
        // Only Qt's transfer timeout cancels a reply we did not abort ourselves.
        logExchange(QStringLiteral("timed out"));
        finish(timeoutError());
        return;
    }
    if (!sslErrors.isEmpty()) {
        logExchange(QStringLiteral("TLS failed"));
        QString message =
            QCoreApplication::translate("HttpClient", "The certificate of %1 is not trusted: %2.")
                .arg(host, sslErrors.join(QStringLiteral("; ")));
        if (!peerCertificate.isEmpty())
            message +=
                QLatin1Char(' ') + QCoreApplication::translate("HttpClient", "Its certificate: %1.")
                                       .arg(peerCertificate);
        Error refused = error(Error::Kind::Tls, "net.tls_certificate", message, detail);
        refused.untrustedChain = untrustedChain;
        finish(refused);
        return;
    }
    if (const auto refused = clientCertificateProblem(e, qtText)) {
        logExchange(QStringLiteral("TLS failed: client certificate"));
        finish(error(Error::Kind::Tls, "net.tls_client_certificate", *refused, detail));
        return;
    }
    // A proxy that answers a CONNECT with credentials by anything but 200 or 407 (tinyproxy
    // answers wrong ones with 401) leaves Qt with only "Error communicating with HTTP proxy".
    const bool tunnelRefused = e == QNetworkReply::UnknownNetworkError &&
                               viaProxyWithCredentials() &&
                               qtText.contains(QLatin1String("HTTP proxy"));
    if (e == QNetworkReply::ProxyAuthenticationRequiredError || tunnelRefused) {
        logExchange(QStringLiteral("proxy refused"));
        finish(proxyAuthError(detail));
        return;
    }
    if (e == QNetworkReply::SslHandshakeFailedError) {
        logExchange(QStringLiteral("TLS failed"));
        finish(error(Error::Kind::Tls, "net.tls_handshake",
                     QCoreApplication::translate(
                         "HttpClient", "A secure connection to %1 could not be set up: %2")
                         .arg(host, qtText),
                     detail));
        return;
    }

    logExchange(QStringLiteral("failed: %1").arg(qtText));
    if (isRetryableTransportError(e) && request.isIdempotent() && retries < maxRetries) {
        scheduleRetry(backoffMs(), qtText);
        return;
    }

    QString message;
    const char *code = "net.network";
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        code = "net.connection_refused";
        message = QCoreApplication::translate(
                      "HttpClient",
                      "%1 refused the connection on port %2. Check the address and that the "
                      "service is running.")
                      .arg(host)
                      .arg(Origin::of(url).port);
        break;
    case QNetworkReply::HostNotFoundError:
        code = "net.host_not_found";
        message =
            QCoreApplication::translate(
                "HttpClient", "The host %1 could not be found. Check the address and the network "
                              "connection.")
                .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        code = "net.connection_closed";
        message = QCoreApplication::translate(
                      "HttpClient", "%1 closed the connection before its answer was complete.")
                      .arg(host);
        break;
    default:
        if (e >= QNetworkReply::ProxyConnectionRefusedError &&
            e <= QNetworkReply::UnknownProxyError) {
            code = "net.proxy";
            message =
                QCoreApplication::translate("HttpClient", "The proxy %1 failed to reach %2: %3")
                    .arg(proxyOf(url), host, qtText);
        } else {
            message = QCoreApplication::translate("HttpClient", "Could not talk to %1: %2")
                          .arg(host, qtText);
        }
        break;
    }
    if (attempts > 1)
        message += QLatin1Char(' ') +
                   QCoreApplication::translate("HttpClient", "(%1 attempts)").arg(attempts);
    finish(error(Error::Kind::Network, code, message, detail));
}

Error HttpCall::Private::proxyAuthError(const QString &detail) const
{
    const QString proxyName = proxyOf(url);
    const QString message =
        proxy.user.isEmpty()
            ? QCoreApplication::translate("HttpClient",
                                          "The proxy %1 asks for a user name and password: set the "
                                          "proxy user (proxy_user) and give its password "
                                          "(proxy_password).")
                  .arg(proxyName)
        : proxy.password.isEmpty()
            ? QCoreApplication::translate(
                  "HttpClient", "The proxy %1 asks for the password of %2 (proxy_password).")
                  .arg(proxyName, proxy.user)
            : QCoreApplication::translate("HttpClient",
                                          "The proxy %1 refused the user name %2 and its password.")
                  .arg(proxyName, proxy.user);
    return error(Error::Kind::Network, "net.proxy_auth", message, detail);
}

bool HttpCall::Private::viaProxyWithCredentials() const
{
    return !proxy.user.isEmpty() && !proxy.password.isEmpty() &&
           !ProxyRules::choose(url, proxy, ProxyRules::Environment::fromProcess()).isDirect();
}

void HttpCall::Private::handleResponse(QNetworkReply *r)
{
    status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    logExchange(QString::number(status));
    // tinyproxy refuses wrong credentials with 401 (not 407) on a plain-http request; no
    // server behind a proxy sends Proxy-Authenticate.
    if (status == 401 && viaProxyWithCredentials() &&
        (r->hasRawHeader("Proxy-Authenticate") ||
         r->rawHeader("Server").toLower().startsWith("tinyproxy"))) {
        discardSink();
        finish(proxyAuthError(QStringLiteral("HTTP 401 from the proxy")));
        return;
    }
    // nginx finishes the handshake without the certificate it wanted, then answers 400 with
    // words of its own (its codes 495 and 496).
    if (status == 400 && !file &&
        (buffer.contains("No required SSL certificate was sent") ||
         buffer.contains("The SSL certificate error"))) {
        const bool sent = identity && Origin::of(url) == request.network.origin;
        discardSink();
        finish(error(Error::Kind::Tls, "net.tls_client_certificate", clientCertificateMessage(sent),
                     QStringLiteral("HTTP 400 from the server")));
        return;
    }
    collectCookies(r);

    if (isRedirect(status) && r->hasRawHeader("Location")) {
        followRedirect(r);
        return;
    }

    const bool canRetry = retries < maxRetries;
    const qint64 after = retryAfterMs(r->rawHeader("Retry-After"));
    if (status == 429 && canRetry && after >= 0 && after <= options.maxRetryAfterMs) {
        scheduleRetry(after, QStringLiteral("HTTP 429, Retry-After %1 ms").arg(after), true);
        return;
    }
    if ((status == 408 || status >= 500) && request.isIdempotent() && canRetry) {
        qint64 delay = backoffMs();
        bool serverSaid = false;
        if (status == 503 && after >= 0) {
            serverSaid = after > delay;
            if (after > options.maxRetryAfterMs)
                delay = -1;
            else
                delay = qMax(delay, after);
        }
        if (delay >= 0) {
            scheduleRetry(delay, QStringLiteral("HTTP %1").arg(status), serverSaid);
            return;
        }
    }

    HttpResponse response;
    response.status = status;
    response.reason = r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    response.headers = r->rawHeaderPairs();
    response.bodySize = receivedBytes;
    if (file) {
        response.bodyFile = file->fileName();
        if (fileIsTarget) {
            auto *target = static_cast<QSaveFile *>(file.get());
            response.bodyFile = request.saveToFile;
            if (!target->commit()) {
                const Error e = error(
                    Error::Kind::Io, "net.save_failed",
                    QCoreApplication::translate("HttpClient",
                                                "The response could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(request.saveToFile), target->errorString()));
                file.reset();
                discardSink();
                finish(e);
                return;
            }
        } else {
            file->close();
        }
        file.reset(); // the file now belongs to the caller
    } else if (!request.saveToFile.isEmpty() && status >= 200 && status < 300) {
        // An empty body still makes the file the caller asked for.
        QSaveFile target(request.saveToFile);
        if (!target.open(QIODevice::WriteOnly) || !target.commit()) {
            finish(error(
                Error::Kind::Io, "net.save_failed",
                QCoreApplication::translate("HttpClient",
                                            "The response could not be saved to %1: %2")
                    .arg(QDir::toNativeSeparators(request.saveToFile), target.errorString())));
            return;
        }
        response.bodyFile = request.saveToFile;
    } else {
        response.body = buffer;
        buffer.clear();
    }
    response.finalUrl = url;
    response.redirects = redirects;
    response.attempts = attempts;
    response.elapsedMs = elapsed.elapsed();
    response.cookies = received;
    receivedBytes = 0;
    finish(response);
}

void HttpCall::Private::followRedirect(QNetworkReply *r)
{
    const QUrl location = QUrl::fromEncoded(r->rawHeader("Location").trimmed());
    const QUrl next = url.resolved(location);
    const QString host = hostOf(url);
    discardSink();
    if (redirects >= options.maxRedirects) {
        finish(error(
            Error::Kind::Server, "net.too_many_redirects",
            QCoreApplication::translate(
                "HttpClient", "Too many redirects: %1 sent the request on more than %2 times.")
                .arg(host)
                .arg(options.maxRedirects)));
        return;
    }
    const QString scheme = next.scheme().toLower();
    if (!next.isValid() || next.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        finish(error(Error::Kind::Server, "net.bad_redirect",
                     QCoreApplication::translate(
                         "HttpClient", "%1 redirected to an address Tokenbench does not follow.")
                         .arg(host),
                     QStringLiteral("Location: %1").arg(Redactor::url(next))));
        return;
    }
    ++redirects;

    const Origin to = Origin::of(next);
    // Like curl: once the chain leaves the credential's origin, the credential stays behind for
    // the rest of the chain, even if a later hop comes back. A hop that comes back was chosen by
    // the other origin, which must not be able to make us send the credential on its behalf.
    // Going from https to http drops it too (that is an origin change anyway).
    const bool downgrade = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
                           scheme == QLatin1String("http");
    if (to != credentialOrigin || downgrade) {
        if (credentialLive && !request.credential.isEmpty())
            qCDebug(lcNet).noquote()
                << scrub(QStringLiteral("redirect to %1 leaves %2: credential dropped")
                             .arg(to.toString(), credentialOrigin.toString()));
        credentialLive = false;
    }
    if (to != initialOrigin || downgrade)
        initialLive = false;

    if (request.stayOnOrigin && !initialLive) {
        finish(error(Error::Kind::Server, "net.signin_redirected",
                     QCoreApplication::translate(
                         "HttpClient", "%1 sent the sign-in on to %2. Tokenbench does not follow "
                                       "a sign-in to another server or from https to http: check "
                                       "the base URL of the profile.")
                         .arg(host, Origin::of(next).toString()),
                     QStringLiteral("Location: %1").arg(Redactor::url(next))));
        return;
    }

    // 303, and 301/302 after a POST, become a GET without a body (what browsers do);
    // 307 and 308 repeat the request as it was.
    if ((status == 303 && method != "HEAD") ||
        ((status == 301 || status == 302) && method == "POST")) {
        method = "GET";
        body.clear();
        HttpHeaders kept;
        for (const auto &h : qAsConst(headers)) {
            if (!h.first.toLower().startsWith("content-"))
                kept.append(h);
        }
        headers = kept;
    }
    if (!initialLive && !body.isEmpty() && bodyHoldsSecret()) {
        finish(error(Error::Kind::Server, "net.secret_body_redirected",
                     QCoreApplication::translate(
                         "HttpClient", "%1 asked for the request to be sent again to %2. Its body "
                                       "holds a secret, which Tokenbench does not send to another "
                                       "server or from https to http.")
                         .arg(host, Origin::of(next).toString()),
                     QStringLiteral("%1 to Location: %2").arg(status).arg(Redactor::url(next))));
        return;
    }
    url = next;
    sendAttempt();
}

bool HttpCall::Private::bodyHoldsSecret() const
{
    if (request.bodyIsSecret)
        return true;
    QByteArray contentType;
    for (const auto &h : request.headers) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = h.second;
    }
    return Redactor::holdsSecret(body, contentType, secrets);
}

void HttpCall::Private::collectCookies(QNetworkReply *r)
{
    if (Origin::of(url) != credentialOrigin)
        return;
    const auto pairs = r->rawHeaderPairs();
    for (const auto &h : pairs) {
        if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QNetworkCookie> cookies = QNetworkCookie::parseCookies(h.second);
        for (QNetworkCookie c : cookies) {
            c.normalize(url);
            secrets.append(QString::fromUtf8(c.value()));
            auto same = [&c](const QNetworkCookie &o) {
                return o.hasSameIdentifier(c);
            };
            received.erase(std::remove_if(received.begin(), received.end(), same), received.end());
            received.append(c);
            auto sameName = [&c](const QNetworkCookie &o) {
                return o.name() == c.name();
            };
            sendCookies.erase(std::remove_if(sendCookies.begin(), sendCookies.end(), sameName),
                              sendCookies.end());
            const bool expired = c.expirationDate().isValid() &&
                                 c.expirationDate() <= QDateTime::currentDateTimeUtc();
            if (!expired)
                sendCookies.append(c);
        }
    }
}

qint64 HttpCall::Private::backoffMs() const
{
    const int shift = qMin(retries, 20);
    return qMin<qint64>(qint64(options.retryBaseDelayMs) << shift, options.maxRetryDelayMs);
}

void HttpCall::Private::scheduleRetry(qint64 delayMs, const QString &why, bool serverSaid)
{
    ++retries;
    discardSink();
    qCDebug(lcNet).noquote() << scrub(QStringLiteral("retry %1 of %2 for %3 %4 in %5 ms: %6")
                                          .arg(retries)
                                          .arg(maxRetries)
                                          .arg(QString::fromLatin1(method), Redactor::url(url))
                                          .arg(delayMs)
                                          .arg(why));
    if (serverSaid)
        retryAfterTimer.startIn(qMax<qint64>(0, delayMs));
    else
        retryTimer.start(int(qMax<qint64>(0, delayMs)));
}

void HttpCall::Private::abortWith(Error e)
{
    if (QNetworkReply *r = takeReply()) {
        QObject::disconnect(r, nullptr, q, nullptr);
        r->abort();
        r->deleteLater();
    }
    discardSink();
    logExchange(QStringLiteral("aborted: %1").arg(e.code));
    finish(e);
}

void HttpCall::Private::finish(Result<HttpResponse> result)
{
    if (q->m_finished)
        return;
    q->m_result = std::move(result);
    q->m_finished = true;
    retryTimer.stop();
    retryAfterTimer.stop();
    watchdog.stop();
    if (!q->m_result.ok())
        qCDebug(lcNet).noquote() << scrub(q->m_result.error().detail);
    // Queued: finished() never fires inside abort() or send(), and exactly once.
    HttpCall *call = q;
    QMetaObject::invokeMethod(
        call,
        [call] {
            Q_EMIT call->finished();
            call->deleteLater();
        },
        Qt::QueuedConnection);
}

void HttpCall::Private::logExchange(const QString &outcome) const
{
    qCInfo(lcNet).noquote() << scrub(
        QStringLiteral("%1 %2 -> %3 in %4 ms, %5 bytes")
            .arg(QString::fromLatin1(method), Redactor::url(url), outcome)
            .arg(exchange.isValid() ? exchange.elapsed() : 0)
            .arg(receivedBytes));
}
