#include "DockerHelper.h"

#include "util/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("docker-credential-tokenbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));
    Translations::install(&app);
    QLoggingCategory::setFilterRules(QStringLiteral("tokenbench.*=false"));
    QFile in;
    QFile out;
    QFile err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return DockerHelper(in, out, err).run(QCoreApplication::arguments());
}
