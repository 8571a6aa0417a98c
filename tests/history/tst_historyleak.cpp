#include "DemoProfiles.h"
#include "Sandbox.h"
#include "auth/AuthenticatorFactory.h"
#include "auth/SessionManager.h"
#include "compose/RequestBuilder.h"
#include "compose/Variables.h"
#include "history/HistoryStore.h"
#include "util/Redactor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The history must hold no secret. Every vendor and method logs in against the sandbox with the
// real authenticators; requests go to the sandbox's echo (which answers with the request's own
// headers, Authorization included), to each vendor's "who am I", with hand-typed credentials,
// and to login endpoints whose answers carry the token. Then the raw bytes of the database file
// and its journals are searched for every secret in every encoding we could think of.
//
// Authenticators register what they handle with the process-wide Redactor; the test forgets those
// registrations again, so that what is checked is the history's own redaction: the secrets its
// caller hands over and what it learns from the exchange itself.
class TstHistoryLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMethodHasADemoProfile();
    void noSecretReachesTheDatabase();

private:
    struct Logged
    {
        Profile profile;
        Session session;
        QStringList secrets; // what the caller knows: the token and the login secrets
    };

    std::optional<Logged> logIn(const DemoProfile &demo);
    Result<HttpResponse> send(const HttpRequest &request);
    void recordSent(HistoryStore &store, const Profile &profile, const Session *session,
                    const RequestDraft &draft, const QStringList &secrets);
    static QList<QByteArray> encodings(const QString &secret);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    int m_recorded = 0;
    HttpResponse m_last;
};

void TstHistoryLeak::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(m_sandbox.listen());
    m_sandbox.setTokenLifetime(3600);
    m_http = std::make_unique<HttpClient>(&m_nam);
}

void TstHistoryLeak::everyMethodHasADemoProfile()
{
    QSet<QString> demos;
    const QList<DemoProfile> all = DemoProfiles::all(m_sandbox);
    for (const DemoProfile &demo : all)
        demos.insert(demo.profile.vendor + u'/' + demo.profile.method);
    const QList<MethodDescriptor> methods = AuthenticatorFactory::all();
    for (const MethodDescriptor &m : methods)
        QVERIFY2(demos.contains(m.vendor + u'/' + m.method),
                 qPrintable(m.vendor + u'/' + m.method));
}

std::optional<TstHistoryLeak::Logged> TstHistoryLeak::logIn(const DemoProfile &demo)
{
    const Profile &p = demo.profile;
    Credentials credentials = SessionManager::credentialsOf(p);
    credentials.secrets = demo.secrets;
    std::unique_ptr<Authenticator> auth =
        AuthenticatorFactory::create(p.vendor, p.method, m_http.get(), credentials);
    if (!auth)
        return std::nullopt;
    QString why;
    connect(auth.get(), &Authenticator::secondFactorRequired, this, [&auth, &p] {
        auth->provideSecondFactor(p.vendor == u"regscale"_s ? Sandbox::regScaleMfaCode()
                                                            : Sandbox::passwordSafeChallengeCode());
    });
    connect(auth.get(), &Authenticator::failed, this, [&why](const Error &e) { why = e.message; });
    QSignalSpy loggedIn(auth.get(), &Authenticator::loggedIn);
    auth->logIn();
    if (!QTest::qWaitFor([&] { return loggedIn.count() > 0 || !why.isEmpty(); }, 15000) ||
        loggedIn.isEmpty()) {
        qWarning("%s: %s", qPrintable(p.name), qPrintable(why));
        return std::nullopt;
    }
    Logged logged{p, auth->session(), demo.secrets.values()};
    logged.profile.id = QUuid::createUuid();
    logged.secrets << logged.session.token.raw();
    return logged;
}

