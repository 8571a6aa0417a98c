// bench_history: the request history with many entries, as a person uses it.
//
// Fills a HistoryStore with ENTRIES exchanges through record() (on tmpfs when there is one, then
// copied to the temporary folder), as the composer and the collection runner do (a spread of
// methods, statuses, profiles, headers and JSON bodies from 0 to 4 KB, some failures), then
// measures:
//   - the database's size on disk (the file and its journal, the store closed) against the text
//     it holds: method, URL, profile, error, headers and bodies of every entry, read back;
//   - opening the history panel (HistoryPanel made, shown and painted with its first rows)
//     against the same panel over an empty history, and the store's reading of the 500 newest
//     entries it lists, alone;
//   - each keystroke of a search typed and erased a key at a time, from the key until the list
//     is read again and painted (HistoryPanel::refresh(), what the panel's 200 ms pause after
//     the last key calls: the pause itself is not counted), against the store's search alone.
//
//   bench_history [--entries 100000] [--rounds 3] [--text "orders 4711"]
// Prints lines "name value" and last: RESULT <entries> <fill s> <db bytes> <text bytes>
//   <open ms> <open empty ms> <keystrokes> <key median ms> <key p90> <key max>
//   <search alone median ms> <search alone max ms> <the latest 500 read alone, median ms>

#include "BenchSupport.h"
#include "BenchTyping.h"
#include "history/HistoryPanel.h"
#include "history/HistoryStore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QStorageInfo>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

using BenchSupport::Lcg;

QByteArray jsonBody(Lcg &rng, int bytes)
{
    QByteArray body = "{\"items\":[";
    for (int i = 0; body.size() < bytes; ++i) {
        body += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(rng.next(100000)) +
                ",\"name\":\"asset " + QByteArray::number(rng.next(10000)) +
                "\",\"status\":\"active\",\"owner\":\"team-" + QByteArray::number(rng.next(40)) +
                "\",\"updated\":\"2026-11-" + QByteArray::number(10 + rng.next(18)) +
                "T10:00:00Z\"}";
    }
    return body + "],\"total\":" + QByteArray::number(rng.next(5000)) + "}";
}

struct Filled
{
    double seconds = 0;
    QList<qint64> ids;
};

Filled fill(HistoryStore &store, int count)
{
    static const char *const resources[] = {"assets",   "orders", "invoices", "users",   "scans",
                                            "controls", "issues", "policies", "reports", "tags"};
    static const char *const stages[] = {"production", "staging", "test", "dev"};
    static const char *const regions[] = {"eu", "us", "ap"};
    static const int statuses[] = {200, 200, 200, 200, 200, 201, 204, 400, 401, 404, 404, 500};
    Lcg rng;
    std::vector<QUuid> profiles;
    QStringList names;
    for (int p = 0; p < 24; ++p) {
        profiles.push_back(QUuid::createUuidV5(QUuid(), QString::number(p)));
        names << QStringLiteral("API %1 %2 %3")
                     .arg(QLatin1String(stages[p % 4]), QLatin1String(regions[p % 3]))
                     .arg(p, 5, 10, QLatin1Char('0'));
    }
    Filled filled;
    filled.ids.reserve(count);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < count; ++i) {
        const int p = int(rng.next(quint32(profiles.size())));
        const quint32 kind = rng.next(20);
        const QString method = kind < 14   ? QStringLiteral("GET")
                               : kind < 17 ? QStringLiteral("POST")
                               : kind < 18 ? QStringLiteral("PUT")
                               : kind < 19 ? QStringLiteral("PATCH")
                                           : QStringLiteral("DELETE");
        const QString url =
            QStringLiteral("https://%1-%2.example.com/api/v2/%3/%4?page=%5&limit=50")
                .arg(QLatin1String(stages[p % 4]), QLatin1String(regions[p % 3]),
                     QLatin1String(resources[rng.next(10)]))
                .arg(rng.next(100000))
                .arg(rng.next(20));
        RequestDraft draft;
        draft.method = method;
        draft.url = url;
        draft.headers = {{QStringLiteral("Accept"), QStringLiteral("application/json")}};
        HttpRequest sent;
        sent.method = method.toLatin1();
        sent.url = QUrl(url);
        sent.headers = {{"Accept", "application/json"}, {"User-Agent", "Tokenbench/1.0"}};
        if (method != QLatin1String("GET") && method != QLatin1String("DELETE")) {
            sent.body = jsonBody(rng, 100 + int(rng.next(500)));
            sent.headers.append(
                qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
            draft.bodyKind = RequestDraft::BodyKind::Json;
            draft.bodyText = QString::fromUtf8(sent.body);
        }
        Result<HttpResponse> outcome = HttpResponse{};
        if (rng.next(50) == 0) {
            outcome = Error::make(Error::Kind::Network, QStringLiteral("net.refused"),
                                  QStringLiteral("Connection refused"));
        } else {
            HttpResponse response;
            response.status = statuses[rng.next(std::size(statuses))];
            response.body =
                response.status == 204 ? QByteArray() : jsonBody(rng, int(rng.next(4096)));
            response.bodySize = response.body.size();
            response.elapsedMs = 20 + rng.next(400);
            response.finalUrl = sent.url;
            response.headers = {{"Content-Type", "application/json; charset=utf-8"},
                                {"Date", "Sun, 06 Dec 2026 10:00:00 GMT"},
                                {"Server", "nginx"},
                                {"Cache-Control", "no-store"},
                                {"Content-Length", QByteArray::number(response.body.size())},
                                {"X-Request-Id", QByteArray::number(rng.next(1u << 30), 16)}};
            outcome = response;
        }
        const auto id = store.record(profiles[size_t(p)], names.at(p), draft, sent, outcome, {});
        if (!id)
            qFatal("record failed: %s", qPrintable(id.error().message));
        filled.ids.append(id.value());
    }
    filled.seconds = double(clock.nsecsElapsed()) / 1e9;
    return filled;
}

