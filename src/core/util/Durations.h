#pragma once

#include <QDateTime>
#include <QString>

// Human wording of spans of time, shared by the GUI and the CLI so both say the same thing.
namespace Durations {

// The span in its two largest units, rounded down: "23 h 12 min", "3 days", "15 years".
QString span(qint64 seconds);

// Relative to now: "in 23 h 12 min", "3 days ago", "now" (within a second).
QString relative(qint64 secondsFromNow);

// A ticking countdown with seconds: "23 h 12 min 04 s", "2 days 03 h 05 min 09 s", "42 s".
QString countdown(qint64 seconds);

// "2011-03-22T18:43:00Z", with milliseconds only when they are not zero.
QString isoUtc(const QDateTime &time);

// For people, to the second: "Tue 22 Mar 2011 19:43:00 CET" in this computer's time zone and
// language, and "2011-03-22 18:43:00 UTC".
QString localStamp(const QDateTime &time);
QString utcStamp(const QDateTime &time);

} // namespace Durations
