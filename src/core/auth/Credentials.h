#pragma once

#include "auth/TokenDelivery.h"
#include "net/HttpMessage.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// What an authenticator needs to log in: the profile's base URL, its non-secret fields (user name,
// runas, client id, token URL...) and the secrets (password, API key, client secret...) that came
// from the keychain or a prompt for this one attempt.
struct Credentials
{
    QUrl baseUrl;
    QMap<QString, QString> fields; // Profile::fields' type, so handing them over shares them
    QHash<QString, QString> secrets;
    // The profile's way to its server (CA file, insecure TLS on its origin) and its timeout;
    // every request of the authenticator goes with them.
    NetworkSettings network;
    int timeoutMs = 0; // 0: the client's default
    // How long a login waits for a person outside Tokenbench (a browser, a device code);
    // 0: the method's default.
    int signInWaitSeconds = 0;

    QString field(const QString &key) const { return fields.value(key); }
    QString secret(const QString &key) const { return secrets.value(key); }
    bool hasSecret(const QString &key) const { return !secrets.value(key).isEmpty(); }

    // Every secret value, for the redactor.
    QStringList secretValues() const;
};

// One field of a vendor method's login form, for the GUI's dialogs and the CLI's `--set`.
struct FieldSpec
{
    enum class Kind
    {
        Text,
        Secret,
        Url,
        Date,
        Choice
    };

    FieldSpec(QString key_, QString label_, Kind kind_ = Kind::Text, bool optional_ = false,
              QString placeholder_ = {}, QStringList choices_ = {}, QString defaultValue_ = {})
        : key(std::move(key_))
        , label(std::move(label_))
        , kind(kind_)
        , optional(optional_)
        , placeholder(std::move(placeholder_))
        , choices(std::move(choices_))
        , defaultValue(std::move(defaultValue_))
    {}

    QString key;   // "username", "password", "runas"...
    QString label; // translated
    Kind kind = Kind::Text;
    bool optional = false;
    QString placeholder;
    QStringList choices; // for Kind::Choice
    QString defaultValue;

    bool isSecret() const { return kind == Kind::Secret; }
};

// A vendor and one of its ways to log in: everything the faces and the session service know of
// it. No face spells a vendor's name; each asks this descriptor (AuthenticatorFactory::all()).
struct MethodDescriptor
{
    QString vendor;     // "regscale", "scantrust", "passwordsafe", "generic"
    QString method;     // "password", "token", "apikey"...
    QString vendorName; // "RegScale"
    QString methodName; // "Username and password"
    QList<FieldSpec> fields;
    bool hasSignOut = false;

    int vendorOrder = 0;        // where the vendor's group comes in the profile list
    QString icon;               // resource path of the vendor's icon
    QString baseUrlPlaceholder; // an example base URL for the profile editor
    // Where the vendor serves its API description, tried in order: relative entries are under
    // the profile's base URL, those starting with "/" at its origin's root.
    QStringList apiDocumentSources;
    QString identityPath;      // the "who am I" call Test Token makes, under the base URL
    QString secondFactorField; // the secret field a server's second-factor request is answered
                               // with ("mfa", "challenge"); empty when it never asks
    // The secret is the token itself (pasted, UAT, service account, static bearer): a session can
    // be made from it without a network, and logging in again gives the same token.
    bool tokenIsSecret = false;
    // The vendor's API takes a parent record (module and id) on many calls: the explorer offers
    // a picker for it.
    bool parentRecordPicker = false;
    // Profile fields the authenticator learns from the server and reports as session facts of
    // the same name (RegScale's login form): the session service keeps them in the profile.
    QStringList learnedFields;
    // How a token of this method travels; `fields` are the profile's (a header name, a prefix).
    std::function<TokenDelivery(const QMap<QString, QString> &fields)> delivery;
    // Fields marked optional that a profile's other choices make necessary (a client secret for
    // OAuth's client-credentials grant, not for a public client in the browser).
    std::function<bool(const QString &key, const QMap<QString, QString> &fields)> requiredWhen;

    // Whether `field` may stay empty for a profile with these `fields`.
    bool isOptional(const FieldSpec &field, const QMap<QString, QString> &profileFields) const
    {
        return field.optional && !(requiredWhen && requiredWhen(field.key, profileFields));
    }

    QList<FieldSpec> secretFields() const;
    QList<FieldSpec> plainFields() const;
    // Secret fields a person types once per login and that are never stored (second factors).
    bool isOneTimeField(const QString &key) const
    {
        return !key.isEmpty() && key == secondFactorField;
    }
    // The secret fields kept between logins: every secret field but the one-time ones.
    QStringList storedSecretFields() const;
    TokenDelivery deliveryFor(const QMap<QString, QString> &profileFields) const
    {
        return delivery ? delivery(profileFields) : TokenDelivery::bearer();
    }
};
