#include "AppServices.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProfileListWidget.h"
#include "Sandbox.h"
#include "TestSessions.h"
#include "body/BodyView.h"
#include "compose/ComposerWidget.h"
#include "compose/KeyValueTable.h"
#include "compose/ResponseViewer.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/SpecLoader.h"
#include "history/HistoryPanel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The request page of the main window, used the way a person uses it: type a URL, fill the
// tables and the body, press Ctrl+Enter, read the response; log in when asked; cancel; accept the
// offer to log in again after a 401.
class TstRequestPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void queryTableAndUrlStayInStep();
    void authorizationIsMaskedUntilRevealed();
    void offOriginUrlIsFlagged();
    void ctrlEnterSendsAndTheResponseShows();
    void eachBodyKindFromTheEditors_data();
    void eachBodyKindFromTheEditors();
    void jsonIsValidatedAsYouType();
    void variablesAreListedAndShownOnHover();
    void aProfileWithoutTokenAsksForALoginThenSends();
    void cancelStopsALongRequest();
    void refusedTokenAsksToLogInAgain();
    void historyKeepsRequestsWithoutTheirSecretsAndReopensThem();
    void fiftyMegabytesLoadWhileTheWindowResponds();
    void fromTheApiDocumentToASuccessfulCall();

private:
    QUuid addProfile(Sandbox::Vendor vendor, const QString &v, const QString &m,
                     QMap<QString, QString> fields, bool autoRelogin = true);
    bool logIn(const QUuid &id, const QHash<QString, QString> &secrets);
    std::unique_ptr<MainWindow> openWindow(const QUuid &select);
    static QJsonObject echoedBody(MainWindow &window);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        auto *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    QUuid m_generic;
};

void TstRequestPage::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<RequestRunner::Outcome>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TokenbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_requestpage"_s);
    QSettings().clear();
    QVERIFY(m_sandbox.listen());
}

void TstRequestPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
    m_generic = addProfile(Sandbox::Vendor::Generic, u"generic"_s, u"bearer"_s, {});
    QVERIFY(logIn(m_generic, {{u"token"_s, Sandbox::genericStaticToken()}}));
}

void TstRequestPage::cleanup()
{
    m_services.reset();
}

QUuid TstRequestPage::addProfile(Sandbox::Vendor vendor, const QString &v, const QString &m,
                                 QMap<QString, QString> fields, bool autoRelogin)
{
    return TestSessions::addProfile(m_services->profiles(), m_sandbox.vendorBaseUrl(vendor), v, m,
                                    std::move(fields), autoRelogin);
}

bool TstRequestPage::logIn(const QUuid &id, const QHash<QString, QString> &secrets)
{
    return TestSessions::logIn(m_services->sessions(), id, secrets);
}

std::unique_ptr<MainWindow> TstRequestPage::openWindow(const QUuid &select)
{
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    if (!select.isNull() && !window->profileList()->selectProfile(select))
        return {};
    window->workspace()->setCurrentWidget(window->requestPage());
    return window;
}

QJsonObject TstRequestPage::echoedBody(MainWindow &window)
{
    // What the server sent, as the viewer got it; the viewer must be showing it too.
    const auto outcome = window.composer()->runner()->lastOutcome();
    if (!outcome.response || window.responseViewer()->bodyView()->rowCount() == 0)
        return {};
    return QJsonDocument::fromJson(outcome.response->body).object();
}

