#include "ProfileEditorDialog.h"
#include "auth/AuthenticatorFactory.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

// The profile editor: exactly the non-secret fields of each method, input checked before saving,
// warnings about clear-text URLs and switched-off certificate checks, and a faithful round trip.
class TstProfileEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsExactlyThePlainFields_data();
    void showsExactlyThePlainFields();
    void okNeedsNameUrlAndRequiredFields();
    void clearTextUrlIsWarnedAboutUnlessLoopback_data();
    void clearTextUrlIsWarnedAboutUnlessLoopback();
    void insecureTlsShowsALoudWarning();
    void roundTripKeepsEverything();
    void switchingMethodsKeepsTypedValues();
    void newProfileGetsAnIdAndDefaults();
    void networkTabSetsProxyAndClientCertificate();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    template<typename T>
    T *required(const char *name) const
    {
        auto *w = child<T>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void choose(const QString &vendor, const QString &method);
    void type(const char *name, const QString &text);
    QPushButton *okButton() const;

    ProfileEditorDialog *m_dialog = nullptr;
};

void TstProfileEditorDialog::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstProfileEditorDialog::init()
{
    m_dialog = new ProfileEditorDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TstProfileEditorDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void TstProfileEditorDialog::choose(const QString &vendor, const QString &method)
{
    auto *vendors = required<QComboBox>("vendorComboBox");
    const int v = vendors->findData(vendor);
    QVERIFY2(v >= 0, qPrintable(vendor));
    vendors->setCurrentIndex(v);
    auto *methods = required<QComboBox>("methodComboBox");
    const int m = methods->findData(method);
    QVERIFY2(m >= 0, qPrintable(method));
    methods->setCurrentIndex(m);
    // Rows added to a shown dialog appear once the event loop has run.
    QCoreApplication::processEvents();
    QCOMPARE(m_dialog->currentMethod().vendor, vendor);
    QCOMPARE(m_dialog->currentMethod().method, method);
}

void TstProfileEditorDialog::type(const char *name, const QString &text)
{
    auto *edit = required<QLineEdit>(name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QPushButton *TstProfileEditorDialog::okButton() const
{
    return required<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok);
}

void TstProfileEditorDialog::showsExactlyThePlainFields_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("method");
    const QList<MethodDescriptor> methods = AuthenticatorFactory::all();
    QCOMPARE(methods.size(), 10);
    for (const MethodDescriptor &d : methods)
        QTest::newRow(qPrintable(d.vendor + QLatin1Char('/') + d.method)) << d.vendor << d.method;
}

void TstProfileEditorDialog::showsExactlyThePlainFields()
{
    QFETCH(QString, vendor);
    QFETCH(QString, method);
    choose(vendor, method);
    const MethodDescriptor d = *AuthenticatorFactory::find(vendor, method);
    auto *group = required<QWidget>("methodGroupBox");

    QStringList expected;
    for (const FieldSpec &spec : d.fields) {
        const QString suffix = spec.kind == FieldSpec::Kind::Date     ? QStringLiteral("DateEdit")
                               : spec.kind == FieldSpec::Kind::Choice ? QStringLiteral("ComboBox")
                                                                      : QStringLiteral("LineEdit");
        QWidget *editor = group->findChild<QWidget *>(spec.key + suffix);
        if (spec.isSecret()) {
            // Secrets belong to the login dialog, never to the profile.
            QVERIFY2(!group->findChild<QWidget *>(spec.key + QLatin1String("LineEdit")),
                     qPrintable(spec.key));
            continue;
        }
        QVERIFY2(editor, qPrintable(spec.key + suffix));
        QVERIFY(editor->isVisible());
        expected.append(spec.key);
        auto *label = group->findChild<QLabel *>(spec.key + QLatin1String("Label"));
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(spec.label), qPrintable(label->text()));
        QCOMPARE(label->text().contains(QLatin1String("(optional)")), spec.optional);
        if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !spec.placeholder.isEmpty())
            QVERIFY(!edit->placeholderText().isEmpty());
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            QCOMPARE(combo->count(), spec.choices.size());
    }

    // Nothing else: every editor in the group is one of the method's plain fields.
    QStringList shown;
    const QList<QWidget *> editors = group->findChildren<QWidget *>();
    for (QWidget *w : editors) {
        const QString name = w->objectName();
        for (const char *suffix : {"LineEdit", "DateEdit", "ComboBox"})
            if (name.endsWith(QLatin1String(suffix)) &&
                (qobject_cast<QLineEdit *>(w) || qobject_cast<QDateEdit *>(w) ||
                 qobject_cast<QComboBox *>(w)) &&
                !qobject_cast<QLineEdit *>(w->parentWidget()) && w->isVisible())
                shown.append(name.left(name.size() - int(qstrlen(suffix))));
    }
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
}

