#include "net/ProxyRules.h"

#include <QHostAddress>

namespace ProxyRules {

namespace {

QString variable(const char *lower, const char *upper)
{
    QString value = qEnvironmentVariable(lower);
    if (value.trimmed().isEmpty() && upper)
        value = qEnvironmentVariable(upper);
    return value.trimmed();
}

QString normalHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// "host", "host:port", "[v6]:port", "v6", "10.0.0.0/8": the host part and the port (-1: any).
void splitEntry(const QString &entry, QString &host, int &port)
{
    port = -1;
    host = entry;
    if (entry.startsWith(QLatin1Char('['))) {
        const qsizetype close = entry.indexOf(QLatin1Char(']'));
        if (close > 0) {
            host = entry.mid(1, close - 1);
            const QString rest = entry.mid(close + 1);
            if (rest.startsWith(QLatin1Char(':'))) {
                bool ok = false;
                const int p = rest.mid(1).toInt(&ok);
                if (ok)
                    port = p;
            }
        }
        return;
    }
    // One colon is a port; more are an IPv6 address.
    if (entry.count(QLatin1Char(':')) == 1) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        bool ok = false;
        const int p = entry.mid(colon + 1).toInt(&ok);
        if (ok) {
            host = entry.left(colon);
            port = p;
        }
    }
}

QUrl proxyUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    // curl takes user:password@ here; the address is what decides the route.
    QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("http://") + text);
    url.setUserInfo(QString());
    const Result<ProxySettings> parsed = ProxySettings::parse(url.toString());
    if (!parsed || parsed->mode != ProxySettings::Mode::Manual)
        return {};
    return parsed->url;
}

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

Environment Environment::fromProcess()
{
    Environment env;
    env.httpProxy = variable("http_proxy", nullptr);
    env.httpsProxy = variable("https_proxy", "HTTPS_PROXY");
    env.allProxy = variable("all_proxy", "ALL_PROXY");
    env.noProxy = variable("no_proxy", "NO_PROXY");
    return env;
}

bool excluded(const QString &noProxyList, const QString &rawHost, int port)
{
    const QString host = normalHost(rawHost);
    if (host.isEmpty())
        return false;
    const QStringList entries = ProxySettings::parseExclusions(noProxyList);
    if (entries.size() == 1 && entries.first() == QLatin1String("*"))
        return true;
    const QHostAddress address(host);
    for (const QString &raw : entries) {
        QString entryHost;
        int entryPort = -1;
        splitEntry(raw.trimmed(), entryHost, entryPort);
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (!address.isNull()) {
            // An address matches an address or a range, never a name.
            if (entryHost.contains(QLatin1Char('/'))) {
                const auto subnet = QHostAddress::parseSubnet(entryHost);
                if (!subnet.first.isNull() && address.isInSubnet(subnet))
                    return true;
                continue;
            }
            const QHostAddress other(normalHost(entryHost));
            if (!other.isNull() && other.isEqual(address, QHostAddress::StrictConversion))
                return true;
            continue;
        }
        QString name = normalHost(entryHost);
        while (name.startsWith(QLatin1Char('.')))
            name.remove(0, 1);
        if (name.startsWith(QLatin1String("*.")))
            name.remove(0, 2);
        if (name.isEmpty())
            continue;
        if (host == name || host.endsWith(QLatin1Char('.') + name))
            return true;
    }
    return false;
}

Choice choose(const QUrl &url, const ProxySettings &settings, const Environment &env)
{
    Choice choice;
    const QString host = normalHost(url.host());
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? 443 : 80);
    switch (settings.mode) {
    case ProxySettings::Mode::None:
        choice.why = QStringLiteral("none");
        return choice;
    case ProxySettings::Mode::Manual:
        if (excluded(settings.exclusions.join(QLatin1Char(',')), host, port)) {
            choice.why = QStringLiteral("no_proxy");
            return choice;
        }
        choice.proxy = settings.url;
        choice.why = QStringLiteral("manual");
        return choice;
    case ProxySettings::Mode::Inherit:
    case ProxySettings::Mode::System:
        break;
    }
    if (isLoopback(host)) {
        choice.why = QStringLiteral("loopback");
        return choice;
    }
    if (excluded(env.noProxy, host, port)) {
        choice.why = QStringLiteral("no_proxy");
        return choice;
    }
    const QString &specific = https ? env.httpsProxy : env.httpProxy;
    if (const QUrl p = proxyUrl(specific); !p.isEmpty()) {
        choice.proxy = p;
        choice.why = https ? QStringLiteral("https_proxy") : QStringLiteral("http_proxy");
        return choice;
    }
    if (const QUrl p = proxyUrl(env.allProxy); !p.isEmpty()) {
        choice.proxy = p;
        choice.why = QStringLiteral("all_proxy");
        return choice;
    }
    choice.why = QStringLiteral("direct");
    return choice;
}

} // namespace ProxyRules