void TstRequestPage::queryTableAndUrlStayInStep()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    auto *query = child<KeyValueTable>(composer, u"queryKeyValueTable"_s);
    QTest::keyClicks(url, u"api/echo?page=2&q=a%20b"_s);
    QCOMPARE(query->rows(), (QList<KeyValueRow>{{u"page"_s, u"2"_s}, {u"q"_s, u"a b"_s}}));

    // Editing the table rewrites the URL's query; switching a row off takes it out.
    QTableWidget *table = query->table();
    table->item(0, 1)->setText(u"3"_s);
    QCOMPARE(url->text(), u"api/echo?page=3&q=a%20b"_s);
    table->item(1, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(url->text(), u"api/echo?page=3"_s);
    QCOMPARE(query->rows().size(), 2); // the switched-off row stays in the table
    const int last = table->rowCount() - 1;
    table->item(last, 0)->setText(u"sort"_s);
    table->item(last, 1)->setText(u"name desc"_s);
    QCOMPARE(url->text(), u"api/echo?page=3&sort=name%20desc"_s);
}

void TstRequestPage::authorizationIsMaskedUntilRevealed()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    const QString token = Sandbox::genericStaticToken();
    QVERIFY(composer->authorizationText().startsWith(u"Authorization: Bearer "_s));
    QVERIFY(!composer->authorizationText().contains(token));
    auto *reveal = child<QToolButton>(composer, u"revealAuthorizationToolButton"_s);
    QVERIFY(reveal->isEnabled());
    reveal->click();
    QCOMPARE(composer->authorizationText(), u"Authorization: Bearer "_s + token);
    reveal->click();
    QVERIFY(!composer->authorizationText().contains(token));
    // Another profile hides it again.
    reveal->click();
    const QUuid other = addProfile(Sandbox::Vendor::Scantrust, u"scantrust"_s, u"uat"_s, {});
    QVERIFY(window->profileList()->selectProfile(other));
    QVERIFY(composer->authorizationText().startsWith(u"Authorization: UAT"_s));
    QVERIFY(!reveal->isChecked());
}

void TstRequestPage::offOriginUrlIsFlagged()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *note = child<QLabel>(composer, u"originNoteLabel"_s);
    composer->setDraft([] {
        RequestDraft d;
        d.url = u"api/echo"_s;
        return d;
    }());
    QVERIFY(note->isHidden());
    QUrl other = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    other.setHost(u"localhost"_s);
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    url->setText(other.toString() + u"/api/echo"_s);
    QVERIFY(note->isVisibleTo(composer));
    QVERIFY(note->text().contains(u"localhost"_s));

    // And it is so: the echo shows no Authorization header.
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->responseViewer()->statusText().startsWith(u"200"_s), 10000);
    QTRY_VERIFY(!echoedBody(*window).isEmpty());
    QCOMPARE(TestSessions::echoedHeader(echoedBody(*window), u"Authorization"_s), QString());
}

void TstRequestPage::ctrlEnterSendsAndTheResponseShows()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    auto *method = child<QComboBox>(composer, u"methodComboBox"_s);
    method->setCurrentText(u"DELETE"_s);
    QTest::keyClicks(url, u"api/echo?id=7"_s);
    auto *headers = child<KeyValueTable>(composer, u"headersKeyValueTable"_s);
    headers->setRows({{u"X-Trace"_s, u"abc"_s}, {u"X-Off"_s, u"no"_s, false}});
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);

    ResponseViewer *response = window->responseViewer();
    QTRY_COMPARE_WITH_TIMEOUT(response->statusText(), u"200 OK"_s, 10000);
    QVERIFY(child<QLabel>(response, u"responseTimeLabel"_s)->text().endsWith(u"ms"_s));
    QVERIFY(!child<QLabel>(response, u"responseSizeLabel"_s)->text().isEmpty());
    QTRY_VERIFY(!echoedBody(*window).isEmpty());
    const QJsonObject echo = echoedBody(*window);
    QCOMPARE(echo.value(u"method"_s).toString(), u"DELETE"_s);
    QCOMPARE(echo.value(u"query"_s).toObject().value(u"id"_s).toString(), u"7"_s);
    QCOMPARE(TestSessions::echoedHeader(echo, u"X-Trace"_s), u"abc"_s);
    QCOMPARE(TestSessions::echoedHeader(echo, u"X-Off"_s), QString());
    QCOMPARE(TestSessions::echoedHeader(echo, u"Authorization"_s),
             u"Bearer "_s + Sandbox::genericStaticToken());
    auto *headerTable = child<QTableWidget>(response, u"responseHeadersTableWidget"_s);
    QVERIFY(headerTable->rowCount() > 0);
}