void TstProfileEditorDialog::okNeedsNameUrlAndRequiredFields()
{
    choose(QStringLiteral("regscale"), QStringLiteral("password"));
    QVERIFY(!okButton()->isEnabled());

    type("nameLineEdit", QStringLiteral("RegScale prod"));
    QVERIFY(!okButton()->isEnabled()); // no URL yet
    type("baseUrlLineEdit", QStringLiteral("regscale.example.com"));
    QVERIFY(!okButton()->isEnabled()); // no scheme
    type("baseUrlLineEdit", QStringLiteral("ftp://regscale.example.com"));
    QVERIFY(!okButton()->isEnabled());
    type("baseUrlLineEdit", QStringLiteral("https://"));
    QVERIFY(!okButton()->isEnabled()); // no host
    type("baseUrlLineEdit", QStringLiteral("https://regscale.example.com"));
    QVERIFY(!okButton()->isEnabled()); // the user name is required
    QVERIFY(required<QLabel>("validationLabel")->text().contains(QLatin1String("User name")));

    type("usernameLineEdit", QStringLiteral("analyst"));
    QVERIFY(okButton()->isEnabled());
    QVERIFY(m_dialog->problem().isEmpty());

    type("nameLineEdit", QStringLiteral("   "));
    QVERIFY(!okButton()->isEnabled());
    type("nameLineEdit", QStringLiteral("RegScale prod"));
    QVERIFY(okButton()->isEnabled());

    // A URL field of the method is checked as well.
    choose(QStringLiteral("generic"), QStringLiteral("oauth2"));
    type("client_idLineEdit", QStringLiteral("client"));
    type("token_urlLineEdit", QStringLiteral("not a url"));
    QVERIFY(!okButton()->isEnabled());
    type("token_urlLineEdit", QStringLiteral("https://idp.example.com/oauth/token"));
    QVERIFY(okButton()->isEnabled());

    // A user name or password in a URL would be written to the profile file: refused, with a
    // word on where it belongs (issue 19, item 4).
    type("token_urlLineEdit", QStringLiteral("https://client:s3cret@idp.example.com/token"));
    QVERIFY(!okButton()->isEnabled());
    type("token_urlLineEdit", QStringLiteral("https://idp.example.com/oauth/token"));
    QVERIFY(okButton()->isEnabled());
    for (const QString &url : {QStringLiteral("https://ada:s3cret@api.example.com"),
                               QStringLiteral("https://ghp_0123456789@api.example.com")}) {
        type("baseUrlLineEdit", url);
        QVERIFY2(!okButton()->isEnabled(), qPrintable(url));
        const QString said = required<QLabel>("validationLabel")->text();
        QVERIFY2(said.contains(QLatin1String("keychain")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("s3cret")), qPrintable(said));
    }
    type("baseUrlLineEdit", QStringLiteral("https://api.example.com"));
    QVERIFY(okButton()->isEnabled());
}

void TstProfileEditorDialog::clearTextUrlIsWarnedAboutUnlessLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("warned");
    QTest::newRow("remote http") << QStringLiteral("http://api.example.com") << true;
    QTest::newRow("remote http ip") << QStringLiteral("http://10.0.0.7:8080/api") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8443/regscale") << false;
    QTest::newRow("127.8.9.10") << QStringLiteral("http://127.8.9.10/") << false;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:3000") << false;
    QTest::newRow("::1") << QStringLiteral("http://[::1]:3000") << false;
    QTest::newRow("https") << QStringLiteral("https://api.example.com") << false;
}

