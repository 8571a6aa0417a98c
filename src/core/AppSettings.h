#pragma once

#include "net/ProxySettings.h"

#include <QStringList>

class QSettings;

// The application's preferences, as stored in QSettings. Non-secret values only: no token,
// password or key ever goes here. Values that a corrupt or hand-edited settings file makes
// unreadable or out of range read back as their defaults.
struct AppSettings
{
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int MaxClipboardClearSeconds = 3600;
    static constexpr int DefaultNotifyMinutesBefore = 5;
    static constexpr int MinNotifyMinutesBefore = 1;
    static constexpr int MaxNotifyMinutesBefore = 120;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 1;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int DefaultHistoryRetentionDays = 30;
    static constexpr int MaxHistoryRetentionDays = 3650;
    static constexpr int DefaultHistoryBodyCapKiB = 64;
    static constexpr int MaxHistoryBodyCapKiB = 10240;

    // Seconds before a copied secret is cleared from the clipboard; 0 clears it only on quit.
    int clipboardClearSeconds = DefaultClipboardClearSeconds;
    // Whether new profiles log in again on their own before their token expires.
    bool autoReloginByDefault = true;
    bool notifyBeforeExpiry = true;
    int notifyMinutesBefore = DefaultNotifyMinutesBefore;
    // The request timeout new profiles start with.
    int defaultTimeoutSeconds = DefaultTimeoutSeconds;
    // Days the request history is kept; 0 keeps nothing.
    int historyRetentionDays = DefaultHistoryRetentionDays;
    // KiB of each request and response body the history keeps; 0 keeps no bodies.
    int historyBodyCapKiB = DefaultHistoryBodyCapKiB;
    // Header names a person marked secret, on top of those known by their names (the CLI reads
    // them too: MarkedHeaders).
    QStringList secretHeaders;
    // The proxy of every profile that does not choose its own: "" or "system" (the http_proxy
    // family of variables, as curl reads them), "none", or http://host:port / socks5://host:port;
    // hosts that skip a proxy given here; the user name for a proxy that asks (its password is
    // kept in the keychain with each profile that uses it).
    QString proxy;
    QString noProxy;
    QString proxyUser;

    // From the application's QSettings.
    static AppSettings load();
    static AppSettings load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    // proxy, noProxy and proxyUser as the HTTP client takes them.
    ProxySettings proxySettings() const;

    bool operator==(const AppSettings &other) const;
    bool operator!=(const AppSettings &other) const { return !(*this == other); }
};
