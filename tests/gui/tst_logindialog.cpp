#include "LoginDialog.h"
#include "LoginPrompter.h"
#include "Sandbox.h"
#include "SignInStepWidget.h"
#include "TestBrowser.h"
#include "TestClock.h"
#include "auth/AuthenticatorFactory.h"
#include "auth/SessionManager.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

// The login dialog against the real sandbox over loopback, opened by the session service through
// the app's prompter as a person's Log In does: the vendor's own error words, the servers' own
// second-factor prompts, cancelling a login that hangs, and the keychain choice.
class BrowserCatcher;

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
    void passwordSafeWrongPasscodeStaysOnTheCode();
    void cancelStopsAHangingLogin();
    void rememberCanBeUnavailable();
    void prefilledSecretsAreUsedAndNeverLogged();
    void closingGivesTheLoginUp();
    void browserSignInFromTheDialog();
    void deviceCodeShownToEnterElsewhere();
    void cancelStopsWaitingForTheBrowser();

private:
    struct Setup
    {
        QUrl url;                       // default: the sandbox's URL for the vendor
        QString notes;                  // the profile's notes
        QHash<QString, QString> stored; // secrets already in the store
        QString sessionOnlyReason;      // set: a secret store without a keychain
        bool keychain = false;          // the real keychain rather than memory
    };
    LoginDialog *open(Sandbox::Vendor vendor, const QString &v, const QString &m,
                      const QMap<QString, QString> &fields, const Setup &setup);
    LoginDialog *open(Sandbox::Vendor vendor, const QString &v, const QString &m,
                      const QMap<QString, QString> &fields)
    {
        return open(vendor, v, m, fields, Setup{});
    }
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
    // An authorization-code login opened and Log In clicked: the dialog, once the browser (caught
    // by `browser`) was sent to the authorization request exactly once; null otherwise.
    LoginDialog *startBrowserSignIn(BrowserCatcher &browser);
    void click(const char *buttonName);
    bool onSecondFactorPage() const;

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
    LoginPrompter m_prompter{nullptr};
    QUuid m_id;
    std::optional<Result<Session>> m_result; // what the login answered whoever waited for it
    QPointer<LoginDialog> m_dialog;
};

// Where QDesktopServices sends an address instead of a real browser.
class BrowserCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
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
    delete m_dialog.data();
    m_sessions.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
    m_result.reset();
}

LoginDialog *TstLoginDialog::open(Sandbox::Vendor vendor, const QString &v, const QString &m,
                                  const QMap<QString, QString> &fields, const Setup &setup)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    if (!m_profiles->load())
        qFatal("no profile store");
    if (setup.keychain)
        m_secrets = std::make_unique<KeychainSecretStore>();
    else if (setup.sessionOnlyReason.isEmpty())
        m_secrets = std::make_unique<MemorySecretStore>();
    else
        m_secrets = std::make_unique<MemorySecretStore>(setup.sessionOnlyReason);
    Profile profile;
    profile.name = QStringLiteral("%1 test").arg(Sandbox::vendorName(vendor));
    profile.vendor = v;
    profile.method = m;
    profile.baseUrl = setup.url.isEmpty() ? m_sandbox.vendorBaseUrl(vendor) : setup.url;
    profile.fields = fields;
    profile.notes = setup.notes;
    const auto added = m_profiles->add(profile);
    if (!added)
        qFatal("profile not added");
    m_id = added->id;
    for (auto it = setup.stored.cbegin(); it != setup.stored.cend(); ++it)
        m_secrets->write(SecretStore::key(m_id, it.key()), it.value(), m_secrets.get(),
                         [](const Result<bool> &) {});
    m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
    m_sessions->setPrompter(&m_prompter);
    m_sessions->logIn(m_id, m_sessions.get(),
                      [this](const Result<Session> &session) { m_result = session; });
    // The service reads what is stored, then asks: the dialog opens on its own.
    const bool opened = QTest::qWaitFor(
        [this] {
            const auto windows = QApplication::topLevelWidgets();
            for (QWidget *w : windows)
                if (auto *dialog = qobject_cast<LoginDialog *>(w); dialog && dialog->isVisible())
                    m_dialog = dialog;
            return !m_dialog.isNull();
        },
        5000);
    if (!opened || !QTest::qWaitForWindowExposed(m_dialog))
        qWarning("login dialog not shown");
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
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY(m_result->ok());
    QVERIFY(!m_dialog || !m_dialog->isVisible());
    QVERIFY(m_sessions->session(m_id)->token.isJwt());
    // The password that worked is kept; the wrong one went nowhere.
    std::optional<QString> kept;
    m_secrets->read(SecretStore::key(m_id, QStringLiteral("password")), m_secrets.get(),
                    [&kept](const Result<std::optional<QString>> &r) {
                        kept = r ? r.value().value_or(QString()) : QString();
                    });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(*kept, Sandbox::scantrustPassword());
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
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY(m_result->ok());
    // A one-time code is not a secret worth remembering.
    std::optional<bool> mfaKept;
    m_secrets->read(SecretStore::key(m_id, QStringLiteral("mfa")), m_secrets.get(),
                    [&mfaKept](const Result<std::optional<QString>> &r) {
                        mfaKept = r && r.value().has_value();
                    });
    QTRY_VERIFY(mfaKept.has_value());
    QVERIFY(!*mfaKept);
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
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY(m_result->ok());
}

