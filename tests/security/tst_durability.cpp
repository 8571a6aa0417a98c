// The profile file survives the CLI being killed (SIGKILL: no destructor, no atexit) at any point
// while it saves: 200 times, at random moments spread over a save, the file must load and every
// profile that was there before must still be there.
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TstDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillWhileSaving();
};

namespace {

QStringList addArgs(const QString &dir, int n)
{
    return {QStringLiteral("--config-dir"),
            dir,
            QStringLiteral("--no-keychain"),
            QStringLiteral("add"),
            QStringLiteral("profile-%1").arg(n),
            QStringLiteral("--vendor"),
            QStringLiteral("generic"),
            QStringLiteral("--method"),
            QStringLiteral("bearer"),
            QStringLiteral("--url"),
            QStringLiteral("https://api%1.example.com/v1").arg(n)};
}

} // namespace

void TstDurability::sigkillWhileSaving()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cli = QStringLiteral(TOKENBENCH_CLI);

    // A few saves run to the end: they fill the file (a bigger file takes longer to write) and
    // say how long one run takes, so the kills can be spread over all of it.
    QElapsedTimer clock;
    QList<qint64> durations;
    const int warmUp = 20;
    for (int n = 0; n < warmUp; ++n) {
        clock.start();
        QProcess p;
        p.start(cli, addArgs(dir.path(), n));
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        durations.append(clock.elapsed());
    }
    // The median, not the longest: one slow start on a loaded machine would otherwise put most
    // kills after the run had ended.
    std::sort(durations.begin(), durations.end());
    const qint64 typical = durations.at(durations.size() / 2);

    QSet<QString> mustHave; // every profile seen in the file once
    for (int n = 0; n < warmUp; ++n)
        mustHave.insert(QStringLiteral("profile-%1").arg(n));

    // Fixed seed: a failure names the round, and the round can be run again.
    QRandomGenerator random(20240611);
    int killed = 0;
    int completed = 0;
    const int rounds = 200;
    for (int round = 0; round < rounds; ++round) {
        const int n = warmUp + round;
        const int delayMs = random.bounded(int(typical * 3 / 2) + 10);
        QProcess p;
        p.start(cli, addArgs(dir.path(), n));
        QVERIFY(p.waitForStarted(30000));
        if (!p.waitForFinished(delayMs)) {
            if (p.state() != QProcess::NotRunning) {
                p.kill(); // SIGKILL
                ++killed;
            }
            QVERIFY(p.waitForFinished(30000));
        }
        if (p.exitStatus() == QProcess::NormalExit) {
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(QStringLiteral("round %1: %2")
                                    .arg(round)
                                    .arg(QString::fromUtf8(p.readAllStandardError()))));
            ++completed;
            mustHave.insert(QStringLiteral("profile-%1").arg(n));
        }

        ProfileStore store(dir.path());
        const Result<bool> loaded = store.load();
        QVERIFY2(loaded.ok(),
                 qPrintable(QStringLiteral("round %1 (killed after %2 ms): %3")
                                .arg(round)
                                .arg(delayMs)
                                .arg(loaded.ok() ? QString() : loaded.error().message)));
        QSet<QString> names;
        for (const Profile &profile : store.profiles())
            names.insert(profile.name);
        for (const QString &name : std::as_const(mustHave)) {
            QVERIFY2(names.contains(name),
                     qPrintable(QStringLiteral("round %1 (killed after %2 ms) lost %3")
                                    .arg(round)
                                    .arg(delayMs)
                                    .arg(name)));
        }
        // A profile that made it into the file, even from a killed run, is saved from now on.
        mustHave.unite(names);
    }

    // Nothing was ever found damaged and moved aside.
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("*corrupt*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
    qInfo("%d runs killed, %d completed, %lld profiles kept; a run took %lld ms", killed, completed,
          qint64(mustHave.size()), typical);
    // Both must have happened for the test to mean anything.
    QVERIFY(killed > 20);
    QVERIFY(completed > 0);
}

QTEST_GUILESS_MAIN(TstDurability)
#include "tst_durability.moc"
