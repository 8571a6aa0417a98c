// bench_apidoc: an API description the size of GitHub's in the explorer.
//
// Generates an OpenAPI 3.0 document shaped like a large real one (GitHub's REST description is
// about 13 MB with some 1,200 operations): paths with path and query parameters, most of them
// $refs into components/parameters; JSON responses whose schemas are $refs into
// components/schemas, which refer to each other; shared error responses; request bodies; and
// large examples in components/examples, which make up much of such a document's size. The same
// document every run.
//
// The explorer (ExplorerPanel, shown, for a profile) is handed the bytes as a fetch hands them
// (SpecLoader::loadBytes): timed from there until the endpoint tree is filled and painted, the
// parse on SpecLoader's worker thread included. The process's peak resident memory while it
// does, above what it held before (the document's bytes already in it), is compared with the
// document's size (first round). Then a search is typed into the explorer's search field a key
// at a time and erased, each keystroke timed until the tree is filtered and painted again. The
// reference for the listing is QJsonDocument reading the same bytes, in the same process; beside
// it, SpecParser::parse alone (the part of the listing on the worker thread).
//
//   bench_apidoc [--operations 1200] [--rounds 3] [--text comments] [--write FILE]
// Prints: RESULT <document bytes> <operations> <listed median ms> <listed max ms>
//   <QJsonDocument median ms> <peak growth bytes> <keystrokes> <key median ms> <key p90>
//   <key max> <SpecParser::parse alone, median ms> <painting in the slowest keystroke ms>

#include "AppServices.h"
#include "BenchSupport.h"
#include "BenchTyping.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/SpecLoader.h"
#include "explorer/SpecParser.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

namespace {

using BenchSupport::Lcg;

const char *const Words[] = {
    "repository", "organization", "pull request", "review",    "comment",  "workflow", "artifact",
    "deployment", "environment",  "secret",       "variable",  "runner",   "release",  "asset",
    "branch",     "commit",       "status",       "check",     "issue",    "label",    "milestone",
    "project",    "team",         "member",       "webhook",   "delivery", "package",  "version",
    "alert",      "advisory",     "key",          "invitation"};
const char *const Resources[] = {
    "issues",       "pulls",   "comments",   "reviews", "releases",    "assets",
    "branches",     "commits", "statuses",   "checks",  "labels",      "milestones",
    "projects",     "teams",   "members",    "hooks",   "deliveries",  "packages",
    "versions",     "alerts",  "advisories", "keys",    "invitations", "deployments",
    "environments", "secrets", "variables",  "runners", "artifacts",   "workflows"};
constexpr int WordCount = int(std::size(Words));
constexpr int ResourceCount = int(std::size(Resources));

QByteArray words(Lcg &rng, int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        if (i)
            text += ' ';
        text += Words[rng.next(WordCount)];
    }
    return text;
}

QByteArray quoted(const QByteArray &text)
{
    return '"' + text + '"';
}

// A schema of `properties` members: scalars with descriptions, formats and examples, and some
// $refs to schemas made before it, as a large description's "full-repository" refers to
// "simple-user" and "license".
QByteArray schema(Lcg &rng, int index, int properties)
{
    QByteArray s = "{\"title\":" + quoted("Schema " + QByteArray::number(index)) +
                   ",\"description\":" + quoted(words(rng, 14)) +
                   ",\"type\":\"object\",\"properties\":{";
    QByteArray required;
    for (int p = 0; p < properties; ++p) {
        const QByteArray name =
            QByteArray(Words[rng.next(WordCount)]).replace(' ', '_') + '_' + QByteArray::number(p);
        s += (p ? "," : "") + quoted(name) + ':';
        const quint32 kind = rng.next(10);
        if (kind == 0 && index > 0) {
            s += "{\"$ref\":\"#/components/schemas/schema" +
                 QByteArray::number(rng.next(quint32(index))) + "\"}";
        } else if (kind == 1 && index > 0) {
            s += "{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/schema" +
                 QByteArray::number(rng.next(quint32(index))) + "\"}}";
        } else if (kind < 5) {
            s += "{\"type\":\"string\",\"description\":" + quoted(words(rng, 8)) +
                 ",\"example\":" + quoted(words(rng, 2)) + '}';
        } else if (kind < 7) {
            s += "{\"type\":\"string\",\"format\":\"date-time\",\"example\":"
                 "\"2026-11-21T10:00:00Z\"}";
        } else if (kind < 9) {
            s += "{\"type\":\"integer\",\"description\":" + quoted(words(rng, 6)) +
                 ",\"example\":" + QByteArray::number(rng.next(100000)) + '}';
        } else {
            s += "{\"type\":\"boolean\",\"nullable\":true}";
        }
        if (p % 3 == 0)
            required += (required.isEmpty() ? "" : ",") + quoted(name);
    }
    return s + "},\"required\":[" + required + "]}";
}

