// bench_profiles: writes DIR/profiles.json with COUNT made-up profiles for the start-up and idle
// benchmarks.
//
//   bench_profiles DIR COUNT [--steady]
// --steady: no token changes state within the next hour (for the idle measurements).

#include "BenchProfiles.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: bench_profiles DIR COUNT [--steady]\n", stderr);
        return 2;
    }
    const bool steady = args.contains(QLatin1String("--steady"));
    if (!BenchProfiles::write(args.at(1), args.at(2).toInt(), steady)) {
        std::fprintf(stderr, "bench_profiles: cannot write to %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
