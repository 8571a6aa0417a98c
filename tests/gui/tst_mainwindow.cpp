#include "AppServices.h"
#include "AppSettings.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProfileActions.h"
#include "ProfileListModel.h"
#include "ProfileListWidget.h"
#include "Sandbox.h"
#include "SecureClipboard.h"
#include "SettingsDialog.h"
#include "TestCertificates.h"
#include "TestSessions.h"
#include "TestTokens.h"
#include "TokenPanel.h"
#include "body/BodyView.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "explorer/CollectionsPanel.h"
#include "explorer/ImportRequestsDialog.h"
#include "history/HistoryPanel.h"
#include "jwt/JwtVerifier.h"
#include "net/CaTrust.h"
#include "profiles/ExpiryWatcher.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithProfilesAndTheTokenPanel();
    void requestAndHistoryPagesArriveAfterTheFirstPaint();
    void requestPageIsThereWhenChosenAtOnce();
    void actionsHaveShortcutsShownInMenus();
    void clipboardDelayIsRememberedFromTheMenu();
    void closingClearsTheClipboard();
    void sessionOnlyShowsABannerNotADialog();
    void tokensExpiringTogetherGetOneMessage();
    void copyTokenLogsInFirstThenCopies();
    void passwordSafeIsSignedOutOnQuit();
    void everyCopyHeaderCopiesTheLineShown();
    void aTokenOfTheProfilesIssuerIsVerified();
    void passwordSafeShowsTheCookieItCopies();
    void aFailedRunStepOpensInHistory();
    void ctrlFBelongsToThePaneWithFocus();
    void ctrlPageDownStepsThroughTabsFromTheList();
    void ctrlSAsksForANameAndCopyAsConfirms();
    void fileImportRequestsPreviewsThenAdds();
    void aBlockedSendClearsTheLastResponse();
    void aFilterThatHidesTheProfileClearsThePanel();
    void deleteAsksThenRemovesProfileAndSecrets();
    void deleteTakesTheTrustedCaFileButNotAChosenOne();
    void preferencesApplyAtOnce();
    void newcomerJourneyForEachVendor_data();
    void newcomerJourneyForEachVendor();

private:
    QUuid addProfile(const QString &name, Sandbox::Vendor vendor, const QString &v,
                     const QString &m, QMap<QString, QString> fields);
    LoginDialog *waitForLoginDialog(MainWindow &window);
    // A generic bearer profile with its static token: a session that needs no login.
    QUuid addLoggedInGeneric();

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
};

void TstMainWindow::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<CollectionRunner::Summary>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(m_sandbox.listen());
}

void TstMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
    QGuiApplication::clipboard()->clear();
}

void TstMainWindow::cleanup()
{
    m_services.reset();
}

QUuid TstMainWindow::addProfile(const QString &name, Sandbox::Vendor vendor, const QString &v,
                                const QString &m, QMap<QString, QString> fields)
{
    Profile p;
    p.name = name;
    p.vendor = v;
    p.method = m;
    p.baseUrl = m_sandbox.vendorBaseUrl(vendor);
    p.fields = std::move(fields);
    const auto added = m_services->profiles().add(p);
    return added ? added->id : QUuid();
}

