#include "Durations.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

namespace Durations {

QString span(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    if (s < Minute)
        return QCoreApplication::translate("Durations", "%1 s").arg(s);
    if (s < Hour)
        return QCoreApplication::translate("Durations", "%1 min").arg(s / Minute);
    if (s < Day) {
        const qint64 minutes = (s % Hour) / Minute;
        if (minutes == 0)
            return QCoreApplication::translate("Durations", "%1 h").arg(s / Hour);
        return QCoreApplication::translate("Durations", "%1 h %2 min").arg(s / Hour).arg(minutes);
    }
    const qint64 days = s / Day;
    if (days < 2) {
        const qint64 hours = (s % Day) / Hour;
        return hours == 0
                   ? QCoreApplication::translate("Durations", "%n day(s)", nullptr, int(days))
                   : QCoreApplication::translate("Durations", "%n day(s) %1 h", nullptr, int(days))
                         .arg(hours);
    }
    if (days < 60)
        return QCoreApplication::translate("Durations", "%n day(s)", nullptr, int(days));
    // lupdate 6.4 loops forever on a division inside translate()'s arguments: compute first.
    const int months = int(days / 30);
    const int years = int(days / 365);
    if (days < 730)
        return QCoreApplication::translate("Durations", "%n month(s)", nullptr, months);
    return QCoreApplication::translate("Durations", "%n year(s)", nullptr, years);
}

QString relative(qint64 secondsFromNow)
{
    if (secondsFromNow == 0)
        return QCoreApplication::translate("Durations", "now");
    if (secondsFromNow > 0)
        return QCoreApplication::translate("Durations", "in %1").arg(span(secondsFromNow));
    return QCoreApplication::translate("Durations", "%1 ago").arg(span(secondsFromNow));
}

QString countdown(qint64 seconds)
{
    const qint64 s = std::llabs(seconds);
    const qint64 days = s / Day;
    const qint64 hours = (s % Day) / Hour;
    const qint64 minutes = (s % Hour) / Minute;
    const qint64 secs = s % Minute;
    if (days > 0) {
        return QCoreApplication::translate("Durations", "%n day(s) %1 h %2 min %3 s", nullptr,
                                           int(days))
            .arg(twoDigits(hours), twoDigits(minutes), twoDigits(secs));
    }
    if (hours > 0)
        return QCoreApplication::translate("Durations", "%1 h %2 min %3 s")
            .arg(hours)
            .arg(twoDigits(minutes), twoDigits(secs));
    if (minutes > 0)
        return QCoreApplication::translate("Durations", "%1 min %2 s")
            .arg(minutes)
            .arg(twoDigits(secs));
    return QCoreApplication::translate("Durations", "%1 s").arg(secs);
}

QString isoUtc(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString localStamp(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm:ss t"));
}

QString utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace Durations