void TstProfileEditorDialog::clearTextUrlIsWarnedAboutUnlessLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, warned);
    choose(QStringLiteral("generic"), QStringLiteral("basic"));
    type("nameLineEdit", QStringLiteral("Any"));
    type("usernameLineEdit", QStringLiteral("someone"));
    type("baseUrlLineEdit", url);
    auto *warning = required<QLabel>("httpWarningLabel");
    QCOMPARE(warning->isVisible(), warned);
    if (warned)
        QVERIFY(warning->text().contains(QLatin1String("clear text")));
    // A warning, not an error: the profile may still be saved.
    QVERIFY(okButton()->isEnabled());
}

void TstProfileEditorDialog::insecureTlsShowsALoudWarning()
{
    required<QTabWidget>("tabWidget")->setCurrentWidget(required<QWidget>("optionsTab"));
    auto *check = required<QCheckBox>("insecureTlsCheckBox");
    auto *warning = required<QLabel>("insecureTlsWarningLabel");
    QVERIFY(!warning->isVisible());
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(check->isChecked());
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(), QStringLiteral("Certificate checks are off: anyone on the network "
                                             "path can read this profile's secrets"));
    QVERIFY(warning->styleSheet().contains(QLatin1String("color")));
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(!warning->isVisible());
}

void TstProfileEditorDialog::roundTripKeepsEverything()
{
    Profile in;
    in.id = QUuid::createUuid();
    in.name = QStringLiteral("Scantrust UAT");
    in.vendor = QStringLiteral("scantrust");
    in.method = QStringLiteral("uat");
    in.baseUrl = QUrl(QStringLiteral("https://api.scantrust.com/"));
    in.fields.insert(QStringLiteral("valid_until"), QStringLiteral("2027-03-31"));
    in.options.autoRelogin = false;
    in.options.timeoutSeconds = 45;
    in.options.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    in.options.insecureTls = true;
    in.options.clipboardClearSeconds = 0;
    in.notes = QStringLiteral("Company admin: Jo.\nRenew in March.");
    in.colour = QStringLiteral("#2e7d32");
    in.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    in.lastToken.obtainedAt = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);

    m_dialog->setProfile(in);
    QVERIFY(required<QWidget>("valid_untilDateEdit")->isEnabled());
    QVERIFY(okButton()->isEnabled());
    const Profile out = m_dialog->profile();
    QCOMPARE(out.id, in.id);
    QCOMPARE(out.created, in.created);
    QCOMPARE(out.name, in.name);
    QCOMPARE(out.vendor, in.vendor);
    QCOMPARE(out.method, in.method);
    QCOMPARE(out.baseUrl, in.baseUrl);
    QCOMPARE(out.fields, in.fields);
    QCOMPARE(out.options.autoRelogin, in.options.autoRelogin);
    QCOMPARE(out.options.timeoutSeconds, in.options.timeoutSeconds);
    QCOMPARE(out.options.caFile, in.options.caFile);
    QCOMPARE(out.options.insecureTls, in.options.insecureTls);
    QCOMPARE(out.options.clipboardClearSeconds, in.options.clipboardClearSeconds);
    QCOMPARE(out.notes, in.notes);
    QCOMPARE(out.colour, in.colour);
    QCOMPARE(out.lastToken.obtainedAt, in.lastToken.obtainedAt);

    // Editing: the date is cleared and the method changes; the id stays, the old token goes.
    required<QCheckBox>("valid_untilCheckBox")->setChecked(false);
    QVERIFY(!m_dialog->profile().fields.contains(QStringLiteral("valid_until")));
    choose(QStringLiteral("passwordsafe"), QStringLiteral("apikey"));
    type("runasLineEdit", QStringLiteral("DEMO\\analyst"));
    required<QToolButton>("colourNoneButton")->click();
    const Profile edited = m_dialog->profile();
    QCOMPARE(edited.id, in.id);
    QCOMPARE(edited.vendor, QStringLiteral("passwordsafe"));
    QCOMPARE(edited.fields.value(QStringLiteral("runas")), QStringLiteral("DEMO\\analyst"));
    QVERIFY(!edited.fields.contains(QStringLiteral("valid_until")));
    QVERIFY(edited.colour.isEmpty());
    QVERIFY(edited.lastToken.isEmpty());
}