QUuid TstMainWindow::addLoggedInGeneric()
{
    const QUuid id = addProfile(QStringLiteral("Generic"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    const bool in = TestSessions::logIn(m_services->sessions(), id,
                                        {{QStringLiteral("token"), Sandbox::genericStaticToken()}});
    return in ? id : QUuid();
}

LoginDialog *TstMainWindow::waitForLoginDialog(MainWindow &window)
{
    LoginDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<LoginDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TstMainWindow::opensWithProfilesAndTheTokenPanel()
{
    addProfile(QStringLiteral("RegScale prod"), Sandbox::Vendor::RegScale,
               QStringLiteral("regscale"), QStringLiteral("password"),
               {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.tokenPanel()->isVisible());
    QVERIFY(window.profileList()->isVisible());
    QCOMPARE(window.windowTitle(), QStringLiteral("Tokenbench"));
    QVERIFY(!window.windowIcon().isNull());
    QCOMPARE(window.profileList()->model()->rowCount(), 1);
}

// What the first frame does not show is built once it is on the screen, without anyone asking:
// the Request and History tabs, the filter's clear button.
void TstMainWindow::requestAndHistoryPagesArriveAfterTheFirstPaint()
{
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.profileList()->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(filter);
    QTRY_VERIFY(filter->isClearButtonEnabled());
    auto *composer = window.findChild<ComposerWidget *>(QStringLiteral("composerWidget"));
    QVERIFY(composer);
    QVERIFY(window.findChild<HistoryPanel *>(QStringLiteral("historyPanel")));
    // The Request menu has the composer's own Send and Cancel.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuRequest"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(composer->sendAction()));
    QVERIFY(menu->actions().contains(composer->cancelAction()));
    // Only the token tab was shown: the composer waits, hidden, on its page.
    QCOMPARE(window.workspace()->currentWidget(), window.tokenPanel());
    QVERIFY(!composer->isVisible());
}

// Someone quicker than the first paint's follow-up (Ctrl+2 at once) finds the page built.
void TstMainWindow::requestPageIsThereWhenChosenAtOnce()
{
    const QUuid id = addProfile(QStringLiteral("Generic"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    MainWindow window(m_services.get());
    QVERIFY(!window.findChild<ComposerWidget *>());
    QVERIFY(window.profileList()->selectProfile(id));
    window.workspace()->setCurrentIndex(1);
    auto *composer = window.findChild<ComposerWidget *>(QStringLiteral("composerWidget"));
    QVERIFY(composer);
    QVERIFY(window.requestPage()->isAncestorOf(composer));
    // It follows the profile chosen before it existed, and the ones chosen after.
    QCOMPARE(composer->profile(), id);
    const QUuid other = addProfile(QStringLiteral("Other"), Sandbox::Vendor::Generic,
                                   QStringLiteral("generic"), QStringLiteral("bearer"), {});
    QVERIFY(window.profileList()->selectProfile(other));
    QCOMPARE(composer->profile(), other);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(composer->isVisible());
}

void TstMainWindow::actionsHaveShortcutsShownInMenus()
{
    MainWindow window(m_services.get());
    QList<QAction *> actions{window.findChild<QAction *>(QStringLiteral("actionPasteToken")),
                             window.findChild<QAction *>(QStringLiteral("actionCopyToken")),
                             window.findChild<QAction *>(QStringLiteral("actionCopyHeader")),
                             window.findChild<QAction *>(QStringLiteral("actionQuit"))};
    actions += {window.profileList()->newProfileAction(), window.profileList()->logInAction(),
                window.profileList()->copyTokenAction(), window.profileList()->copyHeaderAction(),
                window.profileList()->filterAction()};
    QSet<QKeySequence> seen;
    for (QAction *action : std::as_const(actions)) {
        QVERIFY(action);
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->text()));
        seen.insert(action->shortcut());
        bool inMenu = false;
        for (QObject *o : action->associatedObjects())
            inMenu |= qobject_cast<QMenu *>(o) != nullptr;
        QVERIFY2(inMenu, qPrintable(action->text() + QLatin1String(" is in no menu")));
    }
}

void TstMainWindow::clipboardDelayIsRememberedFromTheMenu()
{
    {
        MainWindow window(m_services.get());
        QCOMPARE(window.clipboard()->clearDelay(), SecureClipboard::DefaultClearSeconds);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("menuClearClipboardAfter"));
        QVERIFY(menu);
        QAction *twoMinutes = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toInt() == 120)
                twoMinutes = a;
        QVERIFY(twoMinutes);
        twoMinutes->trigger();
        QCOMPARE(window.clipboard()->clearDelay(), 120);
    }
    MainWindow again(m_services.get());
    QCOMPARE(again.clipboard()->clearDelay(), 120);
}

void TstMainWindow::closingClearsTheClipboard()
{
    MainWindow window(m_services.get());
    window.show();
    window.tokenPanel()->setTokenText(QString::fromLatin1(TestTokens::expiringIn(600)));
    window.tokenPanel()->copyToken();
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    window.close();
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TstMainWindow::sessionOnlyShowsABannerNotADialog()
{
    MainWindow window(m_services.get());
    window.show();
    auto *banner = window.findChild<QLabel *>(QStringLiteral("keychainBannerLabel"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("session only")));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // An address in the reason is kept whole when the banner wraps (the German demo banner broke
    // after "http://"): a word joiner follows each slash, and the words stay the same.
    AppServices::Options options;
    options.configDir = m_dir->path() + QStringLiteral("/demo");
    options.sessionOnly = true;
    options.sessionOnlyReason =
        QStringLiteral("Demo mode: the sandbox at http://127.0.0.1:8080/x.");
    AppServices demo(options);
    MainWindow demoWindow(&demo);
    const QString said =
        demoWindow.findChild<QLabel *>(QStringLiteral("keychainBannerLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("http:/\u2060/\u2060127.0.0.1:8080/\u2060x.")),
             qPrintable(said));
    QVERIFY(
        QString(said).remove(QChar(0x2060)).contains(QLatin1String("http://127.0.0.1:8080/x.")));
}

void TstMainWindow::tokensExpiringTogetherGetOneMessage()
{
    // Thirty tokens inside the warning time when the window opens: one line in the status bar
    // that counts them and names the first to go, not thirty messages in a row.
    for (int i = 0; i < 30; ++i) {
        const QUuid id = addProfile(QStringLiteral("Expiring %1").arg(i, 2, 10, QLatin1Char('0')),
                                    Sandbox::Vendor::Generic, QStringLiteral("generic"),
                                    QStringLiteral("bearer"), {});
        auto p = m_services->profiles().find(id);
        QVERIFY(p);
        p->lastToken.obtainedAt = QDateTime::currentDateTimeUtc();
        p->lastToken.expiresAt = QDateTime::currentDateTimeUtc().addSecs(120 + i);
        QVERIFY(m_services->profiles().update(*p));
    }
    MainWindow window(m_services.get());
    window.show();
    QTRY_VERIFY(!window.statusBar()->currentMessage().isEmpty());
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QLatin1String("30")) &&
                 message.contains(QLatin1String("Expiring 00")),
             qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("Expiring 01")), qPrintable(message));
}

void TstMainWindow::copyTokenLogsInFirstThenCopies()
{
    const QUuid id = addProfile(QStringLiteral("Scantrust"), Sandbox::Vendor::Scantrust,
                                QStringLiteral("scantrust"), QStringLiteral("jwt"),
                                {{QStringLiteral("email"), Sandbox::scantrustEmail()}});
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    window.profileList()->copyTokenAction()->trigger();

    // No token yet: the login dialog comes first, with exactly the password to fill in.
    LoginDialog *dialog = waitForLoginDialog(window);
    QVERIFY(dialog);
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    QVERIFY(password);
    QTest::keyClicks(password, Sandbox::scantrustPassword());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->text().isEmpty(), 10000);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied.count(QLatin1Char('.')), 2);
    QCOMPARE(
        QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
        QByteArray("secret"));
    // The panel shows the profile's token with its countdown.
    QTRY_COMPARE(window.tokenPanel()->token().raw(), copied);
    QCOMPARE(window.tokenPanel()->token().timing().state, TokenTiming::State::Valid);
    QVERIFY(m_services->profiles().find(QStringLiteral("Scantrust"))->lastToken.expiresAt);

    // A second copy needs no dialog: the session is held.
    QGuiApplication::clipboard()->clear();
    window.profileList()->copyHeaderAction()->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Authorization: JWT ") + copied);
}

