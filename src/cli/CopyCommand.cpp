// copy: a fresh token on the clipboard, for a keyboard shortcut. The running app copies it (over
// D-Bus, the way of its own Copy Token); without one, tokenbench-clipboard takes this process's
// place and copies it through the same secret-marked clipboard (ClipboardCopy.cpp).
#include "CliContext.h"
#include "Commands.h"

#include "util/ErrorKinds.h"
#include "util/SessionBus.h"

#include <QFile>
#include <QFileInfo>

#include <vector>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

const QString AppService = QStringLiteral("io.tokenbench.Tokenbench");
const QString AppPath = QStringLiteral("/io/tokenbench/Tokenbench");
const QString AppErrorPrefix = QStringLiteral("io.tokenbench.Tokenbench.Error.");

// The app's answer: none when no app runs.
std::optional<int> copyThroughApp(CliContext &context, const QString &name, bool header)
{
    AppBusCaller *bus = AppBusCaller::load(nullptr);
    // A person may have to log in first, in the app's own dialog.
    constexpr int TenMinutesMs = 10 * 60 * 1000;
    const AppBusCaller::Reply reply =
        bus ? bus->call(AppService, AppPath,
                        header ? QStringLiteral("CopyHeader") : QStringLiteral("CopyToken"), name,
                        TenMinutesMs)
            : AppBusCaller::Reply{};
    if (!reply.appRunning)
        return std::nullopt;
    if (reply.ok) {
        context.err << (header ? Text::tr("The Tokenbench app copied the header line of %1.")
                               : Text::tr("The Tokenbench app copied the token of %1."))
                           .arg(name)
                    << '\n';
        return int(CliContext::Ok);
    }
    Error error =
        Error::make(Error::Kind::Internal, QStringLiteral("cli.app_failed"), reply.errorMessage);
    if (reply.errorName.startsWith(AppErrorPrefix)) {
        if (const auto kind = ErrorKinds::fromName(reply.errorName.mid(AppErrorPrefix.size())))
            error.kind = *kind;
    } else {
        error.message = Text::tr("The Tokenbench app did not answer: %1").arg(reply.errorMessage);
        error.kind = Error::Kind::Network;
    }
    if (error.kind == Error::Kind::NotFound)
        return context.fail(CliContext::Usage, error.message);
    return context.fail(error);
}

// tokenbench-clipboard, next to this program (the build tree, bin/) or in its libexec folder.
QString clipboardHelper()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate :
         {here + QStringLiteral("/tokenbench-clipboard"),
          here + QStringLiteral("/../libexec/tokenbench/tokenbench-clipboard")}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace

namespace Commands {

int copy(CliContext &context, const QStringList &args)
{
    QString name;
    bool header = false;
    bool secretsStdin = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--header"))
            header = true;
        else if (arg == QLatin1String("--secrets-stdin"))
            secretsStdin = true;
        else if (name.isEmpty() && !arg.startsWith(QLatin1String("--")))
            name = arg;
        else
            return context.fail(CliContext::Usage,
                                Text::tr("copy: unknown argument '%1'.").arg(arg));
    }
    if (name.isEmpty())
        return context.fail(CliContext::Usage, Text::tr("copy: give a profile name."));
    // Secrets for this one call are this process's: the app has its own.
    if (!secretsStdin) {
        if (const auto answered = copyThroughApp(context, name, header))
            return *answered;
    }

    // No app runs: the clipboard helper copies, and holds what it copied until the delay has
    // run. It is a program of its own so that this one never loads Qt Gui.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return context.fail(CliContext::Usage,
                            Text::tr("copy: no Tokenbench app runs, and there is no display to "
                                     "copy on (neither DISPLAY nor WAYLAND_DISPLAY is set)."));
    const QString helper = clipboardHelper();
    if (helper.isEmpty())
        return context.fail(CliContext::Usage,
                            Text::tr("copy: no Tokenbench app runs, and tokenbench-clipboard is "
                                     "not installed next to tokenbench-cli."));
    QStringList helperArgs{helper};
    if (!context.configDir().isEmpty())
        helperArgs << QStringLiteral("--config-dir") << context.configDir();
    if (context.noKeychain())
        helperArgs << QStringLiteral("--no-keychain");
    helperArgs << name;
    if (header)
        helperArgs << QStringLiteral("--header");
    // Standard input goes on to the helper, which reads the secrets there.
    if (secretsStdin)
        helperArgs << QStringLiteral("--secrets-stdin");
    context.out.flush();
    context.err.flush();
#if defined(Q_OS_UNIX)
    std::vector<QByteArray> storage;
    for (const QString &arg : std::as_const(helperArgs))
        storage.push_back(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    // The same process goes on as the helper: a shortcut's launcher sees one command to its end.
    execv(argv.front(), argv.data());
#endif
    return context.fail(CliContext::Usage, Text::tr("copy: cannot run %1.").arg(helper));
}

} // namespace Commands
