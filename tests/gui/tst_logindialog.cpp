#include "LoginDialog.h"
#include "Sandbox.h"
#include "auth/AuthenticatorFactory.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

// The login dialog against the real sandbox over loopback: the vendor's own error words, the
// servers' own second-factor prompts, cancelling a login that hangs, and the keychain choice.
class TstLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheProfileNotes();
    void cleanup();
    void showsTheSecretFieldsOfEachMethod_data();
    void showsTheSecretFieldsOfEachMethod();
    void wrongPasswordShowsTheVendorsWordsThenSucceeds();
    void regScaleMfaRound();
    void passwordSafeChallengeShowsTheServersPrompt();
    void cancelStopsAHangingLogin();
    void rememberCanBeUnavailable();
    void prefilledSecretsAreUsedAndNeverLogged();

private:
    LoginDialog *open(Sandbox::Vendor vendor, const QString &v, const QString &m,
                      const QMap<QString, QString> &fields, const QUrl &url = {});
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(name) : nullptr;
    }
    template<typename T>
    T *required(const QString &name) const
    {
        auto *w = child<T>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    void type(const QString &name, const QString &text);
    void click(const char *buttonName);
    bool onSecondFactorPage() const;

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Authenticator> m_auth;
    LoginDialog *m_dialog = nullptr;
};

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void TstLoginDialog::initTestCase()
{
    qRegisterMetaType<Error>();
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    g_previous = qInstallMessageHandler(capture);
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
    HttpClient::Options options;
    options.timeoutMs = 10000;
    m_http->setOptions(options);
}

void TstLoginDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    m_auth.reset();
}

LoginDialog *TstLoginDialog::open(Sandbox::Vendor vendor, const QString &v, const QString &m,
                                  const QMap<QString, QString> &fields, const QUrl &url)
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("%1 test").arg(Sandbox::vendorName(vendor));
    profile.vendor = v;
    profile.method = m;
    profile.baseUrl = url.isEmpty() ? m_sandbox.vendorBaseUrl(vendor) : url;
    profile.fields = fields;
    m_auth = AuthenticatorFactory::create(v, m, m_http.get(), Credentials{});
    if (!m_auth)
        qFatal("no authenticator for %s/%s", qPrintable(v), qPrintable(m));
    m_dialog = new LoginDialog(profile, m_auth.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        qWarning("login dialog not exposed");
    return m_dialog;
}

