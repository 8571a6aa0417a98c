#include "DemoProfiles.h"
#include "TestBrowser.h"
#include "TestClock.h"
#include "auth/AuthenticatorFactory.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// `tokenbench --demo` must hold what it promises: every demo profile logs in against the sandbox
// with the secrets it comes with (the second-factor ones stop at the prompt, as they should).
class TstDemoProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyVendorAndMethodIsThere();
    void oneIsBehindThePrivateCa();
    void everyProfileLogsIn_data();
    void everyProfileLogsIn();

private:
    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
};

void TstDemoProfiles::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_sandbox.listen());
    QVERIFY(m_sandbox.listenTls());
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstDemoProfiles::everyVendorAndMethodIsThere()
{
    QSet<QString> methods;
    for (const DemoProfile &demo : DemoProfiles::all(m_sandbox))
        methods.insert(demo.profile.vendor + QLatin1Char('/') + demo.profile.method);
    for (const MethodDescriptor &d : AuthenticatorFactory::all())
        QVERIFY2(methods.contains(d.vendor + QLatin1Char('/') + d.method),
                 qPrintable(d.vendor + QLatin1Char('/') + d.method));
}

void TstDemoProfiles::oneIsBehindThePrivateCa()
{
    int behind = 0;
    for (const DemoProfile &demo : DemoProfiles::all(m_sandbox)) {
        if (demo.profile.baseUrl.scheme() != QLatin1String("https"))
            continue;
        ++behind;
        QCOMPARE(demo.profile.baseUrl.port(), int(m_sandbox.tlsPort()));
        QCOMPARE(demo.profile.options.caFile, m_sandbox.caFile());
        QVERIFY(demo.profile.notes.contains(m_sandbox.caFile()));
    }
    QCOMPARE(behind, 1);
}

void TstDemoProfiles::everyProfileLogsIn_data()
{
    QTest::addColumn<int>("index");
    const QList<DemoProfile> all = DemoProfiles::all(m_sandbox);
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).profile.name)) << i;
}

void TstDemoProfiles::everyProfileLogsIn()
{
    QFETCH(int, index);
    const DemoProfile demo = DemoProfiles::all(m_sandbox).at(index);
    Credentials credentials;
    credentials.baseUrl = demo.profile.baseUrl;
    credentials.fields = demo.profile.fields;
    credentials.network = demo.profile.network();
    credentials.secrets = demo.secrets;
    auto auth = AuthenticatorFactory::create(demo.profile.vendor, demo.profile.method, m_http.get(),
                                             credentials);
    QVERIFY(auth);
    QSignalSpy loggedIn(auth.get(), &Authenticator::loggedIn);
    QSignalSpy secondFactor(auth.get(), &Authenticator::secondFactorRequired);
    QSignalSpy failed(auth.get(), &Authenticator::failed);
    QSignalSpy signInStep(auth.get(), &Authenticator::signInStepRequired);
    TestClock clock;
    auth->logIn();
    QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty() || !secondFactor.isEmpty() || !failed.isEmpty() ||
                                 !signInStep.isEmpty(),
                             10000);
    if (!signInStep.isEmpty()) {
        // The person the notes speak to, in the browser or at the device page.
        const SignInStep step = signInStep.first().first().value<SignInStep>();
        TestBrowser person(Sandbox::oidcUsername(), Sandbox::oidcPassword());
        QVERIFY(demo.profile.notes.contains(Sandbox::oidcPassword()));
        if (step.kind == SignInStep::Kind::OpenBrowser) {
            QVERIFY(person.signIn(step.url));
        } else {
            QVERIFY(person.enterCode(step.url, step.userCode));
            clock.advance(std::chrono::seconds(m_sandbox.deviceInterval()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty() || !failed.isEmpty(), 10000);
    }
    QVERIFY2(
        failed.isEmpty(),
        qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
    if (!secondFactor.isEmpty()) {
        // The code the notes tell a newcomer to type.
        const QString code = demo.profile.notes.section(QLatin1Char(' '), -1);
        auth->provideSecondFactor(code);
        QTRY_VERIFY_WITH_TIMEOUT(!loggedIn.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY(!loggedIn.isEmpty());
    }
    QSignalSpy tested(auth.get(), &Authenticator::tested);
    auth->testToken();
    QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty() || failed.size() > 0, 10000);
    QVERIFY(!tested.isEmpty());
}

QTEST_GUILESS_MAIN(TstDemoProfiles)
#include "tst_demoprofiles.moc"
