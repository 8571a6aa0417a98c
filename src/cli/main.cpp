#include "CliApp.h"

#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

int main(int argc, char *argv[])
{
    // Only `copy` may need the clipboard, so only it connects to the display; every other
    // command stays a console program.
    std::unique_ptr<QCoreApplication> application;
    if (CliApp::needsClipboard(argc, argv))
        application = std::make_unique<QGuiApplication>(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("tokenbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    Translations::install(&app);
    // Scripts read standard error: one line per problem, from the command itself. The core's own
    // log lines (already redacted) appear only when asked for with QT_LOGGING_RULES, e.g.
    // QT_LOGGING_RULES="tokenbench.*=true".
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.*=false"));
    return CliApp().run(QCoreApplication::arguments());
}
