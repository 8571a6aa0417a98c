#include "Profile.h"

#include "auth/TokenDelivery.h"

#include "ProfileFileReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>

#include <optional>

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The form isoUtc() writes, "2026-11-25T17:15:50Z", read by hand: QDateTime::fromString took a
// sixth of loading 10,000 profiles (callgrind). Anything else goes the general way.
std::optional<QDateTime> parseWrittenForm(const QString &text)
{
    if (text.size() != 20 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'Z')
        return std::nullopt;
    const auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int parts[] = {number(0, 4),  number(5, 2),  number(8, 2),
                         number(11, 2), number(14, 2), number(17, 2)};
    // A non-digit reads as -1, and -1 is a valid year for QDate (1 BC): check every part.
    for (const int part : parts)
        if (part < 0)
            return std::nullopt;
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5]);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseIsoUtc(const QString &text)
{
    if (const auto written = parseWrittenForm(text))
        return *written;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Error invalidValue(const QString &key, const QString &why)
{
    return Error::make(
        Error::Kind::InvalidInput, QStringLiteral("profile.invalid_value"),
        QCoreApplication::translate("Profile", "Invalid value for \"%1\": %2").arg(key, why));
}

// The CLI's spellings of yes and no.
std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

QJsonObject Profile::toJson() const
{
    QJsonObject fieldsJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldsJson.insert(it.key(), it.value());

    QJsonObject optionsJson{
        {QStringLiteral("autoRelogin"), options.autoRelogin},
        {QStringLiteral("timeoutSeconds"), options.timeoutSeconds},
        {QStringLiteral("caFile"), options.caFile},
        {QStringLiteral("insecureTls"), options.insecureTls},
        {QStringLiteral("clipboardClearSeconds"), options.clipboardClearSeconds},
        {QStringLiteral("proxy"), options.proxy},
        {QStringLiteral("noProxy"), options.noProxy},
        {QStringLiteral("proxyUser"), options.proxyUser},
        {QStringLiteral("clientCertificate"), options.clientCertificate},
        {QStringLiteral("clientKey"), options.clientKey},
    };
    if (!options.sendAs.isEmpty())
        optionsJson.insert(QStringLiteral("sendAs"), options.sendAs);

    QJsonObject json{
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), name},
        {QStringLiteral("vendor"), vendor},
        {QStringLiteral("method"), method},
        {QStringLiteral("baseUrl"), baseUrl.toString()},
        {QStringLiteral("fields"), fieldsJson},
        {QStringLiteral("options"), optionsJson},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("colour"), colour},
        {QStringLiteral("created"), isoUtc(created)},
        {QStringLiteral("updated"), isoUtc(updated)},
    };

    if (!lastToken.isEmpty()) {
        QJsonObject last{
            {QStringLiteral("expirySource"), lastToken.expirySource},
            {QStringLiteral("source"), lastToken.source},
            {QStringLiteral("obtainedAt"), isoUtc(lastToken.obtainedAt)},
        };
        if (lastToken.expiresAt)
            last.insert(QStringLiteral("expiresAt"), isoUtc(*lastToken.expiresAt));
        json.insert(QStringLiteral("lastToken"), last);
    }
    return json;
}

namespace {

// A QJsonObject seen the way JsonRecord is, so that one set of rules reads both.
class JsonObjectView
{
public:
    explicit JsonObjectView(QJsonObject object)
        : m_object(std::move(object))
    {}
    QString string(QLatin1String key) const { return m_object.value(key).toString(); }
    bool boolean(QLatin1String key, bool defaultValue) const
    {
        return m_object.value(key).toBool(defaultValue);
    }
    int integer(QLatin1String key, int defaultValue) const
    {
        return m_object.value(key).toInt(defaultValue);
    }
    JsonObjectView object(QLatin1String key) const
    {
        return JsonObjectView(m_object.value(key).toObject());
    }
    bool isEmpty() const { return m_object.isEmpty(); }
    template<typename F>
    void forEachString(F f) const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
            if (it.value().isString())
                f(it.key(), it.value().toString());
    }

private:
    QJsonObject m_object;
};

