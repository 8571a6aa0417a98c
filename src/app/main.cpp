#include "AppBus.h"
#include "AppPaths.h"
#include "AppServices.h"
#include "DemoProfiles.h"
#include "FontWarmUp.h"
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

// The same names in both passes over the command line: QSettings paths follow them.
void describeApplication()
{
    // One lower-case name for every folder (AppPaths), the capitalised one for people.
    QCoreApplication::setApplicationName(QLatin1String(AppPaths::Name));
    QCoreApplication::setOrganizationName(QLatin1String(AppPaths::Name));
    QGuiApplication::setApplicationDisplayName(QLatin1String(AppPaths::DisplayName));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
}

// The options, built after the translators are installed so that --help speaks the user's
// language.
struct CommandLine
{
    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Holds API tokens safely and makes them easy to use."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(configDir);
        parser.addOption(noKeychain);
        parser.addOption(demo);
        parser.addOption(quitAfterFirstPaint);
    }

    QCommandLineParser parser;
    const QCommandLineOption configDir{
        QStringLiteral("config-dir"),
        QCoreApplication::translate("main", "Keep profiles in DIR instead of the usual folder."),
        QStringLiteral("DIR")};
    const QCommandLineOption noKeychain{
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("main", "Keep secrets in memory for this session only.")};
    const QCommandLineOption demo{
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try every vendor against a local sandbox, with demo "
                                            "accounts; your own profiles and keychain are not "
                                            "touched.")};
    const QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Start as usual, then quit as soon as the main window "
                                            "has been painted once (for start-up timing and "
                                            "smoke tests).")};
};

// --help and --version must answer on a machine without a display, where QApplication cannot
// even be constructed; so they are answered from a QCoreApplication that is gone before the GUI
// starts. Qt's own GUI options (-platform, -style, ...) are unknown here: errors wait for the
// second pass, after QApplication has taken its options out of argv.
void answerHelpAndVersion(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    describeApplication();
    // --version names the program as people write it ("Tokenbench 1.2.0").
    QCoreApplication::setApplicationName(QLatin1String(AppPaths::DisplayName));
    Translations::install(&core);
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    // --help-all is left to the second pass: Qt's GUI options are known only there.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(EXIT_SUCCESS);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
}

// Quits the application once `window` has been painted for the first time.
class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            // After this paint has finished, not in the middle of it. exit(), not quit(): in
            // Qt 6 quit() first asks every window to close, and the main window's close signs
            // out of every session before it goes, which is not start-up.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    answerHelpAndVersion(argc, argv);
    const FontWarmUp fontWarmUp; // on the other core, while Qt connects to the display
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a display Qt aborts with a cryptic plugin error; say what to do instead.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("tokenbench: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "Run it in a desktop session, or under a virtual display:\n"
                   "  xvfb-run -a tokenbench\n",
                   stderr);
        return EXIT_FAILURE;
    }
#endif
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.tokenbench.Tokenbench"));
    Translations::install(&app);
    // The core's redacted log lines are for whoever asks (QT_LOGGING_RULES="tokenbench.*=true");
    // warnings still show.
    QLoggingCategory::setFilterRules(
        QStringLiteral("tokenbench.*.debug=false\ntokenbench.*.info=false"));

    CommandLine commandLine;
    commandLine.parser.process(app);
    const QCommandLineParser &parser = commandLine.parser;

    AppServices::Options options;
    options.configDir = parser.isSet(commandLine.configDir)
                            ? parser.value(commandLine.configDir)
                            : qEnvironmentVariable("TOKENBENCH_CONFIG_DIR");
    options.sessionOnly = parser.isSet(commandLine.noKeychain);

    // One app a desktop session: a second start shows the first window and goes. The demo and
    // start-up timing runs stand apart.
    const bool single =
        !parser.isSet(commandLine.demo) && !parser.isSet(commandLine.quitAfterFirstPaint);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (single && bus.isConnected() && !AppBus::claimName(bus)) {
        if (AppBus::showRunning(bus))
            return EXIT_SUCCESS;
        std::fputs("tokenbench: another Tokenbench holds io.tokenbench.Tokenbench on the session "
                   "bus but does not answer; starting anyway.\n",
                   stderr);
    }

    // Demo mode: the sandbox on loopback, a throw-away profile folder, secrets in memory.
    std::unique_ptr<Sandbox> sandbox;
    QTemporaryDir demoDir;
    if (parser.isSet(commandLine.demo)) {
        sandbox = std::make_unique<Sandbox>();
        if (!sandbox->listen()) {
            std::fprintf(stderr, "tokenbench: the demo sandbox could not start: %s\n",
                         qPrintable(sandbox->errorString()));
            return EXIT_FAILURE;
        }
        // Its HTTPS side, for the demo profile behind a private CA; the rest works without it.
        if (!sandbox->listenTls())
            std::fprintf(stderr, "tokenbench: the demo sandbox's HTTPS side could not start: %s\n",
                         qPrintable(sandbox->errorString()));
        options.configDir = demoDir.path();
        options.sessionOnly = true;
        options.sessionOnlyReason =
            QCoreApplication::translate(
                "main", "Demo mode: every vendor is the local sandbox at %1, and nothing is saved.")
                .arg(sandbox->baseUrl().toString());
    }
    // A folder of its own holds everything: preferences, history and caches too.
    if (!options.configDir.isEmpty())
        AppPaths::confineTo(options.configDir);
    else
        AppPaths::moveFromOldPlaces();
    AppServices services(options);
    if (sandbox) {
        QObject context;
        for (const DemoProfile &demoProfile : DemoProfiles::all(*sandbox)) {
            const auto added = services.profiles().add(demoProfile.profile);
            if (!added)
                continue;
            for (auto it = demoProfile.secrets.cbegin(); it != demoProfile.secrets.cend(); ++it)
                services.secrets().write(SecretStore::key(added->id, it.key()), it.value(),
                                         &context, [](const Result<bool> &) {});
        }
    }
    MainWindow window(&services);
    AppBus appBus(&window, &services);
    if (single)
        appBus.exportOn(bus);
    if (sandbox)
        window.setWindowTitle(QCoreApplication::translate("main", "Tokenbench — Demo"));
    FirstPaintQuitter quitter;
    if (parser.isSet(commandLine.quitAfterFirstPaint))
        window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