// An OpenID provider's token, shown for a profile that names its issuer: the panel fetches the
// issuer's keys by discovery and says the signature checks out, with nothing to click.
void TstMainWindow::aTokenOfTheProfilesIssuerIsVerified()
{
    const QString issuer = m_sandbox.oidcIssuer().toString();
    const QUuid id =
        addProfile(QStringLiteral("IdP"), Sandbox::Vendor::Oidc, QStringLiteral("generic"),
                   QStringLiteral("oauth2"),
                   {{QStringLiteral("issuer"), issuer},
                    {QStringLiteral("client_id"), Sandbox::oidcConfidentialClientId()}});
    QVERIFY(TestSessions::logIn(m_services->sessions(), id,
                                {{QStringLiteral("client_secret"), Sandbox::oidcClientSecret()}}));
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    // What the person reads at the top of the token panel.
    auto *kind = window.tokenPanel()->findChild<QLabel *>(QStringLiteral("kindLabel"));
    QVERIFY(kind);
    QTRY_VERIFY2_WITH_TIMEOUT(kind->text().contains(QLatin1String("Signature valid: RS256")),
                              qPrintable(kind->text()), 10000);
    QVERIFY(kind->text().contains(issuer + QStringLiteral("/jwks")));
}

// The bugs: with Send as "Authorization: Bearer" chosen, the toolbar's Copy Header copied the
// profile's own scheme while the panel's button copied the chosen one; and the confirmation of
// a header copy stayed after the bare token was copied since.
void TstMainWindow::everyCopyHeaderCopiesTheLineShown()
{
    const QUuid id = addProfile(QStringLiteral("Scantrust"), Sandbox::Vendor::Scantrust,
                                QStringLiteral("scantrust"), QStringLiteral("jwt"),
                                {{QStringLiteral("email"), Sandbox::scantrustEmail()}});
    QVERIFY(TestSessions::logIn(m_services->sessions(), id,
                                {{QStringLiteral("password"), Sandbox::scantrustPassword()}}));
    const QString token = m_services->sessions().session(id)->token.raw();
    {
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(window.profileList()->selectProfile(id));
        QTRY_COMPARE(window.tokenPanel()->token().raw(), token);
        auto *sendAs =
            window.tokenPanel()->findChild<QComboBox *>(QStringLiteral("deliveryComboBox"));
        QVERIFY(sendAs);
        QCOMPARE(sendAs->currentText(), QStringLiteral("Authorization: JWT <token>"));
        sendAs->setCurrentIndex(sendAs->findText(QStringLiteral("Authorization: Bearer <token>")));

        const QString expected = QStringLiteral("Authorization: Bearer ") + token;
        auto *panelButton =
            window.tokenPanel()->findChild<QPushButton *>(QStringLiteral("copyHeaderButton"));
        QTest::mouseClick(panelButton, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        // What is copied is what is sent: the session service hands out the same header.
        const Credential sent = m_services->sessions().session(id)->credential();
        QCOMPARE(sent.headers.size(), 1);
        QCOMPARE(sent.headers.first().second, (QStringLiteral("Bearer ") + token).toUtf8());
        QGuiApplication::clipboard()->clear();
        window.profileList()->copyHeaderAction()->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), expected);

        // The bare token copied since: the panel no longer says a header line was.
        window.profileList()->copyTokenAction()->trigger();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), token);
        auto *said = window.tokenPanel()->findChild<QLabel *>(QStringLiteral("clipboardLabel"));
        QTRY_VERIFY(said->text().startsWith(QStringLiteral("Token copied.")));
    }
    // A header line pasted to be looked at picks its own scheme in the box, and leaves the
    // profile's Send as alone.
    {
        MainWindow window(m_services.get());
        window.show();
        QVERIFY(window.profileList()->selectProfile(id));
        QTRY_COMPARE(window.tokenPanel()->token().raw(), token);
        window.tokenPanel()->setTokenText(QStringLiteral("Authorization: UAT abcdef0123456789"));
        QCOMPARE(m_services->profiles().find(id)->options.sendAs,
                 QStringLiteral("Authorization: Bearer"));
    }
    // Send as is the profile's: a new window copies the same line.
    MainWindow again(m_services.get());
    again.show();
    QVERIFY(again.profileList()->selectProfile(id));
    QGuiApplication::clipboard()->clear();
    again.profileList()->copyHeaderAction()->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("Authorization: Bearer ") + token);
}

