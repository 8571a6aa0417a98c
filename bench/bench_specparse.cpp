// bench_specparse: how long reading an API description takes as its objects grow, the case a
// hostile or merely huge document makes (issue 19, item 8).
//
// Documents, each with objects of N members:
//   keys        JSON: one object of N members (an extension at the top level)
//   keys-yaml   the same in YAML
//   refs        JSON: N paths, each with a parameter that is a $ref into a map of N parameters,
//               each operation with a tag of its own
//   refs-yaml   the same in YAML
//   schema      JSON: one request body schema of N properties; the example body is built too
// For each it reports reading the document (SpecParser::parse), indexing the operations by tag
// (what the endpoint list does) and, for `schema`, the example body. Each measurement runs in a
// child process that is stopped after --limit seconds, since before the fix some took hours.
// With --cancel it also starts each parse on a thread, cancels it after 200 ms and reports how
// long the parse took to stop.
//
//   bench_specparse [--sizes 10000,40000,100000] [--kinds keys,refs] [--runs 3] [--limit 60]
//                   [--cancel]

#include "explorer/OperationDraft.h"
#include "explorer/SpecParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

QByteArray jsonDocument(const QString &kind, int n)
{
    QByteArray doc = "{\"openapi\":\"3.0.0\",\"info\":{\"title\":\"bench\",\"version\":\"1\"},";
    if (kind == QLatin1String("keys")) {
        doc += "\"paths\":{},\"x-big\":{";
        for (int i = 0; i < n; ++i)
            doc += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
        doc += "}}";
    } else if (kind == QLatin1String("refs")) {
        doc += "\"paths\":{";
        for (int i = 0; i < n; ++i) {
            const QByteArray s = QByteArray::number(i);
            doc += (i ? ",\"/p" : "\"/p") + s + "\":{\"get\":{\"tags\":[\"t" + s +
                   "\"],\"parameters\":[{\"$ref\":\"#/components/parameters/q" + s +
                   "\"}],\"responses\":{\"200\":{\"description\":\"ok\"}}}}";
        }
        doc += "},\"components\":{\"parameters\":{";
        for (int i = 0; i < n; ++i) {
            const QByteArray s = QByteArray::number(i);
            doc += (i ? ",\"q" : "\"q") + s + "\":{\"name\":\"q" + s +
                   "\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}";
        }
        doc += "}}}";
    } else {
        doc += "\"paths\":{\"/x\":{\"post\":{\"requestBody\":{\"content\":{\"application/json\":"
               "{\"schema\":{\"type\":\"object\",\"properties\":{";
        for (int i = 0; i < n; ++i)
            doc += (i ? ",\"p" : "\"p") + QByteArray::number(i) + "\":{\"type\":\"string\"}";
        doc += "}}}}}}}}}";
    }
    return doc;
}

QByteArray yamlDocument(const QString &kind, int n)
{
    QByteArray doc = "openapi: 3.0.0\ninfo:\n  title: bench\n  version: '1'\n";
    if (kind == QLatin1String("keys")) {
        doc += "paths: {}\nx-big:\n";
        for (int i = 0; i < n; ++i)
            doc += "  k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    } else {
        doc += "paths:\n";
        for (int i = 0; i < n; ++i) {
            const QByteArray s = QByteArray::number(i);
            doc += "  /p" + s + ":\n    get:\n      tags: [t" + s +
                   "]\n      parameters:\n        - $ref: '#/components/parameters/q" + s +
                   "'\n      responses:\n        '200':\n          description: ok\n";
        }
        doc += "components:\n  parameters:\n";
        for (int i = 0; i < n; ++i) {
            const QByteArray s = QByteArray::number(i);
            doc += "    q" + s + ":\n      name: q" + s + "\n      in: query\n";
        }
    }
    return doc;
}

QByteArray document(const QString &kind, int n)
{
    if (kind.endsWith(QLatin1String("-yaml")))
        return yamlDocument(kind.chopped(5), n);
    return jsonDocument(kind, n);
}

// One measurement, in this process: "parse_ms index_ms example_ms" on standard output.
int measureOne(const QString &kind, int n)
{
    const QByteArray bytes = document(kind, n);
    SpecParser::Limits limits;
    limits.maxNodes = qsizetype(64) * 1000 * 1000;
    QElapsedTimer clock;
    clock.start();
    const auto spec = SpecParser::parse(bytes, limits);
    const double parseMs = clock.nsecsElapsed() / 1e6;
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().message));
        return 1;
    }
    clock.restart();
    qsizetype listed = 0;
    for (const QString &tag : spec->tags)
        listed += spec->operationsTagged(tag).size();
    listed += spec->operationsTagged(QString()).size();
    const double indexMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    qsizetype example = 0;
    if (kind == QLatin1String("schema") && !spec->operations.isEmpty())
        example = OperationDraft::exampleBody(spec.value(), spec->operations.first()).size();
    const double exampleMs = clock.nsecsElapsed() / 1e6;
    std::printf("%.1f %.1f %.1f %lld %lld\n", parseMs, indexMs, exampleMs, qint64(listed),
                qint64(example));
    return 0;
}

