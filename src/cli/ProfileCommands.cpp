// list, add, edit, remove, status, profiles: the commands that only read and write profiles.
#include "CliContext.h"
#include "Commands.h"

#include "auth/AuthenticatorFactory.h"
#include "compose/SecretVariables.h"
#include "jwt/JwtReport.h"
#include "net/ProxyRules.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

struct TokenFacts
{
    QString state; // valid | expired | none | unknown_expiry
    std::optional<QDateTime> expiresAt;
    std::optional<qint64> secondsLeft;
};

TokenFacts factsAt(const std::optional<QDateTime> &expiresAt)
{
    TokenFacts facts;
    if (!expiresAt) {
        facts.state = QStringLiteral("unknown_expiry");
        return facts;
    }
    facts.expiresAt = expiresAt;
    const QDateTime now = Clock::now();
    facts.secondsLeft = JwtReport::secondsLeft(*expiresAt, now);
    const TokenTiming timing = TokenTiming::evaluate(expiresAt, std::nullopt, now);
    facts.state = timing.state == TokenTiming::State::Expired ? QStringLiteral("expired")
                                                              : QStringLiteral("valid");
    return facts;
}

// What the profile remembers of its last token, without reading a secret.
TokenFacts factsOf(const Profile &profile)
{
    if (profile.lastToken.isEmpty()) {
        TokenFacts facts;
        facts.state = QStringLiteral("none");
        return facts;
    }
    return factsAt(profile.lastToken.expiresAt);
}

TokenFacts factsOf(const Token &token)
{
    return factsAt(token.expiresAt());
}

QJsonValue isoOrNull(const std::optional<QDateTime> &when)
{
    return when ? QJsonValue(Durations::isoUtc(*when)) : QJsonValue(QJsonValue::Null);
}

// A profile written before user names and passwords were refused in URLs may still hold one:
// it is never printed.
QString shownUrl(const Profile &p)
{
    return p.baseUrl.adjusted(QUrl::RemoveUserInfo).toString();
}

// The --set FIELD=VALUE arguments of add and edit: never a secret, never a URL with one in it.
int applySets(CliContext &context, const QString &command, const MethodDescriptor &descriptor,
              Profile &profile, const QStringList &sets)
{
    for (const QString &set : std::as_const(sets)) {
        const qsizetype eq = set.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return context.fail(
                CliContext::Usage,
                Text::tr("%1: --set takes FIELD=VALUE, not '%2'.").arg(command, set));
        const QString key = set.left(eq).trimmed();
        for (const FieldSpec &f : descriptor.secretFields()) {
            if (f.key == key)
                return context.fail(
                    CliContext::Usage,
                    Text::tr("%1: %2 is a secret; secrets never come from arguments. Give it to "
                             "login with --secrets-stdin, or let login ask for it.")
                        .arg(command, key));
        }
        for (const FieldSpec &f : descriptor.plainFields()) {
            if (f.key != key || f.kind != FieldSpec::Kind::Url)
                continue;
            if (const auto secret = Profile::userInfoProblem(QUrl(set.mid(eq + 1).trimmed()), key))
                return context.fail(CliContext::Usage,
                                    command + QStringLiteral(": ") + secret->message);
        }
        const auto applied = profile.set(key, set.mid(eq + 1));
        if (!applied)
            return context.fail(CliContext::Usage, applied.error().message);
    }
    return CliContext::Ok;
}

// A URL given with --url: http or https, with a host, without a user name or password.
int checkBaseUrl(CliContext &context, const QString &command, const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return context.fail(
            CliContext::Usage,
            Text::tr("%1: --url needs an http or https URL with a host.").arg(command));
    if (const auto secret = Profile::userInfoProblem(url, QStringLiteral("--url")))
        return context.fail(CliContext::Usage, command + QStringLiteral(": ") + secret->message);
    return CliContext::Ok;
}

} // namespace

