#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

// Which proxy requests go through: inherited from the app's preference (profiles), none, the
// system's (the http_proxy family of environment variables, read the way curl reads them) or a
// proxy given by hand, HTTP or SOCKS5, with hosts that skip it. The password is never stored with
// these settings: it comes from the keychain (or standard input) for one run.
struct ProxySettings
{
    enum class Mode
    {
        Inherit, // a profile that follows the app's preference
        None,
        System,
        Manual,
    };

    Mode mode = Mode::Inherit;
    QUrl url;               // Manual: http://host:port or socks5://host:port
    QStringList exclusions; // Manual: no_proxy entries (host suffixes, *, IPs, CIDR, host:port)
    QString user;           // for a proxy that answers 407 (or a SOCKS5 one that asks)
    QString password;       // in memory only; never saved, logged or shown

    // "", "inherit", "none", "system", or a proxy URL ("http://proxy:3128", "socks5://h:1080");
    // a URL without a scheme is an HTTP proxy, as for curl.
    static Result<ProxySettings> parse(const QString &text);
    // The stored form of mode and url: the inverse of parse().
    QString toString() const;
    // A no_proxy list ("a.example, .b.example 10.0.0.0/8") as its entries.
    static QStringList parseExclusions(const QString &list);

    // Everything but the password decides where requests go.
    bool sameRoute(const ProxySettings &o) const
    {
        return mode == o.mode && url == o.url && exclusions == o.exclusions && user == o.user;
    }
    bool operator==(const ProxySettings &o) const { return sameRoute(o) && password == o.password; }
    bool operator!=(const ProxySettings &o) const { return !(*this == o); }
};
