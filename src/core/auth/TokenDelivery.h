#pragma once

#include <QString>

// How a token travels with a request: in a header with an optional scheme word, or as a cookie.
struct TokenDelivery
{
    enum class Kind
    {
        Header,
        Cookie
    };

    Kind kind = Kind::Header;
    QString headerName = QStringLiteral("Authorization");
    QString prefix = QStringLiteral("Bearer"); // empty: the bare token is the header value
    QString cookieName;

    static TokenDelivery bearer()
    {
        return custom(QStringLiteral("Authorization"), QStringLiteral("Bearer"));
    }
    static TokenDelivery jwt()
    {
        return custom(QStringLiteral("Authorization"), QStringLiteral("JWT"));
    }
    static TokenDelivery uat()
    {
        return custom(QStringLiteral("Authorization"), QStringLiteral("UAT"));
    }
    static TokenDelivery custom(const QString &header, const QString &prefix)
    {
        TokenDelivery d;
        d.headerName = header;
        d.prefix = prefix;
        return d;
    }
    static TokenDelivery cookie(const QString &name)
    {
        TokenDelivery d;
        d.kind = Kind::Cookie;
        d.headerName = QStringLiteral("Cookie");
        d.prefix.clear();
        d.cookieName = name;
        return d;
    }

    // The header's value for `token`: "Bearer abc", "abc", "ASP.NET_SessionId=abc".
    QString headerValue(const QString &token) const
    {
        if (kind == Kind::Cookie)
            return cookieName + QLatin1Char('=') + token;
        return prefix.isEmpty() ? token : prefix + QLatin1Char(' ') + token;
    }

    // The whole header line: "Authorization: Bearer abc".
    QString headerLine(const QString &token) const
    {
        return headerName + QLatin1String(": ") + headerValue(token);
    }

    bool operator==(const TokenDelivery &o) const
    {
        return kind == o.kind && headerName == o.headerName && prefix == o.prefix &&
               cookieName == o.cookieName;
    }
    bool operator!=(const TokenDelivery &o) const { return !(*this == o); }
};
