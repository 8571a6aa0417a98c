#pragma once

#include <QString>

#include <optional>

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

    // A header a person chose ("Send as"), written "Name" or "Name: Prefix" ("Authorization:
    // JWT", "X-Api-Key"); nothing when the text is not a header name with an optional prefix.
    static std::optional<TokenDelivery> fromChoice(const QString &text)
    {
        const int colon = text.indexOf(QLatin1Char(':'));
        const QString name = (colon < 0 ? text : text.left(colon)).trimmed();
        const QString prefix = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
        if (name.isEmpty() || prefix.contains(QLatin1Char(' ')))
            return std::nullopt;
        for (const QChar c : name) // an RFC 9110 token
            if (c.unicode() > 126 ||
                !(c.isLetterOrNumber() || QStringLiteral("!#$%&'*+-.^_`|~").contains(c)))
                return std::nullopt;
        return custom(name, prefix);
    }
    // The text fromChoice reads back.
    QString choiceText() const
    {
        return prefix.isEmpty() ? headerName : headerName + QLatin1String(": ") + prefix;
    }
    bool operator==(const TokenDelivery &o) const
    {
        return kind == o.kind && headerName == o.headerName && prefix == o.prefix &&
               cookieName == o.cookieName;
    }
    bool operator!=(const TokenDelivery &o) const { return !(*this == o); }
};
