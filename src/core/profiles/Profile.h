#pragma once

#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

class JsonRecord;

// One account on one vendor API. Nothing here is secret: passwords, keys and tokens live in the
// SecretStore under "<id>/<field>"; the profile keeps only what may be shared with a team.
struct Profile
{
    struct Options
    {
        bool autoRelogin = true;
        int timeoutSeconds = 30;
        QString caFile; // a PEM bundle or a folder of certificates
        bool insecureTls = false;
        int clipboardClearSeconds = 30;
        // The header its tokens go in, as a person chose it ("Send as": "Authorization: JWT"),
        // for copies and sends alike; empty: the method's own. A session cookie stays a cookie.
        QString sendAs;
        // Empty: the app's proxy preference; else "none", "system" or a proxy URL.
        QString proxy;
        QString noProxy;           // hosts that skip a proxy given here, no_proxy style
        QString proxyUser;         // its password is the secret field "proxy_password"
        QString clientCertificate; // PEM or PKCS#12; a passphrase is "client_key_passphrase"
        QString clientKey;         // PEM key, when the certificate file has none
    };

    // Secrets of the network settings, kept in the keychain beside the method's own.
    static QStringList networkSecretFields();
    // Those this profile uses (a proxy user, a client certificate).
    QStringList usedNetworkSecretFields() const;

    // The last token's non-secret facts, so a restart shows the countdown without logging in.
    struct LastToken
    {
        std::optional<QDateTime> expiresAt;
        QString expirySource; // Token::expirySourceKey()
        QString source;       // Token::sourceKey()
        QDateTime obtainedAt;
        bool isEmpty() const { return !obtainedAt.isValid() && !expiresAt; }
    };

    QUuid id;
    QString name;
    QString vendor; // "regscale", "scantrust", "passwordsafe", "generic"
    QString method; // "password", "token", "apikey"...
    QUrl baseUrl;
    QMap<QString, QString> fields; // the method's non-secret fields (username, runas...)
    Options options;
    QString notes;
    QString colour; // "#rrggbb" or empty
    QDateTime created;
    QDateTime updated;
    LastToken lastToken;

    QJsonObject toJson() const;
    // Strict about what it must have (id, name, vendor, method), lenient about the rest.
    static Result<Profile> fromJson(const QJsonObject &json);
    // The same, from a record of a profiles file read without a document tree.
    static Result<Profile> fromRecord(const JsonRecord &record);

    // How requests sent as this profile reach its server (see NetworkSettings), and how long they
    // wait for a byte before giving up.
    NetworkSettings network() const;
    int timeoutMs() const;
    // A URL with a user name or password in it ("https://user:pass@host") is refused wherever a
    // profile's URL is typed: it would be written to profiles.json, printed by `list` and put
    // into {{baseUrl}}. `what` names the URL in the message ("The base URL"), which says where
    // such a secret belongs instead.
    static std::optional<Error> userInfoProblem(const QUrl &url, const QString &what);

    // Sets an option or field from the CLI's `--set KEY=VALUE`: options by their names
    // (timeout, ca_file, insecure_tls, auto_relogin, clipboard_clear, send_as, proxy, no_proxy,
    // proxy_user, client_cert, client_key, notes, colour), anything else as a method field.
    Result<bool> set(const QString &key, const QString &value);
};
