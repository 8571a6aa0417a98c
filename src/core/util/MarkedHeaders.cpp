#include "util/MarkedHeaders.h"
#include "AppPaths.h"

#include <QRegularExpression>
#include <QSettings>

namespace {

const char *const SettingsKey = "security/secretHeaders";

} // namespace

namespace MarkedHeaders {

QStringList parse(const QString &text)
{
    // RFC 9110's token characters: anything else cannot name a header.
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    QStringList names;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!token.match(part).hasMatch() || names.contains(part, Qt::CaseInsensitive))
            continue;
        names.append(part);
    }
    return names;
}

QStringList read(const QSettings &settings)
{
    const QVariant value = settings.value(QLatin1String(SettingsKey));
    // Written as a list; a hand-edited file may hold one string.
    return parse(value.toStringList().join(QLatin1Char(',')));
}

void write(QSettings &settings, const QStringList &names)
{
    if (names.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), names);
}

QStringList readDesktopSettings()
{
    const QSettings settings{QLatin1String(AppPaths::Name), QLatin1String(AppPaths::Name)};
    return read(settings);
}

} // namespace MarkedHeaders
