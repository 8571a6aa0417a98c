#include "TrayIcon.h"
#include "profiles/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TstTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuListsEveryProfileAndCopies();
    void menuFollowsTheStore();
};

void TstTrayIcon::menuListsEveryProfileAndCopies()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    Profile p;
    p.vendor = QStringLiteral("regscale");
    p.method = QStringLiteral("password");
    p.baseUrl = QUrl(QStringLiteral("https://regscale.example.com"));
    p.name = QStringLiteral("prod");
    const auto prod = store.add(p);
    QVERIFY(prod);
    p.vendor = QStringLiteral("scantrust");
    p.method = QStringLiteral("uat");
    p.name = QStringLiteral("staging");
    QVERIFY(store.add(p));

    TrayIcon tray(&store);
    QStringList texts;
    for (QAction *a : tray.menu()->actions())
        if (!a->text().isEmpty()) // vendor names are section headings
            texts.append(a->text());
    QVERIFY(texts.contains(QStringLiteral("RegScale")));
    QVERIFY(texts.contains(QStringLiteral("Scantrust")));
    QVERIFY(texts.contains(QStringLiteral("Copy Token: prod")));
    QVERIFY(texts.contains(QStringLiteral("Copy Token: staging")));

    QSignalSpy copy(&tray, &TrayIcon::copyTokenRequested);
    auto *action = tray.menu()->findChild<QAction *>(QStringLiteral("trayCopy_") +
                                                     prod->id.toString(QUuid::WithoutBraces));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(copy.count(), 1);
    QCOMPARE(copy.first().first().value<QUuid>(), prod->id);
}

void TstTrayIcon::menuFollowsTheStore()
{
    QTemporaryDir dir;
    ProfileStore store(dir.path());
    QVERIFY(store.load());
    TrayIcon tray(&store);
    QCOMPARE(tray.menu()->actions().first()->text(), QStringLiteral("No profiles yet"));
    Profile p;
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("bearer");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.name = QStringLiteral("api");
    QVERIFY(store.add(p));
    bool listed = false;
    for (QAction *a : tray.menu()->actions())
        listed |= a->text() == QLatin1String("Copy Token: api");
    QVERIFY(listed);
}

QTEST_MAIN(TstTrayIcon)
#include "tst_trayicon.moc"
