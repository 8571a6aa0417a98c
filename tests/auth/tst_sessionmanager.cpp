#include "Sandbox.h"
#include "TestSessions.h"
#include "auth/SessionManager.h"
#include "secrets/SecretStore.h"
#include "util/Redactor.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The desktop app's sessions: an interactive login recorded, a restart that restores it without
// a request, renewal with stored secrets, sign-out, and sign-out of everything on quit.
class TstSessionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void recordedLoginSurvivesARestart();
    void shortLivedTokenIsRenewedWithStoredSecrets();
    void withoutSecretsAPersonMustLogIn();
    void logOutSignsOutAndForgets();
    void signOutAllOnQuit();
    void forgetSecretsRemovesThemAll();
    void editedProfileLogsInWhereItNowPoints();
    void editedPasswordSafeSessionIsSignedOutFirst();
    void editedOptionsKeepTheSession();
    void learnedLoginFormIsKeptForTheNextRun();
    void secondFactorGivenUpFrontIsUsedOnce();

private:
    QUuid addProfile(const QString &name, Sandbox::Vendor vendor, const QString &v,
                     const QString &m, QMap<QString, QString> fields);
    bool interactiveLogin(SessionManager &manager, const QUuid &id,
                          const QHash<QString, QString> &secrets);
    static Result<Session> fresh(SessionManager &manager, const QUuid &id);
    int requestsTo(const QSignalSpy &spy, const QString &pathEnd) const;

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
};

void TstSessionManager::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstSessionManager::init()
{
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 24 * 3600);
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<MemorySecretStore>();
}

QUuid TstSessionManager::addProfile(const QString &name, Sandbox::Vendor vendor, const QString &v,
                                    const QString &m, QMap<QString, QString> fields)
{
    Profile p;
    p.name = name;
    p.vendor = v;
    p.method = m;
    p.baseUrl = m_sandbox.vendorBaseUrl(vendor);
    p.fields = std::move(fields);
    const auto added = m_profiles->add(p);
    return added ? added->id : QUuid();
}

bool TstSessionManager::interactiveLogin(SessionManager &manager, const QUuid &id,
                                         const QHash<QString, QString> &secrets)
{
    return TestSessions::logIn(manager, id, secrets, true);
}

