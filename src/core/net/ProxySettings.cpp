#include "net/ProxySettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

Result<ProxySettings> ProxySettings::parse(const QString &text)
{
    ProxySettings settings;
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (t.isEmpty() || lower == QLatin1String("inherit") || lower == QLatin1String("default"))
        return settings;
    if (lower == QLatin1String("none") || lower == QLatin1String("direct")) {
        settings.mode = Mode::None;
        return settings;
    }
    if (lower == QLatin1String("system")) {
        settings.mode = Mode::System;
        return settings;
    }
    QUrl url = QUrl(t.contains(QLatin1String("://")) ? t : QStringLiteral("http://") + t,
                    QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    // Never echoes a password typed into the URL.
    QUrl shownUrl = url;
    shownUrl.setPassword(QString());
    const QString shown = url.password().isEmpty() ? t : shownUrl.toString();
    const auto invalid = [&shown](const QString &why) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("proxy.invalid"),
                           QCoreApplication::translate("ProxySettings", "\"%1\" is not a proxy: %2")
                               .arg(shown, why));
    };
    if (scheme == QLatin1String("socks5h"))
        url.setScheme(QStringLiteral("socks5"));
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("socks5"))
        return invalid(QCoreApplication::translate(
            "ProxySettings", "use http://host:port, socks5://host:port, none or system."));
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QCoreApplication::translate("ProxySettings", "it names no host."));
    if (!url.userInfo().isEmpty())
        return invalid(QCoreApplication::translate(
            "ProxySettings", "leave the user name and password out of the URL: give the user "
                             "name as proxy_user and the password when asked."));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() ||
        url.hasFragment())
        return invalid(
            QCoreApplication::translate("ProxySettings", "only a scheme, host and port."));
    url.setPath(QString());
    if (url.port() < 0)
        url.setPort(1080); // curl's default for every kind of proxy
    settings.mode = Mode::Manual;
    settings.url = url;
    return settings;
}

QString ProxySettings::toString() const
{
    switch (mode) {
    case Mode::Inherit:
        return {};
    case Mode::None:
        return QStringLiteral("none");
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Manual:
        return url.toString();
    }
    return {};
}

QStringList ProxySettings::parseExclusions(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return list.split(separators, Qt::SkipEmptyParts);
}
