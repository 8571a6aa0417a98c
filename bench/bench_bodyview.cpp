// bench_bodyview: how BodyView copes with large JSON bodies.
//
// For each size it generates an API-like list response into a temporary file, then runs every
// measurement in a fresh child process (`--one FILE`) so that peak memory figures do not mix:
//   stall  the longest gap between ticks of a 5 ms timer while the body loads
//   first  time until the first rows are on screen
//   full   time until the whole body is indexed (pretty view complete)
//   peak   VmHWM after loading, and its growth over the process before the body arrived
//   save   peak memory growth while saving the body to disk
// It prints the median of the runs with min and max.
//
//   bench_bodyview [--sizes 1,10,50,200] [--runs 3]

#include "BenchSupport.h"
#include "body/BodyTextView.h"
#include "body/BodyView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

namespace {

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0+).
void resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (file.open(QIODevice::WriteOnly))
        file.write("5");
}

void generate(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk;
    qint64 written = 0;
    file.write("{\"data\":[");
    static const char *const cities[] = {"Z\\u00fcrich", "Berlin", "S\xC3\xA3o Paulo", "Tokyo"};
    for (qint64 i = 0; written < bytes; ++i) {
        chunk.clear();
        if (i > 0)
            chunk += ',';
        chunk += "{\"id\":" + QByteArray::number(i) + ",\"uuid\":\"" +
                 QByteArray::number(i * 2654435761ULL % 4294967296ULL, 16).rightJustified(8, '0') +
                 "-4f1c-9a7e-2d3b5c6a7e8f\",\"name\":\"User number " + QByteArray::number(i) +
                 "\",\"email\":\"user" + QByteArray::number(i) +
                 "@example.com\",\"active\":" + (i % 3 ? "true" : "false") +
                 ",\"score\":" + QByteArray::number(double(i % 1000) / 7.0, 'f', 4) +
                 ",\"tags\":[\"alpha\",\"beta\",\"gamma\"],\"address\":{\"street\":\"" +
                 QByteArray::number(i % 500) + " Main St\",\"city\":\"" + cities[i % 4] +
                 "\",\"geo\":{\"lat\":47.37,\"lng\":8.54}},\"manager\":null,"
                 "\"bio\":\"Line one\\nLine two with \\\"quotes\\\" and a tab\\t.\"}";
        file.write(chunk);
        written += chunk.size();
    }
    file.write("],\"page\":{\"next\":null,\"size\":100}}");
}

struct Run
{
    double stallMs = 0, firstMs = 0, fullMs = 0, peakMb = 0, growthMb = 0, saveMb = 0, saveMs = 0;
    int rows = 0;
};

int runOne(const QString &path)
{
    BodyView view;
    view.resize(1100, 700);
    view.show();
    QApplication::processEvents();
    const qint64 baseline = statusKb("VmHWM");

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &view, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
    });
    double firstMs = -1;
    double fullMs = -1;
    QObject::connect(&view, &BodyView::contentShown, &view, [&] {
        if (firstMs < 0) {
            view.textView()->viewport()->repaint(); // on screen, not just scheduled
            firstMs = clock.nsecsElapsed() / 1e6;
        }
    });
    QObject::connect(&view, &BodyView::loaded, &view, [&] {
        view.textView()->viewport()->repaint();
        fullMs = clock.nsecsElapsed() / 1e6;
    });
    QObject::connect(&view, &BodyView::loadFailed, &view,
                     [](const QString &message) { qFatal("%s", qPrintable(message)); });
    ticker.start();
    clock.start();
    view.setBodyFile(path, QStringLiteral("application/json"));
    while (fullMs < 0)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // Keep turning a little so a stall right after loading is caught too.
    const qint64 until = clock.elapsed() + 100;
    while (clock.elapsed() < until)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    ticker.stop();
    const qint64 peak = statusKb("VmHWM");

    resetPeak();
    const qint64 beforeSave = statusKb("VmRSS");
    QTemporaryDir dir;
    QElapsedTimer saveClock;
    saveClock.start();
    const auto saved = view.saveTo(dir.filePath(QStringLiteral("saved.json")));
    const double saveMs = saveClock.nsecsElapsed() / 1e6;
    const qint64 afterSave = statusKb("VmHWM");
    if (!saved.ok())
        qFatal("%s", qPrintable(saved.error().message));

    std::printf("RESULT %f %f %f %f %f %f %f %d\n", maxGap / 1e6, firstMs, fullMs, peak / 1024.0,
                (peak - baseline) / 1024.0, (afterSave - beforeSave) / 1024.0, saveMs,
                view.rowCount());
    std::fflush(stdout);
    return 0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString cell(const std::vector<Run> &runs, double Run::*field, int precision)
{
    std::vector<double> v;
    for (const Run &r : runs)
        v.push_back(r.*field);
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return QStringLiteral("%1 (%2-%3)")
        .arg(median(v), 0, 'f', precision)
        .arg(*lo, 0, 'f', precision)
        .arg(*hi, 0, 'f', precision);
}

} // namespace