// The bug: a wrong Password Safe passcode went back to the API-key step with "sent malformed
// JSON". It stays on the code, with the vendor's own words, as RegScale's MFA step does.
void TstLoginDialog::passwordSafeWrongPasscodeStaysOnTheCode()
{
    open(Sandbox::Vendor::PasswordSafe, QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
         {{QStringLiteral("runas"), Sandbox::passwordSafeMfaRunAs()}});
    type(QStringLiteral("api_keyLineEdit"), Sandbox::passwordSafeApiKey());
    click("logInButton");
    QTRY_VERIFY_WITH_TIMEOUT(onSecondFactorPage(), 10000);
    type(QStringLiteral("secondFactorLineEdit"), QStringLiteral("000000"));
    click("continueButton");
    auto *error = required<QLabel>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY(onSecondFactorPage());
    QVERIFY2(!error->text().contains(QLatin1String("malformed")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QLatin1String("passcode"), Qt::CaseInsensitive),
             qPrintable(error->text()));
    QVERIFY(required<QLineEdit>(QStringLiteral("secondFactorLineEdit"))->text().isEmpty());
    QVERIFY(!m_result.has_value());

    type(QStringLiteral("secondFactorLineEdit"), Sandbox::passwordSafeChallengeCode());
    click("continueButton");
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().message));
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
    Setup setup;
    setup.url = url;
    open(Sandbox::Vendor::Scantrust, QStringLiteral("scantrust"), QStringLiteral("jwt"),
         {{QStringLiteral("email"), Sandbox::scantrustEmail()}}, setup);
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
    QVERIFY(!m_result.has_value()); // the request that waits for the login still waits
    QVERIFY(!progress->isVisible());
    QVERIFY(password->isEnabled());
    QVERIFY(logIn->isEnabled());
    QCOMPARE(password->text(), Sandbox::scantrustPassword());
    QVERIFY(!required<QLabel>(QStringLiteral("errorLabel"))->isVisible());

    // Idle, Cancel closes the dialog, and whoever waited hears that it was cancelled.
    click("cancelButton");
    QTRY_VERIFY(!m_dialog || !m_dialog->isVisible());
    QTRY_VERIFY(m_result.has_value());
    QCOMPARE(m_result->error().kind, Error::Kind::Cancelled);
    qDeleteAll(held);
}

