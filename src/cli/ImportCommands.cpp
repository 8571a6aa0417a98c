// import: a Postman, Insomnia or HAR file into a profile's collections, through the core's one
// import (the app's File > Import Requests does the same).
#include "CliContext.h"
#include "Commands.h"

#include "explorer/CollectionStore.h"
#include "interop/CollectionImport.h"
#include "interop/RequestImport.h"

#include <QFile>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

std::optional<QByteArray> readFile(CliContext &context, const QString &path, int &code)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        code = context.fail(CliContext::Usage,
                            Text::tr("import: cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

void printRequests(CliContext &context, const ImportedCollection &collection,
                   const CollectionImport::Report &report)
{
    for (int i = 0; i < collection.requests.size(); ++i) {
        const ImportedRequest &r = collection.requests.at(i);
        context.out << QStringLiteral("  ") << r.draft.method << ' ' << r.savedName() << '\n';
        for (const QString &line : r.notCarried)
            context.out << QStringLiteral("      ") << Text::tr("not carried: %1").arg(line)
                        << '\n';
        for (const QString &line : r.notes)
            context.out << QStringLiteral("      ") << Text::tr("note: %1").arg(line) << '\n';
        const QString secrets = report.secretsPerRequest.value(i);
        if (!secrets.isEmpty())
            context.out << QStringLiteral("      ")
                        << Text::tr("kept in the keychain, not in the file: %1").arg(secrets)
                        << '\n';
    }
}

} // namespace

namespace Commands {

int import(CliContext &context, const QStringList &args)
{
    QStringList positional;
    QString environmentFile;
    QString asName;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--environment") || arg == QLatin1String("--as")) {
            if (i + 1 >= args.size())
                return context.fail(CliContext::Usage,
                                    Text::tr("import: %1 needs a value.").arg(arg));
            (arg == QLatin1String("--as") ? asName : environmentFile) = args.at(++i);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return context.fail(CliContext::Usage,
                                Text::tr("import: unknown option '%1'.").arg(arg));
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() != 2)
        return context.fail(
            CliContext::Usage,
            Text::tr("import: give PROFILE FILE [--environment FILE] [--as NAME]."));
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(positional.at(0), code);
    if (!profile)
        return code;
    const auto content = readFile(context, positional.at(1), code);
    if (!content)
        return code;
    auto collection = RequestImport::read(*content, positional.at(1));
    if (!collection)
        return context.fail(
            CliContext::Usage,
            Text::tr("import: %1: %2").arg(positional.at(1), collection.error().message));
    CollectionImport::Options options;
    options.asName = asName.trimmed();
    if (!environmentFile.isEmpty()) {
        const auto environment = readFile(context, environmentFile, code);
        if (!environment)
            return code;
        const auto variables = RequestImport::readEnvironment(*environment);
        if (!variables)
            return context.fail(
                CliContext::Usage,
                Text::tr("import: %1: %2").arg(environmentFile, variables.error().message));
        options.environment = variables.value();
    }
    CollectionImport::prepare(collection.value(), *profile);

    AppServices &services = context.services();
    CollectionStore store(CollectionStore::directoryFor(services.profiles()));
    if (const QString problem = store.loadProblem(profile->id); !problem.isEmpty())
        context.err << problem << '\n';
    CollectionImport importer(&store, &services.profiles(), &services.secretVariables());
    const auto result = context.wait<Result<CollectionImport::Report>>([&](auto done) {
        importer.run(profile->id, collection.value(), options, &importer, done);
    });
    if (!result)
        return context.fail(result.error());
    const CollectionImport::Report &report = result.value();
    const ImportedCollection &c = collection.value();

    context.out << Text::tr("Imported %1 (%2) into the collection \"%3\" of %4; requests: %5.")
                       .arg(QFileInfo(positional.at(1)).fileName(), c.format, report.collection,
                            profile->name)
                       .arg(report.requests)
                << '\n';
    printRequests(context, c, report);
    for (const QString &note : c.notes)
        context.out << Text::tr("File: %1").arg(note) << '\n';
    if (!report.variablesSet.isEmpty())
        context.out << Text::tr("Variables set on the profile: %1")
                           .arg(report.variablesSet.join(QStringLiteral(", ")))
                    << '\n';
    if (!report.secretVariables.isEmpty())
        context.out << Text::tr("Secret variables kept in the keychain: %1")
                           .arg(report.secretVariables.join(QStringLiteral(", ")))
                    << '\n';
    for (const QString &skipped : report.variablesSkipped)
        context.out << Text::tr("Variable not imported: %1").arg(skipped) << '\n';
    if (report.sessionOnly) {
        const QString why = report.keychainProblem.isEmpty()
                                ? Text::tr("the keychain is not in use")
                                : report.keychainProblem;
        const QString message =
            Text::tr("The secrets of the file are not kept (%1): type them in again, or import "
                     "once more with the keychain.")
                .arg(why);
        if (!context.noKeychain())
            return context.fail(CliContext::KeychainUnavailable, message);
        context.err << message << '\n';
    }
    return CliContext::Ok;
}

} // namespace Commands
