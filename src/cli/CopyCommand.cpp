// copy: a fresh token on the clipboard, for a keyboard shortcut. The running app copies it (over
// D-Bus, the way of its own Copy Token); without one, this process copies it through the same
// secret-marked clipboard and stays until the clearing delay has run.
#include "CliContext.h"
#include "Commands.h"

#include "AppSettings.h"
#include "SecureClipboard.h"
#include "auth/SendAs.h"
#include "util/ErrorKinds.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSettings>
#include <QTimer>

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
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() ||
        !bus.interface()->isServiceRegistered(AppService).value())
        return std::nullopt;
    QDBusMessage call = QDBusMessage::createMethodCall(AppService, AppPath, AppService,
                                                       header ? QStringLiteral("CopyHeader")
                                                              : QStringLiteral("CopyToken"));
    call << name;
    // A person may have to log in first, in the app's own dialog.
    constexpr int TenMinutesMs = 10 * 60 * 1000;
    const QDBusMessage reply = bus.call(call, QDBus::Block, TenMinutesMs);
    if (reply.type() == QDBusMessage::ReplyMessage) {
        context.err << (header ? Text::tr("The Tokenbench app copied the header line of %1.")
                               : Text::tr("The Tokenbench app copied the token of %1."))
                           .arg(name)
                    << '\n';
        return int(CliContext::Ok);
    }
    Error error =
        Error::make(Error::Kind::Internal, QStringLiteral("cli.app_failed"), reply.errorMessage());
    if (reply.errorName().startsWith(AppErrorPrefix)) {
        if (const auto kind = ErrorKinds::fromName(reply.errorName().mid(AppErrorPrefix.size())))
            error.kind = *kind;
    } else {
        error.message = Text::tr("The Tokenbench app did not answer: %1").arg(reply.errorMessage());
        error.kind = Error::Kind::Network;
    }
    if (error.kind == Error::Kind::NotFound)
        return context.fail(CliContext::Usage, error.message);
    return context.fail(error);
}

} // namespace

namespace Commands {

int copy(CliContext &context, const QStringList &args)
{
    QString name;
    bool header = false;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--header"))
            header = true;
        else if (name.isEmpty() && !arg.startsWith(QLatin1String("--")))
            name = arg;
        else
            return context.fail(CliContext::Usage,
                                Text::tr("copy: unknown argument '%1'.").arg(arg));
    }
    if (name.isEmpty())
        return context.fail(CliContext::Usage, Text::tr("copy: give a profile name."));
    if (const auto answered = copyThroughApp(context, name, header))
        return *answered;

    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(CliContext::Usage,
                            Text::tr("copy: no Tokenbench app runs, and there is no display to "
                                     "copy on (neither DISPLAY nor WAYLAND_DISPLAY is set)."));
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(name, code);
    if (!profile)
        return code;
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return context.fail(session.error());
    context.settle();

    // The app's preferences: its clipboard delay and the profile's Send as.
    const QSettings settings(QStringLiteral("Tokenbench"), QStringLiteral("Tokenbench"));
    SecureClipboard clipboard;
    clipboard.setClearDelay(AppSettings::load(settings).clipboardClearSeconds);
    if (header)
        clipboard.copySecret(SendAs::apply(settings, profile->id, session->token).headerLine(),
                             Text::tr("Header line copied."));
    else
        clipboard.copySecret(session->token.raw(), Text::tr("Token copied."));
    const int delay = clipboard.clearDelay();
    if (delay > 0)
        context.err << Text::tr("%1 The clipboard is cleared in %2 s.")
                           .arg(clipboard.copiedWhat())
                           .arg(delay)
                    << '\n';
    else
        context.err
            << Text::tr("%1 It stays until something else is copied.").arg(clipboard.copiedWhat())
            << '\n';
    context.err.flush();
    // What is on the clipboard lives in this process (X11, Wayland): it stays until cleared, or
    // until someone copies something else.
    if (clipboard.holdsSecret()) {
        QEventLoop loop;
        QObject::connect(&clipboard, &SecureClipboard::cleared, &loop, &QEventLoop::quit);
        QObject::connect(&clipboard, &SecureClipboard::released, &loop, &QEventLoop::quit);
        // Should a platform not say that the clipboard changed hands, this notices it.
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&loop, &clipboard] {
            if (!clipboard.holdsSecret())
                loop.quit();
        });
        check.start(1000);
        loop.exec();
    }
    return CliContext::Ok;
}

} // namespace Commands