// The bug: the greyed Send as box read "Authorization: Bearer <token>" while Copy Header copied
// the Password Safe session cookie.
void TstMainWindow::passwordSafeShowsTheCookieItCopies()
{
    const QUuid id = addProfile(QStringLiteral("PS"), Sandbox::Vendor::PasswordSafe,
                                QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
                                {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}});
    QVERIFY(TestSessions::logIn(m_services->sessions(), id,
                                {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}}));
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    QTRY_VERIFY(!window.tokenPanel()->token().isEmpty());
    auto *sendAs = window.tokenPanel()->findChild<QComboBox *>(QStringLiteral("deliveryComboBox"));
    QCOMPARE(sendAs->currentText(), QStringLiteral("Cookie: ASP.NET_SessionId=<token>"));
    QVERIFY(!sendAs->isEnabled());
    QTest::mouseClick(
        window.tokenPanel()->findChild<QPushButton *>(QStringLiteral("copyHeaderButton")),
        Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(
        QStringLiteral("Cookie: ASP.NET_SessionId=")));
}

// The bug: a collection run's requests were missing from History, and a failed step could not be
// opened to see the response and the reason.
void TstMainWindow::aFailedRunStepOpensInHistory()
{
    const QUuid id = addLoggedInGeneric();
    QVERIFY(!id.isNull());
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    CollectionsPanel *collections = window.collections();
    RequestDraft missing;
    missing.url = QStringLiteral("api/nothing-here");
    collections->saveDraft(missing, QStringLiteral("Missing"));
    auto *tree = collections->findChild<QTreeWidget *>(QStringLiteral("collectionsTreeWidget"));
    QTRY_VERIFY(tree->topLevelItemCount() == 1);
    tree->setCurrentItem(tree->topLevelItem(0));
    QSignalSpy done(collections, &CollectionsPanel::runFinished);
    collections->runAll();
    QVERIFY(done.wait(20000));
    const auto summary = done.first().first().value<CollectionRunner::Summary>();
    QCOMPARE(summary.steps.size(), 1);
    QCOMPARE(summary.steps.first().status, 404);
    QVERIFY(summary.steps.first().historyId != 0);

    auto *results = collections->findChild<QTreeWidget *>(QStringLiteral("runResultsTreeWidget"));
    QTreeWidgetItem *step = results->topLevelItem(0);
    QVERIFY(step);
    Q_EMIT results->itemActivated(step, 0);
    QCOMPARE(window.workspace()->currentWidget()->objectName(), QStringLiteral("historyPage"));
    auto *response = window.historyPanel()->findChild<QPlainTextEdit *>(
        QStringLiteral("historyResponsePlainTextEdit"));
    QTRY_VERIFY2(response->toPlainText().contains(QStringLiteral("404")),
                 qPrintable(response->toPlainText()));
    auto *request = window.historyPanel()->findChild<QPlainTextEdit *>(
        QStringLiteral("historyRequestPlainTextEdit"));
    QVERIFY(request->toPlainText().contains(QStringLiteral("api/nothing-here")));
}