// What a stored profile may hold, and what it means: the one place for it, whichever way the
// file was read (Profile::fromJson, Profile::fromRecord).
template<typename Json>
Result<Profile> readProfile(const Json &json)
{
    const auto required = [&json](const char *key) -> Result<QString> {
        const QLatin1String name(key);
        const QString value = json.string(name).trimmed();
        if (value.isEmpty())
            return Error::make(
                Error::Kind::Parse, QStringLiteral("profile.missing_field"),
                QCoreApplication::translate("Profile", "A profile has no \"%1\".").arg(name));
        return value;
    };

    Profile profile;
    const Result<QString> id = required("id");
    if (!id)
        return id.error();
    profile.id = QUuid::fromString(id.value());
    if (profile.id.isNull())
        return Error::make(
            Error::Kind::Parse, QStringLiteral("profile.invalid_id"),
            QCoreApplication::translate("Profile", "\"%1\" is not a profile id.").arg(id.value()));
    for (const auto &[key, target] :
         {std::pair{"name", &profile.name}, std::pair{"vendor", &profile.vendor},
          std::pair{"method", &profile.method}}) {
        const Result<QString> value = required(key);
        if (!value)
            return value.error();
        *target = value.value();
    }

    profile.baseUrl = QUrl(json.string(QLatin1String("baseUrl")));
    json.object(QLatin1String("fields"))
        .forEachString([&profile](const QString &key, const QString &value) {
            profile.fields.insert(key, value);
        });

    const auto optionsJson = json.object(QLatin1String("options"));
    Profile::Options &o = profile.options;
    o.autoRelogin = optionsJson.boolean(QLatin1String("autoRelogin"), o.autoRelogin);
    const int timeout = optionsJson.integer(QLatin1String("timeoutSeconds"), 0);
    if (timeout > 0)
        o.timeoutSeconds = timeout;
    o.caFile = optionsJson.string(QLatin1String("caFile"));
    o.insecureTls = optionsJson.boolean(QLatin1String("insecureTls"), o.insecureTls);
    o.proxy = optionsJson.string(QLatin1String("proxy"));
    o.noProxy = optionsJson.string(QLatin1String("noProxy"));
    o.proxyUser = optionsJson.string(QLatin1String("proxyUser"));
    o.clientCertificate = optionsJson.string(QLatin1String("clientCertificate"));
    o.clientKey = optionsJson.string(QLatin1String("clientKey"));
    const int clear = optionsJson.integer(QLatin1String("clipboardClearSeconds"), -1);
    if (clear >= 0 && clear <= 3600)
        o.clipboardClearSeconds = clear;
    if (const auto sendAs = TokenDelivery::fromChoice(optionsJson.string(QLatin1String("sendAs"))))
        o.sendAs = sendAs->choiceText();

    profile.notes = json.string(QLatin1String("notes"));
    profile.colour = json.string(QLatin1String("colour"));
    profile.created = parseIsoUtc(json.string(QLatin1String("created")));
    profile.updated = parseIsoUtc(json.string(QLatin1String("updated")));

    const auto last = json.object(QLatin1String("lastToken"));
    if (!last.isEmpty()) {
        const QDateTime expiresAt = parseIsoUtc(last.string(QLatin1String("expiresAt")));
        if (expiresAt.isValid())
            profile.lastToken.expiresAt = expiresAt;
        profile.lastToken.expirySource = last.string(QLatin1String("expirySource"));
        profile.lastToken.source = last.string(QLatin1String("source"));
        profile.lastToken.obtainedAt = parseIsoUtc(last.string(QLatin1String("obtainedAt")));
    }
    return profile;
}

} // namespace

Result<Profile> Profile::fromJson(const QJsonObject &json)
{
    return readProfile(JsonObjectView(json));
}

Result<Profile> Profile::fromRecord(const JsonRecord &record)
{
    return readProfile(record);
}

std::optional<Error> Profile::userInfoProblem(const QUrl &url, const QString &what)
{
    if (url.userInfo().isEmpty())
        return std::nullopt;
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("profile.user_info_in_url"),
                       QCoreApplication::translate(
                           "Profile",
                           "%1 holds a user name or password (user:password@). Leave them out: "
                           "profiles are kept in a plain file. A password, key or token belongs in "
                           "the keychain, where Tokenbench keeps the secrets you give when you log "
                           "in; for a user name and password, choose a method that asks for them "
                           "(HTTP Basic).")
                           .arg(what));
}

