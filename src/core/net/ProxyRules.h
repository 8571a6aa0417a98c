#pragma once

#include "net/ProxySettings.h"

#include <QString>
#include <QUrl>

// The decision "through which proxy does this URL go", without a network: the same answer for
// the request, its redirects, and `tokenbench-cli status --json`.
namespace ProxyRules {

// The proxy variables of a process, as curl reads them: lower case first, then upper case,
// except HTTP_PROXY, which curl ignores (a CGI program gets the client's Proxy header there).
struct Environment
{
    QString httpProxy;  // http_proxy
    QString httpsProxy; // https_proxy, HTTPS_PROXY
    QString allProxy;   // all_proxy, ALL_PROXY
    QString noProxy;    // no_proxy, NO_PROXY

    static Environment fromProcess();
};

// Whether `host` (and `port`) is on a no_proxy list: entries separated by commas or spaces; "*"
// alone matches every host; a name matches itself and its subdomains (a leading dot changes
// nothing); an IP address matches itself or a CIDR range ("10.0.0.0/8", "fd00::/8"); an entry
// "host:port" only that port. Case does not matter, nor a host name's final dot.
bool excluded(const QString &noProxyList, const QString &host, int port);

// The proxy for `url` under `settings` (Inherit counts as System); an empty URL: straight to
// the server. System mode never sends loopback addresses or localhost to a proxy.
struct Choice
{
    QUrl proxy;  // http://host:port or socks5://host:port; empty when direct
    QString why; // "manual", "http_proxy", "https_proxy", "all_proxy", "no_proxy", "none", ...
    bool isDirect() const { return proxy.isEmpty(); }
};
Choice choose(const QUrl &url, const ProxySettings &settings, const Environment &env);

} // namespace ProxyRules
