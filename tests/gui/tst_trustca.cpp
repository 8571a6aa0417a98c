#include "AppPaths.h"
#include "AppServices.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProfileActions.h"
#include "Sandbox.h"
#include "TestSessions.h"
#include "TrustCaDialog.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "net/CaTrust.h"
#include "net/TlsFiles.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// "Trust this certificate authority for this profile", against the sandbox's HTTPS side and
// the CA it made: a login refused for an unknown issuer offers to trust the top of the chain the
// server sent, shows its fingerprint, and stores it in the profile only when the person says
// yes; then the same login passes.
class TstTrustCa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cancelStoresNothingTrustLogsIn();
    void trustFromAFailedRequest();

private:
    LoginDialog *waitForLoginDialog(MainWindow &window);
    TrustCaDialog *openTrustDialog(LoginDialog *login);

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
};

void TstTrustCa::initTestCase()
{
    qRegisterMetaType<Error>();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"TokenbenchTest"_s);
    QCoreApplication::setApplicationName(u"tst_trustca"_s);
    QVERIFY(m_dir.isValid());
    // Everything, the trusted CA files too, in the test's own folder.
    AppPaths::confineTo(m_dir.path());
    QSettings().clear();
    QVERIFY2(m_sandbox.listenTls(), qPrintable(m_sandbox.errorString()));
}

LoginDialog *TstTrustCa::waitForLoginDialog(MainWindow &window)
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

TrustCaDialog *TstTrustCa::openTrustDialog(LoginDialog *login)
{
    auto *button = login->findChild<QPushButton *>(u"trustCaButton"_s);
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    TrustCaDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = login->findChild<TrustCaDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void TstTrustCa::cancelStoresNothingTrustLogsIn()
{
    AppServices::Options options;
    options.configDir = m_dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QString https = m_sandbox.tlsVendorBaseUrl(Sandbox::Vendor::Generic).toString();
    Profile p;
    p.name = u"Behind the sandbox CA"_s;
    p.vendor = u"generic"_s;
    p.method = u"oauth2"_s;
    p.baseUrl = QUrl(https);
    p.fields = {{u"token_url"_s, https + u"/oauth/token"_s},
                {u"client_id"_s, Sandbox::genericClientId()},
                {u"test_path"_s, u"api/whoami"_s}};
    const auto added = services.profiles().add(p);
    QVERIFY(added);
    const QUuid id = added->id;
    const QSslCertificate ca(m_sandbox.caPem(), QSsl::Pem);
    QVERIFY(!ca.isNull());

    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.profileActions()->logIn(id);
    LoginDialog *login = waitForLoginDialog(window);
    QVERIFY(login);
    login->findChild<QLineEdit *>(u"client_secretLineEdit"_s)
        ->setText(Sandbox::genericClientSecret());
    QTest::mouseClick(login->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);

    // Refused, naming who issued the certificate.
    auto *error = login->findChild<QLabel *>(u"errorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(u"Tokenbench Sandbox CA"_s), qPrintable(error->text()));
    QVERIFY(!services.sessions().session(id));

    // Cancelled: nothing is stored, and the offer stays.
    TrustCaDialog *trust = openTrustDialog(login);
    QVERIFY(trust);
    QCOMPARE(trust->findChild<QLabel *>(u"fingerprintLabel"_s)->text(), TlsFiles::sha256(ca));
    QVERIFY(
        trust->findChild<QLabel *>(u"subjectLabel"_s)->text().contains(u"Tokenbench Sandbox CA"_s));
    QVERIFY2(trust->findChild<QLabel *>(u"kindLabel"_s)->text().contains(u"self-signed root"_s),
             qPrintable(trust->findChild<QLabel *>(u"kindLabel"_s)->text()));
    QTest::mouseClick(trust->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!login->findChild<TrustCaDialog *>());
    QVERIFY(services.profiles().find(id)->options.caFile.isEmpty());
    QVERIFY(!QFile::exists(CaTrust::fileFor(id)));
    QVERIFY(!services.sessions().session(id));

    // Trusted: kept in the profile, and the same login passes.
    trust = openTrustDialog(login);
    QVERIFY(trust);
    QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(services.sessions().session(id).has_value(), 10000);
    const QString caFile = services.profiles().find(id)->options.caFile;
    QCOMPARE(caFile, CaTrust::fileFor(id));
    QVERIFY(caFile.startsWith(m_dir.path()));
    const auto stored = TlsFiles::caCertificates(caFile);
    QVERIFY(stored);
    QCOMPARE(stored.value(), QList<QSslCertificate>{ca});
    QCOMPARE(int(QFile(caFile).permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
}

void TstTrustCa::trustFromAFailedRequest()
{
    AppServices::Options options;
    options.configDir = m_dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QUuid id = TestSessions::addProfile(services.profiles(),
                                              m_sandbox.tlsVendorBaseUrl(Sandbox::Vendor::Generic),
                                              u"generic"_s, u"bearer"_s, {});
    // A pasted token needs no server to log in: the request is the first to meet the CA.
    QVERIFY(TestSessions::logIn(services.sessions(), id,
                                {{u"token"_s, Sandbox::genericStaticToken()}}, false));

    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.workspace()->setCurrentWidget(window.requestPage());
    ComposerWidget *composer = window.composer();
    composer->setProfile(id);
    RequestDraft draft;
    draft.url = u"api/whoami"_s;
    composer->setDraft(draft);
    composer->send();
    ResponseViewer *viewer = window.responseViewer();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->statusText(), u"Failed"_s, 10000);
    auto *button = viewer->findChild<QPushButton *>(u"trustCaButton"_s);
    QVERIFY(button->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    TrustCaDialog *trust = nullptr;
    QTRY_VERIFY((trust = window.findChild<TrustCaDialog *>()) && trust->isVisible());
    QTest::mouseClick(trust->trustButton(), Qt::LeftButton);
    QTRY_COMPARE(services.profiles().find(id)->options.caFile, CaTrust::fileFor(id));
    QVERIFY(!button->isVisible());

    composer->send();
    QTRY_COMPARE_WITH_TIMEOUT(viewer->statusText(), u"200 OK"_s, 10000);
}

QTEST_MAIN(TstTrustCa)
#include "tst_trustca.moc"