Result<Session> TstSessionManager::fresh(SessionManager &manager, const QUuid &id)
{
    std::optional<Result<Session>> result;
    QObject context;
    manager.freshSession(id, &context, [&](const Result<Session> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return Error::make(Error::Kind::Timeout, QStringLiteral("test.timeout"),
                           QStringLiteral("timeout"));
    return *result;
}

int TstSessionManager::requestsTo(const QSignalSpy &spy, const QString &pathEnd) const
{
    int n = 0;
    for (const auto &call : spy)
        n += call.at(1).toString().endsWith(pathEnd, Qt::CaseInsensitive);
    return n;
}

void TstSessionManager::recordedLoginSurvivesARestart()
{
    const QUuid id = addProfile(QStringLiteral("rs"), Sandbox::Vendor::RegScale,
                                QStringLiteral("regscale"), QStringLiteral("password"),
                                {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    QString token;
    {
        SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
        QVERIFY(interactiveLogin(manager, id,
                                 {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
        QVERIFY(manager.session(id));
        token = manager.session(id)->token.raw();
    }
    // The profile now knows when its token dies, without a secret in it.
    const auto profile = m_profiles->find(QStringLiteral("rs"));
    QVERIFY(profile->lastToken.expiresAt);
    QCOMPARE(profile->lastToken.source, QStringLiteral("login"));

    // A restart: a new manager restores the session from the secret store, asking no server.
    SessionManager again(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(!again.session(id));
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    const auto session = fresh(again, id);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session->token.raw(), token);
    QCOMPARE(session->token.expirySource(), Token::ExpirySource::ExpClaim);
    QCOMPARE(handled.count(), 0);
}

void TstSessionManager::shortLivedTokenIsRenewedWithStoredSecrets()
{
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 20);
    const QUuid id = addProfile(QStringLiteral("short"), Sandbox::Vendor::RegScale,
                                QStringLiteral("regscale"), QStringLiteral("password"),
                                {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    {
        SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
        QVERIFY(interactiveLogin(manager, id,
                                 {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
    }
    SessionManager again(m_profiles.get(), m_secrets.get(), m_http.get());
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    // 20 s left is less than the minimum a token handed out must have: a new login, unattended.
    const auto session = fresh(again, id);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QVERIFY(requestsTo(handled, QStringLiteral("authentication/login")) >= 1);
    QVERIFY(session->token.isJwt());
}

void TstSessionManager::withoutSecretsAPersonMustLogIn()
{
    const QUuid id =
        addProfile(QStringLiteral("new"), Sandbox::Vendor::Scantrust, QStringLiteral("scantrust"),
                   QStringLiteral("jwt"), {{QStringLiteral("email"), Sandbox::scantrustEmail()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    const auto session = fresh(manager, id);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().code, QStringLiteral("session.needs_login"));
}

void TstSessionManager::logOutSignsOutAndForgets()
{
    const QUuid id = addProfile(QStringLiteral("ps"), Sandbox::Vendor::PasswordSafe,
                                QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
                                {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(interactiveLogin(manager, id,
                             {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}}));
    const QString cookie = manager.session(id)->token.raw();
    QVERIFY(!Redactor::text(cookie).contains(cookie)); // masked in logs while it lives
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    std::optional<Result<bool>> result;
    QObject context;
    manager.logOut(id, &context, [&](const Result<bool> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->ok());
    QCOMPARE(requestsTo(handled, QStringLiteral("Auth/Signout")), 1);
    QVERIFY(!manager.session(id));
    QVERIFY(m_profiles->find(QStringLiteral("ps"))->lastToken.isEmpty());
    // Signed out, the redactor lets go of it: it no longer holds every old token of the run.
    QCOMPARE(Redactor::text(cookie), cookie);
    // The remembered session is gone, the API key stays.
    std::optional<Result<std::optional<QString>>> stored;
    m_secrets->read(SecretStore::key(id, QStringLiteral("session")), &context,
                    [&](const Result<std::optional<QString>> &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(!stored->value().has_value());
}

void TstSessionManager::signOutAllOnQuit()
{
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    const QUuid a = addProfile(QStringLiteral("ps-a"), Sandbox::Vendor::PasswordSafe,
                               QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
                               {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}});
    const QUuid b = addProfile(QStringLiteral("ps-b"), Sandbox::Vendor::PasswordSafe,
                               QStringLiteral("passwordsafe"), QStringLiteral("oauth"),
                               {{QStringLiteral("client_id"), Sandbox::passwordSafeClientId()}});
    const QUuid c = addProfile(QStringLiteral("rs"), Sandbox::Vendor::RegScale,
                               QStringLiteral("regscale"), QStringLiteral("password"),
                               {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    QVERIFY(
        interactiveLogin(manager, a, {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}}));
    QVERIFY(interactiveLogin(
        manager, b, {{QStringLiteral("client_secret"), Sandbox::passwordSafeClientSecret()}}));
    QVERIFY(
        interactiveLogin(manager, c, {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    bool done = false;
    QObject context;
    manager.signOutAll(&context, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    // Both Password Safe sessions signed out; RegScale has no sign-out and keeps its token.
    QCOMPARE(requestsTo(handled, QStringLiteral("Auth/Signout")), 2);
    QVERIFY(!manager.session(a));
    QVERIFY(!manager.session(b));
    QVERIFY(manager.session(c));
}

void TstSessionManager::forgetSecretsRemovesThemAll()
{
    const QUuid id = addProfile(QStringLiteral("g"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("basic"),
                                {{QStringLiteral("username"), Sandbox::genericUsername()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(
        interactiveLogin(manager, id, {{QStringLiteral("password"), Sandbox::genericPassword()}}));
    const QString token = manager.session(id)->token.raw();
    // While the profile is in use its secrets are masked in every log line...
    QVERIFY(!Redactor::text(token).contains(token));
    std::optional<Result<bool>> removed;
    QObject context;
    manager.forgetSecrets(id, &context, [&](const Result<bool> &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    // ...and once it is forgotten they are no longer kept registered for the process's life.
    QCOMPARE(Redactor::text(token), token);
    QCOMPARE(Redactor::text(Sandbox::genericPassword()), Sandbox::genericPassword());
    for (const char *field : {"password", "session"}) {
        std::optional<Result<std::optional<QString>>> stored;
        m_secrets->read(SecretStore::key(id, QLatin1String(field)), &context,
                        [&](const Result<std::optional<QString>> &r) { stored = r; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY2(!stored->value().has_value(), field);
    }
}

// The bug: an edited base URL kept the old authenticator, so a login from stored secrets still
// went to the old server.
void TstSessionManager::editedProfileLogsInWhereItNowPoints()
{
    Sandbox other;
    QVERIFY(other.listen());
    const QUuid id = addProfile(QStringLiteral("moving"), Sandbox::Vendor::RegScale,
                                QStringLiteral("regscale"), QStringLiteral("password"),
                                {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(
        interactiveLogin(manager, id, {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
    QVERIFY(manager.session(id));

    Profile moved = *m_profiles->find(QStringLiteral("moving"));
    moved.baseUrl = other.vendorBaseUrl(Sandbox::Vendor::RegScale);
    QVERIFY(m_profiles->update(moved));
    // The token belonged to the old server: it is gone, in memory and in the profile.
    QVERIFY(!manager.session(id));
    QTRY_VERIFY(m_profiles->find(QStringLiteral("moving"))->lastToken.isEmpty());

    QSignalSpy oldServer(&m_sandbox, &Sandbox::requestHandled);
    QSignalSpy newServer(&other, &Sandbox::requestHandled);
    const auto session = fresh(manager, id);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(requestsTo(newServer, QStringLiteral("authentication/login")), 1);
    QCOMPARE(oldServer.count(), 0);
}

void TstSessionManager::editedPasswordSafeSessionIsSignedOutFirst()
{
    Sandbox other;
    QVERIFY(other.listen());
    const QUuid id = addProfile(QStringLiteral("ps-moving"), Sandbox::Vendor::PasswordSafe,
                                QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
                                {{QStringLiteral("runas"), Sandbox::passwordSafeRunAs()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(interactiveLogin(manager, id,
                             {{QStringLiteral("api_key"), Sandbox::passwordSafeApiKey()}}));
    const int open = m_sandbox.passwordSafeOpenSessions();
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    Profile moved = *m_profiles->find(QStringLiteral("ps-moving"));
    moved.baseUrl = other.vendorBaseUrl(Sandbox::Vendor::PasswordSafe);
    QVERIFY(m_profiles->update(moved));
    // No session is left open on the appliance the profile no longer names.
    QTRY_COMPARE(requestsTo(handled, QStringLiteral("Auth/Signout")), 1);
    QCOMPARE(m_sandbox.passwordSafeOpenSessions(), open - 1);
}

void TstSessionManager::editedOptionsKeepTheSession()
{
    const QUuid id = addProfile(QStringLiteral("opts"), Sandbox::Vendor::Generic,
                                QStringLiteral("generic"), QStringLiteral("basic"),
                                {{QStringLiteral("username"), Sandbox::genericUsername()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    QVERIFY(
        interactiveLogin(manager, id, {{QStringLiteral("password"), Sandbox::genericPassword()}}));
    const QString token = manager.session(id)->token.raw();
    Profile edited = *m_profiles->find(QStringLiteral("opts"));
    edited.options.timeoutSeconds = 7;
    edited.options.autoRelogin = false;
    QVERIFY(m_profiles->update(edited));
    QVERIFY(manager.session(id));
    QCOMPARE(manager.session(id)->token.raw(), token);
}

// RegScale's login form that worked is remembered in the profile: the next run does not spend
// a failed attempt on the other form.
void TstSessionManager::learnedLoginFormIsKeptForTheNextRun()
{
    m_sandbox.setRegScaleV2Supported(false);
    const QUuid id = addProfile(QStringLiteral("v1"), Sandbox::Vendor::RegScale,
                                QStringLiteral("regscale"), QStringLiteral("password"),
                                {{QStringLiteral("username"), Sandbox::regScaleUsername()}});
    {
        SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
        QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
        QVERIFY(interactiveLogin(manager, id,
                                 {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
        QCOMPARE(requestsTo(handled, QStringLiteral("authentication/login")), 2);
    }
    QCOMPARE(m_profiles->find(QStringLiteral("v1"))->fields.value(QStringLiteral("login_form")),
             QStringLiteral("v1"));
    SessionManager again(m_profiles.get(), m_secrets.get(), m_http.get());
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    QVERIFY(
        interactiveLogin(again, id, {{QStringLiteral("password"), Sandbox::regScalePassword()}}));
    QCOMPARE(requestsTo(handled, QStringLiteral("authentication/login")), 1);
    m_sandbox.setRegScaleV2Supported(true);
}

// A code given with the password (the CLI's mfa= line) answers the server's first request for
// one, without asking anybody.
void TstSessionManager::secondFactorGivenUpFrontIsUsedOnce()
{
    const QUuid id = addProfile(QStringLiteral("mfa"), Sandbox::Vendor::RegScale,
                                QStringLiteral("regscale"), QStringLiteral("password"),
                                {{QStringLiteral("username"), Sandbox::regScaleMfaUsername()}});
    SessionManager manager(m_profiles.get(), m_secrets.get(), m_http.get());
    manager.provideSecrets(id, {{QStringLiteral("password"), Sandbox::regScalePassword()},
                                {QStringLiteral("mfa"), Sandbox::regScaleMfaCode()}});
    const auto session = fresh(manager, id);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    // A code is good once: it is never written down.
    std::optional<bool> kept;
    QObject context;
    m_secrets->read(
        SecretStore::key(id, QStringLiteral("mfa")), &context,
        [&](const Result<std::optional<QString>> &r) { kept = r && r.value().has_value(); });
    QTRY_VERIFY(kept.has_value());
    QVERIFY(!*kept);
}

QTEST_GUILESS_MAIN(TstSessionManager)
#include "tst_sessionmanager.moc"