#ifdef TOKENBENCH_BENCH_CANCEL
// Starts a parse on a thread, cancels it after 200 ms: how long until the parse returned.
int measureCancel(const QString &kind, int n)
{
    const QByteArray bytes = document(kind, n);
    SpecParser::Limits limits;
    limits.maxNodes = qsizetype(64) * 1000 * 1000;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    limits.cancel = cancel;
    QElapsedTimer clock;
    std::atomic_bool done{false};
    std::thread worker([&] {
        (void)SpecParser::parse(bytes, limits);
        done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const bool finishedFirst = done;
    clock.start();
    *cancel = true;
    worker.join();
    std::printf("%.1f %d\n", clock.nsecsElapsed() / 1e6, finishedFirst ? 1 : 0);
    return 0;
}
#endif

QString median(std::vector<double> v)
{
    if (v.empty())
        return QStringLiteral("-");
    std::sort(v.begin(), v.end());
    return QStringLiteral("%1 (%2-%3)")
        .arg(v[v.size() / 2], 0, 'f', 1)
        .arg(v.front(), 0, 'f', 1)
        .arg(v.back(), 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--one"))
        return measureOne(args.value(1), args.value(2).toInt());
#ifdef TOKENBENCH_BENCH_CANCEL
    if (args.value(0) == QLatin1String("--one-cancel"))
        return measureCancel(args.value(1), args.value(2).toInt());
#endif
    QStringList sizes{QStringLiteral("10000"), QStringLiteral("40000"), QStringLiteral("100000")};
    QStringList kinds{QStringLiteral("keys"), QStringLiteral("keys-yaml"), QStringLiteral("refs"),
                      QStringLiteral("refs-yaml"), QStringLiteral("schema")};
    int runs = 3;
    int limit = 60;
    bool cancel = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sizes"))
            sizes = args.value(++i).split(QLatin1Char(','));
        else if (args.at(i) == QLatin1String("--kinds"))
            kinds = args.value(++i).split(QLatin1Char(','));
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.value(++i).toInt();
        else if (args.at(i) == QLatin1String("--limit"))
            limit = args.value(++i).toInt();
        else if (args.at(i) == QLatin1String("--cancel"))
            cancel = true;
    }
    QTextStream out(stdout);
    out << "SpecParser, objects of N members, " << runs
        << " run(s) each: median (min-max) ms; stopped after " << limit << " s\n";
    out << "kind      |       N |   bytes MB |              parse |         by tag |"
           "        example | cancelled within\n";
    out.flush();
    for (const QString &kind : std::as_const(kinds)) {
        for (const QString &size : std::as_const(sizes)) {
            const int n = size.toInt();
            std::vector<double> parse, index, example, stop;
            bool timedOut = false;
            for (int r = 0; r < runs && !timedOut; ++r) {
                QProcess child;
                child.start(app.applicationFilePath(),
                            {QStringLiteral("--one"), kind, QString::number(n)});
                if (!child.waitForFinished(limit * 1000)) {
                    child.kill();
                    child.waitForFinished();
                    timedOut = true;
                    break;
                }
                const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
                if (f.size() < 3)
                    continue;
                parse.push_back(f.at(0).toDouble());
                index.push_back(f.at(1).toDouble());
                example.push_back(f.at(2).toDouble());
#ifdef TOKENBENCH_BENCH_CANCEL
                if (cancel) {
                    QProcess c;
                    c.start(app.applicationFilePath(),
                            {QStringLiteral("--one-cancel"), kind, QString::number(n)});
                    c.waitForFinished(limit * 1000);
                    const QList<QByteArray> g = c.readAllStandardOutput().trimmed().split(' ');
                    // A parse that ended before the cancel says nothing about stopping.
                    if (g.size() == 2 && g.at(1) == "0")
                        stop.push_back(g.at(0).toDouble());
                }
#endif
            }
            const double mb = document(kind, n).size() / (1024.0 * 1024.0);
            const QString parsed = timedOut ? QStringLiteral("> %1 s").arg(limit) : median(parse);
            out << kind.leftJustified(9) << " | " << size.rightJustified(7) << " | "
                << QString::number(mb, 'f', 1).rightJustified(10) << " | "
                << parsed.rightJustified(18) << " | "
                << (timedOut ? QStringLiteral("-") : median(index)).rightJustified(14) << " | "
                << (timedOut ? QStringLiteral("-") : median(example)).rightJustified(14) << " | "
                << (cancel ? median(stop) : QStringLiteral("-")) << '\n';
            out.flush();
        }
    }
    return 0;
}
