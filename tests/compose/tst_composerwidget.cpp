#include "AppServices.h"
#include "Sandbox.h"
#include "SecureClipboard.h"
#include "TestSessions.h"
#include "compose/ComposerWidget.h"
#include "compose/CurlNetworkDialog.h"
#include "compose/KeyValueTable.h"
#include "net/ProxySettings.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The composer on its own: a curl command pasted into the URL field becomes the request, with
// what could not be carried over listed; "Copy as" writes the request with the secret as a
// placeholder, or the secret itself (through the secure clipboard) once revealed.
class TstComposerWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastedCurlBecomesTheRequest();
    void malformedCurlSaysWhyAndKeepsTheDraft();
    void copyAsUsesAPlaceholderUntilRevealed();
    void copyAsKeepsTypedSecretsOutUntilRevealed();
    void draftRoundTripsThroughTheWidgets();
    void showsOnlyTheCredentialThatWillBeSent();
    void curlNetworkOptionsGoToTheProfileWhenConfirmed();

private:
    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    QUuid m_generic;
};

void TstComposerWidget::initTestCase()
{
    qRegisterMetaType<Error>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.listen());
}

void TstComposerWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
    m_generic = TestSessions::addProfile(m_services->profiles(),
                                         m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                         u"generic"_s, u"bearer"_s, {});
    QVERIFY(TestSessions::logIn(m_services->sessions(), m_generic,
                                {{u"token"_s, Sandbox::genericStaticToken()}}, false));
    QGuiApplication::clipboard()->clear();
}

void TstComposerWidget::cleanup()
{
    m_services.reset();
}

void TstComposerWidget::pastedCurlBecomesTheRequest()
{
    ComposerWidget composer(m_services.get());
    composer.setProfile(m_generic);
    composer.show();
    auto *url = composer.findChild<QLineEdit *>(u"urlLineEdit"_s);
    // As Chrome's "Copy as cURL (bash)" gives it: several lines, $'...' quoting, --compressed.
    QGuiApplication::clipboard()->setText(u"curl 'https://api.example.com/v1/items?limit=5' \\\n"
                                          "  -H 'accept: application/json' \\\n"
                                          "  -H 'content-type: application/json' \\\n"
                                          "  --data-raw $'{\"name\":\"it\\'s\"}' \\\n"
                                          "  --compressed"_s);
    url->setFocus();
    QTest::keySequence(url, QKeySequence::Paste);

    const RequestDraft d = composer.draft();
    QCOMPARE(d.method, u"POST"_s);
    QCOMPARE(d.url, u"https://api.example.com/v1/items?limit=5"_s);
    QCOMPARE(d.bodyKind, RequestDraft::BodyKind::Json);
    QCOMPARE(d.bodyText, u"{\"name\":\"it's\"}"_s);
    QCOMPARE(d.header(u"Accept"_s).value_or(QString()), u"application/json"_s);
    QCOMPARE(composer.findChild<KeyValueTable *>(u"queryKeyValueTable"_s)->rows().size(), 1);
    auto *note = composer.findChild<QLabel *>(u"importNoteLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"--compressed"_s));
    // Off the profile's origin: the composer says no credential goes.
    QVERIFY(composer.findChild<QLabel *>(u"originNoteLabel"_s)->isVisible());
}

void TstComposerWidget::malformedCurlSaysWhyAndKeepsTheDraft()
{
    ComposerWidget composer(m_services.get());
    composer.setProfile(m_generic);
    RequestDraft before;
    before.method = u"PUT"_s;
    before.url = u"api/echo"_s;
    composer.setDraft(before);
    QVERIFY(!composer.importCurl(u"curl -H 'unterminated https://x"_s));
    auto *note = composer.findChild<QLabel *>(u"importNoteLabel"_s);
    QVERIFY(note->isVisibleTo(&composer));
    QVERIFY(note->text().contains(u"cannot be imported"_s));
    QCOMPARE(composer.draft().method, u"PUT"_s);
    QCOMPARE(composer.draft().url, u"api/echo"_s);
}

void TstComposerWidget::copyAsUsesAPlaceholderUntilRevealed()
{
    SecureClipboard clipboard;
    ComposerWidget composer(m_services.get());
    composer.setSecureClipboard(&clipboard);
    composer.setProfile(m_generic);
    RequestDraft d;
    d.url = u"api/echo?x=1"_s;
    composer.setDraft(d);
    const QString token = Sandbox::genericStaticToken();
    const QString base = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString();

    auto *copyAs = composer.findChild<QToolButton *>(u"copyAsToolButton"_s);
    QVERIFY(copyAs->menu());
    QCOMPARE(copyAs->menu()->actions().size(), 3);
    copyAs->menu()->actions().at(0)->trigger(); // curl
    QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(u"curl "_s));
    QVERIFY(copied.contains(base + u"/api/echo?x=1"_s));
    QVERIFY(copied.contains(u"$TOKEN"_s));
    QVERIFY(!copied.contains(token));

    const auto python = composer.exportAs(RequestExport::Format::PythonRequests);
    QVERIFY(python.ok());
    QVERIFY(python->contains(u"os.environ"_s));
    QVERIFY(!python->contains(token));

    composer.findChild<QToolButton *>(u"revealAuthorizationToolButton"_s)->click();
    copyAs->menu()->actions().at(1)->trigger(); // HTTPie
    copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.startsWith(u"http "_s));
    QVERIFY(copied.contains(token));
    // The secret went through the secure clipboard: marked for password managers, cleared later.
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArray("secret"));
    QVERIFY(clipboard.holdsSecret());
}

