// login, token, header, logout: the commands that hold a session.
#include "CliContext.h"
#include "Commands.h"
#include "ProfileSession.h"

#include "util/Durations.h"

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

struct Parsed
{
    QString name;
    bool secretsStdin = false;
    bool noRemember = false;
    int error = CliContext::Ok;
};

Parsed parse(CliContext &context, const QString &command, const QStringList &args,
             bool allowNoRemember)
{
    Parsed p;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--secrets-stdin")) {
            p.secretsStdin = true;
        } else if (allowNoRemember && arg == QLatin1String("--no-remember")) {
            p.noRemember = true;
        } else if (p.name.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            p.name = arg;
        } else {
            p.error = context.fail(CliContext::Usage,
                                   Text::tr("%1: unknown argument '%2'.").arg(command, arg));
            return p;
        }
    }
    if (p.name.isEmpty())
        p.error =
            context.fail(CliContext::Usage, Text::tr("%1: give a profile name.").arg(command));
    return p;
}

// token and header: a usable session, logging in first when it expired and secrets allow.
int withSession(CliContext &context, const QString &command, const QStringList &args,
                const std::function<void(const Session &)> &print)
{
    const Parsed p = parse(context, command, args, false);
    if (p.error != CliContext::Ok)
        return p.error;
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(p.name, code);
    if (!profile)
        return code;
    ProfileSession session(context, *profile);
    if ((code = session.gatherSecrets(p.secretsStdin)) != CliContext::Ok)
        return code;
    if ((code = session.ensureSession(true)) != CliContext::Ok)
        return code;
    print(session.session());
    return CliContext::Ok;
}

} // namespace

namespace Commands {

int login(CliContext &context, const QStringList &args)
{
    const Parsed p = parse(context, QStringLiteral("login"), args, true);
    if (p.error != CliContext::Ok)
        return p.error;
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(p.name, code);
    if (!profile)
        return code;
    ProfileSession session(context, *profile);
    if ((code = session.gatherSecrets(p.secretsStdin)) != CliContext::Ok)
        return code;
    code = session.logIn(!p.noRemember);
    if (code != CliContext::Ok && code != CliContext::KeychainUnavailable)
        return code;
    const Token &token = session.session().token;
    QString line = Text::tr("Logged in to %1.").arg(profile->name);
    if (const auto exp = token.expiresAt()) {
        line += QLatin1Char(' ') +
                Text::tr("The token expires %1 (%2).")
                    .arg(Durations::relative(QDateTime::currentDateTimeUtc().secsTo(*exp)),
                         Durations::isoUtc(*exp));
    } else {
        line += QLatin1Char(' ') + Text::tr("The token does not say when it expires.");
    }
    if (p.noRemember || context.noKeychain())
        line += QLatin1Char(' ') + Text::tr("Nothing was remembered.");
    context.err << line << '\n';
    return code;
}

int token(CliContext &context, const QStringList &args)
{
    return withSession(context, QStringLiteral("token"), args,
                       [&](const Session &session) { context.out << session.token.raw() << '\n'; });
}

int header(CliContext &context, const QStringList &args)
{
    return withSession(context, QStringLiteral("header"), args, [&](const Session &session) {
        context.out << session.token.headerLine() << '\n';
    });
}

int logout(CliContext &context, const QStringList &args)
{
    const Parsed p = parse(context, QStringLiteral("logout"), args, false);
    if (p.error != CliContext::Ok)
        return p.error;
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(p.name, code);
    if (!profile)
        return code;
    ProfileSession session(context, *profile);
    code = session.logOut();
    if (code == CliContext::Ok)
        context.err << Text::tr("Logged out of %1.").arg(profile->name) << '\n';
    return code;
}

} // namespace Commands
