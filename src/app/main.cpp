#include "AppServices.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
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
    QApplication::setApplicationName(QStringLiteral("Tokenbench"));
    QApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tokenbench"));
    Translations::install(&app);
    // The core's redacted log lines are for whoever asks (QT_LOGGING_RULES="tokenbench.*=true");
    // warnings still show.
    QLoggingCategory::setFilterRules(
        QStringLiteral("tokenbench.*.debug=false\ntokenbench.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Holds API tokens safely and makes them easy to use."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configDir(
        QStringLiteral("config-dir"),
        QCoreApplication::translate("main", "Keep profiles in DIR instead of the usual folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption noKeychain(
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("main", "Keep secrets in memory for this session only."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try every vendor against a local sandbox, with demo "
                                            "accounts; your own profiles and keychain are not "
                                            "touched."));
    parser.addOption(configDir);
    parser.addOption(noKeychain);
    parser.addOption(demo);
    parser.process(app);

    AppServices::Options options;
    options.configDir = parser.value(configDir);
    options.sessionOnly = parser.isSet(noKeychain);

    // Demo mode: the sandbox on loopback, a throw-away profile folder, secrets in memory.
    std::unique_ptr<Sandbox> sandbox;
    QTemporaryDir demoDir;
    if (parser.isSet(demo)) {
        sandbox = std::make_unique<Sandbox>();
        if (!sandbox->listen()) {
            std::fprintf(stderr, "tokenbench: the demo sandbox could not start: %s\n",
                         qPrintable(sandbox->errorString()));
            return EXIT_FAILURE;
        }
        options.configDir = demoDir.path();
        options.sessionOnly = true;
        options.sessionOnlyReason =
            QCoreApplication::translate(
                "main", "Demo mode: every vendor is the local sandbox at %1, and nothing is saved.")
                .arg(sandbox->baseUrl().toString());
    }
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
    if (sandbox)
        window.setWindowTitle(QCoreApplication::translate("main", "Tokenbench — Demo"));
    window.show();
    return QApplication::exec();
}