void TstComposerWidget::copyAsKeepsTypedSecretsOutUntilRevealed()
{
    SecureClipboard clipboard;
    ComposerWidget composer(m_services.get());
    composer.setSecureClipboard(&clipboard);
    composer.setProfile(m_generic);
    QVERIFY(composer.importCurl(
        u"curl 'https://other.example/api?api_key=typed-query-key-1' -u 'ada:typed-basic-pw-2' "
        "-H 'X-Auth-Key: typed-header-key-3' -d '{\"password\":\"typed-json-pw-4\"}'"_s));
    const QStringList typed{u"typed-query-key-1"_s, u"typed-header-key-3"_s, u"typed-json-pw-4"_s,
                            QString::fromLatin1(QByteArray("ada:typed-basic-pw-2").toBase64())};
    auto *copyAs = composer.findChild<QToolButton *>(u"copyAsToolButton"_s);
    for (int format = 0; format < 3; ++format) {
        copyAs->menu()->actions().at(format)->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        for (const QString &secret : typed)
            QVERIFY2(!copied.contains(secret), qPrintable(copied));
        for (const char *variable : {"API_KEY", "AUTHORIZATION", "X_AUTH_KEY", "PASSWORD"})
            QVERIFY2(copied.contains(QLatin1String(variable)), qPrintable(copied));
    }
    QVERIFY(!clipboard.holdsSecret());

    // Revealed, the command is what was typed, and it goes out marked and cleared.
    composer.findChild<QToolButton *>(u"revealAuthorizationToolButton"_s)->click();
    copyAs->menu()->actions().at(0)->trigger();
    const QString revealed = QGuiApplication::clipboard()->text();
    for (const QString &secret : typed)
        QVERIFY2(revealed.contains(secret), qPrintable(revealed));
    QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(u"x-kde-passwordManagerHint"_s),
             QByteArray("secret"));
    QVERIFY(clipboard.holdsSecret());
}

void TstComposerWidget::draftRoundTripsThroughTheWidgets()
{
    ComposerWidget composer(m_services.get());
    RequestDraft d;
    d.method = u"PATCH"_s;
    d.url = u"api/items/{{id}}?dry=1"_s;
    d.headers = {{u"X-A"_s, u"1"_s}, {u"X-B"_s, u"2"_s, false}};
    d.bodyKind = RequestDraft::BodyKind::Raw;
    d.bodyText = u"<a/>"_s;
    d.rawContentType = u"application/xml"_s;
    composer.setDraft(d);
    QCOMPARE(composer.draft().method, d.method);
    QCOMPARE(composer.draft().url, d.url);
    QCOMPARE(composer.draft().headers, d.headers);
    QCOMPARE(composer.draft().bodyKind, d.bodyKind);
    QCOMPARE(composer.draft().bodyText, d.bodyText);
    QCOMPARE(composer.draft().rawContentType, d.rawContentType);

    d.bodyKind = RequestDraft::BodyKind::Form;
    d.bodyText.clear();
    d.formFields = {{u"a"_s, u"b"_s}};
    composer.setDraft(d);
    QCOMPARE(composer.draft().formFields, d.formFields);
    QCOMPARE(composer.draft().method, u"PATCH"_s);
}

