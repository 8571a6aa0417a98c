#include "CliApp.h"

#include "util/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
