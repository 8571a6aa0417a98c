#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <vector>

// Small helpers the benchmarks share: percentiles of timings, two ways of doing one thing timed
// in turns, the process's memory as the kernel counts it, and numbers that are the same in
// every run.
namespace BenchSupport {

// A deterministic stream of numbers (a 64-bit LCG): every run generates the same data.
class Lcg
{
public:
    quint32 next(quint32 bound)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33) % bound;
    }

private:
    quint64 m_state = 20261206;
};

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5)));
}

inline double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

inline double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// A field of /proc/self/status in bytes ("VmRSS", "VmHWM"); 0 where there is none.
inline qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// Starts the peak (VmHWM) again from the current resident size (Linux 4.0 and later).
inline bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// Widgets on the offscreen platform when there is no display to show them on.
inline void offscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// As the app and the CLI do: a log line per request would be measured too.
inline void quietLogs()
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("tokenbench.*.debug=false\ntokenbench.*.info=false"));
}

struct Paired
{
    std::vector<double> first, second, difference; // ms; difference: first - second, a round
};

// `rounds` of `first()` and `second()` (each returning its time in ms), which goes first
// alternating so that neither always follows the other.
template<typename First, typename Second>
Paired alternate(int rounds, First first, Second second)
{
    Paired paired;
    for (int i = 0; i < rounds; ++i) {
        double a, b;
        if (i % 2) {
            a = first();
            b = second();
        } else {
            b = second();
            a = first();
        }
        paired.first.push_back(a);
        paired.second.push_back(b);
        paired.difference.push_back(a - b);
    }
    return paired;
}

// RESULT <rounds> <first median ms> <first p90> <second median ms> <second p90>
//        <median of the differences ms>
inline void printPaired(int rounds, const Paired &p)
{
    std::printf("RESULT %d %f %f %f %f %f\n", rounds, percentile(p.first, 0.5),
                percentile(p.first, 0.9), percentile(p.second, 0.5), percentile(p.second, 0.9),
                percentile(p.difference, 0.5));
}

} // namespace BenchSupport
