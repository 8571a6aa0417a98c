#include "AppPaths.h"
#include "AppSettings.h"
#include "explorer/SpecLoader.h"
#include "util/MarkedHeaders.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Demo mode and --config-dir promise a run that writes nothing outside their folder. Before
// AppPaths, preferences changed in demo mode landed in the real preferences file and
// came back in later runs, and every demo run left an API-document cache under ~/.cache.
class TstAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldFoldersMoveOnceToOneLowerCaseName();
    void everythingGoesIntoTheConfinedFolder();
};

namespace {
bool under(const QString &path, const QString &dir)
{
    return QFileInfo(path).absoluteFilePath().startsWith(QDir(dir).absolutePath() +
                                                         QLatin1Char('/'));
}
} // namespace

namespace {
void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The bug: the data folder was ~/.local/share/Tokenbench/Tokenbench/ and the configuration
// ~/.config/tokenbench/: one name, lower case, as XDG programs do, with the old files moved once.
void TstAppPaths::oldFoldersMoveOnceToOneLowerCaseName()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QLatin1String(AppPaths::Name));
    QCoreApplication::setApplicationName(QLatin1String(AppPaths::Name));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    for (const QString &root :
         {config + u"/Tokenbench"_qs, config + u"/tokenbench"_qs, data + u"/Tokenbench"_qs,
          data + u"/tokenbench"_qs, cache + u"/Tokenbench"_qs, cache + u"/tokenbench"_qs})
        QDir(root).removeRecursively();
    put(config + u"/Tokenbench/Tokenbench.conf"_qs, "[clipboard]\nclearSeconds=9\n");
    put(data + u"/Tokenbench/Tokenbench/history.sqlite"_qs, "db");
    put(data + u"/Tokenbench/Tokenbench/history.sqlite-wal"_qs, "wal");
    put(cache + u"/Tokenbench/Tokenbench/explorer/a.spec"_qs, "spec");

    const QStringList moved = AppPaths::moveFromOldPlaces();
    QCOMPARE(moved.size(), 4);
    QCOMPARE(QSettings().fileName(), config + u"/tokenbench/tokenbench.conf"_qs);
    QCOMPARE(contents(QSettings().fileName()), QByteArray("[clipboard]\nclearSeconds=9\n"));
    QCOMPARE(AppPaths::dataDir(), data + u"/tokenbench"_qs);
    QCOMPARE(contents(data + u"/tokenbench/history.sqlite"_qs), QByteArray("db"));
    QCOMPARE(contents(data + u"/tokenbench/history.sqlite-wal"_qs), QByteArray("wal"));
    QCOMPARE(SpecLoader::defaultStorageDir(), cache + u"/tokenbench/explorer"_qs);
    QCOMPARE(contents(cache + u"/tokenbench/explorer/a.spec"_qs), QByteArray("spec"));
    // The old folders are gone, emptied.
    QVERIFY(!QFileInfo::exists(config + u"/Tokenbench"_qs));
    QVERIFY(!QFileInfo::exists(data + u"/Tokenbench"_qs));
    QVERIFY(!QFileInfo::exists(cache + u"/Tokenbench"_qs));

    // Once: an old file that turns up later never replaces what is in the new place.
    put(config + u"/Tokenbench/Tokenbench.conf"_qs, "stale");
    QVERIFY(AppPaths::moveFromOldPlaces().isEmpty());
    QCOMPARE(contents(QSettings().fileName()), QByteArray("[clipboard]\nclearSeconds=9\n"));
    QDir(config + u"/Tokenbench"_qs).removeRecursively();
}

void TstAppPaths::everythingGoesIntoTheConfinedFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's own names, as the app and tokenbench-cli use them.
    QCoreApplication::setOrganizationName(QLatin1String(AppPaths::Name));
    QCoreApplication::setApplicationName(QLatin1String(AppPaths::Name));
    const QString platformSettings = QSettings().fileName();
    QFile::remove(platformSettings);
    QVERIFY(AppPaths::confinedTo().isEmpty());

    QTemporaryDir dir;
    AppPaths::confineTo(dir.path());
    QCOMPARE(AppPaths::confinedTo(), QDir(dir.path()).absolutePath());

    AppSettings changed;
    changed.clipboardClearSeconds = 7;
    changed.secretHeaders = {QStringLiteral("X-Tenant-Sig")};
    changed.save();

    QVERIFY2(under(QSettings().fileName(), dir.path()), qPrintable(QSettings().fileName()));
    QVERIFY(
        under(QSettings(QLatin1String(AppPaths::Name), QLatin1String(AppPaths::Name)).fileName(),
              dir.path()));
    QVERIFY2(!QFile::exists(platformSettings), qPrintable(platformSettings));
    QCOMPARE(AppSettings::load().clipboardClearSeconds, 7);
    // What the CLI reads by the app's names is what the app wrote.
    QCOMPARE(MarkedHeaders::readDesktopSettings(), QStringList{QStringLiteral("X-Tenant-Sig")});
    QVERIFY2(under(SpecLoader::defaultStorageDir(), dir.path()),
             qPrintable(SpecLoader::defaultStorageDir()));

    // And the file really is in the folder.
    bool found = false;
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found = found || it.next().endsWith(QLatin1String(".conf"));
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TstAppPaths)
#include "tst_apppaths.moc"