// The bug: Ctrl+F in the response body logged "Ambiguous shortcut overload" and did nothing.
void TstMainWindow::ctrlFBelongsToThePaneWithFocus()
{
    MainWindow window(m_services.get());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.workspace()->setCurrentWidget(window.requestPage());
    BodyView *body = window.responseViewer()->bodyView();
    auto *bodySearch = body->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *filter = window.profileList()->findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QVERIFY(bodySearch && filter);
    QSignalSpy loaded(body, &BodyView::loaded);
    body->setBody(R"({"token_type":"Bearer","items":[1,2,3]})", QStringLiteral("application/json"));
    QVERIFY(loaded.wait(5000) || !loaded.isEmpty());

    QWidget *inBody =
        body->findChild<QStackedWidget *>(QStringLiteral("bodyStackedWidget"))->currentWidget();
    inBody->setFocusPolicy(Qt::StrongFocus);
    inBody->setFocus();
    QTRY_VERIFY(inBody->hasFocus());
    QTest::keyClick(inBody, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bodySearch->hasFocus());

    // Anywhere else, Ctrl+F filters the profiles.
    window.workspace()->setCurrentWidget(window.tokenPanel());
    window.tokenPanel()->setFocus();
    QTRY_VERIFY(!body->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(&window),
                    Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
}

// The bug: Ctrl+PgDn in the profile list jumped to another profile; the tabs had no menu items.
void TstMainWindow::ctrlPageDownStepsThroughTabsFromTheList()
{
    const QUuid first = addProfile(QStringLiteral("A first"), Sandbox::Vendor::Generic,
                                   QStringLiteral("generic"), QStringLiteral("bearer"), {});
    addProfile(QStringLiteral("B second"), Sandbox::Vendor::Generic, QStringLiteral("generic"),
               QStringLiteral("bearer"), {});
    MainWindow window(m_services.get());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.profileList()->selectProfile(first));
    auto *tree = window.profileList()->findChild<QTreeView *>(QStringLiteral("profileTreeView"));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());
    QCOMPARE(window.workspace()->currentIndex(), 0);
    QTest::keyClick(tree, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentIndex(), 1);
    QCOMPARE(window.profileList()->currentProfileId(), first);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(window.workspace()->currentIndex(), 0);

    // Each tab is also a menu item, with its shortcut shown.
    auto *view = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QStringList items;
    for (QAction *action : view->actions())
        if (!action->isSeparator())
            items << action->text() + QLatin1Char('\t') + action->shortcut().toString();
    QCOMPARE(items, (QStringList{QStringLiteral("Token\tCtrl+1"), QStringLiteral("Request\tCtrl+2"),
                                 QStringLiteral("History\tCtrl+3"),
                                 QStringLiteral("&Next Tab\tCtrl+PgDown"),
                                 QStringLiteral("&Previous Tab\tCtrl+PgUp")}));
}

