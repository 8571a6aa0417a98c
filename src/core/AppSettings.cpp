#include "AppSettings.h"

#include "util/MarkedHeaders.h"

#include <QSettings>
#include <QVariant>

namespace {

// MainWindow reads the clipboard delay under this key too: keep it.
const char *const ClipboardClearKey = "clipboard/clearAfterSeconds";
const char *const AutoReloginKey = "sessions/autoReloginByDefault";
const char *const TimeoutKey = "sessions/defaultTimeoutSeconds";
const char *const NotifyKey = "notifications/beforeExpiry";
const char *const NotifyMinutesKey = "notifications/minutesBefore";
const char *const HistoryDaysKey = "history/retentionDays";
const char *const HistoryBodyCapKey = "history/bodyCapKiB";
const char *const ProxyKey = "network/proxy";
const char *const NoProxyKey = "network/noProxy";
const char *const ProxyUserKey = "network/proxyUser";

int readInt(const QSettings &settings, const char *key, int minimum, int maximum, int fallback)
{
    const QVariant value = settings.value(QLatin1String(key));
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return fallback;
    return number;
}

// QVariant::toBool() takes any non-empty string but "0" and "false" as true; a corrupt value
// must not switch a feature on, so only the spellings QSettings itself writes are accepted.
bool readBool(const QSettings &settings, const char *key, bool fallback)
{
    const QVariant value = settings.value(QLatin1String(key));
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return fallback;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    return load(settings);
}

AppSettings AppSettings::load(const QSettings &settings)
{
    const AppSettings defaults;
    AppSettings s;
    s.clipboardClearSeconds = readInt(settings, ClipboardClearKey, 0, MaxClipboardClearSeconds,
                                      defaults.clipboardClearSeconds);
    s.autoReloginByDefault = readBool(settings, AutoReloginKey, defaults.autoReloginByDefault);
    s.notifyBeforeExpiry = readBool(settings, NotifyKey, defaults.notifyBeforeExpiry);
    s.notifyMinutesBefore = readInt(settings, NotifyMinutesKey, MinNotifyMinutesBefore,
                                    MaxNotifyMinutesBefore, defaults.notifyMinutesBefore);
    s.defaultTimeoutSeconds = readInt(settings, TimeoutKey, MinTimeoutSeconds, MaxTimeoutSeconds,
                                      defaults.defaultTimeoutSeconds);
    s.historyRetentionDays = readInt(settings, HistoryDaysKey, 0, MaxHistoryRetentionDays,
                                     defaults.historyRetentionDays);
    s.historyBodyCapKiB =
        readInt(settings, HistoryBodyCapKey, 0, MaxHistoryBodyCapKiB, defaults.historyBodyCapKiB);
    s.secretHeaders = MarkedHeaders::read(settings);
    // An unreadable proxy reads as the system's, like any other corrupt value.
    const Result<ProxySettings> proxy =
        ProxySettings::parse(settings.value(QLatin1String(ProxyKey)).toString());
    s.proxy = proxy ? proxy->toString() : QString();
    s.noProxy = ProxySettings::parseExclusions(settings.value(QLatin1String(NoProxyKey)).toString())
                    .join(QLatin1Char(','));
    s.proxyUser = settings.value(QLatin1String(ProxyUserKey)).toString().trimmed();
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    save(settings);
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QLatin1String(ClipboardClearKey), clipboardClearSeconds);
    settings.setValue(QLatin1String(AutoReloginKey), autoReloginByDefault);
    settings.setValue(QLatin1String(NotifyKey), notifyBeforeExpiry);
    settings.setValue(QLatin1String(NotifyMinutesKey), notifyMinutesBefore);
    settings.setValue(QLatin1String(TimeoutKey), defaultTimeoutSeconds);
    settings.setValue(QLatin1String(HistoryDaysKey), historyRetentionDays);
    settings.setValue(QLatin1String(HistoryBodyCapKey), historyBodyCapKiB);
    MarkedHeaders::write(settings, secretHeaders);
    settings.setValue(QLatin1String(ProxyKey), proxy);
    settings.setValue(QLatin1String(NoProxyKey), noProxy);
    settings.setValue(QLatin1String(ProxyUserKey), proxyUser);
}

ProxySettings AppSettings::proxySettings() const
{
    const Result<ProxySettings> parsed = ProxySettings::parse(proxy);
    ProxySettings settings = parsed ? parsed.value() : ProxySettings{};
    if (settings.mode == ProxySettings::Mode::Inherit)
        settings.mode = ProxySettings::Mode::System;
    settings.exclusions = ProxySettings::parseExclusions(noProxy);
    settings.user = proxyUser.trimmed();
    return settings;
}

bool AppSettings::operator==(const AppSettings &other) const
{
    return clipboardClearSeconds == other.clipboardClearSeconds &&
           autoReloginByDefault == other.autoReloginByDefault &&
           notifyBeforeExpiry == other.notifyBeforeExpiry &&
           notifyMinutesBefore == other.notifyMinutesBefore &&
           defaultTimeoutSeconds == other.defaultTimeoutSeconds &&
           historyRetentionDays == other.historyRetentionDays &&
           historyBodyCapKiB == other.historyBodyCapKiB && secretHeaders == other.secretHeaders &&
           proxy == other.proxy && noProxy == other.noProxy && proxyUser == other.proxyUser;
}