// An example value of some KB: a list of records, as descriptions show whole responses.
QByteArray example(Lcg &rng, int bytes)
{
    QByteArray e = "{\"summary\":" + quoted(words(rng, 4)) + ",\"value\":[";
    for (int i = 0; e.size() < bytes; ++i) {
        e += (i ? ",{" : "{") + QByteArrayLiteral("\"id\":") +
             QByteArray::number(rng.next(1u << 30)) + ",\"node_id\":\"MDEwOlJlcG9zaXRvcnkx" +
             QByteArray::number(rng.next(100000)) + "\",\"name\":" + quoted(words(rng, 2)) +
             ",\"url\":\"https://api.example.com/repos/octo/hello/" +
             Resources[rng.next(ResourceCount)] + '/' + QByteArray::number(rng.next(10000)) +
             "\",\"created_at\":\"2026-01-26T19:01:12Z\",\"body\":" + quoted(words(rng, 16)) + '}';
    }
    return e + "]}";
}

QByteArray document(int operations)
{
    Lcg rng;
    const int schemas = operations * 3 / 4;
    const int examples = operations * 3 / 4;
    const int tags = 40;
    QByteArray doc = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Bench REST API\","
                     "\"version\":\"1.1.4\",\"description\":" +
                     quoted(words(rng, 40)) +
                     "},\"servers\":[{\"url\":\"https://api.example.com\"}],\"tags\":[";
    for (int t = 0; t < tags; ++t)
        doc += (t ? "," : "") + QByteArrayLiteral("{\"name\":\"") + Resources[t % ResourceCount] +
               (t >= ResourceCount ? "-extra" : "") +
               "\",\"description\":" + quoted(words(rng, 10)) + '}';
    doc += "],\"paths\":{";
    // Two operations a path, GET and POST or GET and DELETE, as list-and-create pairs go.
    for (int p = 0; p < operations / 2; ++p) {
        const QByteArray resource = Resources[p % ResourceCount];
        const QByteArray sub = Resources[(p / ResourceCount + 7) % ResourceCount];
        const QByteArray path =
            "/repos/{owner}/{repo}/" + resource + "/{id}/" + sub + '/' + QByteArray::number(p);
        const QByteArray tag = Resources[p % ResourceCount];
        doc += (p ? "," : "") + quoted(path) + ":{";
        for (int m = 0; m < 2; ++m) {
            const QByteArray method = m == 0 ? "get" : (p % 3 ? "post" : "delete");
            const int target = int(rng.next(quint32(schemas)));
            doc += (m ? "," : "") + quoted(method) + ":{\"tags\":[" + quoted(tag) +
                   "],\"summary\":" + quoted(method == "get" ? "List " + sub : "Create a " + sub) +
                   ",\"description\":" + quoted(words(rng, 30)) + ",\"operationId\":" +
                   quoted(resource + '/' + method + '-' + sub + '-' + QByteArray::number(p)) +
                   ",\"externalDocs\":{\"description\":\"API method documentation\",\"url\":"
                   "\"https://docs.example.com/rest/" +
                   resource +
                   "\"},\"parameters\":[{\"$ref\":\"#/components/parameters/owner\"},"
                   "{\"$ref\":\"#/components/parameters/repo\"},"
                   "{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":"
                   "{\"type\":\"integer\"}}";
            if (method == "get")
                doc +=
                    ",{\"$ref\":\"#/components/parameters/per-page\"},"
                    "{\"$ref\":\"#/components/parameters/page\"},"
                    "{\"name\":\"sort\",\"in\":\"query\",\"schema\":{\"type\":\"string\","
                    "\"enum\":[\"created\",\"updated\",\"popularity\"],\"default\":\"created\"}}";
            doc += ']';
            if (method == "post")
                doc += ",\"requestBody\":{\"required\":true,\"content\":{\"application/json\":"
                       "{\"schema\":{\"$ref\":\"#/components/schemas/schema" +
                       QByteArray::number(target) + "\"}}}}";
            doc += ",\"responses\":{\"" + QByteArray(method == "post" ? "201" : "200") +
                   "\":{\"description\":\"Response\",\"content\":{\"application/json\":{"
                   "\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/"
                   "schema" +
                   QByteArray::number(target) +
                   "\"}},\"examples\":{\"default\":{\"$ref\":\"#/components/examples/example" +
                   QByteArray::number(rng.next(quint32(examples))) +
                   "\"}}}}},\"404\":{\"$ref\":\"#/components/responses/not_found\"},\"422\":"
                   "{\"$ref\":\"#/components/responses/validation_failed\"}},"
                   "\"x-github\":{\"githubCloudOnly\":false,\"enabledForGitHubApps\":true,"
                   "\"category\":" +
                   quoted(resource) + "}}";
        }
        doc += '}';
    }
    doc += "},\"components\":{\"parameters\":{"
           "\"owner\":{\"name\":\"owner\",\"description\":\"The account owner.\",\"in\":\"path\","
           "\"required\":true,\"schema\":{\"type\":\"string\"}},"
           "\"repo\":{\"name\":\"repo\",\"description\":\"The name of the repository.\","
           "\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}},"
           "\"per-page\":{\"name\":\"per_page\",\"description\":\"Results per page.\","
           "\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"default\":30}},"
           "\"page\":{\"name\":\"page\",\"description\":\"Page number.\",\"in\":\"query\","
           "\"schema\":{\"type\":\"integer\",\"default\":1}}},"
           "\"responses\":{\"not_found\":{\"description\":\"Resource not found\",\"content\":"
           "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/schema0\"}}}},"
           "\"validation_failed\":{\"description\":\"Validation failed\",\"content\":"
           "{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/schema1\"}}}}},"
           "\"schemas\":{";
    for (int s = 0; s < schemas; ++s)
        doc += (s ? ",\"schema" : "\"schema") + QByteArray::number(s) +
               "\":" + schema(rng, s, 12 + int(rng.next(30)));
    doc += "},\"examples\":{";
    for (int e = 0; e < examples; ++e)
        doc += (e ? ",\"example" : "\"example") + QByteArray::number(e) +
               "\":" + example(rng, 2000 + int(rng.next(17000)));
    return doc + "}}}";
}

} // namespace

