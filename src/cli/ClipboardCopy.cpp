// tokenbench-clipboard: `tokenbench-cli copy` when no app runs. A fresh token of a profile on the
// clipboard through the app's secret-marked clipboard, with the app's clearing delay and Send as;
// the process stays (no window) until the clipboard is cleared or someone copies something else,
// since on X11 and Wayland what is copied lives in the process that copied it. Qt Gui is loaded
// here and never by tokenbench-cli.
#include "CliContext.h"

#include "AppPaths.h"
#include "AppSettings.h"
#include "SecureClipboard.h"
#include "util/Translations.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

int copyHere(CliContext &context, const QString &name, bool header, bool secretsStdin)
{
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(name, code);
    if (!profile)
        return code;
    if (secretsStdin && (code = context.takeSecretsFromStdin(*profile)) != CliContext::Ok)
        return code;
    const Result<Session> session = context.freshSession(*profile);
    if (!session)
        return context.fail(session.error());
    context.settle();

    // The app's preferences: its clipboard delay and the profile's Send as.
    const QSettings settings{QLatin1String(AppPaths::Name), QLatin1String(AppPaths::Name)};
    SecureClipboard clipboard;
    clipboard.setClearDelay(AppSettings::load(settings).clipboardClearSeconds);
    if (header)
        clipboard.copySecret(session->token.headerLine(), Text::tr("Header line copied."));
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

} // namespace

int main(int argc, char *argv[])
{
    // Without a display QGuiApplication would abort with a platform plugin error.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("tokenbench-cli: there is no display to copy on (neither DISPLAY nor "
                   "WAYLAND_DISPLAY is set).\n",
                   stderr);
        return 2;
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokenbench-clipboard"));
    QCoreApplication::setOrganizationName(QLatin1String(AppPaths::Name));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    Translations::install(&app);
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.*=false\nqt.qpa.*=false"));

    const QStringList args = QCoreApplication::arguments().mid(1);
    QString configDir = qEnvironmentVariable("TOKENBENCH_CONFIG_DIR");
    bool noKeychain = false;
    bool header = false;
    bool secretsStdin = false;
    QString name;
    bool usable = true;
    for (int i = 0; i < args.size() && usable; ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--config-dir") && i + 1 < args.size())
            configDir = args.at(++i);
        else if (arg == QLatin1String("--no-keychain"))
            noKeychain = true;
        else if (arg == QLatin1String("--header"))
            header = true;
        else if (arg == QLatin1String("--secrets-stdin"))
            secretsStdin = true;
        else if (name.isEmpty() && !arg.startsWith(QLatin1String("--")))
            name = arg;
        else
            usable = false;
    }
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    if (!usable || name.isEmpty()) {
        errStream << "Usage: tokenbench-clipboard [--config-dir DIR] [--no-keychain] PROFILE "
                     "[--header] [--secrets-stdin]\n"
                     "(run by tokenbench-cli copy when no Tokenbench app runs)\n";
        return 2;
    }
    int code = 0;
    {
        CliContext context(in, outStream, errStream, configDir, noKeychain);
        code = copyHere(context, name, header, secretsStdin);
        context.settle();
    }
    outStream.flush();
    errStream.flush();
    return code;
}
