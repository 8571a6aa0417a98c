#include "AppPaths.h"
#include "AppSettings.h"
#include "SettingsDialog.h"
#include "util/MarkedHeaders.h"
#include "util/Redactor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

// The settings dialog shows and returns every preference, and AppSettings keeps them in
// QSettings, reading a corrupt or hand-edited file back as defaults rather than nonsense.
class TstSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsDefaults();
    void roundTrip();
    void minutesFollowTheNotifyCheckBox();
    void restoreDefaultsResetsEverything();
    void clipboardZeroMeansOnlyOnQuit();
    void historyBodyCapZeroKeepsNoBodies();
    void saveLoadRoundTrip();
    void missingValuesAreDefaults();
    void corruptValuesFallBackToDefaults_data();
    void corruptValuesFallBackToDefaults();
    void keepsMainWindowsClipboardKey();
    void markedHeadersBecomeSecretOnOk();
    void markedHeadersReachTheCli();
    void proxyPreference();

private:
    template<typename T>
    T *required(const char *name) const
    {
        auto *w = m_dialog->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static AppSettings changed();

    SettingsDialog *m_dialog = nullptr;
};

void TstSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TokenbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
}

void TstSettingsDialog::init()
{
    QSettings().clear();
    m_dialog = new SettingsDialog;
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TstSettingsDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    QSettings().clear();
}

// Every value different from its default.
AppSettings TstSettingsDialog::changed()
{
    AppSettings s;
    s.clipboardClearSeconds = 90;
    s.autoReloginByDefault = false;
    s.notifyBeforeExpiry = false;
    s.notifyMinutesBefore = 15;
    s.defaultTimeoutSeconds = 120;
    s.historyRetentionDays = 0;
    s.historyBodyCapKiB = 256;
    s.secretHeaders = {QStringLiteral("X-Tenant"), QStringLiteral("X-Hub-Sig")};
    return s;
}

void TstSettingsDialog::showsDefaults()
{
    const AppSettings defaults;
    QCOMPARE(defaults.clipboardClearSeconds, 30);
    QCOMPARE(defaults.autoReloginByDefault, true);
    QCOMPARE(defaults.notifyBeforeExpiry, true);
    QCOMPARE(defaults.notifyMinutesBefore, 5);
    QCOMPARE(defaults.defaultTimeoutSeconds, 30);
    QCOMPARE(defaults.historyRetentionDays, 30);
    QCOMPARE(defaults.historyBodyCapKiB, 64);

    QCOMPARE(required<QSpinBox>("clipboardClearSpinBox")->value(), 30);
    QVERIFY(required<QCheckBox>("autoReloginCheckBox")->isChecked());
    QCOMPARE(required<QSpinBox>("timeoutSpinBox")->value(), 30);
    QVERIFY(required<QCheckBox>("notifyCheckBox")->isChecked());
    QCOMPARE(required<QSpinBox>("notifyMinutesSpinBox")->value(), 5);
    QVERIFY(required<QSpinBox>("notifyMinutesSpinBox")->isEnabled());
    QCOMPARE(required<QSpinBox>("historyDaysSpinBox")->value(), 30);
    QCOMPARE(required<QSpinBox>("historyBodyCapSpinBox")->value(), 64);
    QVERIFY(m_dialog->settings() == defaults);
}

void TstSettingsDialog::roundTrip()
{
    const AppSettings s = changed();
    m_dialog->setSettings(s);
    QVERIFY(m_dialog->settings() == s);
    QCOMPARE(required<QSpinBox>("clipboardClearSpinBox")->value(), 90);
    QVERIFY(!required<QCheckBox>("autoReloginCheckBox")->isChecked());
    QCOMPARE(required<QSpinBox>("timeoutSpinBox")->value(), 120);
    QVERIFY(!required<QCheckBox>("notifyCheckBox")->isChecked());
    QCOMPARE(required<QSpinBox>("notifyMinutesSpinBox")->value(), 15);
    QCOMPARE(required<QSpinBox>("historyDaysSpinBox")->value(), 0);
    QCOMPARE(required<QSpinBox>("historyBodyCapSpinBox")->value(), 256);

    // And what people change by hand comes back out.
    required<QSpinBox>("timeoutSpinBox")->setValue(45);
    required<QCheckBox>("notifyCheckBox")->click();
    QCOMPARE(m_dialog->settings().defaultTimeoutSeconds, 45);
    QVERIFY(m_dialog->settings().notifyBeforeExpiry);
}

void TstSettingsDialog::minutesFollowTheNotifyCheckBox()
{
    auto *notify = required<QCheckBox>("notifyCheckBox");
    auto *minutes = required<QSpinBox>("notifyMinutesSpinBox");
    QVERIFY(minutes->isEnabled());
    notify->click();
    QVERIFY(!notify->isChecked());
    QVERIFY(!minutes->isEnabled());
    // The lead time is kept while notifications are off.
    QCOMPARE(m_dialog->settings().notifyMinutesBefore, 5);
    notify->click();
    QVERIFY(minutes->isEnabled());

    AppSettings off;
    off.notifyBeforeExpiry = false;
    m_dialog->setSettings(off);
    QVERIFY(!minutes->isEnabled());
}

