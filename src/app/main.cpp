#include "AppServices.h"
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.addOption(configDir);
    parser.addOption(noKeychain);
    parser.process(app);

    AppServices::Options options;
    options.configDir = parser.value(configDir);
    options.sessionOnly = parser.isSet(noKeychain);
    AppServices services(options);
    MainWindow window(&services);
    window.show();
    return QApplication::exec();
}