void TstLoginDialog::type(const QString &name, const QString &text)
{
    auto *edit = required<QLineEdit>(name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TstLoginDialog::click(const char *buttonName)
{
    auto *button = required<QPushButton>(QLatin1String(buttonName));
    QVERIFY2(button->isVisible() && button->isEnabled(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TstLoginDialog::onSecondFactorPage() const
{
    return required<QStackedWidget>(QStringLiteral("pagesStackedWidget"))->currentWidget() ==
           required<QWidget>(QStringLiteral("secondFactorPage"));
}

void TstLoginDialog::showsTheSecretFieldsOfEachMethod_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    const QList<MethodDescriptor> methods = AuthenticatorFactory::all();
    for (const MethodDescriptor &d : methods)
        QTest::newRow(qPrintable(d.vendor + QLatin1Char('/') + d.method)) << d.vendor << d.method;
}

void TstLoginDialog::showsTheSecretFieldsOfEachMethod()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    open(Sandbox::Vendor::Generic, vendor, method, {});
    const MethodDescriptor d = *AuthenticatorFactory::find(vendor, method);
    QVERIFY(required<QLabel>(QStringLiteral("vendorMethodLabel"))->text().contains(d.vendorName));
    QVERIFY(required<QLabel>(QStringLiteral("vendorMethodLabel"))->text().contains(d.methodName));
    QVERIFY(
        required<QLabel>(QStringLiteral("hostLabel"))->text().contains(QLatin1String("127.0.0.1")));

    QStringList expected;
    for (const FieldSpec &spec : d.fields) {
        auto *edit = child<QLineEdit>(spec.key + QLatin1String("LineEdit"));
        if (!spec.isSecret() || spec.key == QLatin1String("mfa")) {
            // Plain fields live in the profile; a second factor is asked for when the server asks.
            QVERIFY2(!edit || !edit->isVisible(), qPrintable(spec.key));
            continue;
        }
        QVERIFY2(edit && edit->isVisible(), qPrintable(spec.key));
        expected.append(spec.key);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!edit->accessibleName().isEmpty());
        auto *toggle = required<QToolButton>(spec.key + QLatin1String("ShowToolButton"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }
    QStringList shown;
    const QList<QLineEdit *> edits =
        required<QWidget>(QStringLiteral("secretsPage"))->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        if (edit->isVisible() && edit->objectName().endsWith(QLatin1String("LineEdit")))
            shown.append(edit->objectName().chopped(int(qstrlen("LineEdit"))));
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
    QVERIFY(!onSecondFactorPage());
}

void TstLoginDialog::wrongPasswordShowsTheVendorsWordsThenSucceeds()
{
    open(Sandbox::Vendor::Scantrust, QStringLiteral("scantrust"), QStringLiteral("jwt"),
         {{QStringLiteral("email"), Sandbox::scantrustEmail()}});
    auto *logIn = required<QPushButton>(QStringLiteral("logInButton"));
    QVERIFY(!logIn->isEnabled()); // nothing typed yet
    type(QStringLiteral("passwordLineEdit"), QStringLiteral("wrong-password"));
    click("logInButton");

    auto *error = required<QLabel>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(QLatin1String("Unable to login with provided credentials.")),
             qPrintable(error->text()));
    QVERIFY(error->wordWrap());
    QVERIFY(error->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_dialog->isBusy());
    // What was typed stays, so a typo can be fixed.
    auto *password = required<QLineEdit>(QStringLiteral("passwordLineEdit"));
    QVERIFY(password->isEnabled());
    QCOMPARE(password->text(), QStringLiteral("wrong-password"));

    type(QStringLiteral("passwordLineEdit"), Sandbox::scantrustPassword());
    click("logInButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 10000);
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_auth->session().token.isJwt());
    QCOMPARE(m_dialog->secrets().value(QStringLiteral("password")), Sandbox::scantrustPassword());
}

void TstLoginDialog::regScaleMfaRound()
{
    open(Sandbox::Vendor::RegScale, QStringLiteral("regscale"), QStringLiteral("password"),
         {{QStringLiteral("username"), Sandbox::regScaleMfaUsername()}});
    QVERIFY(!child<QLineEdit>(QStringLiteral("mfaLineEdit")));
    type(QStringLiteral("passwordLineEdit"), Sandbox::regScalePassword());
    click("logInButton");

    QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorPage(), 10000);
    auto *prompt = required<QLabel>(QStringLiteral("promptLabel"));
    QVERIFY2(prompt->text().contains(QLatin1String("MFA"), Qt::CaseInsensitive),
             qPrintable(prompt->text()));
    QVERIFY(prompt->isVisible());
    QVERIFY(!required<QPushButton>(QStringLiteral("logInButton"))->isVisible());

    // A wrong code: the server asks again, and the page stays with its prompt.
    type(QStringLiteral("secondFactorLineEdit"), QStringLiteral("000000"));
    click("continueButton");
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 10000);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(onSecondFactorPage());
    QVERIFY(!prompt->text().isEmpty());
    QVERIFY(required<QLineEdit>(QStringLiteral("secondFactorLineEdit"))->isEnabled());

    type(QStringLiteral("secondFactorLineEdit"), Sandbox::regScaleMfaCode());
    click("continueButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 10000);
    // A one-time code is not a secret worth remembering.
    QVERIFY(!m_dialog->secrets().contains(QStringLiteral("mfa")));
    QCOMPARE(m_dialog->secrets().size(), 1);
}

void TstLoginDialog::passwordSafeChallengeShowsTheServersPrompt()
{
    open(Sandbox::Vendor::PasswordSafe, QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
         {{QStringLiteral("runas"), Sandbox::passwordSafeMfaRunAs()}});
    type(QStringLiteral("api_keyLineEdit"), Sandbox::passwordSafeApiKey());
    click("logInButton");
    QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorPage(), 10000);
    QCOMPARE(required<QLabel>(QStringLiteral("promptLabel"))->text(),
             QStringLiteral("Enter the one-time passcode from your authenticator"));
    type(QStringLiteral("secondFactorLineEdit"), Sandbox::passwordSafeChallengeCode());
    QTest::keyClick(required<QLineEdit>(QStringLiteral("secondFactorLineEdit")), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 10000);
}

void TstLoginDialog::cancelStopsAHangingLogin()
{
    // A server that accepts and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(silent.serverPort());
    url.setPath(QStringLiteral("/"));
    open(Sandbox::Vendor::Scantrust, QStringLiteral("scantrust"), QStringLiteral("jwt"),
         {{QStringLiteral("email"), Sandbox::scantrustEmail()}}, url);
    type(QStringLiteral("passwordLineEdit"), Sandbox::scantrustPassword());
    click("logInButton");

    auto *password = required<QLineEdit>(QStringLiteral("passwordLineEdit"));
    auto *logIn = required<QPushButton>(QStringLiteral("logInButton"));
    auto *progress = required<QProgressBar>(QStringLiteral("progressBar"));
    QVERIFY(m_dialog->isBusy());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // indeterminate
    QVERIFY(!password->isEnabled());
    QVERIFY(!logIn->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 5000);

    click("cancelButton");
    QTRY_COMPARE(required<QLabel>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("Cancelled"));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected)); // the default: not closed by it
    QVERIFY(!m_dialog->isBusy());
    QVERIFY(!m_auth->isBusy());
    QVERIFY(!progress->isVisible());
    QVERIFY(password->isEnabled());
    QVERIFY(logIn->isEnabled());
    QCOMPARE(password->text(), Sandbox::scantrustPassword());
    QVERIFY(!required<QLabel>(QStringLiteral("errorLabel"))->isVisible());

    // Idle, Cancel closes the dialog.
    click("cancelButton");
    QTRY_VERIFY(!m_dialog->isVisible());
    qDeleteAll(held);
}

