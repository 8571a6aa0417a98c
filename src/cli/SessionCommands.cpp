// login, token, header, logout: the commands that hold a session, each one call of the session
// service.
#include "CliContext.h"
#include "Commands.h"

#include "util/Clock.h"
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
    int waitSeconds = 0; // --timeout: how long a browser sign-in or a device code is waited for
    int error = CliContext::Ok;
};

Parsed parse(CliContext &context, const QString &command, const QStringList &args,
             bool allowNoRemember)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--secrets-stdin")) {
            p.secretsStdin = true;
        } else if (arg == QLatin1String("--no-browser")) {
            // Also accepted before the command, like the other global options.
            context.setOpensBrowser(false);
        } else if (arg == QLatin1String("--timeout")) {
            bool ok = false;
            p.waitSeconds = i + 1 < args.size() ? args.at(++i).toInt(&ok) : 0;
            if (!ok || p.waitSeconds <= 0) {
                p.error = context.fail(
                    CliContext::Usage,
                    Text::tr("%1: --timeout needs a number of seconds above 0.").arg(command));
                return p;
            }
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

// The profile named in `args`, its secrets from standard input when asked, and a session from
// the service; the session goes to `print`.
int withSession(CliContext &context, const QString &command, const QStringList &args,
                bool allowNoRemember, const std::function<Result<Session>(const QUuid &)> &obtain,
                const std::function<int(const Profile &, const Session &)> &print)
{
    const Parsed p = parse(context, command, args, allowNoRemember);
    if (p.error != CliContext::Ok)
        return p.error;
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(p.name, code);
    if (!profile)
        return code;
    if (p.secretsStdin && (code = context.takeSecretsFromStdin(*profile)) != CliContext::Ok)
        return code;
    if (p.noRemember)
        context.setRemembering(false);
    if (p.waitSeconds > 0)
        context.sessions().setSignInWait(p.waitSeconds);
    if (profile->options.insecureTls)
        context.err << Text::tr("Warning: certificate checks are OFF for %1 (insecure_tls=true); "
                                "anyone on the network path can read its secrets.")
                           .arg(profile->name)
                    << '\n';
    const Result<Session> session = obtain(profile->id);
    if (!session)
        return context.fail(session.error());
    return print(*profile, session.value());
}

std::function<Result<Session>(const QUuid &)> call(CliContext &context, bool logIn)
{
    return [&context, logIn](const QUuid &id) {
        return context.wait<Result<Session>>([&](auto done) {
            QObject *scope = &context.sessions();
            if (logIn)
                context.sessions().logIn(id, scope, done);
            else
                context.sessions().freshSession(id, scope, done);
        });
    };
}

} // namespace

namespace Commands {

int login(CliContext &context, const QStringList &args)
{
    return withSession(
        context, QStringLiteral("login"), args, true, call(context, true),
        [&context](const Profile &profile, const Session &session) {
            const Token &token = session.token;
            QString line = Text::tr("Logged in to %1.").arg(profile.name);
            if (const auto exp = token.expiresAt()) {
                line += QLatin1Char(' ') + Text::tr("The token expires %1 (%2).")
                                               .arg(Durations::relative(Clock::now().secsTo(*exp)),
                                                    Durations::isoUtc(*exp));
            } else {
                line += QLatin1Char(' ') + Text::tr("The token does not say when it expires.");
            }
            context.settle();
            QStringList problems = context.keychainProblems();
            SecretStore &store = context.services().secrets();
            // Asked to remember, on a keychain that turned out to be missing or locked.
            if (context.remembering() && store.isSessionOnly())
                problems.append(store.sessionOnlyReason());
            if (!problems.isEmpty()) {
                context.err << line << '\n';
                return context.fail(CliContext::KeychainUnavailable,
                                    Text::tr("Logged in, but nothing could be remembered: %1")
                                        .arg(problems.join(QLatin1Char(' '))));
            }
            if (!context.remembering())
                line += QLatin1Char(' ') + Text::tr("Nothing was remembered.");
            context.err << line << '\n';
            return int(CliContext::Ok);
        });
}

int token(CliContext &context, const QStringList &args)
{
    return withSession(context, QStringLiteral("token"), args, false, call(context, false),
                       [&context](const Profile &, const Session &session) {
                           context.out << session.token.raw() << '\n';
                           return int(CliContext::Ok);
                       });
}

int header(CliContext &context, const QStringList &args)
{
    return withSession(context, QStringLiteral("header"), args, false, call(context, false),
                       [&context](const Profile &, const Session &session) {
                           context.out << session.token.headerLine() << '\n';
                           return int(CliContext::Ok);
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
    const Result<bool> out = context.wait<Result<bool>>(
        [&](auto done) { context.sessions().logOut(profile->id, &context.sessions(), done); });
    if (!out && out.error().kind == Error::Kind::Keychain)
        return context.fail(out.error());
    if (!out)
        return context.fail(CliContext::exitCodeFor(out.error()),
                            Text::tr("Signing out failed (%1); the session is forgotten all the "
                                     "same.")
                                .arg(out.error().message));
    context.err << Text::tr("Logged out of %1.").arg(profile->name) << '\n';
    return CliContext::Ok;
}

} // namespace Commands