// The bug: "Authorization: Bearer ••••zFpI" above "No credentials go with this request" when
// the URL left the profile's origin. Only what will be sent is shown.
void TstComposerWidget::showsOnlyTheCredentialThatWillBeSent()
{
    ComposerWidget composer(m_services.get());
    composer.setProfile(m_generic);
    auto *url = composer.findChild<QLineEdit *>(u"urlLineEdit"_s);
    auto *note = composer.findChild<QLabel *>(u"originNoteLabel"_s);
    url->setText(u"api/whoami"_s);
    QVERIFY(composer.authorizationText().startsWith(u"Authorization: Bearer "_s));
    QVERIFY(note->isHidden());

    url->setText(u"https://elsewhere.example/api/whoami"_s);
    QVERIFY2(!composer.authorizationText().contains(u"Authorization"_s),
             qPrintable(composer.authorizationText()));
    QVERIFY(composer.authorizationText().contains(u"No credentials"_s));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(u"https://elsewhere.example"_s));
}

void TstComposerWidget::curlNetworkOptionsGoToTheProfileWhenConfirmed()
{
    ComposerWidget composer(m_services.get());
    composer.setProfile(m_generic);
    composer.show();
    const QString caFile = m_dir->filePath(u"corp-ca.pem"_s);
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    const QString command = u"curl --cacert '%1' -x http://proxy.corp.example:3128 "
                            "--noproxy .corp.example -U me:secret-proxy-pw "
                            "https://api.corp.example/v1/items"_s.arg(caFile);
    const auto dialog = [&composer]() -> CurlNetworkDialog * {
        CurlNetworkDialog *d = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                d = composer.findChild<CurlNetworkDialog *>();
                return d && d->isVisible();
            },
            5000);
        return shown ? d : nullptr;
    };
    auto *note = composer.findChild<QLabel *>(u"importNoteLabel"_s);

    // Shown first, with what each setting is now and would be; kept as it is, nothing changes.
    QVERIFY(composer.importCurl(command));
    CurlNetworkDialog *asked = dialog();
    QVERIFY(asked);
    auto *table = asked->findChild<QTableWidget *>(u"changesTableWidget"_s);
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys << table->item(row, 0)->text();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"ca_file"_s, u"no_proxy"_s, u"proxy"_s, u"proxy_user"_s}));
    QTest::mouseClick(asked->findChild<QPushButton *>(u"keepButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!composer.findChild<CurlNetworkDialog *>());
    Profile profile = *m_services->profiles().find(m_generic);
    QVERIFY(profile.options.caFile.isEmpty());
    QVERIFY(profile.options.proxy.isEmpty());
    QVERIFY2(note->text().contains(u"left as they were"_s), qPrintable(note->text()));
    // The request is the command's, whatever the answer.
    QCOMPARE(composer.draft().url, u"https://api.corp.example/v1/items"_s);

    // Applied: the profile has them, and never the proxy password.
    QVERIFY(composer.importCurl(command));
    asked = dialog();
    QVERIFY(asked);
    QTest::mouseClick(asked->applyButton(), Qt::LeftButton);
    QTRY_VERIFY(!composer.findChild<CurlNetworkDialog *>());
    profile = *m_services->profiles().find(m_generic);
    QCOMPARE(profile.options.caFile, QFileInfo(caFile).absoluteFilePath());
    QCOMPARE(profile.options.proxy, u"http://proxy.corp.example:3128"_s);
    QCOMPARE(profile.options.noProxy,
             ProxySettings::parseExclusions(u".corp.example"_s).join(QLatin1Char(',')));
    QCOMPARE(profile.options.proxyUser, u"me"_s);
    QVERIFY(!QJsonDocument(profile.toJson()).toJson().contains("secret-proxy-pw"));
    QVERIFY2(note->text().contains(u"Applied to the profile"_s), qPrintable(note->text()));

    // Nothing left to change: nothing is asked.
    QVERIFY(composer.importCurl(command));
    QVERIFY(!composer.findChild<CurlNetworkDialog *>());
}

QTEST_MAIN(TstComposerWidget)
#include "tst_composerwidget.moc"