void TstRequestPage::eachBodyKindFromTheEditors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedBody");
    QTest::addColumn<QString>("expectedType");
    QTest::newRow("json") << u"JSON"_s << u"{\"name\": \"generic-user\"}"_s
                          << u"application/json"_s;
    QTest::newRow("form") << u"Form (URL-encoded)"_s << u"a=1&who=generic-user"_s
                          << u"application/x-www-form-urlencoded"_s;
    QTest::newRow("raw") << u"Raw text"_s << u"<who>generic-user</who>"_s << u"application/xml"_s;
}

void TstRequestPage::eachBodyKindFromTheEditors()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedBody);
    QFETCH(QString, expectedType);
    const QUuid basic = addProfile(Sandbox::Vendor::Generic, u"generic"_s, u"basic"_s,
                                   {{u"username"_s, Sandbox::genericUsername()}});
    QVERIFY(logIn(basic, {{u"password"_s, Sandbox::genericPassword()}}));
    auto window = openWindow(basic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    child<QLineEdit>(composer, u"urlLineEdit"_s)->setText(u"api/echo"_s);
    auto *kinds = child<QComboBox>(composer, u"bodyKindComboBox"_s);
    kinds->setCurrentText(kind);
    QCOMPARE(child<QComboBox>(composer, u"methodComboBox"_s)->currentText(), u"POST"_s);
    if (kind == u"JSON"_s) {
        QTest::keyClicks(child<QPlainTextEdit>(composer, u"jsonBodyPlainTextEdit"_s),
                         u"{\"name\": \"{{username}}\"}"_s);
    } else if (kind == u"Raw text"_s) {
        child<QComboBox>(composer, u"rawContentTypeComboBox"_s)
            ->setCurrentText(u"application/xml"_s);
        QTest::keyClicks(child<QPlainTextEdit>(composer, u"rawBodyPlainTextEdit"_s),
                         u"<who>{{username}}</who>"_s);
    } else {
        child<KeyValueTable>(composer, u"formKeyValueTable"_s)
            ->setRows({{u"a"_s, u"1"_s}, {u"who"_s, u"{{username}}"_s}});
    }
    child<QPushButton>(composer, u"sendButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 10000);
    QTRY_VERIFY(!echoedBody(*window).isEmpty());
    const QJsonObject echo = echoedBody(*window);
    QCOMPARE(echo.value(u"body"_s).toString(), expectedBody);
    QCOMPARE(TestSessions::echoedHeader(echo, u"Content-Type"_s), expectedType);
    QVERIFY(TestSessions::echoedHeader(echo, u"Authorization"_s).startsWith(u"Basic "_s));
}

void TstRequestPage::jsonIsValidatedAsYouType()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    child<QComboBox>(composer, u"bodyKindComboBox"_s)->setCurrentText(u"JSON"_s);
    auto *edit = child<QPlainTextEdit>(composer, u"jsonBodyPlainTextEdit"_s);
    auto *status = child<QLabel>(composer, u"jsonStatusLabel"_s);
    auto *format = child<QPushButton>(composer, u"formatJsonButton"_s);
    edit->insertPlainText(u"{\"b\": 1,\n \"a\": }"_s);
    QTRY_VERIFY(status->text().startsWith(u"Line 2, column"_s));
    QVERIFY(!format->isEnabled());
    edit->setPlainText(u"{\"b\":1,\"a\":[true,null]}"_s);
    QTRY_COMPARE(status->text(), u"Valid JSON"_s);
    QVERIFY(format->isEnabled());
    format->click();
    // Formatted in place, keys in the author's order; undo brings the original back.
    QCOMPARE(edit->toPlainText().trimmed(),
             u"{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ]\n}"_s);
    edit->undo();
    QCOMPARE(edit->toPlainText(), u"{\"b\":1,\"a\":[true,null]}"_s);
    // A variable outside a string is still JSON once it is filled in.
    edit->setPlainText(u"{\"id\": {{userId}}}"_s);
    QTRY_COMPARE(status->text(), u"Valid JSON"_s);
}

