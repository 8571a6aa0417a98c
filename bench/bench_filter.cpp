// bench_filter: what one keystroke in the profile filter costs with many profiles.
//
// A ProfileListWidget over COUNT profiles (the size it has in the main window) gets the filter
// typed into it a key at a time, then erased with Backspace, as a person would. Each keystroke is
// timed from the key event until the list has been laid out and painted again; widening the
// filter (Backspace) is the dearer direction, since rows come back.
//
//   bench_filter [--profiles 10000] [--rounds 5] [--text "prod eu 12"]
// Prints one line: RESULT <keystrokes> <median ms> <p90 ms> <max ms> <first-show ms>

#include "BenchProfiles.h"
#include "BenchSupport.h"
#include "BenchTyping.h"
#include "ProfileListWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    BenchSupport::offscreenWithoutDisplay();
    QApplication app(argc, argv);
    int count = 10000;
    int rounds = 5;
    QString text = QStringLiteral("prod eu 12");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--profiles"))
            count = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--text"))
            text = args.at(i + 1);
    }

    QTemporaryDir dir;
    if (!BenchProfiles::write(dir.path(), count))
        qFatal("cannot write the profiles");
    ProfileStore store(dir.path());
    if (!store.load())
        qFatal("cannot load the profiles");

    QElapsedTimer showClock;
    showClock.start();
    ProfileListWidget list(&store);
    list.resize(340, 700);
    list.show();
    auto *line = list.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *tree = list.findChild<QTreeView *>(QStringLiteral("profileTreeView"));
    if (!line || !tree)
        qFatal("the filter field or the list is missing");
    QApplication::processEvents();
    tree->viewport()->repaint();
    const double showMs = showClock.nsecsElapsed() / 1e6;
    // Whatever the keystroke queued (delayed layout, updates) runs, then the list is painted.
    const std::vector<double> times = BenchSupport::typeAndErase(line, text, rounds, [tree] {
        QApplication::processEvents();
        tree->viewport()->repaint();
    });

    std::printf("RESULT %zu %f %f %f %f\n", times.size(), BenchSupport::percentile(times, 0.5),
                BenchSupport::percentile(times, 0.9), BenchSupport::maximum(times), showMs);
    return 0;
}
