#include "AppServices.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProfileActions.h"
#include "ProfileListWidget.h"
#include "TestCertificates.h"
#include "TestHttpServer.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "explorer/ExplorerPanel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray AccessToken = "tls-token-5d0c9a7e41b2";
const QString ClientSecret = u"tls-client-secret-77aa"_s;

const QByteArray Document = R"({"openapi": "3.0.3",
  "info": {"title": "Behind a private CA", "version": "1"},
  "paths": {"/api/whoami": {"get": {"summary": "Who am I",
    "responses": {"200": {"description": "the caller"}}}}}})";

} // namespace

// A server whose certificate a private CA signed, as on-premises appliances have: the app
// reaches it through a login, the composer and the API explorer when the profile names the CA
// file, and every one of the three is refused once it does not. The bug: only the CLI applied a
// profile's CA file; the app failed all three.
class TstPrivateCa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginComposerAndExplorerWithTheCaFile();

private:
    LoginDialog *waitForLoginDialog(MainWindow &window);

    QTemporaryDir m_certs;
    TestHttpServer m_server;
};

void TstPrivateCa::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TokenbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_privateca"_s);
    QSettings().clear();
    if (!m_certs.isValid() || !TestCertificates::make(m_certs.path()))
        QSKIP("openssl or TLS support is not available");
    const auto tls = TestCertificates::server(m_certs.path(), u"good.pem"_s);
    QVERIFY(tls);
    QVERIFY(m_server.listenTls(*tls));
    // An OAuth 2.0 token endpoint, an API that wants its token, and its description.
    m_server.route("/token", [](const TestRequest &request) {
        if (request.method != "POST" || !request.body.contains("grant_type=client_credentials"))
            return TestResponse::json(400, R"({"error":"invalid_request"})");
        return TestResponse::json(200, R"({"access_token":")" + AccessToken +
                                           R"(","token_type":"Bearer","expires_in":3600})");
    });
    m_server.route("/api/whoami", [](const TestRequest &request) {
        if (request.header("Authorization") != "Bearer " + AccessToken)
            return TestResponse::json(401, R"({"error":"invalid_token"})");
        return TestResponse::json(200, R"({"name":"behind the CA"})");
    });
    m_server.route("/openapi.json", TestResponse::json(200, Document));
}

LoginDialog *TstPrivateCa::waitForLoginDialog(MainWindow &window)
{
    LoginDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window.findChild<LoginDialog *>();
            return dialog && dialog->isVisible();
        },
        10000);
    return shown ? dialog : nullptr;
}

void TstPrivateCa::loginComposerAndExplorerWithTheCaFile()
{
    QTemporaryDir config;
    AppServices::Options options;
    options.configDir = config.path();
    options.sessionOnly = true;
    AppServices services(options);
    Profile p;
    p.name = u"Appliance"_s;
    p.vendor = u"generic"_s;
    p.method = u"oauth2"_s;
    p.baseUrl = m_server.url("/");
    p.fields = {{u"token_url"_s, m_server.url("/token").toString()},
                {u"client_id"_s, u"appliance-client"_s}};
    p.options.caFile = m_certs.filePath(u"ca.pem"_s);
    const auto added = services.profiles().add(p);
    QVERIFY(added);
    const QUuid id = added->id;

    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.profileList()->selectProfile(id));

    // The login, through the dialog, over TLS to the token endpoint.
    window.profileActions()->logIn(id);
    LoginDialog *dialog = waitForLoginDialog(window);
    QVERIFY(dialog);
    auto *secret = dialog->findChild<QLineEdit *>(u"client_secretLineEdit"_s);
    QVERIFY(secret);
    secret->setText(ClientSecret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(services.sessions().session(id).has_value(), 10000);
    QCOMPARE(services.sessions().session(id)->token.raw(), QString::fromLatin1(AccessToken));

    // The composer, with the token.
    window.workspace()->setCurrentWidget(window.requestPage());
    ComposerWidget *composer = window.composer();
    RequestDraft draft;
    draft.url = u"api/whoami"_s;
    composer->setDraft(draft);
    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(window.responseViewer()->statusText(), u"200 OK"_s, 10000);

    // The explorer's description, from the same server.
    ExplorerPanel *explorer = window.explorer();
    explorer->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(explorer->spec() != nullptr, 10000);
    QCOMPARE(explorer->spec()->title, u"Behind a private CA"_s);

    // Without the CA file, the same three are refused, and nothing reaches the server.
    Profile edited = *services.profiles().find(id);
    edited.options.caFile.clear();
    QVERIFY(services.profiles().update(edited));
    const int requestsBefore = int(m_server.requests().size());

    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(window.responseViewer()->statusText(), u"Failed"_s, 10000);

    explorer->refresh();
    auto *status = explorer->findChild<QLabel *>(u"specStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"issuer"_s, Qt::CaseInsensitive), 10000);

    std::optional<Result<bool>> loggedOut;
    services.sessions().logOut(id, &window, [&](const Result<bool> &r) { loggedOut = r; });
    QTRY_VERIFY(loggedOut.has_value());
    window.profileActions()->logIn(id);
    dialog = waitForLoginDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"client_secretLineEdit"_s)->setText(ClientSecret);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(u"issuer"_s, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(!services.sessions().session(id));
    QCOMPARE(int(m_server.requests().size()), requestsBefore);
    dialog->reject();
}

QTEST_MAIN(TstPrivateCa)
#include "tst_privateca.moc"