int main(int argc, char *argv[])
{
    BenchSupport::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--one"))
        return runOne(args.at(2));
    if (args.size() >= 3 && args.at(1) == QLatin1String("--show")) {
        // Opens one body for a person to look at (or a screenshot): --show FILE [SEARCH]
        BodyView view;
        view.resize(1100, 700);
        view.setBodyFile(args.at(2), QStringLiteral("application/json"));
        if (args.size() >= 4) {
            QObject::connect(&view, &BodyView::loaded, &view, [&view, &args] {
                view.textView()->toggleFold(2);
                view.setSearchText(args.at(3));
            });
        }
        view.show();
        return app.exec();
    }

    QList<int> sizes = {1, 10, 50, 200};
    int runs = 3;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
        }
    }

    QTextStream out(stdout);
    out << "BodyView, JSON list responses, " << runs << " run(s) each: median (min-max)\n";
    out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8\n")
               .arg(QStringLiteral("size MB"), 7)
               .arg(QStringLiteral("rows"), 9)
               .arg(QStringLiteral("max stall ms"), 18)
               .arg(QStringLiteral("first rows ms"), 18)
               .arg(QStringLiteral("fully loaded ms"), 22)
               .arg(QStringLiteral("peak RSS MB"), 22)
               .arg(QStringLiteral("growth / body"), 18)
               .arg(QStringLiteral("save: +RSS MB, ms"), 24);
    out.flush();
    QTemporaryDir dir;
    for (int size : sizes) {
        const QString path = dir.filePath(QStringLiteral("body-%1.json").arg(size));
        generate(path, qint64(size) << 20);
        const double bodyMb = QFile(path).size() / 1048576.0;
        std::vector<Run> results;
        for (int r = 0; r < runs; ++r) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(app.applicationFilePath(), {QStringLiteral("--one"), path});
            child.waitForFinished(-1);
            const QByteArray output = child.readAllStandardOutput();
            const int at = output.indexOf("RESULT ");
            if (child.exitCode() != 0 || at < 0) {
                out << "run failed for " << size << " MB\n";
                continue;
            }
            const QList<QByteArray> f = output.mid(at + 7).trimmed().split(' ');
            Run run;
            run.stallMs = f.value(0).toDouble();
            run.firstMs = f.value(1).toDouble();
            run.fullMs = f.value(2).toDouble();
            run.peakMb = f.value(3).toDouble();
            run.growthMb = f.value(4).toDouble() / bodyMb; // as a multiple of the body
            run.saveMb = f.value(5).toDouble();
            run.saveMs = f.value(6).toDouble();
            run.rows = f.value(7).toInt();
            results.push_back(run);
        }
        QFile::remove(path);
        if (results.empty())
            continue;
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8, %9\n")
                   .arg(bodyMb, 7, 'f', 1)
                   .arg(results.front().rows, 9)
                   .arg(cell(results, &Run::stallMs, 1), 18)
                   .arg(cell(results, &Run::firstMs, 1), 18)
                   .arg(cell(results, &Run::fullMs, 0), 22)
                   .arg(cell(results, &Run::peakMb, 0), 22)
                   .arg(cell(results, &Run::growthMb, 2), 18)
                   .arg(cell(results, &Run::saveMb, 1), 12)
                   .arg(cell(results, &Run::saveMs, 0));
        out.flush();
    }
    return 0;
}