namespace Commands {

int list(CliContext &context, const QStringList &args)
{
    bool json = false;
    bool names = false;
    bool methods = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else if (arg == QLatin1String("--names"))
            names = true;
        else if (arg == QLatin1String("--methods"))
            methods = true;
        else
            return context.fail(CliContext::Usage,
                                Text::tr("list: unknown argument '%1'.").arg(arg));
    }
    if (int(json) + int(names) + int(methods) > 1)
        return context.fail(CliContext::Usage,
                            Text::tr("list: give at most one of --json, --names, --methods."));
    // Shell completion asks for these, so that a new vendor needs nothing outside the core.
    if (methods) {
        for (const MethodDescriptor &d : AuthenticatorFactory::all()) {
            context.out << d.vendor << QLatin1Char('/') << d.method;
            for (const FieldSpec &f : d.plainFields())
                context.out << QLatin1Char(' ') << f.key;
            context.out << '\n';
        }
        return CliContext::Ok;
    }
    if (!context.loadProfiles())
        return CliContext::Usage;
    const QList<Profile> &profiles = context.profiles().profiles();
    if (names) {
        for (const Profile &p : profiles)
            context.out << p.name << '\n';
        return CliContext::Ok;
    }
    if (json) {
        QJsonArray array;
        for (const Profile &p : profiles) {
            const TokenFacts facts = factsOf(p);
            array.append(QJsonObject{
                {QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("vendor"), p.vendor},
                {QStringLiteral("method"), p.method},
                {QStringLiteral("url"), shownUrl(p)},
                {QStringLiteral("state"), facts.state},
                {QStringLiteral("expires_at"), isoOrNull(facts.expiresAt)},
            });
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                    << '\n';
        return CliContext::Ok;
    }
    if (profiles.isEmpty()) {
        context.err << Text::tr(
                           "No profiles yet. Add one with: tokenbench-cli add NAME --vendor VENDOR "
                           "--method METHOD --url BASE_URL")
                    << '\n';
        return CliContext::Ok;
    }
    int nameWidth = 4;
    for (const Profile &p : profiles)
        nameWidth = qMax(nameWidth, int(p.name.size()));
    const auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        context.out << a.leftJustified(nameWidth + 2) << b.leftJustified(30) << c.leftJustified(26)
                    << d << '\n';
    };
    row(Text::tr("NAME"), Text::tr("VENDOR/METHOD"), Text::tr("TOKEN"), Text::tr("URL"));
    for (const Profile &p : profiles) {
        const TokenFacts facts = factsOf(p);
        QString token = facts.state;
        if (facts.secondsLeft)
            token += QLatin1Char(' ') + Durations::relative(*facts.secondsLeft);
        row(p.name, p.vendor + QLatin1Char('/') + p.method, token, shownUrl(p));
    }
    return CliContext::Ok;
}

int add(CliContext &context, const QStringList &args)
{
    QString name;
    Profile profile;
    QStringList sets;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (arg == QLatin1String("--vendor") || arg == QLatin1String("--method") ||
            arg == QLatin1String("--url") || arg == QLatin1String("--set")) {
            const auto v = value();
            if (!v)
                return context.fail(CliContext::Usage, Text::tr("add: %1 needs a value.").arg(arg));
            if (arg == QLatin1String("--vendor"))
                profile.vendor = v->toLower();
            else if (arg == QLatin1String("--method"))
                profile.method = v->toLower();
            else if (arg == QLatin1String("--url"))
                profile.baseUrl = QUrl(*v, QUrl::StrictMode);
            else
                sets.append(*v);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return context.fail(CliContext::Usage, Text::tr("add: unknown option '%1'.").arg(arg));
        } else if (name.isEmpty()) {
            name = arg;
        } else {
            return context.fail(CliContext::Usage, Text::tr("add: give one profile name."));
        }
    }
    if (name.trimmed().isEmpty())
        return context.fail(CliContext::Usage, Text::tr("add: give the profile a name."));
    const auto descriptor = AuthenticatorFactory::find(profile.vendor, profile.method);
    if (!descriptor) {
        QStringList known;
        for (const MethodDescriptor &d : AuthenticatorFactory::all())
            known.append(d.vendor + QLatin1Char('/') + d.method);
        return context.fail(
            CliContext::Usage,
            Text::tr("add: unknown vendor/method '%1/%2'; known: %3.")
                .arg(profile.vendor, profile.method, known.join(QLatin1String(", "))));
    }
    const QUrl &url = profile.baseUrl;
    if (const int code = checkBaseUrl(context, QStringLiteral("add"), url); code != CliContext::Ok)
        return code;
    if (const int code = applySets(context, QStringLiteral("add"), *descriptor, profile, sets);
        code != CliContext::Ok)
        return code;
    for (const FieldSpec &f : descriptor->plainFields()) {
        if (!f.optional && profile.fields.value(f.key).isEmpty())
            return context.fail(CliContext::Usage, Text::tr("add: %1/%2 needs --set %3=...")
                                                       .arg(profile.vendor, profile.method, f.key));
    }
    profile.name = name.trimmed();
    if (!context.loadProfiles())
        return CliContext::Usage;
    const auto added = context.profiles().add(profile);
    if (!added)
        return context.fail(CliContext::Usage, added.error().message);
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1"))
        context.err << Text::tr(
                           "Warning: %1 is not https; secrets would cross the network in clear.")
                           .arg(url.toString())
                    << '\n';
    context.out << Text::tr("Added %1 (%2, %3).")
                       .arg(added->name, descriptor->vendorName, descriptor->methodName)
                << '\n';
    return CliContext::Ok;
}

