// bench_collections: a collection of many saved requests, opened in the collections panel.
//
// Saves one collection of COUNT requests for a profile (through CollectionStore, as an import
// does), then opens the collections panel on it ROUNDS times: the panel made, the profile
// chosen (its collections file read), shown and painted with the requests listed. The reference
// is the same panel on a profile with no collection, opened in turn with it.
//
//   bench_collections [--requests 1000] [--rounds 5]
//     Prints: RESULT <requests> <file bytes> <open median ms> <open max ms>
//             <empty median ms> <empty max ms>
//   bench_collections --write CONFIG_DIR PROFILE [--requests 1000] [--url api/echo]
//     Saves the collection "bench" of COUNT GETs of URL?item=N for PROFILE (for `tokenbench-cli
//     run`), and prints the collection's name.

#include "AppServices.h"
#include "BenchSupport.h"
#include "explorer/CollectionStore.h"
#include "explorer/CollectionsPanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <cstdio>
#include <vector>

namespace {

RequestCollection makeCollection(int count, const QString &url)
{
    static const char *const verbs[] = {"List", "Get", "Search", "Export", "Count"};
    static const char *const things[] = {"assets", "orders",   "invoices", "users",
                                         "scans",  "controls", "issues",   "policies"};
    RequestCollection collection;
    collection.name = QStringLiteral("bench");
    collection.requests.reserve(count);
    for (int i = 0; i < count; ++i) {
        SavedRequest request;
        request.name = QStringLiteral("%1 %2 %3")
                           .arg(QLatin1String(verbs[i % 5]), QLatin1String(things[(i / 5) % 8]))
                           .arg(i, 4, 10, QLatin1Char('0'));
        request.draft.method = QStringLiteral("GET");
        request.draft.url = url + QStringLiteral("?item=%1").arg(i);
        request.draft.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        collection.requests.append(request);
    }
    return collection;
}

int writeForCli(const QString &configDir, const QString &profileName, int count, const QString &url)
{
    ProfileStore profiles(configDir);
    profiles.setWatching(false);
    if (!profiles.load())
        qFatal("cannot read the profiles in %s", qPrintable(configDir));
    const auto profile = profiles.find(profileName);
    if (!profile)
        qFatal("no profile %s", qPrintable(profileName));
    CollectionStore store(CollectionStore::directoryFor(profiles));
    const auto added = store.addCollection(profile->id, makeCollection(count, url));
    if (!added)
        qFatal("cannot save the collection: %s", qPrintable(added.error().message));
    std::printf("bench\n");
    return 0;
}

double openPanel(AppServices &services, const QString &directory, const QUuid &profile,
                 int expectedRequests)
{
    QElapsedTimer clock;
    clock.start();
    CollectionsPanel panel(&services, directory);
    panel.setProfile(profile);
    panel.resize(420, 700);
    panel.show();
    QApplication::processEvents();
    auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("collectionsTreeWidget"));
    if (!tree)
        qFatal("the collections tree is missing");
    tree->viewport()->repaint();
    const double ms = BenchSupport::msSince(clock);
    const int listed = tree->topLevelItemCount() ? tree->topLevelItem(0)->childCount() : 0;
    if (listed != expectedRequests)
        qFatal("the panel lists %d requests, not %d", listed, expectedRequests);
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchSupport::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    int count = 1000;
    int rounds = 5;
    QString url = QStringLiteral("api/echo");
    QStringList write;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args.at(i) == QLatin1String("--requests") && hasValue)
            count = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--rounds") && hasValue)
            rounds = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--url") && hasValue)
            url = args.at(++i);
        else if (args.at(i) == QLatin1String("--write") && i + 2 < args.size()) {
            write = {args.at(i + 1), args.at(i + 2)};
            i += 2;
        }
    }
    if (!write.isEmpty())
        return writeForCli(write.at(0), write.at(1), count, url);

    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    options.watchProfiles = false;
    AppServices services(options);
    const auto add = [&](const QString &name) {
        Profile p;
        p.name = name;
        p.vendor = QStringLiteral("generic");
        p.method = QStringLiteral("bearer");
        p.baseUrl = QUrl(QStringLiteral("https://api.example.com/v2"));
        const auto added = services.profiles().add(p);
        if (!added)
            qFatal("cannot add a profile: %s", qPrintable(added.error().message));
        return added->id;
    };
    const QUuid full = add(QStringLiteral("with the collection"));
    const QUuid none = add(QStringLiteral("with none"));
    const QString directory = QDir(dir.path()).filePath(QStringLiteral("collections"));
    {
        CollectionStore store(directory);
        if (!store.addCollection(full, makeCollection(count, url)))
            qFatal("cannot save the collection");
    }
    qint64 fileBytes = 0;
    for (const QFileInfo &file : QDir(directory).entryInfoList(QDir::Files))
        fileBytes += file.size();

    openPanel(services, directory, none, 0); // first use: fonts, styles, icons
    std::vector<double> opened, empty;
    for (int r = 0; r < rounds; ++r) {
        opened.push_back(openPanel(services, directory, full, count));
        empty.push_back(openPanel(services, directory, none, 0));
    }
    std::printf("RESULT %d %lld %.2f %.2f %.2f %.2f\n", count, fileBytes,
                BenchSupport::percentile(opened, 0.5), BenchSupport::maximum(opened),
                BenchSupport::percentile(empty, 0.5), BenchSupport::maximum(empty));
    return 0;
}