void TstProfileEditorDialog::switchingMethodsKeepsTypedValues()
{
    choose(QStringLiteral("regscale"), QStringLiteral("password"));
    type("usernameLineEdit", QStringLiteral("analyst"));
    choose(QStringLiteral("regscale"), QStringLiteral("token"));
    QVERIFY(!child<QLineEdit>(QStringLiteral("usernameLineEdit")));
    QVERIFY(!m_dialog->profile().fields.contains(QStringLiteral("username")));
    choose(QStringLiteral("generic"), QStringLiteral("basic"));
    QCOMPARE(required<QLineEdit>("usernameLineEdit")->text(), QStringLiteral("analyst"));

    // An empty optional field is left out so that the vendor's default applies.
    choose(QStringLiteral("generic"), QStringLiteral("bearer"));
    QVERIFY(required<QLineEdit>("headerLineEdit")
                ->placeholderText()
                .contains(QLatin1String("Authorization")));
    QVERIFY(!m_dialog->profile().fields.contains(QStringLiteral("prefix")));
    choose(QStringLiteral("generic"), QStringLiteral("oauth2"));
    QCOMPARE(m_dialog->profile().fields.value(QStringLiteral("client_auth")),
             QStringLiteral("basic"));
}

void TstProfileEditorDialog::newProfileGetsAnIdAndDefaults()
{
    const Profile a = m_dialog->profile();
    QVERIFY(!a.id.isNull());
    QCOMPARE(m_dialog->profile().id, a.id);
    QVERIFY(a.created.isValid());
    const Profile::Options defaults;
    QCOMPARE(a.options.timeoutSeconds, defaults.timeoutSeconds);
    QCOMPARE(a.options.clipboardClearSeconds, defaults.clipboardClearSeconds);
    QCOMPARE(a.options.autoRelogin, defaults.autoRelogin);
    QVERIFY(!a.options.insecureTls);
    QVERIFY(a.colour.isEmpty());
}

void TstProfileEditorDialog::networkTabSetsProxyAndClientCertificate()
{
    choose(QStringLiteral("generic"), QStringLiteral("bearer"));
    type("nameLineEdit", QStringLiteral("Behind the proxy"));
    type("baseUrlLineEdit", QStringLiteral("https://api.example.com/"));
    required<QTabWidget>("tabWidget")->setCurrentWidget(required<QWidget>("networkTab"));
    type("proxyLineEdit", QStringLiteral("ftp://proxy.corp"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(m_dialog->problem().contains(QLatin1String("is not a proxy")),
             qPrintable(m_dialog->problem()));
    type("proxyLineEdit", QStringLiteral("proxy.corp:3128"));
    type("noProxyLineEdit", QStringLiteral(".corp 10.0.0.0/8"));
    type("proxyUserLineEdit", QStringLiteral("carol"));
    type("clientCertLineEdit", QStringLiteral("/etc/tokenbench/me.p12"));
    QVERIFY2(okButton()->isEnabled(), qPrintable(m_dialog->problem()));

    const Profile out = m_dialog->profile();
    QCOMPARE(out.options.proxy, QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(out.options.noProxy, QStringLiteral(".corp,10.0.0.0/8"));
    QCOMPARE(out.options.proxyUser, QStringLiteral("carol"));
    QCOMPARE(out.options.clientCertificate, QStringLiteral("/etc/tokenbench/me.p12"));
    QCOMPARE(out.network().proxy.mode, ProxySettings::Mode::Manual);

    // And back: an edited profile shows what it has.
    m_dialog->setProfile(out);
    QCOMPARE(required<QLineEdit>("proxyLineEdit")->text(), out.options.proxy);
    QCOMPARE(required<QLineEdit>("clientCertLineEdit")->text(), out.options.clientCertificate);
    QCOMPARE(m_dialog->profile().options.proxyUser, QStringLiteral("carol"));
}

QTEST_MAIN(TstProfileEditorDialog)
#include "tst_profileeditordialog.moc"
