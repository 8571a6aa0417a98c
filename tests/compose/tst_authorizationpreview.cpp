#include "Sandbox.h"
#include "TestSessions.h"
#include "auth/SessionManager.h"
#include "compose/AuthorizationPreview.h"
#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What the composer's authorisation line and `tokenbench-cli curl` say goes with a request: the
// session's header line masked until revealed, the line a login will fill, nothing off the
// profile's origin (and why), nothing without a profile.
class TstAuthorizationPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void withoutAProfileNothingGoes();
    void theSessionsTokenMaskedUntilRevealed();
    void theProfilesOwnHeader();
    void beforeALoginTheLineALoginFills();
    void offTheOriginTheTokenStaysHome();
    void aMissingVariableIsNotAnotherOrigin();

private:
    QUuid addGeneric(QMap<QString, QString> fields = {});
    AuthorizationPreview preview(const QUuid &id, const QString &url, bool reveal = false) const;

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SessionManager> m_sessions;
};

void TstAuthorizationPreview::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstAuthorizationPreview::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_profiles = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_profiles->load());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
}

void TstAuthorizationPreview::cleanup()
{
    m_sessions.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

QUuid TstAuthorizationPreview::addGeneric(QMap<QString, QString> fields)
{
    return TestSessions::addProfile(*m_profiles, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                    u"generic"_s, u"bearer"_s, std::move(fields));
}

AuthorizationPreview TstAuthorizationPreview::preview(const QUuid &id, const QString &url,
                                                      bool reveal) const
{
    const auto profile = m_profiles->find(id);
    const auto session = m_sessions->session(id);
    return AuthorizationPreview::of(profile ? &*profile : nullptr, session ? &*session : nullptr,
                                    url, reveal);
}

void TstAuthorizationPreview::withoutAProfileNothingGoes()
{
    const auto p = AuthorizationPreview::of(nullptr, nullptr, u"https://example.com/x"_s, true);
    QCOMPARE(p.state, AuthorizationPreview::State::NoProfile);
    QVERIFY(!p.credentialGoes());
    QVERIFY(!p.canReveal);
    QCOMPARE(p.line, u"No profile chosen: the request is sent without credentials."_s);
    QVERIFY(p.originNote.isEmpty());
}

void TstAuthorizationPreview::theSessionsTokenMaskedUntilRevealed()
{
    const QUuid id = addGeneric();
    const QString token = Sandbox::genericStaticToken();
    QVERIFY(TestSessions::logIn(*m_sessions, id, {{u"token"_s, token}}));

    const auto masked = preview(id, u"api/echo"_s);
    QCOMPARE(masked.state, AuthorizationPreview::State::Token);
    QVERIFY(masked.credentialGoes());
    QVERIFY(masked.canReveal);
    QCOMPARE(masked.url,
             QUrl(m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() + u"/api/echo"_s));
    QVERIFY2(!masked.line.contains(token), qPrintable(masked.line));
    QCOMPARE(masked.line, u"Authorization: Bearer "_s + AuthorizationPreview::masked(token));
    // The last four characters tell two tokens apart; a short secret is only dots.
    QVERIFY(masked.line.endsWith(token.right(4)));
    QCOMPARE(AuthorizationPreview::masked(u"short"_s), QString(8, QChar(0x2022)));

    QCOMPARE(preview(id, u"api/echo"_s, true).line, u"Authorization: Bearer "_s + token);
}

void TstAuthorizationPreview::theProfilesOwnHeader()
{
    const QUuid id = addGeneric({{u"header"_s, u"X-Api-Key"_s}, {u"prefix"_s, u"Token"_s}});
    QVERIFY(TestSessions::logIn(*m_sessions, id, {{u"token"_s, u"key-0123456789abcdefXYZW"_s}}));
    QCOMPARE(preview(id, u"api/echo"_s, true).line, u"X-Api-Key: Token key-0123456789abcdefXYZW"_s);
    QVERIFY(preview(id, u"api/echo"_s).line.startsWith(u"X-Api-Key: Token \u2022"_s));
}

void TstAuthorizationPreview::beforeALoginTheLineALoginFills()
{
    const QUuid id = addGeneric();
    const auto p = preview(id, u"api/echo"_s, true);
    QCOMPARE(p.state, AuthorizationPreview::State::FromLogin);
    QVERIFY(p.credentialGoes());
    QVERIFY(!p.canReveal);
    QCOMPARE(p.line, u"Authorization: Bearer (from a login when the request is sent)"_s);
}

void TstAuthorizationPreview::offTheOriginTheTokenStaysHome()
{
    const QUuid id = addGeneric();
    const QString token = Sandbox::genericStaticToken();
    QVERIFY(TestSessions::logIn(*m_sessions, id, {{u"token"_s, token}}));
    // Another origin on the same machine: "localhost" instead of 127.0.0.1.
    QUrl other = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    other.setHost(u"localhost"_s);
    const auto p = preview(id, other.toString() + u"/api/echo"_s, true);
    QCOMPARE(p.state, AuthorizationPreview::State::OffOrigin);
    QVERIFY(!p.credentialGoes());
    QVERIFY(!p.line.contains(token));
    QVERIFY2(!p.line.contains(u"Authorization"_s), qPrintable(p.line));
    QCOMPARE(p.line, u"No credentials go with this request."_s);
    QVERIFY2(p.originNote.contains(u"localhost"_s) &&
                 p.originNote.contains(
                     Origin::of(m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic)).toString()),
             qPrintable(p.originNote));
    // The token of this profile may still be revealed: a command copied carries typed secrets.
    QVERIFY(p.canReveal);
}

void TstAuthorizationPreview::aMissingVariableIsNotAnotherOrigin()
{
    // Until {{host}} has a value nobody knows where the request goes: the profile's line shows.
    const QUuid id = addGeneric();
    const auto p = preview(id, u"https://{{host}}/api/echo"_s);
    QCOMPARE(p.state, AuthorizationPreview::State::FromLogin);
    QVERIFY(p.originNote.isEmpty());
    QVERIFY(!p.url.isValid());
}

QTEST_GUILESS_MAIN(TstAuthorizationPreview)
#include "tst_authorizationpreview.moc"
