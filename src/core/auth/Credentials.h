#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

// What an authenticator needs to log in: the profile's base URL, its non-secret fields (user name,
// runas, client id, token URL...) and the secrets (password, API key, client secret...) that came
// from the keychain or a prompt for this one attempt.
struct Credentials
{
    QUrl baseUrl;
    QMap<QString, QString> fields; // Profile::fields' type, so handing them over shares them
    QHash<QString, QString> secrets;

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

// A vendor and one of its ways to log in.
struct MethodDescriptor
{
    QString vendor;     // "regscale", "scantrust", "passwordsafe", "generic"
    QString method;     // "password", "token", "apikey"...
    QString vendorName; // "RegScale"
    QString methodName; // "Username and password"
    QList<FieldSpec> fields;
    bool hasSignOut = false;

    QList<FieldSpec> secretFields() const;
    QList<FieldSpec> plainFields() const;
};