int remove(CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.fail(CliContext::Usage, Text::tr("remove: give one profile name."));
    int missing = CliContext::Ok;
    const auto profile = context.requireProfile(args.first(), missing);
    if (!profile)
        return missing;
    // Its secrets go with it: every field the method keeps, the session, and the secrets typed
    // into its saved requests and API address (kept as variables).
    const QStringList variableKeys =
        SecretVariables::takeKeys(context.profiles().directory(), profile->id);
    const Result<bool> forgotten = context.wait<Result<bool>>([&](auto done) {
        context.sessions().forgetSecrets(profile->id, &context.sessions(), done, variableKeys);
    });
    const auto removed = context.profiles().remove(profile->id);
    if (!removed)
        return context.fail(removed.error());
    context.out << Text::tr("Removed %1.").arg(profile->name) << '\n';
    if (!forgotten)
        return context.fail(CliContext::KeychainUnavailable,
                            Text::tr("Its secrets could not all be removed from the keychain: %1")
                                .arg(forgotten.error().message));
    return CliContext::Ok;
}

int status(CliContext &context, const QStringList &args)
{
    bool json = false;
    bool secretsStdin = false;
    QString name;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else if (arg == QLatin1String("--secrets-stdin"))
            secretsStdin = true;
        else if (name.isEmpty() && !arg.startsWith(QLatin1String("--")))
            name = arg;
        else
            return context.fail(CliContext::Usage,
                                Text::tr("status: unknown argument '%1'.").arg(arg));
    }
    if (name.isEmpty())
        return context.fail(CliContext::Usage, Text::tr("status: give a profile name."));
    int missing = CliContext::Ok;
    const auto profile = context.requireProfile(name, missing);
    if (!profile)
        return missing;
    TokenFacts facts = factsOf(*profile);
    // A token given on standard input (or kept in the keychain) is the one to report; no
    // login, no network: status only reads.
    if (secretsStdin) {
        if (const int code = context.takeSecretsFromStdin(*profile); code != CliContext::Ok)
            return code;
        const Result<Session> held = context.wait<Result<Session>>(
            [&](auto done) { context.sessions().restore(profile->id, &context.sessions(), done); });
        if (held)
            facts = factsOf(held->token);
    }
    if (json) {
        // Which proxy a request to the base URL would take, decided as the send path decides.
        const ProxySettings proxy =
            context.services().http().effectiveProxy(context.sessions().networkFor(profile->id));
        const ProxyRules::Choice route =
            ProxyRules::choose(profile->baseUrl, proxy, ProxyRules::Environment::fromProcess());
        const QJsonObject proxyReport{
            {QStringLiteral("url"),
             route.isDirect() ? QJsonValue(QJsonValue::Null) : QJsonValue(route.proxy.toString())},
            {QStringLiteral("reason"), route.why},
            {QStringLiteral("user"), proxy.user.isEmpty() || route.isDirect()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(proxy.user)},
        };
        const QJsonObject report{
            {QStringLiteral("proxy"), proxyReport},
            {QStringLiteral("profile"), profile->name},
            {QStringLiteral("vendor"), profile->vendor},
            {QStringLiteral("method"), profile->method},
            {QStringLiteral("state"), facts.state},
            {QStringLiteral("expires_at"), isoOrNull(facts.expiresAt)},
            {QStringLiteral("seconds_left"), facts.secondsLeft
                                                 ? QJsonValue(double(*facts.secondsLeft))
                                                 : QJsonValue(QJsonValue::Null)},
        };
        context.out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))
                    << '\n';
        return CliContext::Ok;
    }
    context.out << profile->name << QStringLiteral(": ");
    if (facts.state == QLatin1String("none"))
        context.out
            << Text::tr("no token; log in with: tokenbench-cli login %1").arg(profile->name);
    else if (facts.state == QLatin1String("unknown_expiry"))
        context.out << Text::tr("token held, expiry unknown");
    else if (facts.state == QLatin1String("expired"))
        context.out << Text::tr("token expired %1 (%2)")
                           .arg(Durations::relative(*facts.secondsLeft),
                                Durations::isoUtc(*facts.expiresAt));
    else
        context.out << Text::tr("token valid, expires %1 (%2)")
                           .arg(Durations::relative(*facts.secondsLeft),
                                Durations::isoUtc(*facts.expiresAt));
    context.out << '\n';
    return CliContext::Ok;
}

