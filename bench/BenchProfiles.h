#pragma once

#include "profiles/Profile.h"
#include "profiles/ProfileStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// Profiles for the benchmarks: a spread of vendors, methods, hosts and token states like a
// busy team's list, written straight into profiles.json (adding 10,000 one by one through the
// store would rewrite the file 10,000 times).
namespace BenchProfiles {

inline Profile make(int i, const QDateTime &now, bool steady = false)
{
    struct Kind
    {
        const char *vendor;
        const char *method;
        const char *label;
    };
    static const Kind kinds[] = {
        {"regscale", "password", "RegScale"},
        {"regscale", "token", "RegScale"},
        {"scantrust", "uat", "Scantrust"},
        {"scantrust", "jwt", "Scantrust"},
        {"passwordsafe", "apikey", "Password Safe"},
        {"generic", "bearer", "API"},
        {"generic", "oauth2", "API"},
        {"generic", "basic", "API"},
    };
    static const char *const stages[] = {"production", "staging", "test", "dev", "sandbox"};
    static const char *const regions[] = {"eu", "us", "ap", "ca"};
    const Kind &kind = kinds[i % std::size(kinds)];
    const QString stage = QLatin1String(stages[(i / 8) % std::size(stages)]);
    const QString region = QLatin1String(regions[(i / 40) % std::size(regions)]);

    Profile p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("%1 %2 %3 %4")
                 .arg(QLatin1String(kind.label), stage, region)
                 .arg(i, 5, 10, QLatin1Char('0'));
    p.vendor = QLatin1String(kind.vendor);
    p.method = QLatin1String(kind.method);
    p.baseUrl = QUrl(QStringLiteral("https://%1-%2.%3.example.com/api")
                         .arg(stage, region)
                         .arg(QLatin1String(kind.vendor)));
    if (p.method == QLatin1String("password") || p.method == QLatin1String("jwt"))
        p.fields.insert(QStringLiteral("username"), QStringLiteral("analyst%1").arg(i));
    p.created = now.addDays(-(i % 300));
    p.updated = p.created;
    if (i % 7 == 0)
        p.colour = QStringLiteral("#2e7d32");
    // Some with no token, some valid, expiring soon and expired: every badge is drawn.
    switch (i % 4) {
    case 1:
        p.lastToken.obtainedAt = now.addSecs(-60);
        p.lastToken.expiresAt = now.addSecs(3600 + i);
        break;
    case 2:
        p.lastToken.obtainedAt = now.addSecs(-7200);
        p.lastToken.expiresAt = now.addSecs(-3600);
        break;
    case 3:
        p.lastToken.obtainedAt = now.addSecs(-60);
        // Steady: no badge changes within the hour, so an idle measurement sees only what the
        // app does by itself and not the badges it must repaint.
        p.lastToken.expiresAt = now.addSecs(steady ? 7200 + i : 120 + i % 60);
        break;
    default:
        break;
    }
    if (p.lastToken.expiresAt) {
        p.lastToken.expirySource = QStringLiteral("exp_claim");
        p.lastToken.source = QStringLiteral("login");
    }
    return p;
}

// Writes `count` profiles to DIR/profiles.json in the store's current schema.
inline bool write(const QString &directory, int count, bool steady = false)
{
    QDir().mkpath(directory);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(make(i, now, steady).toJson());
    const QJsonObject root{{QStringLiteral("schema"), ProfileStore::SchemaVersion},
                           {QStringLiteral("profiles"), list}};
    QFile file(QDir(directory).filePath(QStringLiteral("profiles.json")));
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) > 0;
}

} // namespace BenchProfiles
