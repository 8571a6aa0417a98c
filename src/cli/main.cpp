#include "AppPaths.h"
#include "CliApp.h"

#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

// The CLI proper, in the module the launcher (Launcher.cpp) loads.
extern "C" Q_DECL_EXPORT int tokenbench_cli_main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokenbench-cli"));
    QCoreApplication::setOrganizationName(QLatin1String(AppPaths::Name));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    Translations::install(&app);
    // Scripts read standard error: one line per problem, from the command itself. The core's own
    // log lines (already redacted) appear only when asked for with QT_LOGGING_RULES, e.g.
    // QT_LOGGING_RULES="tokenbench.*=true".
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.*=false"));
    return CliApp().run(QCoreApplication::arguments());
}