// The bug: Ctrl+S saved silently under the address, and Copy as said nothing.
void TstMainWindow::ctrlSAsksForANameAndCopyAsConfirms()
{
    const QUuid id = addProfile(QStringLiteral("Generic"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    window.workspace()->setCurrentWidget(window.requestPage());
    RequestDraft draft;
    draft.url = QStringLiteral("api/whoami");
    window.composer()->setDraft(draft);

    auto *save = window.findChild<QAction *>(QStringLiteral("saveToCollectionAction"));
    QVERIFY(save);
    QCOMPARE(save->shortcut(), QKeySequence(QKeySequence::Save));
    save->trigger();
    auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("saveRequestDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->textValue(), QStringLiteral("api/whoami")); // prefilled
    dialog->setTextValue(QStringLiteral("Who am I"));
    dialog->accept();
    const auto collections = window.collections()->store()->collections(id);
    QCOMPARE(collections.size(), 1);
    QCOMPARE(collections.first().requests.first().name, QStringLiteral("Who am I"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Who am I")),
             qPrintable(window.statusBar()->currentMessage()));

    auto *copyAs = window.composer()->findChild<QToolButton *>(QStringLiteral("copyAsToolButton"));
    copyAs->menu()->actions().first()->trigger(); // curl
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("curl")));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied as curl")),
             qPrintable(window.statusBar()->currentMessage()));
}

// File > Import Requests: a file, its preview, then the requests in the current profile's
// collections with the request page in front.
void TstMainWindow::fileImportRequestsPreviewsThenAdds()
{
    const QUuid id = addProfile(QStringLiteral("Generic"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionImportRequests"));
    QVERIFY(action);
    bool inMenu = false;
    for (QObject *o : action->associatedObjects())
        inMenu |= qobject_cast<QMenu *>(o) != nullptr;
    QVERIFY(inMenu);
    action->trigger();
    auto *chooser = window.findChild<QFileDialog *>(QStringLiteral("importFileDialog"));
    QVERIFY(chooser && chooser->isVisible());
    Q_EMIT chooser->fileSelected(
        QStringLiteral(TOKENBENCH_IMPORT_DATA "/postman-bearer-v2_1.json"));
    auto *preview = window.findChild<ImportRequestsDialog *>();
    QVERIFY(preview && preview->isVisible());
    QCOMPARE(preview->tree()->topLevelItemCount(), 1);
    // A bearer profile's token stands in for the collection's bearer auth: nothing left out.
    QCOMPARE(preview->tree()->topLevelItem(0)->text(1), QString());
    preview->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    QTRY_VERIFY(window.collections()->store()->collections(id).size() == 1);
    QCOMPARE(window.collections()->store()->collections(id).first().name,
             QStringLiteral("Bearer Token Test"));
    QCOMPARE(window.workspace()->currentWidget(), window.requestPage());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Bearer Token Test")),
             qPrintable(window.statusBar()->currentMessage()));
}

// The bug: a request that could not go out (a variable without a value) left the previous
// request's response on screen, as if it were this one's answer.
void TstMainWindow::aBlockedSendClearsTheLastResponse()
{
    const QUuid id = addLoggedInGeneric();
    QVERIFY(!id.isNull());
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    window.workspace()->setCurrentWidget(window.requestPage());
    ComposerWidget *composer = window.composer();
    QSignalSpy finished(composer, &ComposerWidget::finished);
    RequestDraft draft;
    draft.url = QStringLiteral("api/whoami");
    composer->setDraft(draft);
    composer->send();
    QVERIFY(finished.wait(10000) || !finished.isEmpty());
    QTRY_VERIFY2(window.responseViewer()->statusText().contains(QStringLiteral("200")),
                 qPrintable(window.responseViewer()->statusText()));

    finished.clear();
    draft.url = QStringLiteral("api/{{nowhere}}");
    composer->setDraft(draft);
    composer->send();
    QTRY_VERIFY(!finished.isEmpty());
    QVERIFY2(!window.responseViewer()->statusText().contains(QStringLiteral("200")),
             qPrintable(window.responseViewer()->statusText()));
}

// A filter that hides the chosen profile leaves no token on screen that belongs to no visible
// profile; clearing the filter brings both back.
void TstMainWindow::aFilterThatHidesTheProfileClearsThePanel()
{
    const QUuid id = addLoggedInGeneric();
    QVERIFY(!id.isNull());
    MainWindow window(m_services.get());
    window.show();
    QVERIFY(window.profileList()->selectProfile(id));
    QTRY_COMPARE(window.tokenPanel()->token().raw(), Sandbox::genericStaticToken());
    window.profileList()->setFilterText(QStringLiteral("no such profile"));
    QTRY_VERIFY(window.tokenPanel()->token().isEmpty());
    window.profileList()->setFilterText(QString());
    QTRY_COMPARE(window.profileList()->currentProfileId(), id);
    QTRY_COMPARE(window.tokenPanel()->token().raw(), Sandbox::genericStaticToken());
}

void TstMainWindow::passwordSafeIsSignedOutOnQuit()
{
    const QUuid id = addProfile(QStringLiteral("PS"), Sandbox::Vendor::PasswordSafe,
                                QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
                                {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}});
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->show();
    QVERIFY(window->profileList()->selectProfile(id));
    window->profileActions()->logIn(id);
    LoginDialog *dialog = waitForLoginDialog(*window);
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("api_keyLineEdit"));
    QVERIFY(key);
    key->setText(Sandbox::passwordSafeApiKey());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_services->sessions().session(id).has_value(), 10000);

    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 5000);
    bool signedOut = false;
    for (const auto &call : std::as_const(handled))
        signedOut |=
            call.at(1).toString().endsWith(QLatin1String("Auth/Signout"), Qt::CaseInsensitive);
    QVERIFY(signedOut);
}