int main(int argc, char *argv[])
{
    BenchSupport::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    int operations = 1200;
    int rounds = 3;
    QString text = QStringLiteral("comments");
    QString writeTo;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--operations"))
            operations = std::max(2, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--text"))
            text = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--write"))
            writeTo = args.at(i + 1);
    }
    const QByteArray bytes = document(operations);
    if (!writeTo.isEmpty()) {
        QFile file(writeTo);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(writeTo));
        return 0;
    }
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    options.watchProfiles = false;
    AppServices services(options);
    Profile profile;
    profile.name = QStringLiteral("bench");
    profile.vendor = QStringLiteral("generic");
    profile.method = QStringLiteral("bearer");
    // Nothing listens there: the fetch that choosing the profile starts fails at once.
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/api"));
    const auto added = services.profiles().add(profile);
    if (!added)
        qFatal("cannot add the profile");
    const QUuid id = added->id;

    ExplorerPanel panel(&services, QDir(dir.path()).filePath(QStringLiteral("explorer")));
    panel.resize(1000, 700);
    panel.show();
    panel.setProfile(id);
    auto *tree = panel.findChild<QTreeView *>(QStringLiteral("endpointTreeView"));
    auto *line = panel.findChild<QLineEdit *>(QStringLiteral("explorerSearchLineEdit"));
    if (!tree || !line)
        qFatal("the endpoint tree or the search field is missing");
    if (!QTest::qWaitFor([&] { return !panel.loader()->isBusy(); }, 10000))
        qFatal("the first fetch did not end");
    QApplication::processEvents();

    std::vector<double> listed;
    qint64 growth = 0;
    int listedOperations = 0;
    for (int r = 0; r < rounds; ++r) {
        bool done = false;
        QObject context;
        // Connected after the panel's own handler: when it runs, the panel has filled its tree.
        QObject::connect(panel.loader(), &SpecLoader::loaded, &context, [&] { done = true; });
        QObject::connect(panel.loader(), &SpecLoader::failed, &context,
                         [&](const QUuid &, const Error &error) {
                             qFatal("the document was refused: %s", qPrintable(error.message));
                         });
        malloc_trim(0); // what the heap freed goes back: the peak counts what this needs
        const bool peakReset = r == 0 && BenchSupport::resetPeak();
        const qint64 before = BenchSupport::statusBytes("VmRSS");
        QElapsedTimer clock;
        clock.start();
        panel.loader()->loadBytes(id, bytes, QStringLiteral("bench"));
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qFatal("the document was not listed within 60 s");
        QApplication::processEvents();
        tree->viewport()->repaint();
        listed.push_back(BenchSupport::msSince(clock));
        if (r == 0)
            growth = peakReset ? BenchSupport::statusBytes("VmHWM") - before : -1;
        listedOperations = panel.spec() ? int(panel.spec()->operations.size()) : 0;
        if (tree->model()->rowCount() == 0)
            qFatal("the tree lists nothing");
    }

    // The references, after the explorer so that their memory is not what it reuses.
    std::vector<double> reference, parsed;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer clock;
        clock.start();
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        reference.push_back(BenchSupport::msSince(clock));
        if (!json.isObject())
            qFatal("the generated document is not JSON");
        clock.start();
        const auto spec = SpecParser::parse(bytes);
        parsed.push_back(BenchSupport::msSince(clock));
        if (!spec)
            qFatal("SpecParser refused the document: %s", qPrintable(spec.error().message));
    }

    // The painting of each keystroke timed apart too: the rest is the key, the filter, the
    // groups expanded and their counts.
    std::vector<double> paints;
    const std::vector<double> keys = BenchSupport::typeAndErase(line, text, rounds, [&] {
        QApplication::processEvents();
        QElapsedTimer paint;
        paint.start();
        tree->viewport()->repaint();
        paints.push_back(BenchSupport::msSince(paint));
    });
    // The painting of the slowest keystroke.
    const double slowestPaint =
        paints.at(size_t(std::max_element(keys.begin(), keys.end()) - keys.begin()));

    std::printf("RESULT %lld %d %.2f %.2f %.2f %lld %zu %.2f %.2f %.2f %.2f %.2f\n",
                qint64(bytes.size()), listedOperations, BenchSupport::percentile(listed, 0.5),
                BenchSupport::maximum(listed), BenchSupport::percentile(reference, 0.5), growth,
                keys.size(), BenchSupport::percentile(keys, 0.5),
                BenchSupport::percentile(keys, 0.9), BenchSupport::maximum(keys),
                BenchSupport::percentile(parsed, 0.5), slowestPaint);
    return 0;
}