int edit(CliContext &context, const QStringList &args)
{
    QString name;
    std::optional<QString> url;
    std::optional<QString> rename;
    QStringList sets;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--url") || arg == QLatin1String("--set") ||
            arg == QLatin1String("--rename")) {
            if (i + 1 >= args.size())
                return context.fail(CliContext::Usage,
                                    Text::tr("edit: %1 needs a value.").arg(arg));
            const QString value = args.at(++i);
            if (arg == QLatin1String("--url"))
                url = value;
            else if (arg == QLatin1String("--rename"))
                rename = value;
            else
                sets.append(value);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return context.fail(CliContext::Usage, Text::tr("edit: unknown option '%1'.").arg(arg));
        } else if (name.isEmpty()) {
            name = arg;
        } else {
            return context.fail(CliContext::Usage, Text::tr("edit: give one profile name."));
        }
    }
    if (name.isEmpty())
        return context.fail(CliContext::Usage, Text::tr("edit: give a profile name."));
    int code = CliContext::Ok;
    auto profile = context.requireProfile(name, code);
    if (!profile)
        return code;
    const auto descriptor = AuthenticatorFactory::find(profile->vendor, profile->method);
    if (!descriptor)
        return context.fail(CliContext::Usage,
                            Text::tr("edit: %1 has an unknown vendor/method '%2/%3'.")
                                .arg(profile->name, profile->vendor, profile->method));
    if (url) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if ((code = checkBaseUrl(context, QStringLiteral("edit"), parsed)) != CliContext::Ok)
            return code;
        profile->baseUrl = parsed;
    }
    if ((code = applySets(context, QStringLiteral("edit"), *descriptor, *profile, sets)) !=
        CliContext::Ok)
        return code;
    if (rename) {
        if (rename->trimmed().isEmpty())
            return context.fail(CliContext::Usage, Text::tr("edit: --rename needs a name."));
        profile->name = rename->trimmed();
    }
    // The id stays, and with it every secret the keychain keeps for the profile.
    const auto updated = context.profiles().update(*profile);
    if (!updated)
        return context.fail(CliContext::Usage, updated.error().message);
    context.out << Text::tr("Updated %1.").arg(profile->name) << '\n';
    return CliContext::Ok;
}

int profiles(CliContext &context, const QStringList &args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("export")) {
        QString output;
        for (int i = 1; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--output") && i + 1 < args.size())
                output = args.at(++i);
            else
                return context.fail(
                    CliContext::Usage,
                    Text::tr("profiles export: unknown argument '%1'.").arg(args.at(i)));
        }
        if (!context.loadProfiles())
            return CliContext::Usage;
        // The store's shareable form: names, URLs, fields and options, never a secret.
        const QByteArray json = context.profiles().exportJson();
        if (output.isEmpty() || output == QLatin1String("-")) {
            context.out << QString::fromUtf8(json);
            if (!json.endsWith('\n'))
                context.out << '\n';
            return CliContext::Ok;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
            return context.fail(
                CliContext::Usage,
                Text::tr("profiles export: cannot write %1: %2").arg(output, file.errorString()));
        context.err << Text::tr("Exported the profiles to %1.").arg(output) << '\n';
        return CliContext::Ok;
    }
    if (verb == QLatin1String("import")) {
        if (args.size() != 2)
            return context.fail(CliContext::Usage,
                                Text::tr("profiles import: give one file (- for standard input)."));
        QByteArray json;
        if (args.at(1) == QLatin1String("-")) {
            json = context.in.readAll();
        } else {
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return context.fail(CliContext::Usage, Text::tr("profiles import: cannot read "
                                                                "%1: %2")
                                                           .arg(args.at(1), file.errorString()));
            json = file.readAll();
        }
        if (!context.loadProfiles())
            return CliContext::Usage;
        const auto imported = context.profiles().importJson(json);
        if (!imported)
            return context.fail(CliContext::Usage, imported.error().message);
        for (const Profile &p : imported.value())
            context.out << Text::tr("Imported %1.").arg(p.name) << '\n';
        return CliContext::Ok;
    }
    return context.fail(CliContext::Usage,
                        Text::tr("profiles: give export [--output FILE] or import FILE."));
}

} // namespace Commands
