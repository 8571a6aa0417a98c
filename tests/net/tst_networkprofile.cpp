#include "AppServices.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProfileActions.h"
#include "ProfileEditorDialog.h"
#include "ProfileListWidget.h"
#include "TestCertificates.h"
#include "TestNetworkServers.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The app end to end: a profile set up through the editor with a proxy (a real tinyproxy that
// wants a password), a CA folder and a PKCS#12 client certificate (a real nginx with
// ssl_verify_client on) logs in and sends from the composer; the password and the passphrase
// are asked once each, in the app, and kept.
class TstNetworkProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"TokenbenchTest"_s);
        QCoreApplication::setApplicationName(u"tst_networkprofile"_s);
        QSettings().clear();
    }

    void editorProxyCaAndClientCertificate()
    {
        TOKENBENCH_REQUIRE_PROGRAM(TinyProxy::program(), u"tinyproxy"_s);
        TOKENBENCH_REQUIRE_PROGRAM(TlsNginx::program(), u"nginx"_s);
        QTemporaryDir certs;
        if (!TestCertificates::makeClients(certs.path()))
            QSKIP("openssl or TLS support is not available");
        TinyProxy proxy;
        QVERIFY2(proxy.start(u"carol"_s, u"app-proxy-pw"_s), qPrintable(proxy.problem()));
        TlsNginx nginx;
        QVERIFY2(nginx.start(certs.filePath(u"good.pem"_s), certs.filePath(u"server.key"_s),
                             certs.filePath(u"ca.pem"_s)),
                 qPrintable(nginx.problem()));

        QTemporaryDir config;
        AppServices::Options options;
        options.configDir = config.path();
        options.sessionOnly = true;
        AppServices services(options);

        // The profile, as a person fills the editor in.
        Profile profile;
        {
            ProfileEditorDialog editor;
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            auto *vendors = editor.findChild<QComboBox *>(u"vendorComboBox"_s);
            vendors->setCurrentIndex(vendors->findData(u"generic"_s));
            auto *methods = editor.findChild<QComboBox *>(u"methodComboBox"_s);
            methods->setCurrentIndex(methods->findData(u"bearer"_s));
            QCoreApplication::processEvents();
            const auto set = [&editor](const QString &name, const QString &text) {
                auto *edit = editor.findChild<QLineEdit *>(name);
                QVERIFY2(edit, qPrintable(name));
                edit->setText(text);
            };
            set(u"nameLineEdit"_s, u"Appliance behind the proxy"_s);
            set(u"baseUrlLineEdit"_s, nginx.url().toString());
            set(u"caFileLineEdit"_s, certs.filePath(u"cadir"_s));
            set(u"proxyLineEdit"_s, proxy.url().toString());
            set(u"proxyUserLineEdit"_s, u"carol"_s);
            set(u"clientCertLineEdit"_s, certs.filePath(u"client.p12"_s));
            auto *ok =
                editor.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
            QVERIFY2(ok->isEnabled(), qPrintable(editor.problem()));
            profile = editor.profile();
        }
        const auto added = services.profiles().add(profile);
        QVERIFY(added);
        const QUuid id = added->id;

        MainWindow window(&services);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.profileList()->selectProfile(id));

        // Logging in: the token is typed into the login dialog.
        window.profileActions()->logIn(id);
        LoginDialog *login = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                login = window.findChild<LoginDialog *>();
                return login && login->isVisible();
            },
            10000));
        login->findChild<QLineEdit *>(u"tokenLineEdit"_s)->setText(u"net-token-1a2b3c"_s);
        QTest::mouseClick(login->findChild<QPushButton *>(u"logInButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(services.sessions().session(id).has_value(), 10000);

        // Sending from the composer: the passphrase, then the proxy's password, asked once each.
        window.workspace()->setCurrentWidget(window.requestPage());
        RequestDraft draft;
        draft.url = u"whoami"_s;
        window.composer()->setDraft(draft);
        window.composer()->send();
        QStringList questions;
        for (const QString &answer : {u"p12-pass"_s, u"app-proxy-pw"_s}) {
            QInputDialog *ask = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    ask = window.findChild<QInputDialog *>(u"networkSecretDialog"_s);
                    return ask && ask->isVisible();
                },
                10000));
            questions << ask->labelText();
            ask->setTextValue(answer);
            ask->accept();
            QTRY_VERIFY(!ask->isVisible());
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.responseViewer()->statusText(), u"200 OK"_s, 15000);
        QVERIFY2(questions.at(0).contains(u"PKCS#12"_s), qPrintable(questions.at(0)));
        QVERIFY2(questions.at(1).contains(u"carol"_s), qPrintable(questions.at(1)));
        QTRY_VERIFY2(proxy.log().contains(u"CONNECT 127.0.0.1"_s), qPrintable(proxy.log()));

        // Kept: the next send asks nothing.
        window.composer()->send();
        QTRY_COMPARE_WITH_TIMEOUT(window.responseViewer()->statusText(), u"200 OK"_s, 15000);
        QVERIFY(!window.findChild<QInputDialog *>(u"networkSecretDialog"_s));
    }
};

QTEST_MAIN(TstNetworkProfile)
#include "tst_networkprofile.moc"