void TstSettingsDialog::restoreDefaultsResetsEverything()
{
    m_dialog->setSettings(changed());
    auto *buttons = required<QDialogButtonBox>("buttonBox");
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    QVERIFY(restore);
    QVERIFY(!restore->accessibleName().isEmpty());
    restore->click();
    QVERIFY(m_dialog->settings() == AppSettings());
    QVERIFY(required<QSpinBox>("notifyMinutesSpinBox")->isEnabled());
}

void TstSettingsDialog::clipboardZeroMeansOnlyOnQuit()
{
    auto *spin = required<QSpinBox>("clipboardClearSpinBox");
    spin->setValue(0);
    QCOMPARE(spin->text(), QStringLiteral("Only when Tokenbench quits"));
    QCOMPARE(m_dialog->settings().clipboardClearSeconds, 0);
}

void TstSettingsDialog::historyBodyCapZeroKeepsNoBodies()
{
    auto *spin = required<QSpinBox>("historyBodyCapSpinBox");
    spin->setValue(0);
    QCOMPARE(spin->text(), QStringLiteral("Keep no bodies"));
    QCOMPARE(m_dialog->settings().historyBodyCapKiB, 0);
    spin->setValue(AppSettings::MaxHistoryBodyCapKiB + 1);
    QCOMPARE(m_dialog->settings().historyBodyCapKiB, AppSettings::MaxHistoryBodyCapKiB);
}

void TstSettingsDialog::saveLoadRoundTrip()
{
    QVERIFY(AppSettings::load() == AppSettings());
    const AppSettings s = changed();
    s.save();
    QVERIFY(AppSettings::load() == s);

    AppSettings edges;
    edges.clipboardClearSeconds = 0;
    edges.notifyMinutesBefore = AppSettings::MaxNotifyMinutesBefore;
    edges.defaultTimeoutSeconds = AppSettings::MinTimeoutSeconds;
    edges.historyRetentionDays = AppSettings::MaxHistoryRetentionDays;
    edges.historyBodyCapKiB = AppSettings::MaxHistoryBodyCapKiB;
    edges.save();
    QVERIFY(AppSettings::load() == edges);
}

void TstSettingsDialog::missingValuesAreDefaults()
{
    QSettings().setValue(QStringLiteral("history/retentionDays"), 7);
    const AppSettings s = AppSettings::load();
    QCOMPARE(s.historyRetentionDays, 7);
    AppSettings expected;
    expected.historyRetentionDays = 7;
    QVERIFY(s == expected);
}

void TstSettingsDialog::corruptValuesFallBackToDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    const QString keys[] = {
        QStringLiteral("clipboard/clearAfterSeconds"),
        QStringLiteral("notifications/minutesBefore"),
        QStringLiteral("sessions/defaultTimeoutSeconds"),
        QStringLiteral("history/retentionDays"),
        QStringLiteral("history/bodyCapKiB"),
    };
    for (const QString &key : keys) {
        QTest::addRow("%s text", qPrintable(key)) << key << QVariant(QStringLiteral("abc"));
        QTest::addRow("%s negative", qPrintable(key)) << key << QVariant(-5);
        QTest::addRow("%s huge", qPrintable(key)) << key << QVariant(99999);
        QTest::addRow("%s fraction", qPrintable(key)) << key << QVariant(QStringLiteral("2.5"));
        QTest::addRow("%s empty", qPrintable(key)) << key << QVariant(QString());
    }
    QTest::newRow("notify minutes zero")
        << QStringLiteral("notifications/minutesBefore") << QVariant(0);
    QTest::newRow("timeout zero") << QStringLiteral("sessions/defaultTimeoutSeconds")
                                  << QVariant(0);
    const QString bools[] = {
        QStringLiteral("sessions/autoReloginByDefault"),
        QStringLiteral("notifications/beforeExpiry"),
    };
    for (const QString &key : bools) {
        QTest::addRow("%s text", qPrintable(key)) << key << QVariant(QStringLiteral("abc"));
        QTest::addRow("%s number", qPrintable(key)) << key << QVariant(QStringLiteral("-5"));
    }
}