void TstLoginDialog::rememberCanBeUnavailable()
{
    Setup withKeychain;
    withKeychain.keychain = true;
    open(Sandbox::Vendor::RegScale, QStringLiteral("regscale"), QStringLiteral("token"), {},
         withKeychain);
    auto *remember = required<QCheckBox>(QStringLiteral("rememberCheckBox"));
    QVERIFY(remember->isChecked());
    QVERIFY(remember->isEnabled());
    QVERIFY(m_dialog->remember());
    QVERIFY(!required<QLabel>(QStringLiteral("rememberReasonLabel"))->isVisible());
    delete m_dialog.data();
    cleanup();

    const QString why =
        QStringLiteral("No keychain is available: secrets are kept for this session only.");
    Setup setup;
    setup.sessionOnlyReason = why;
    open(Sandbox::Vendor::RegScale, QStringLiteral("regscale"), QStringLiteral("token"), {}, setup);
    remember = required<QCheckBox>(QStringLiteral("rememberCheckBox"));
    auto *reason = required<QLabel>(QStringLiteral("rememberReasonLabel"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!m_dialog->remember());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), why);
    QCOMPARE(remember->toolTip(), why);
}

void TstLoginDialog::prefilledSecretsAreUsedAndNeverLogged()
{
    g_log.clear();
    Setup setup;
    setup.stored = {{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}};
    open(Sandbox::Vendor::PasswordSafe, QStringLiteral("passwordsafe"), QStringLiteral("oauth"),
         {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}}, setup);
    // What the keychain knows is in the field already.
    QCOMPARE(required<QLineEdit>(QStringLiteral("client_secretLineEdit"))->text(),
             Sandbox::passwordSafeClientSecret());
    click("logInButton");
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY(m_result->ok());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(Sandbox::passwordSafeClientSecret()), qPrintable(line));
}

// Closing the dialog without logging in answers whatever waited for the login: nothing hangs.
void TstLoginDialog::closingGivesTheLoginUp()
{
    open(Sandbox::Vendor::Scantrust, QStringLiteral("scantrust"), QStringLiteral("jwt"),
         {{QStringLiteral("email"), Sandbox::scantrustEmail()}});
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY(m_result.has_value());
    QCOMPARE(m_result->error().kind, Error::Kind::Cancelled);
    QVERIFY(!m_sessions->session(m_id));
}

void TstLoginDialog::showsTheProfileNotes()
{
    Setup setup;
    setup.notes = QStringLiteral("The sandbox asks for an MFA code: 123456");
    open(Sandbox::Vendor::RegScale, QStringLiteral("regscale"), QStringLiteral("password"),
         {{QStringLiteral("username"), Sandbox::regScaleUsername()}}, setup);
    auto *notes = required<QLabel>(QStringLiteral("notesLabel"));
    QVERIFY(notes->isVisible());
    QCOMPARE(notes->text(), setup.notes);
    // And which account the password is for.
    auto *account = required<QLabel>(QStringLiteral("accountLabel"));
    QVERIFY(account->isVisible());
    QVERIFY2(account->text().contains(Sandbox::regScaleUsername()), qPrintable(account->text()));
}

namespace {
QMap<QString, QString> oidcFields(const QString &grant, const Sandbox &sandbox)
{
    return {{QStringLiteral("grant"), grant},
            {QStringLiteral("issuer"), sandbox.oidcIssuer().toString()},
            {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
            {QStringLiteral("client_auth"), QStringLiteral("none")},
            {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")}};
}
} // namespace

LoginDialog *TstLoginDialog::startBrowserSignIn(BrowserCatcher &browser)
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
    LoginDialog *dialog =
        open(Sandbox::Vendor::Oidc, QStringLiteral("generic"), QStringLiteral("oauth2"),
             oidcFields(QStringLiteral("authorization_code"), m_sandbox));
    auto *logIn =
        dialog ? dialog->findChild<QPushButton *>(QStringLiteral("logInButton")) : nullptr;
    if (logIn && logIn->isEnabled())
        QTest::mouseClick(logIn, Qt::LeftButton);
    const bool opened = logIn && QTest::qWaitFor([&] { return !browser.opened.isEmpty(); }, 10000);
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    return opened && browser.opened.size() == 1 ? dialog : nullptr;
}

void TstLoginDialog::browserSignInFromTheDialog()
{
    // The system browser is sent to the authorization request, and the dialog says so.
    BrowserCatcher browser;
    LoginDialog *dialog = startBrowserSignIn(browser);
    QVERIFY(dialog);
    auto *page = required<SignInStepWidget>(QStringLiteral("signInStepPage"));
    QCOMPARE(required<QStackedWidget>(QStringLiteral("pagesStackedWidget"))->currentWidget(), page);
    QCOMPARE(required<QLabel>(QStringLiteral("signInHeadingLabel"))->text(),
             QStringLiteral("Continue in your browser"));
    const QUrl address = browser.opened.first();
    QCOMPARE(required<QLineEdit>(QStringLiteral("signInValueLineEdit"))->text(),
             address.toString(QUrl::FullyEncoded));
    QVERIFY(required<QProgressBar>(QStringLiteral("progressBar"))->isVisible());
    // Copy Address puts the same address on the clipboard for another browser.
    click("copySignInValueButton");
    QCOMPARE(QApplication::clipboard()->text(), address.toString(QUrl::FullyEncoded));

    TestBrowser person(Sandbox::oidcUsername(), Sandbox::oidcPassword());
    QVERIFY(person.signIn(address));
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().message));
    // The dialog closes itself once the browser came back.
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog.isNull() || !m_dialog->isVisible(), 5000);
    QVERIFY(!m_result->value().refreshToken.isEmpty());
}

