// exec, git-credential, kubectl-credential: handing a fresh token to another program without a
// clipboard, each through the one session service.
#include "CliContext.h"
#include "Commands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

bool isVariableName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return valid.match(name).hasMatch();
}

// Standard input to its end: a helper's request, or what a caller sends for a verb we ignore
// (read all the same, so that the caller never writes into a closed pipe).
QByteArray readInput(CliContext &context)
{
    QByteArray data;
    constexpr qsizetype Limit = 64 * 1024;
    while (data.size() <= Limit) {
        const QByteArray chunk = context.in.read(Limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

} // namespace

namespace Commands {

int exec(CliContext &context, const QStringList &args)
{
    QString name;
    QString tokenVariable = QStringLiteral("TOKENBENCH_TOKEN");
    QString headerVariable = QStringLiteral("TOKENBENCH_AUTH_HEADER");
    QString urlVariable = QStringLiteral("TOKENBENCH_BASE_URL");
    QStringList command;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--")) {
            command = args.mid(i + 1);
            break;
        }
        if (arg == QLatin1String("--env") || arg == QLatin1String("--header-env") ||
            arg == QLatin1String("--url-env")) {
            if (i + 1 >= args.size() || !isVariableName(args.at(i + 1)))
                return context.fail(CliContext::Usage,
                                    Text::tr("exec: %1 needs a variable name.").arg(arg));
            QString &variable = arg == QLatin1String("--env")          ? tokenVariable
                                : arg == QLatin1String("--header-env") ? headerVariable
                                                                       : urlVariable;
            variable = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return context.fail(CliContext::Usage, Text::tr("exec: unknown option '%1'.").arg(arg));
        } else if (name.isEmpty()) {
            name = arg;
        } else {
            command = args.mid(i);
            break;
        }
    }
    if (name.isEmpty())
        return context.fail(CliContext::Usage, Text::tr("exec: give a profile name."));
    if (command.isEmpty())
        return context.fail(CliContext::Usage,
                            Text::tr("exec: give the command to run after '--'."));
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(name, code);
    if (!profile)
        return code;
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return context.fail(session.error());
    // A renewed session is in the keychain before this process becomes the command.
    context.settle();
    // The command runs all the same; what could not be remembered is said once.
    if (!context.keychainProblems().isEmpty())
        context.fail(CliContext::KeychainUnavailable, context.keychainProblems().constFirst());
    context.out.flush();
    context.err.flush();

#if defined(Q_OS_UNIX)
    // In the environment, never on a command line: /proc/PID/environ is the user's alone.
    qputenv(tokenVariable.toLocal8Bit().constData(), session->token.raw().toUtf8());
    qputenv(headerVariable.toLocal8Bit().constData(), session->token.headerLine().toUtf8());
    qputenv(urlVariable.toLocal8Bit().constData(),
            profile->baseUrl.adjusted(QUrl::RemoveUserInfo).toString().toUtf8());
    std::vector<QByteArray> storage;
    storage.reserve(size_t(command.size()));
    for (const QString &arg : std::as_const(command))
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    // The command starts as it would from a shell: no signal blocked, SIGPIPE not ignored.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    std::signal(SIGPIPE, SIG_DFL);
    // Replacing this process passes the standard streams, every signal and the exit status
    // through without a go-between.
    execvp(argv.front(), argv.data());
    const int error = errno;
    // As env(1) and shells answer: 127 not found, 126 found but not runnable.
    return context.fail(error == ENOENT ? 127 : 126,
                        Text::tr("exec: cannot run '%1': %2")
                            .arg(command.constFirst(), QString::fromLocal8Bit(strerror(error))));
#else
    return context.fail(CliContext::Usage, Text::tr("exec: not available on this system."));
#endif
}

int gitCredential(CliContext &context, const QStringList &args)
{
    QString profileName;
    QString action;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--profile")) {
            if (i + 1 >= args.size())
                return context.fail(CliContext::Usage,
                                    Text::tr("git-credential: --profile needs a name."));
            profileName = args.at(++i);
        } else if (action.isEmpty() && !arg.startsWith(QLatin1String("--"))) {
            action = arg;
        } else {
            return context.fail(CliContext::Usage,
                                Text::tr("git-credential: unknown argument '%1'.").arg(arg));
        }
    }
    const QByteArray input = readInput(context);
    // Git hands over what it has learned; only a token of ours is given back. What git would
    // store or erase is its own business: Tokenbench keeps its tokens itself.
    if (action == QLatin1String("store") || action == QLatin1String("erase"))
        return CliContext::Ok;
    if (action != QLatin1String("get"))
        return context.fail(CliContext::Usage,
                            Text::tr("git-credential: give get, store or erase."));

    QHash<QString, QString> request;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            request.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    std::optional<Profile> profile;
    int code = CliContext::Ok;
    if (!profileName.isEmpty()) {
        profile = context.requireProfile(profileName, code);
        if (!profile)
            return code;
    } else {
        QUrl url;
        if (request.contains(QStringLiteral("url"))) {
            url = QUrl(request.value(QStringLiteral("url")));
        } else {
            url.setScheme(request.value(QStringLiteral("protocol")));
            // "host" carries the port when it is not the scheme's own.
            url.setAuthority(request.value(QStringLiteral("host")));
            url.setPath(QLatin1Char('/') + request.value(QStringLiteral("path")));
        }
        QString problem;
        profile = context.profileServing(url, false, &problem);
        if (!profile) {
            // Not ours: git asks its next helper, or the person.
            if (!problem.isEmpty())
                context.fail(CliContext::Usage, problem);
            return CliContext::Ok;
        }
    }
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return context.fail(session.error());
    context.out << QStringLiteral("username=") << CliContext::userNameFor(*profile) << '\n';
    context.out << QStringLiteral("password=") << session->token.raw() << '\n';
    if (const auto expires = session->token.expiresAt())
        context.out << QStringLiteral("password_expiry_utc=") << expires->toSecsSinceEpoch()
                    << '\n';
    return CliContext::Ok;
}

int kubectlCredential(CliContext &context, const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return context.fail(CliContext::Usage,
                            Text::tr("kubectl-credential: give one profile name."));
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(args.first(), code);
    if (!profile)
        return code;
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return context.fail(session.error());
    QJsonObject status{{QStringLiteral("token"), session->token.raw()}};
    // RFC 3339 in UTC, whole seconds, as the Kubernetes API writes its times.
    if (const auto expires = session->token.expiresAt())
        status.insert(QStringLiteral("expirationTimestamp"),
                      expires->toUTC().toString(Qt::ISODate));
    const QJsonObject credential{
        {QStringLiteral("apiVersion"), QStringLiteral("client.authentication.k8s.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("status"), status},
    };
    context.out << QString::fromUtf8(QJsonDocument(credential).toJson(QJsonDocument::Compact))
                << '\n';
    return CliContext::Ok;
}

} // namespace Commands
