#include "CliApp.h"

#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokenbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    Translations::install(&app);
    return CliApp().run(QCoreApplication::arguments());
}