void TstLoginDialog::deviceCodeShownToEnterElsewhere()
{
    TestClock clock;
    m_sandbox.setDeviceInterval(0);
    BrowserCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
    LoginDialog *dialog =
        open(Sandbox::Vendor::Oidc, QStringLiteral("generic"), QStringLiteral("oauth2"),
             oidcFields(QStringLiteral("device_code"), m_sandbox));
    QVERIFY(dialog);
    click("logInButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog->findChild<QLabel *>(QStringLiteral("signInHeadingLabel")) &&
            dialog->findChild<QLabel *>(QStringLiteral("signInHeadingLabel"))->isVisible(),
        10000);
    QCOMPARE(required<QLabel>(QStringLiteral("signInHeadingLabel"))->text(),
             QStringLiteral("Enter this code on another device"));
    const QString code = required<QLineEdit>(QStringLiteral("signInValueLineEdit"))->text();
    QVERIFY(QRegularExpression(QStringLiteral("^[B-Z]{4}-[B-Z]{4}$")).match(code).hasMatch());
    // Nothing opens by itself: the code is for another device, but the page opens on request,
    // with the code filled in when the server offers that.
    QCOMPARE(browser.opened.size(), 0);
    click("openBrowserButton");
    QCOMPARE(browser.opened.size(), 1);
    QVERIFY(browser.opened.first().toString().contains(code));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    click("copySignInValueButton");
    QCOMPARE(QApplication::clipboard()->text(), code);

    QUrl verification = m_sandbox.oidcIssuer();
    verification.setPath(verification.path() + QLatin1String("/device"));
    TestBrowser person(Sandbox::oidcUsername(), Sandbox::oidcPassword());
    QVERIFY(person.enterCode(verification, code));
    clock.advance(std::chrono::seconds(5));
    QTRY_VERIFY_WITH_TIMEOUT(m_result.has_value(), 10000);
    QVERIFY2(m_result->ok(), qPrintable(m_result->ok() ? QString() : m_result->error().message));
    QTRY_VERIFY_WITH_TIMEOUT(m_dialog.isNull() || !m_dialog->isVisible(), 5000);
    m_sandbox.setDeviceInterval(5);
}

void TstLoginDialog::cancelStopsWaitingForTheBrowser()
{
    // The system browser is sent to the authorization request, and the dialog says so.
    BrowserCatcher browser;
    LoginDialog *dialog = startBrowserSignIn(browser);
    QVERIFY(dialog);
    const QUrl redirect(QUrlQuery(browser.opened.first())
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    click("cancelButton");
    // Back on the first page, the dialog open for another try, and nobody listens any more.
    QTRY_COMPARE_WITH_TIMEOUT(
        required<QStackedWidget>(QStringLiteral("pagesStackedWidget"))->currentWidget(),
        required<QWidget>(QStringLiteral("secretsPage")), 5000);
    QVERIFY(dialog->isVisible());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000));
}

QTEST_MAIN(TstLoginDialog)
#include "tst_logindialog.moc"