void TstRequestPage::variablesAreListedAndShownOnHover()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}});
    QVERIFY(logIn(rs, {{u"password"_s, Sandbox::regScalePassword()}}));
    auto window = openWindow(rs);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *variables = child<QTableWidget>(composer, u"variablesTableWidget"_s);
    QStringList names;
    for (int r = 0; r < variables->rowCount(); ++r)
        names << variables->item(r, 0)->text();
    QVERIFY(names.contains(u"{{userId}}"_s));
    QVERIFY(names.contains(u"{{baseUrl}}"_s));
    QVERIFY(names.contains(u"{{username}}"_s));

    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    url->setText(u"api/accounts/find/{{userId}}?x={{nothing}}"_s);
    QVERIFY(url->toolTip().contains(u"{{userId}} = 6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"_s));
    QVERIFY(url->toolTip().contains(u"{{nothing}}"_s));
    QVERIFY(url->toolTip().contains(m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale).toString() +
                                    u"/api/accounts/find/6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"_s));

    // An unknown variable stops the request before it goes, and says which.
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    auto *problem = child<QLabel>(composer, u"composerProblemLabel"_s);
    QTRY_VERIFY(problem->isVisibleTo(composer));
    QVERIFY(problem->text().contains(u"{{nothing}}"_s));
    // Nothing went out, so the response viewer has nothing new to say.
    QCOMPARE(window->responseViewer()->statusText(), u"No response yet"_s);

    url->setText(u"api/accounts/find/{{userId}}"_s);
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 10000);
    QVERIFY(!problem->isVisibleTo(composer));
    QTRY_COMPARE(echoedBody(*window).value(u"userName"_s).toString(), Sandbox::regScaleUsername());
}

void TstRequestPage::aProfileWithoutTokenAsksForALoginThenSends()
{
    const QUuid st = addProfile(Sandbox::Vendor::Scantrust, u"scantrust"_s, u"jwt"_s,
                                {{u"email"_s, Sandbox::scantrustEmail()}});
    auto window = openWindow(st);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    QVERIFY(composer->authorizationText().contains(u"from a login"_s));
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    url->setText(u"api/v2/me/"_s);
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);
    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<LoginDialog *>();
            return dialog && dialog->isVisible();
        },
        5000));
    QTest::keyClicks(child<QLineEdit>(dialog, u"passwordLineEdit"_s), Sandbox::scantrustPassword());
    child<QPushButton>(dialog, u"logInButton"_s)->click();
    // Logged in, the request goes by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!window->responseViewer()->statusText().startsWith(u"No response"_s),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 10000);
    QVERIFY(composer->authorizationText().startsWith(u"Authorization: JWT "_s));
}

void TstRequestPage::cancelStopsALongRequest()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    url->setText(u"http://127.0.0.1:%1/never"_s.arg(silent.serverPort()));
    auto *send = child<QPushButton>(composer, u"sendButton"_s);
    auto *cancel = child<QPushButton>(composer, u"cancelButton"_s);
    send->click();
    QTRY_VERIFY(cancel->isVisibleTo(composer));
    QVERIFY(!send->isVisibleTo(composer));
    QCOMPARE(window->responseViewer()->statusText(), u"Sending…"_s);
    QTest::keyClick(url, Qt::Key_Escape);
    QTRY_COMPARE(window->responseViewer()->statusText(), u"Cancelled"_s);
    QVERIFY(send->isVisibleTo(composer));
}

