#include "net/HttpMessage.h"

Origin Origin::of(const QUrl &url)
{
    Origin origin;
    if (!url.isValid())
        return origin;
    origin.scheme = url.scheme().toLower();
    origin.host = url.host().toLower();
    int defaultPort = -1;
    if (origin.scheme == QLatin1String("https"))
        defaultPort = 443;
    else if (origin.scheme == QLatin1String("http"))
        defaultPort = 80;
    origin.port = url.port(defaultPort);
    return origin;
}

QString Origin::toString() const
{
    if (!isValid())
        return {};
    // An IPv6 literal needs its brackets back to read as a URL.
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    QString text = scheme + QLatin1String("://") + h;
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    if (port >= 0 && port != defaultPort)
        text += QLatin1Char(':') + QString::number(port);
    return text;
}

bool HttpRequest::isIdempotent() const
{
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "OPTIONS" || m == "PUT" || m == "DELETE" ||
           m == "TRACE";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}