void TstMainWindow::deleteAsksThenRemovesProfileAndSecrets()
{
    const QUuid id = addProfile(QStringLiteral("Doomed"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    MainWindow window(m_services.get());
    window.show();
    window.profileActions()->deleteProfile(id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteProfileMessageBox"))));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    // Deleting starts by removing the secrets; keychain calls are answered in order, so once a
    // read asked after the click is answered, a removal the click had started would be too.
    bool answered = false;
    m_services->secrets().read(QStringLiteral("%1/none").arg(id.toString(QUuid::WithoutBraces)),
                               &window, [&answered](const auto &) { answered = true; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(m_services->profiles().find(QStringLiteral("Doomed")));
    window.profileActions()->deleteProfile(id);
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteProfileMessageBox"))));
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_VERIFY(!m_services->profiles().find(QStringLiteral("Doomed")));
}

void TstMainWindow::deleteTakesTheTrustedCaFileButNotAChosenOne()
{
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    if (!TestCertificates::make(elsewhere.path()))
        QSKIP("openssl is needed to make the certificates");
    const QString chosen = elsewhere.filePath(QStringLiteral("ca.pem"));
    QFile chosenFile(chosen);
    QVERIFY(chosenFile.open(QIODevice::ReadOnly));
    const QByteArray pem = chosenFile.readAll();
    chosenFile.close();
    const QList<QSslCertificate> server =
        QSslCertificate::fromPath(elsewhere.filePath(QStringLiteral("good.pem")));
    QVERIFY(!server.isEmpty());

    // The profile had a CA file of the person's, then trusted one more authority the way the
    // Trust This Certificate Authority dialog does: its own file keeps both.
    const QUuid id = addProfile(QStringLiteral("Trusting"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("bearer"), {});
    auto profile = m_services->profiles().find(id);
    QVERIFY(profile);
    profile->options.caFile = chosen;
    const auto trusted = CaTrust::trust(*profile, server.first());
    QVERIFY(trusted);
    QVERIFY(m_services->profiles().update(trusted.value()).ok());
    const QString own = CaTrust::fileFor(id);
    QCOMPARE(m_services->profiles().find(id)->options.caFile, own);
    QVERIFY(QFileInfo::exists(own));

    MainWindow window(m_services.get());
    window.show();
    window.profileActions()->deleteProfile(id);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("deleteProfileMessageBox"))));
    for (QAbstractButton *b : box->buttons())
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_VERIFY(!m_services->profiles().find(id));
    QVERIFY(!QFileInfo::exists(own));
    QVERIFY(chosenFile.open(QIODevice::ReadOnly));
    QCOMPARE(chosenFile.readAll(), pem);
}

void TstMainWindow::preferencesApplyAtOnce()
{
    MainWindow window(m_services.get());
    window.show();
    auto *preferences = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
    QVERIFY(preferences);
    QVERIFY(!preferences->shortcut().isEmpty());
    preferences->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
    dialog->findChild<QSpinBox *>(QStringLiteral("clipboardClearSpinBox"))->setValue(45);
    dialog->findChild<QSpinBox *>(QStringLiteral("notifyMinutesSpinBox"))->setValue(12);
    dialog->accept();
    QCOMPARE(window.clipboard()->clearDelay(), 45);
    QCOMPARE(window.expiryWatcher()->leadTime(), std::chrono::seconds(12 * 60));
    // And they hold after a restart.
    MainWindow again(m_services.get());
    QCOMPARE(again.clipboard()->clearDelay(), 45);
    QCOMPARE(again.expiryWatcher()->leadTime(), std::chrono::seconds(12 * 60));
}

void TstMainWindow::newcomerJourneyForEachVendor_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("fields");  // key=value
    QTest::addColumn<QStringList>("secrets"); // key=value
    QTest::addColumn<QString>("secondFactor");
    QTest::newRow("regscale with MFA")
        << "regscale"
        << "password"
        << "/regscale" << QStringList{QStringLiteral("username=") + Sandbox::regScaleMfaUsername()}
        << QStringList{QStringLiteral("password=") + Sandbox::regScalePassword()}
        << Sandbox::regScaleMfaCode();
    QTest::newRow("scantrust uat")
        << "scantrust"
        << "uat"
        << "/scantrust" << QStringList()
        << QStringList{QStringLiteral("token=") + Sandbox::scantrustUat()} << QString();
    QTest::newRow("password safe with 2FA")
        << "passwordsafe"
        << "apikey"
        << "/passwordsafe/BeyondTrust/api/public/v3/"
        << QStringList{QStringLiteral("runas=") + Sandbox::passwordSafeMfaRunAs()}
        << QStringList{QStringLiteral("api_key=") + Sandbox::passwordSafeApiKey()}
        << Sandbox::passwordSafeChallengeCode();
    QTest::newRow("generic basic")
        << "generic"
        << "basic"
        << "/generic"
        << QStringList{QStringLiteral("username=") + Sandbox::genericUsername(),
                       QStringLiteral("test_path=api/whoami")}
        << QStringList{QStringLiteral("password=") + Sandbox::genericPassword()} << QString();
}

void TstMainWindow::newcomerJourneyForEachVendor()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    QFETCH(QString, prefix);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, secrets);
    QFETCH(QString, secondFactor);
    MainWindow window(m_services.get());
    window.show();

    // 1. A new profile, through the editor.
    window.profileList()->newProfileAction()->trigger();
    QDialog *editor = nullptr;
    QTRY_VERIFY((editor = window.findChild<QDialog *>(QStringLiteral("ProfileEditorDialog"))) &&
                editor->isVisible());
    auto *vendors = editor->findChild<QComboBox *>(QStringLiteral("vendorComboBox"));
    vendors->setCurrentIndex(vendors->findData(vendor));
    auto *methods = editor->findChild<QComboBox *>(QStringLiteral("methodComboBox"));
    methods->setCurrentIndex(methods->findData(method));
    QCoreApplication::processEvents();
    editor->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Mine"));
    editor->findChild<QLineEdit *>(QStringLiteral("baseUrlLineEdit"))
        ->setText(m_sandbox.baseUrl().toString() + prefix);
    for (const QString &field : std::as_const(fields)) {
        auto *edit = editor->findChild<QLineEdit *>(field.section(QLatin1Char('='), 0, 0) +
                                                    QLatin1String("LineEdit"));
        QVERIFY2(edit, qPrintable(field));
        edit->setText(field.section(QLatin1Char('='), 1));
    }
    auto *ok = editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                   ->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(m_services->profiles().find(QStringLiteral("Mine")).has_value());
    const QUuid id = m_services->profiles().find(QStringLiteral("Mine"))->id;
    // It started from the preferences' defaults.
    QCOMPARE(m_services->profiles().find(QStringLiteral("Mine"))->options.timeoutSeconds,
             AppSettings::load().defaultTimeoutSeconds);
    QCOMPARE(window.profileList()->currentProfileId(), id);

    // 2. Log in, with the second factor when the server asks.
    window.profileList()->logInAction()->trigger();
    LoginDialog *login = waitForLoginDialog(window);
    QVERIFY(login);
    for (const QString &secret : std::as_const(secrets)) {
        auto *edit = login->findChild<QLineEdit *>(secret.section(QLatin1Char('='), 0, 0) +
                                                   QLatin1String("LineEdit"));
        QVERIFY2(edit, qPrintable(secret.section(QLatin1Char('='), 0, 0)));
        edit->setText(secret.section(QLatin1Char('='), 1));
    }
    QVERIFY(!login->findChild<QLabel *>(QStringLiteral("notesLabel"))->isVisible());
    QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("logInButton")),
                      Qt::LeftButton);
    if (!secondFactor.isEmpty()) {
        auto *code = login->findChild<QLineEdit *>(QStringLiteral("secondFactorLineEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(code && code->isVisible() && code->isEnabled(), 10000);
        QVERIFY(!login->findChild<QLabel *>(QStringLiteral("promptLabel"))->text().isEmpty());
        QTest::keyClicks(code, secondFactor);
        QTest::mouseClick(login->findChild<QPushButton *>(QStringLiteral("continueButton")),
                          Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_services->sessions().session(id).has_value(), 10000);

    // 3. The panel shows the token with its state.
    QTRY_VERIFY(!window.tokenPanel()->token().isEmpty());
    QVERIFY(window.tokenPanel()->findChild<QLabel *>(QStringLiteral("stateLabel"))->text() !=
            QLatin1String("No token"));

    // 4. Copy.
    QGuiApplication::clipboard()->clear();
    window.profileList()->copyTokenAction()->trigger();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 m_services->sessions().session(id)->token.raw());

    // 5. Test: the vendor's who-am-I answers, and the window says whose token it is.
    window.profileList()->testTokenAction()->trigger();
    QMessageBox *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (result = window.findChild<QMessageBox *>(QStringLiteral("testResultMessageBox"))), 10000);
    QVERIFY2(result->text().contains(QLatin1String("is alive")), qPrintable(result->text()));
    result->accept();

    // 6. Delete, confirmed.
    window.profileList()->deleteAction()->trigger();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(
        (confirm = window.findChild<QMessageBox *>(QStringLiteral("deleteProfileMessageBox"))));
    for (QAbstractButton *b : confirm->buttons())
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_VERIFY(!m_services->profiles().find(QStringLiteral("Mine")));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