Result<HttpResponse> TstHistoryLeak::send(const HttpRequest &request)
{
    std::optional<Result<HttpResponse>> result;
    HttpCall *call = m_http->send(request);
    connect(call, &HttpCall::finished, this, [&result, call] { result = call->result(); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return Error::make(Error::Kind::Timeout, u"test.timeout"_s, u"no answer"_s);
    return *result;
}

void TstHistoryLeak::recordSent(HistoryStore &store, const Profile &profile, const Session *session,
                                const RequestDraft &draft, const QStringList &secrets)
{
    const Result<HttpRequest> built =
        RequestBuilder::build(draft, profile.baseUrl, Variables::forProfile(profile, session),
                              session ? session->credential() : Credential{});
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    const Result<HttpResponse> outcome = send(built.value());
    QVERIFY2(outcome.ok(), qPrintable(profile.name + u": "_s +
                                      (outcome.ok() ? QString() : outcome.error().message)));
    m_last = outcome.value();
    const auto id = store.record(profile.id, profile.name, draft, built.value(), outcome, secrets);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    ++m_recorded;
}

QList<QByteArray> TstHistoryLeak::encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    // The order is what a failure names as "encoding N".
    QList<QByteArray> out{
        utf8,
        utf8.toBase64(),
        utf8.toBase64(QByteArray::OmitTrailingEquals),
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(secret),
        QUrl::toPercentEncoding(secret).toLower(),
        QUrl::toPercentEncoding(secret, " ").replace(' ', '+'),
        utf8.toHex(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
    };
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    out << json.mid(2, json.size() - 4) << json.mid(2, json.size() - 4).replace("/", "\\/");
    // Inside a longer base64 text the secret may start at any of three byte offsets.
    for (int offset = 1; offset < 3; ++offset) {
        const QByteArray padded = QByteArray(offset, 'x') + utf8;
        const qsizetype first = (8 * offset + 5) / 6;
        const qsizetype end = (8 * padded.size()) / 6;
        out << padded.toBase64().mid(first, end - first);
    }
    return out;
}

void TstHistoryLeak::noSecretReachesTheDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore store;
    QVERIFY(store.open(path));
    const QUrl generic = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    const QString echo = generic.toString() + u"/api/echo"_s;

    QList<std::pair<QString, QString>> secrets; // what, value
    QSet<QString> methods;
    const QList<DemoProfile> demos = DemoProfiles::all(m_sandbox);
    for (const DemoProfile &demo : demos) {
        if (demo.signsInInBrowser)
            continue; // a browser sign-in: tst_oauthflows, tst_clioauth and tst_logindialog
        const std::optional<Logged> logged = logIn(demo);
        QVERIFY2(logged, qPrintable(demo.profile.name));
        methods.insert(demo.profile.vendor + u'/' + demo.profile.method);
        const QString who = demo.profile.name;
        QStringList known = logged->secrets;
        const Credential credential = logged->session.credential();
        for (const auto &h : credential.headers)
            known << QString::fromUtf8(h.second).section(u' ', -1);
        for (const auto &c : credential.cookies)
            known << QString::fromUtf8(c.value());
        for (int i = 0; i < known.size(); ++i) {
            secrets.append({who + u" secret "_s + QString::number(i + 1), known.at(i)});
            Redactor::forgetSecret(known.at(i));
        }

        // The echo shares the vendors' origin, so the session's credential goes along and comes
        // back in the body.
        RequestDraft toEcho;
        toEcho.method = u"POST"_s;
        toEcho.url = echo + u"?page=1&profile={{profileName}}"_s;
        toEcho.headers = {{u"Accept"_s, u"application/json"_s, true}};
        toEcho.bodyKind = RequestDraft::BodyKind::Json;
        toEcho.bodyText = u"{\"note\": \"hello\"}"_s;
        recordSent(store, logged->profile, &logged->session, toEcho, logged->secrets);

        RequestDraft whoAmI;
        const QString v = demo.profile.vendor;
        whoAmI.url = v == u"regscale"_s       ? u"api/logging/filterLogs/0/0"_s
                     : v == u"scantrust"_s    ? u"api/v2/me/"_s
                     : v == u"passwordsafe"_s ? u"ManagedAccounts"_s
                                              : demo.profile.fields.value(u"test_path"_s);
        // A caller that hands over no secret: the store learns them from the credential.
        recordSent(store, logged->profile, &logged->session, whoAmI, {});
    }
    QCOMPARE(methods.size(), AuthenticatorFactory::all().size());

    // Typed by hand: values nobody registered, and the caller knows of no secret at all.
    const auto fresh = [](const char *what) {
        return QString::fromLatin1(what) + u'-' + QUuid::createUuid().toString(QUuid::Id128);
    };
    const QString typedToken = fresh("typed-token");
    const QString typedKey = fresh("typed-key");
    const QString typedUser = fresh("typed-user");
    const QString typedPassword = fresh("typed-password");
    const QString typedCookie = fresh("typed-cookie");
    const QString typedQueryKey = fresh("typed-query-key");
    const QString typedBodyPassword = fresh("typed-body-password");
    const QString basic =
        QString::fromLatin1((typedUser + u':' + typedPassword).toUtf8().toBase64());
    secrets << std::pair{u"typed bearer token"_s, typedToken}
            << std::pair{u"typed API key"_s, typedKey}
            << std::pair{u"typed Basic password"_s, typedPassword}
            << std::pair{u"typed Basic credentials"_s, basic}
            << std::pair{u"typed cookie"_s, typedCookie}
            << std::pair{u"typed query api_key"_s, typedQueryKey}
            << std::pair{u"typed JSON password"_s, typedBodyPassword};
    Profile bare;
    bare.id = QUuid::createUuid();
    bare.name = u"Typed by hand"_s;
    bare.baseUrl = generic;
    for (const QString &authorization : {u"Bearer "_s + typedToken, u"Basic "_s + basic,
                                         u"PS-Auth key="_s + typedKey + u"; runas=analyst;"_s}) {
        RequestDraft typed;
        typed.method = u"POST"_s;
        typed.url = echo + u"?api_key="_s + typedQueryKey + u"&q=1"_s;
        typed.headers = {{u"Authorization"_s, authorization, true},
                         {u"X-Api-Key"_s, typedKey, true},
                         {u"Cookie"_s, u"session="_s + typedCookie, true}};
        typed.bodyKind = RequestDraft::BodyKind::Json;
        typed.bodyText =
            u"{\n  \"user\": \"someone\",\n  \"password\": \""_s + typedBodyPassword + u"\"\n}"_s;
        recordSent(store, bare, nullptr, typed, {});
    }

    // Login endpoints: the answer carries the token.
    Profile regScale;
    regScale.id = QUuid::createUuid();
    regScale.name = u"RegScale login"_s;
    regScale.baseUrl = m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale);
    RequestDraft login;
    login.method = u"POST"_s;
    login.url = u"api/authentication/login"_s;
    login.bodyKind = RequestDraft::BodyKind::Json;
    login.bodyText =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"userName"_s, Sandbox::regScaleUsername()},
                                                    {u"password"_s, Sandbox::regScalePassword()}})
                              .toJson());
    recordSent(store, regScale, nullptr, login, {Sandbox::regScalePassword()});
    secrets << std::pair{u"RegScale password"_s, Sandbox::regScalePassword()};
    const QString issued =
        QJsonDocument::fromJson(m_last.body).object().value(u"auth_token"_s).toString();
    QVERIFY(!issued.isEmpty());
    secrets << std::pair{u"token in RegScale's login answer"_s, issued};

    Profile oauth = bare;
    oauth.name = u"OAuth token endpoint"_s;
    RequestDraft token;
    token.method = u"POST"_s;
    token.url = u"oauth/token"_s;
    token.bodyKind = RequestDraft::BodyKind::Form;
    token.formFields = {{u"grant_type"_s, u"client_credentials"_s, true},
                        {u"client_id"_s, Sandbox::genericClientId(), true},
                        {u"client_secret"_s, Sandbox::genericClientSecret(), true}};
    recordSent(store, oauth, nullptr, token, {});
    secrets << std::pair{u"generic client secret"_s, Sandbox::genericClientSecret()};
    const QString accessToken =
        QJsonDocument::fromJson(m_last.body).object().value(u"access_token"_s).toString();
    QVERIFY(!accessToken.isEmpty());
    secrets << std::pair{u"token in the OAuth answer"_s, accessToken};

    // The trap worked: echoes did carry credentials back, and they were masked.
    const QList<HistoryEntry> listed = store.search(u"echo"_s, 1000);
    const auto unattended = std::count_if(demos.cbegin(), demos.cend(),
                                          [](const DemoProfile &d) { return !d.signsInInBrowser; });
    QVERIFY(listed.size() >= unattended + 3);
    int masked = 0;
    for (const HistoryEntry &summary : listed) {
        const auto e = store.entry(summary.id);
        QVERIFY(e);
        masked += e->responseBody.contains("[redacted]");
    }
    QCOMPARE(masked, listed.size());
    const auto tokens = store.search(u"login"_s);
    QVERIFY(!tokens.isEmpty());
    QVERIFY(store.entry(tokens.first().id)->responseBody.contains("[redacted]"));
    QCOMPARE(store.count(), m_recorded);

    store.close();
    QByteArray raw;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            raw += f.readAll();
    }
    QVERIFY(raw.size() > 4096);
    QVERIFY(raw.contains("api/echo")); // what is not secret is there to be found

    // Named, never printed: a failure must not put the secrets in the test log.
    QStringList leaks;
    for (const auto &[what, secret] : std::as_const(secrets)) {
        // Six characters at least: shorter ones turn up by chance in any binary file.
        if (secret.size() < 6)
            continue;
        const QList<QByteArray> forms = encodings(secret);
        for (int i = 0; i < forms.size(); ++i) {
            if (forms.at(i).size() >= 6 && raw.contains(forms.at(i)))
                leaks << what + u" (encoding "_s + QString::number(i) + u')';
        }
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TstHistoryLeak)
#include "tst_historyleak.moc"
