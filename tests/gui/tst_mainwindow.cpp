#include "MainWindow.h"
#include "SecureClipboard.h"
#include "TestTokens.h"
#include "TokenPanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOnTheTokenPanel();
    void actionsHaveShortcutsShownInMenus();
    void clipboardDelayIsRememberedFromTheMenu();
    void closingClearsTheClipboard();
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TstMainWindow::opensOnTheTokenPanel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.centralWidget(), window.tokenPanel());
    QCOMPARE(window.windowTitle(), QStringLiteral("Tokenbench"));
    QVERIFY(!window.windowIcon().isNull());
}

void TstMainWindow::actionsHaveShortcutsShownInMenus()
{
    MainWindow window;
    const QStringList names{QStringLiteral("actionPasteToken"), QStringLiteral("actionCopyToken"),
                            QStringLiteral("actionCopyHeader"), QStringLiteral("actionQuit")};
    for (const QString &name : names) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
        QVERIFY2(!action->associatedObjects().isEmpty(),
                 qPrintable(name + QLatin1String(" is in no menu")));
    }
}

void TstMainWindow::clipboardDelayIsRememberedFromTheMenu()
{
    {
        MainWindow window;
        QCOMPARE(window.clipboard()->clearDelay(), SecureClipboard::DefaultClearSeconds);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuClearClipboardAfter"));
        QVERIFY(menu);
        QAction *twoMinutes = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("2 minute(s)") ||
                a->text() == QLatin1String("2 minutes"))
                twoMinutes = a;
        QVERIFY(twoMinutes);
        twoMinutes->trigger();
        QCOMPARE(window.clipboard()->clearDelay(), 120);
    }
    MainWindow again;
    QCOMPARE(again.clipboard()->clearDelay(), 120);
}

void TstMainWindow::closingClearsTheClipboard()
{
    MainWindow window;
    window.show();
    window.tokenPanel()->setTokenText(QString::fromLatin1(TestTokens::expiringIn(600)));
    window.tokenPanel()->copyToken();
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    window.close();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