qint64 textBytes(const HistoryStore &store, const QList<qint64> &ids)
{
    qint64 bytes = 0;
    for (const qint64 id : ids) {
        const auto e = store.entry(id);
        if (!e)
            qFatal("entry %lld is missing", id);
        bytes += e->method.toUtf8().size() + e->url.toUtf8().size() +
                 e->profileName.toUtf8().size() + e->error.toUtf8().size() +
                 e->responseContentType.toUtf8().size() + e->requestBody.size() +
                 e->responseBody.size();
        for (const auto &headers : {e->requestHeaders, e->responseHeaders}) {
            for (const auto &h : headers)
                bytes += h.first.size() + h.second.size();
        }
    }
    return bytes;
}

qint64 onDisk(const QString &path)
{
    qint64 bytes = 0;
    for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

// Made, shown at the window's size and painted with its rows.
double openPanel(HistoryStore &store)
{
    QElapsedTimer clock;
    clock.start();
    HistoryPanel panel(&store);
    panel.resize(1000, 700);
    panel.show();
    QApplication::processEvents();
    auto *table = panel.findChild<QTableView *>(QStringLiteral("historyTableView"));
    if (!table)
        qFatal("the history table is missing");
    table->viewport()->repaint();
    const double ms = BenchSupport::msSince(clock);
    if (store.count() > 0 && table->model()->rowCount() == 0)
        qFatal("the panel lists nothing");
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchSupport::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    int count = 100000;
    int rounds = 3;
    QString text = QStringLiteral("orders 4711");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--entries"))
            count = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--text"))
            text = args.at(i + 1);
    }

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("history.sqlite"));
    const QString emptyPath = QDir(dir.path()).filePath(QStringLiteral("empty.sqlite"));
    // Filled on tmpfs where there is one: on a busy disk the syncs of 100,000 commits take
    // minutes. The file is then copied to the temporary folder and measured there.
    // (A container's /dev/shm may be small: the database takes some 4 KB an entry.)
    const QStorageInfo shmInfo(QStringLiteral("/dev/shm"));
    const bool shm = QFileInfo(QStringLiteral("/dev/shm")).isWritable() &&
                     shmInfo.bytesAvailable() > qint64(count) * 8 * 1024;
    QTemporaryDir fillDir(shm ? QStringLiteral("/dev/shm/bench_history-XXXXXX") : QString());
    const QString fillPath =
        shm ? QDir(fillDir.path()).filePath(QStringLiteral("history.sqlite")) : path;
    auto store = std::make_unique<HistoryStore>();
    store->setRetentionDays(3650);
    if (!store->open(fillPath))
        qFatal("cannot open the history");
    const Filled filled = fill(*store, count);
    std::printf("fill_seconds %.1f\n", filled.seconds);
    const qint64 textHeld = textBytes(*store, filled.ids);
    store.reset(); // closed: what stays on disk
    if (shm) {
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal")}) {
            if (QFileInfo::exists(fillPath + suffix) &&
                !QFile::copy(fillPath + suffix, path + suffix))
                qFatal("cannot copy the history to %s", qPrintable(path));
        }
    }
    const qint64 dbBytes = onDisk(path);
    std::printf("db_bytes %lld\ntext_bytes %lld\n", dbBytes, textHeld);

    HistoryStore history;
    HistoryStore empty;
    if (!history.open(path) || !empty.open(emptyPath))
        qFatal("cannot open the history again");
    openPanel(empty); // first use: fonts, styles
    std::vector<double> opened, openedEmpty, listAlone;
    for (int r = 0; r < rounds; ++r) {
        opened.push_back(openPanel(history));
        openedEmpty.push_back(openPanel(empty));
        // What the panel asks the store for when it opens, alone.
        QElapsedTimer clock;
        clock.start();
        const auto latest = history.search(QString(), 500);
        listAlone.push_back(BenchSupport::msSince(clock));
        if (latest.isEmpty())
            qFatal("the history lists nothing");
    }

    HistoryPanel panel(&history);
    panel.resize(1000, 700);
    panel.show();
    QApplication::processEvents();
    auto *line = panel.findChild<QLineEdit *>(QStringLiteral("historySearchLineEdit"));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("historyTableView"));
    if (!line || !table)
        qFatal("the search field or the table is missing");
    const std::vector<double> keys = BenchSupport::typeAndErase(line, text, rounds, [&] {
        panel.refresh(); // what the pause after the last keystroke calls
        QApplication::processEvents();
        table->viewport()->repaint();
    });
    // The store's search of each text the field held, alone.
    std::vector<double> alone;
    for (int r = 0; r < rounds; ++r) {
        for (qsizetype i = 1; i <= 2 * text.size(); ++i) {
            const QString typed = text.left(i <= text.size() ? i : 2 * text.size() - i);
            QElapsedTimer query;
            query.start();
            (void)history.search(typed, 500);
            alone.push_back(BenchSupport::msSince(query));
        }
    }

    std::printf("RESULT %d %.2f %lld %lld %.2f %.2f %zu %.2f %.2f %.2f %.2f %.2f %.2f\n", count,
                filled.seconds, dbBytes, textHeld, BenchSupport::percentile(opened, 0.5),
                BenchSupport::percentile(openedEmpty, 0.5), keys.size(),
                BenchSupport::percentile(keys, 0.5), BenchSupport::percentile(keys, 0.9),
                BenchSupport::maximum(keys), BenchSupport::percentile(alone, 0.5),
                BenchSupport::maximum(alone), BenchSupport::percentile(listAlone, 0.5));
    return 0;
}