// With automatic re-login off, a token the server refuses brings up the login dialog, saying
// why; once the person logs in, the request goes again by itself.
void TstRequestPage::refusedTokenAsksToLogInAgain()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}}, false);
    QVERIFY(logIn(rs, {{u"password"_s, Sandbox::regScalePassword()}}));
    m_sandbox.revokeTokens(Sandbox::Vendor::RegScale);
    auto window = openWindow(rs);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    auto *url = child<QLineEdit>(composer, u"urlLineEdit"_s);
    url->setText(u"api/config/getlicense"_s);
    QTest::keyClick(url, Qt::Key_Return, Qt::ControlModifier);

    LoginDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window->findChild<LoginDialog *>()) && dialog->isVisible(),
                             10000);
    auto *why = child<QLabel>(dialog, u"errorLabel"_s);
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(u"no longer takes"_s), qPrintable(why->text()));
    // The password this session knows is there already: one click.
    QCOMPARE(child<QLineEdit>(dialog, u"passwordLineEdit"_s)->text(), Sandbox::regScalePassword());
    child<QPushButton>(dialog, u"logInButton"_s)->click();

    ResponseViewer *response = window->responseViewer();
    QTRY_COMPARE_WITH_TIMEOUT(response->statusText(), u"200 OK"_s, 10000);
    QVERIFY(
        child<QLabel>(response, u"responseNoticeLabel"_s)->text().contains(u"logged in again"_s));
}

void TstRequestPage::historyKeepsRequestsWithoutTheirSecretsAndReopensThem()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    QTRY_VERIFY(m_services->history().isOpen());
    ComposerWidget *composer = window->composer();
    RequestDraft d;
    d.method = u"POST"_s;
    d.url = u"api/echo?page=1"_s;
    d.headers = {{u"X-Trace"_s, u"history-test"_s}};
    d.bodyKind = RequestDraft::BodyKind::Json;
    d.bodyText = u"{\"note\": \"kept\"}"_s;
    composer->setDraft(d);
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 10000);

    // The echo sent the Authorization header back in its body: the history must not keep it.
    QTRY_COMPARE(m_services->history().count(), 1);
    const QString path = m_services->history().path();
    m_services->history().close();
    QByteArray bytes;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("history-test"));
    QVERIFY(!bytes.contains(Sandbox::genericStaticToken().toUtf8()));
    QVERIFY(m_services->history().open(path).ok());

    // The History tab lists it; opening it fills the composer again.
    HistoryPanel *panel = window->historyPanel();
    window->workspace()->setCurrentWidget(panel);
    panel->refresh();
    composer->setDraft(RequestDraft{});
    auto *table = child<QAbstractItemView>(panel, u"historyTableView"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    // Opened after the panel was made: the panel knows, and says nothing is wrong.
    QVERIFY(table->isEnabled());
    QVERIFY(child<QLineEdit>(panel, u"historySearchLineEdit"_s)->isEnabled());
    QVERIFY(!child<QLabel>(panel, u"historyStatusLabel"_s)->isVisibleTo(panel));
    table->setCurrentIndex(table->model()->index(0, 0));
    child<QPushButton>(panel, u"openInComposerButton"_s)->click();
    QCOMPARE(window->workspace()->currentWidget(), window->requestPage());
    QCOMPARE(composer->draft().url, d.url);
    QCOMPARE(composer->draft().method, d.method);
    QCOMPARE(composer->draft().bodyText, d.bodyText);
    QCOMPARE(composer->draft().header(u"X-Trace"_s).value_or(QString()), u"history-test"_s);
}