Result<bool> Profile::set(const QString &key, const QString &value)
{
    const QString k = key.trimmed();
    const QString v = value.trimmed();

    if (k == QLatin1String("timeout")) {
        bool ok = false;
        const int seconds = v.toInt(&ok);
        if (!ok || seconds <= 0)
            return invalidValue(
                k, QCoreApplication::translate("Profile", "expected a positive number of seconds, "
                                                          "got \"%1\".")
                       .arg(value));
        options.timeoutSeconds = seconds;
    } else if (k == QLatin1String("ca_file")) {
        if (v.isEmpty()) {
            options.caFile.clear();
            return true;
        }
        const QFileInfo info(v);
        if (!info.exists())
            return invalidValue(
                k,
                QCoreApplication::translate("Profile", "the file \"%1\" does not exist.").arg(v));
        // Absolute, because the profile is used from wherever the app or the CLI starts.
        options.caFile = info.absoluteFilePath();
    } else if (k == QLatin1String("client_cert") || k == QLatin1String("client_key")) {
        QString &target =
            k == QLatin1String("client_cert") ? options.clientCertificate : options.clientKey;
        if (v.isEmpty()) {
            target.clear();
            return true;
        }
        const QFileInfo info(v);
        if (!info.isFile())
            return invalidValue(
                k,
                QCoreApplication::translate("Profile", "the file \"%1\" does not exist.").arg(v));
        target = info.absoluteFilePath();
    } else if (k == QLatin1String("proxy")) {
        const Result<ProxySettings> proxy = ProxySettings::parse(v);
        if (!proxy)
            return proxy.error();
        options.proxy = proxy->toString();
    } else if (k == QLatin1String("no_proxy")) {
        options.noProxy = ProxySettings::parseExclusions(v).join(QLatin1Char(','));
    } else if (k == QLatin1String("proxy_user")) {
        options.proxyUser = v;
    } else if (k == QLatin1String("insecure_tls") || k == QLatin1String("auto_relogin")) {
        const std::optional<bool> flag = parseBool(v);
        if (!flag)
            return invalidValue(
                k, QCoreApplication::translate("Profile", "expected true or false (yes/no, 1/0), "
                                                          "got \"%1\".")
                       .arg(value));
        (k == QLatin1String("insecure_tls") ? options.insecureTls : options.autoRelogin) = *flag;
    } else if (k == QLatin1String("clipboard_clear")) {
        bool ok = false;
        const int seconds = v.toInt(&ok);
        if (!ok || seconds < 0 || seconds > 3600)
            return invalidValue(
                k, QCoreApplication::translate("Profile", "expected 0 to 3600 seconds (0: never), "
                                                          "got \"%1\".")
                       .arg(value));
        options.clipboardClearSeconds = seconds;
    } else if (k == QLatin1String("send_as")) {
        if (v.isEmpty()) {
            options.sendAs.clear();
            return true;
        }
        const auto delivery = TokenDelivery::fromChoice(v);
        if (!delivery)
            return invalidValue(k, QCoreApplication::translate("Profile",
                                                               "expected a header name with an "
                                                               "optional prefix (\"Authorization: "
                                                               "JWT\", \"X-Api-Key\"), got \"%1\".")
                                       .arg(value));
        options.sendAs = delivery->choiceText();
    } else if (k == QLatin1String("notes")) {
        notes = value;
    } else if (k == QLatin1String("colour")) {
        static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
        if (!v.isEmpty() && !rgb.match(v).hasMatch())
            return invalidValue(k, QCoreApplication::translate(
                                       "Profile", "expected #rrggbb or nothing, got \"%1\".")
                                       .arg(value));
        colour = v.toLower();
    } else {
        if (k.isEmpty())
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("profile.empty_key"),
                               QCoreApplication::translate("Profile", "A setting needs a name."));
        if (value.isEmpty())
            fields.remove(k);
        else
            fields.insert(k, value);
    }
    return true;
}

NetworkSettings Profile::network() const
{
    NetworkSettings settings;
    settings.origin = Origin::of(baseUrl);
    settings.caFile = options.caFile.trimmed();
    settings.insecureTls = options.insecureTls;
    if (const Result<ProxySettings> proxy = ProxySettings::parse(options.proxy))
        settings.proxy = proxy.value();
    settings.proxy.exclusions = ProxySettings::parseExclusions(options.noProxy);
    settings.proxy.user = options.proxyUser.trimmed();
    settings.clientCertificate = options.clientCertificate.trimmed();
    settings.clientKey = options.clientKey.trimmed();
    return settings;
}

QStringList Profile::networkSecretFields()
{
    return {QStringLiteral("proxy_password"), QStringLiteral("client_key_passphrase")};
}

QStringList Profile::usedNetworkSecretFields() const
{
    QStringList used;
    if (!options.proxyUser.trimmed().isEmpty())
        used.append(QStringLiteral("proxy_password"));
    if (!options.clientCertificate.trimmed().isEmpty())
        used.append(QStringLiteral("client_key_passphrase"));
    return used;
}

int Profile::timeoutMs() const
{
    return options.timeoutSeconds > 0 ? options.timeoutSeconds * 1000 : 0;
}
