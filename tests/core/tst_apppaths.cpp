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
// AppPaths, preferences changed in demo mode landed in ~/.config/Tokenbench/Tokenbench.conf and
// came back in later runs, and every demo run left an API-document cache under ~/.cache.
class TstAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingGoesIntoTheConfinedFolder();
};

namespace {
bool under(const QString &path, const QString &dir)
{
    return QFileInfo(path).absoluteFilePath().startsWith(QDir(dir).absolutePath() +
                                                         QLatin1Char('/'));
}
} // namespace

void TstAppPaths::everythingGoesIntoTheConfinedFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    // The app's own names, as the app and tokenbench-cli use them.
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setApplicationName(QStringLiteral("Tokenbench"));
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
    QVERIFY(under(QSettings(QStringLiteral("Tokenbench"), QStringLiteral("Tokenbench")).fileName(),
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
