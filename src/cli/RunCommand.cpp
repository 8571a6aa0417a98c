// run: a saved collection's requests in order through the same collection runner as the app,
// each checked by its assertions, with a line per request and per failed check, a JUnit file
// for CI and JSON for scripts.
#include "CliContext.h"
#include "Commands.h"

#include "checks/RunReport.h"
#include "explorer/CollectionRunner.h"
#include "explorer/CollectionStore.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

struct RunArgs
{
    QString profile;
    QString collection;
    QStringList only;
    bool bail = false;
    int delayMs = 0;
    QString junit;
    bool json = false;
    bool secretsStdin = false;
    bool noHistory = false;
};

int parse(CliContext &context, const QStringList &args, RunArgs &r)
{
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&](const QString &what) -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                context.fail(CliContext::Usage, Text::tr("run: %1 needs %2.").arg(arg, what));
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (arg == QLatin1String("--only")) {
            const auto name = value(Text::tr("a request name"));
            if (!name)
                return CliContext::Usage;
            r.only << *name;
        } else if (arg == QLatin1String("--bail")) {
            r.bail = true;
        } else if (arg == QLatin1String("--delay")) {
            const auto ms = value(Text::tr("milliseconds"));
            if (!ms)
                return CliContext::Usage;
            bool ok = false;
            r.delayMs = ms->toInt(&ok);
            if (!ok || r.delayMs < 0)
                return context.fail(
                    CliContext::Usage,
                    Text::tr("run: --delay takes milliseconds, not '%1'.").arg(*ms));
        } else if (arg == QLatin1String("--junit")) {
            const auto file = value(Text::tr("a file"));
            if (!file)
                return CliContext::Usage;
            r.junit = *file;
        } else if (arg == QLatin1String("--json")) {
            r.json = true;
        } else if (arg == QLatin1String("--secrets-stdin")) {
            r.secretsStdin = true;
        } else if (arg == QLatin1String("--no-history")) {
            r.noHistory = true;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return context.fail(CliContext::Usage, Text::tr("run: unknown option '%1'.").arg(arg));
        } else {
            positional << arg;
        }
    }
    if (positional.size() != 2)
        return context.fail(CliContext::Usage, Text::tr("run: give PROFILE COLLECTION."));
    r.profile = positional.at(0);
    r.collection = positional.at(1);
    return CliContext::Ok;
}

void printStep(QTextStream &out, const CollectionRunner::Step &step)
{
    const QString status = step.status > 0 ? QString::number(step.status) : Text::tr("no answer");
    out << (step.passed ? QStringLiteral("PASS  ") : QStringLiteral("FAIL  ")) << step.name
        << QStringLiteral(" · ") << step.method << ' ' << step.url << QStringLiteral(" · ")
        << status << QStringLiteral(" · ") << Text::tr("%1 ms").arg(step.elapsedMs) << '\n';
    for (const QString &failure : step.failures())
        out << QStringLiteral("      ") << failure << '\n';
    out.flush();
}

} // namespace

namespace Commands {

int run(CliContext &context, const QStringList &args)
{
    RunArgs r;
    if (const int code = parse(context, args, r); code != CliContext::Ok)
        return code;
    int code = CliContext::Ok;
    const auto profile = context.requireProfile(r.profile, code);
    if (!profile)
        return code;
    if (r.secretsStdin && (code = context.takeSecretsFromStdin(*profile)) != CliContext::Ok)
        return code;

    CollectionStore store(CollectionStore::directoryFor(context.profiles()));
    const QList<RequestCollection> collections = store.collections(profile->id);
    if (!store.loadProblem(profile->id).isEmpty())
        return context.fail(CliContext::Usage, store.loadProblem(profile->id));
    std::optional<RequestCollection> collection;
    for (const RequestCollection &c : collections)
        if (c.name.compare(r.collection, Qt::CaseInsensitive) == 0)
            collection = c;
    if (!collection)
        return context.fail(
            CliContext::Usage,
            Text::tr("%1 has no collection named \"%2\".").arg(profile->name, r.collection));
    QList<SavedRequest> requests;
    for (const SavedRequest &request : std::as_const(collection->requests)) {
        bool wanted = r.only.isEmpty();
        for (const QString &name : std::as_const(r.only))
            wanted = wanted || request.name.compare(name, Qt::CaseInsensitive) == 0;
        if (wanted)
            requests << request;
    }
    if (requests.isEmpty() && !r.only.isEmpty())
        return context.fail(CliContext::Usage,
                            Text::tr("\"%1\" has no request named %2.")
                                .arg(collection->name, r.only.join(QStringLiteral(", "))));

    AppServices &services = context.services();
    if (!r.noHistory) {
        // History that cannot be kept never stops a run; it is said once.
        if (const auto opened = services.history().open(services.historyPath()); !opened)
            context.err << opened.error().message << '\n';
    }
    RequestRunner *sender = services.makeRunner(&services);
    CollectionRunner runner(sender);
    runner.setSecretVariables(&services.secretVariables());
    // With --json, standard output is the JSON alone; the lines go to standard error.
    QTextStream &lines = r.json ? context.err : context.out;
    QObject::connect(&runner, &CollectionRunner::stepFinished, &runner,
                     [&lines](int, const CollectionRunner::Step &step) { printStep(lines, step); });
    CollectionRunner::Options options;
    options.bail = r.bail;
    options.delayMs = r.delayMs;
    const CollectionRunner::Summary summary =
        context.wait<CollectionRunner::Summary>([&](auto done) {
            QObject::connect(&runner, &CollectionRunner::finished, &runner, done);
            runner.run(profile->id, requests, options);
        });

    lines << Text::tr("%1 passed, %2 failed").arg(summary.passed).arg(summary.failed);
    if (summary.bailed)
        lines << QStringLiteral(" · ")
              << Text::tr("stopped at the first failure, %n not run", nullptr,
                          summary.total - int(summary.steps.size()));
    else if (summary.stoppedForLogin)
        lines << QStringLiteral(" · ")
              << Text::tr("nobody could log in, %n not run", nullptr,
                          summary.total - int(summary.steps.size()));
    lines << '\n';
    lines.flush();

    if (!r.junit.isEmpty()) {
        QSaveFile file(r.junit);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(RunReport::junit(summary, profile->name, collection->name)) < 0 ||
            !file.commit())
            return context.fail(
                CliContext::Usage,
                Text::tr("run: cannot write %1: %2").arg(r.junit, file.errorString()));
    }
    if (r.json)
        context.out << QJsonDocument(RunReport::json(summary, profile->name, collection->name))
                           .toJson(QJsonDocument::Indented);

    // A request that got no answer because of the login, the network or the keychain says so
    // in its own status (3, 4, 6); anything else that failed (a check, a {{variable}} an earlier
    // capture did not fill) is 5, like an HTTP error of `request`.
    for (const CollectionRunner::Step &step : summary.steps) {
        if (!step.sendError)
            continue;
        const int status = CliContext::exitCodeFor(*step.sendError);
        if (status == CliContext::AuthRefused || status == CliContext::NetworkError ||
            status == CliContext::KeychainUnavailable)
            return status;
    }
    return summary.failed > 0 ? CliContext::HttpError : CliContext::Ok;
}

} // namespace Commands