void TstLoginDialog::rememberCanBeUnavailable()
{
    open(Sandbox::Vendor::RegScale, QStringLiteral("regscale"), QStringLiteral("token"), {});
    auto *remember = required<QCheckBox>(QStringLiteral("rememberCheckBox"));
    auto *reason = required<QLabel>(QStringLiteral("rememberReasonLabel"));
    QVERIFY(remember->isChecked());
    QVERIFY(remember->isEnabled());
    QVERIFY(m_dialog->remember());
    QVERIFY(!reason->isVisible());

    const QString why =
        QStringLiteral("No keychain is available: secrets are kept for this session only.");
    m_dialog->setRememberAvailable(false, why);
    QVERIFY(!remember->isEnabled());
    QVERIFY(!m_dialog->remember());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), why);
    QCOMPARE(remember->toolTip(), why);

    m_dialog->setRememberAvailable(true);
    QVERIFY(remember->isEnabled());
    QVERIFY(!reason->isVisible());
    QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
    QVERIFY(m_dialog->remember());
}

void TstLoginDialog::prefilledSecretsAreUsedAndNeverLogged()
{
    g_log.clear();
    open(Sandbox::Vendor::PasswordSafe, QStringLiteral("passwordsafe"), QStringLiteral("oauth"),
         {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}});
    m_dialog->setSecrets({{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}});
    QCOMPARE(required<QLineEdit>(QStringLiteral("client_secretLineEdit"))->text(),
             Sandbox::passwordSafeClientSecret());
    click("logInButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 10000);
    QCOMPARE(m_dialog->secrets(), (QHash<QString, QString>{{QStringLiteral("client_secret"),
                                                            Sandbox::passwordSafeClientSecret()}}));
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(Sandbox::passwordSafeClientSecret()), qPrintable(line));
}

void TstLoginDialog::showsTheProfileNotes()
{
    Profile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("With notes");
    profile.vendor = QStringLiteral("regscale");
    profile.method = QStringLiteral("password");
    profile.baseUrl = m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale);
    profile.notes = QStringLiteral("The sandbox asks for an MFA code: 123456");
    auto auth = AuthenticatorFactory::create(profile.vendor, profile.method, m_http.get(), {});
    LoginDialog dialog(profile, auth.get());
    dialog.show();
    auto *notes = dialog.findChild<QLabel *>(QStringLiteral("notesLabel"));
    QVERIFY(notes);
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), profile.notes);
}

QTEST_MAIN(TstLoginDialog)
#include "tst_logindialog.moc"