void TstRequestPage::fiftyMegabytesLoadWhileTheWindowResponds()
{
    auto window = openWindow(m_generic);
    QVERIFY(window);
    ComposerWidget *composer = window->composer();
    BodyView *body = window->responseViewer()->bodyView();
    RequestDraft d;
    d.url = u"api/large?mb=50"_s;
    composer->setDraft(d);

    // The event loop keeps turning while the body arrives and is indexed: a timer keeps ticking.
    // How long the longest stall is belongs to the benchmark (bench/), not to this test.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QSignalSpy loaded(body, &BodyView::loaded);
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 60000);
    const int ticksAtResponse = ticks;
    QVERIFY(loaded.count() == 1 || loaded.wait(60000));
    QVERIFY(ticks > ticksAtResponse);

    // The body went to a file, not into memory, and the viewer shows all of it, formatted.
    const auto outcome = composer->runner()->lastOutcome();
    QVERIFY(outcome.response.ok());
    QVERIFY(outcome.response->body.isEmpty());
    const QString file = outcome.response->bodyFile;
    QVERIFY(QFile::exists(file));
    QVERIFY(outcome.response->bodySize >= 50 * 1024 * 1024);
    QVERIFY(body->rowCount() > 1000000);
    QCOMPARE(body->displayedLine(0), u"{"_s);
    QCOMPARE(body->displayedLine(1), u"  \"page\": 1,"_s);

    // Saved as it came, byte for byte in size.
    QTemporaryDir out;
    const QString saved = out.filePath(u"large.json"_s);
    QVERIFY(body->saveTo(saved).ok());
    QCOMPARE(QFileInfo(saved).size(), outcome.response->bodySize);

    // The next answer replaces it, and the temporary file goes.
    d.url = u"api/echo"_s;
    composer->setDraft(d);
    composer->send();
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(file), 10000);
}

void TstRequestPage::fromTheApiDocumentToASuccessfulCall()
{
    const QUuid rs = addProfile(Sandbox::Vendor::RegScale, u"regscale"_s, u"password"_s,
                                {{u"username"_s, Sandbox::regScaleUsername()}});
    auto window = std::make_unique<MainWindow>(m_services.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Choosing the profile while the request page is hidden fetches nothing and asks nothing.
    QSignalSpy received(&m_sandbox, &Sandbox::requestReceived);
    QVERIFY(window->profileList()->selectProfile(rs));
    // The explorer has taken the profile, which is when it would have started fetching.
    QTRY_COMPARE(window->explorer()->profile(), rs);
    QVERIFY(!window->explorer()->loader()->isBusy());
    QCOMPARE(received.count(), 0);
    QVERIFY(!window->findChild<LoginDialog *>());

    // On the request page, the API's own document (RegScale's Swagger path) fills the endpoints.
    QSignalSpy loaded(window->explorer()->loader(), &SpecLoader::loaded);
    window->workspace()->setCurrentWidget(window->requestPage());
    QVERIFY(loaded.count() == 1 || loaded.wait(10000));
    QVERIFY(window->explorer()->selectOperation(u"GET"_s, u"/api/accounts/find/{id}"_s));
    // The path parameter has a field of its own; the login response's id goes in.
    auto *idField = child<QLineEdit>(window->explorer(), u"pathParameterLineEdit_id"_s);
    QVERIFY(idField);
    idField->setText(u"6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"_s);
    window->explorer()->useSelected();
    ComposerWidget *composer = window->composer();
    QCOMPARE(composer->draft().method, u"GET"_s);
    QVERIFY(composer->draft().url.endsWith(
        u"api/accounts/find/6f1c2a7e-3b5d-4c8e-9a10-2b7d4e5f6a01"_s));

    // Sending needs a login first: the dialog, then the call goes and succeeds.
    composer->send();
    LoginDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<LoginDialog *>();
            return dialog && dialog->isVisible();
        },
        5000));
    QTest::keyClicks(child<QLineEdit>(dialog, u"passwordLineEdit"_s), Sandbox::regScalePassword());
    child<QPushButton>(dialog, u"logInButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(window->responseViewer()->statusText(), u"200 OK"_s, 10000);
    QTRY_COMPARE(echoedBody(*window).value(u"userName"_s).toString(), Sandbox::regScaleUsername());
}

QTEST_MAIN(TstRequestPage)
#include "tst_requestpage.moc"