void TstSettingsDialog::corruptValuesFallBackToDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);

    // Start from non-default values everywhere, so a fallback is told apart from "unchanged".
    changed().save();
    {
        QSettings settings;
        settings.setValue(key, value);
        settings.sync();
    }
    const AppSettings loaded = AppSettings::load();
    const AppSettings defaults;
    const AppSettings other = changed();
    auto pick = [&](const QString &k, auto member) {
        return k == key ? defaults.*member : other.*member;
    };
    QCOMPARE(loaded.clipboardClearSeconds, pick(QStringLiteral("clipboard/clearAfterSeconds"),
                                                &AppSettings::clipboardClearSeconds));
    QCOMPARE(loaded.notifyMinutesBefore, pick(QStringLiteral("notifications/minutesBefore"),
                                              &AppSettings::notifyMinutesBefore));
    QCOMPARE(loaded.defaultTimeoutSeconds, pick(QStringLiteral("sessions/defaultTimeoutSeconds"),
                                                &AppSettings::defaultTimeoutSeconds));
    QCOMPARE(loaded.historyRetentionDays,
             pick(QStringLiteral("history/retentionDays"), &AppSettings::historyRetentionDays));
    QCOMPARE(loaded.historyBodyCapKiB,
             pick(QStringLiteral("history/bodyCapKiB"), &AppSettings::historyBodyCapKiB));
    QCOMPARE(loaded.autoReloginByDefault, pick(QStringLiteral("sessions/autoReloginByDefault"),
                                               &AppSettings::autoReloginByDefault));
    QCOMPARE(loaded.notifyBeforeExpiry,
             pick(QStringLiteral("notifications/beforeExpiry"), &AppSettings::notifyBeforeExpiry));

    // And the dialog shows what was loaded without clamping it into something else.
    m_dialog->setSettings(loaded);
    QVERIFY(m_dialog->settings() == loaded);
}

void TstSettingsDialog::keepsMainWindowsClipboardKey()
{
    AppSettings s;
    s.clipboardClearSeconds = 120;
    s.save();
    QCOMPARE(QSettings().value(QStringLiteral("clipboard/clearAfterSeconds")).toInt(), 120);
    QSettings().setValue(QStringLiteral("clipboard/clearAfterSeconds"), 10);
    QCOMPARE(AppSettings::load().clipboardClearSeconds, 10);
}

void TstSettingsDialog::markedHeadersBecomeSecretOnOk()
{
    Redactor::setMarkedSecretHeaders({});
    QVERIFY(!Redactor::isSecretHeader("X-Tenant"));
    auto *edit = required<QLineEdit>("secretHeadersLineEdit");
    QVERIFY(edit->text().isEmpty());
    // Commas, spaces or semicolons; each name once; what cannot name a header is dropped.
    edit->setText(QStringLiteral("X-Tenant, x-tenant;X-Hub-Sig  b\u00e4d:name"));
    QCOMPARE(m_dialog->settings().secretHeaders,
             (QStringList{QStringLiteral("X-Tenant"), QStringLiteral("X-Hub-Sig")}));
    QVERIFY(!Redactor::isSecretHeader("X-Tenant")); // not before the person confirms
    auto *box = required<QDialogButtonBox>("buttonBox");
    box->button(QDialogButtonBox::Ok)->click();
    QVERIFY(Redactor::isSecretHeader("x-tenant"));
    QVERIFY(Redactor::isSecretHeader("X-Hub-Sig"));
    Redactor::setMarkedSecretHeaders({});
}

void TstSettingsDialog::markedHeadersReachTheCli()
{
    // The CLI reads the desktop app's settings file, whatever its own application name.
    AppSettings s;
    s.secretHeaders = {QStringLiteral("X-Tenant")};
    QSettings desktop{QLatin1String(AppPaths::Name), QLatin1String(AppPaths::Name)};
    s.save(desktop);
    desktop.sync();
    QCOMPARE(MarkedHeaders::readDesktopSettings(), s.secretHeaders);
    MarkedHeaders::write(desktop, {});
    desktop.sync();
    QVERIFY(MarkedHeaders::readDesktopSettings().isEmpty());
    desktop.clear();
}

void TstSettingsDialog::proxyPreference()
{
    SettingsDialog dialog;
    auto *proxy = dialog.findChild<QLineEdit *>(QStringLiteral("proxyLineEdit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(proxy && buttons);
    QVERIFY(dialog.settings().proxy.isEmpty()); // the system's
    proxy->setText(QStringLiteral("ftp://nope"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(proxy->toolTip().contains(QLatin1String("is not a proxy")));
    proxy->setText(QStringLiteral("socks5://proxy.corp:1080"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("noProxyLineEdit"))
        ->setText(QStringLiteral(".corp 10.0.0.0/8"));
    dialog.findChild<QLineEdit *>(QStringLiteral("proxyUserLineEdit"))
        ->setText(QStringLiteral("carol"));
    const AppSettings s = dialog.settings();
    QCOMPARE(s.proxy, QStringLiteral("socks5://proxy.corp:1080"));
    QCOMPARE(s.noProxy, QStringLiteral(".corp,10.0.0.0/8"));
    QCOMPARE(s.proxyUser, QStringLiteral("carol"));
    SettingsDialog again;
    again.setSettings(s);
    QCOMPARE(again.settings(), s);
}

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
