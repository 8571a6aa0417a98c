// bench_refresh: what renewing an OAuth 2.0 access token with its refresh token adds to the
// token endpoint's HTTP exchange.
//
// The sandbox's OpenID provider (/oidc) in the same process. Two profiles (a confidential
// client, the device grant, offline_access) each sign in once through the session service, the
// device code approved as the sandbox's user would in a browser. Then, taking turns on one
// QNetworkAccessManager: the session service renews the first profile's session
// (SessionManager::renewSession: OAuth2Authenticator's refresh, the answer read into a Session,
// the rotated refresh token and the token's facts kept), and the same refresh POST is made by
// hand for the second profile's refresh token, its JSON parsed for the new tokens. Each is timed
// from the call until the new token is in hand.
//
//   bench_refresh [--rounds 300] [--dir FOLDER]
// FOLDER holds the profiles (default: the temporary folder); the service writes the token's
// facts to them on each renewal, so a folder on tmpfs (/dev/shm) takes the disk out.
// Prints one line: RESULT <rounds> <service median ms> <service p90> <raw median ms> <raw p90>
//                         <median of per-round differences ms>

#include "BenchHttp.h"
#include "BenchSupport.h"
#include "Sandbox.h"
#include "auth/CredentialPrompter.h"
#include "auth/LoginAttempt.h"
#include "auth/SessionManager.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>
#include <optional>
#include <vector>

namespace {

// Waits for `done` with the event loop running, at most `ms`.
template<typename Done>
bool waitFor(Done done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

// The person at the device: submits the client secret, then enters the code shown on the
// sandbox's device page and allows the sign-in.
class DevicePrompter : public QObject, public CredentialPrompter
{
public:
    explicit DevicePrompter(QNetworkAccessManager *nam)
        : m_nam(nam)
    {}

    void prompt(LoginAttempt *attempt) override
    {
        m_attempt = attempt;
        connect(attempt, &LoginAttempt::signInStepRequired, this,
                [this](const SignInStep &step) { approve(step); });
        connect(attempt, &LoginAttempt::failed, this, [this](const Error &error) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(error.message));
            if (m_attempt)
                m_attempt->abandon(error);
        });
        attempt->submit({{QStringLiteral("client_secret"), Sandbox::oidcClientSecret()}}, true);
    }

private:
    void approve(const SignInStep &step)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("user_code"), step.userCode);
        form.addQueryItem(QStringLiteral("username"), Sandbox::oidcUsername());
        form.addQueryItem(QStringLiteral("password"), Sandbox::oidcPassword());
        form.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
        QNetworkRequest request(step.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam->post(request, form.query(QUrl::FullyEncoded).toUtf8());
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    QNetworkAccessManager *m_nam;
    QPointer<LoginAttempt> m_attempt;
};

Session signIn(SessionManager &sessions, const QUuid &id)
{
    std::optional<Result<Session>> login;
    QObject context;
    sessions.logIn(id, &context, [&login](const Result<Session> &r) { login = r; });
    if (!waitFor([&] { return login.has_value(); }, 30000))
        qFatal("the device sign-in did not finish");
    if (!login->ok())
        qFatal("the device sign-in failed: %s", qPrintable(login->error().message));
    if (login->value().refreshToken.isEmpty())
        qFatal("the sign-in gave no refresh token");
    return login->value();
}

double viaService(SessionManager &sessions, const QUuid &id, QString *token)
{
    QElapsedTimer clock;
    clock.start();
    std::optional<Result<Session>> renewed;
    QObject context;
    sessions.renewSession(
        id, &context, [&renewed](const Result<Session> &r) { renewed = r; },
        SessionManager::Ask::Never);
    QEventLoop loop;
    while (!renewed)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    const double ms = BenchSupport::msSince(clock);
    if (!renewed->ok())
        qFatal("the renewal failed: %s", qPrintable(renewed->error().message));
    const QString raw = renewed->value().token.raw();
    if (raw == *token)
        qFatal("the renewal gave the same token");
    *token = raw;
    return ms;
}

double raw(QNetworkAccessManager &nam, const QUrl &tokenUrl, QString *refreshToken)
{
    QElapsedTimer clock;
    clock.start();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), *refreshToken);
    // The client's id and secret are form-encoded before they go into Basic (RFC 6749 2.3.1).
    const QJsonObject answer = BenchSupport::postTokenForm(
        nam, tokenUrl, QUrl::toPercentEncoding(Sandbox::oidcConfidentialClientId()),
        QUrl::toPercentEncoding(Sandbox::oidcClientSecret()),
        form.query(QUrl::FullyEncoded).toUtf8());
    const QString token = answer.value(QLatin1String("access_token")).toString();
    const QString next = answer.value(QLatin1String("refresh_token")).toString();
    if (token.isEmpty())
        qFatal("the raw refresh got no token");
    if (!next.isEmpty())
        *refreshToken = next; // rotated
    return BenchSupport::msSince(clock);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchSupport::quietLogs();
    int rounds = 300;
    const QStringList args = app.arguments();
    QString base = QDir::tempPath();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--dir"))
            base = args.at(i + 1);
    }

    Sandbox sandbox;
    if (!sandbox.listen())
        qFatal("the sandbox could not listen: %s", qPrintable(sandbox.errorString()));
    sandbox.setDeviceInterval(1);
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench_refresh-XXXXXX")));
    if (!dir.isValid())
        qFatal("cannot make a folder in %s", qPrintable(base));
    ProfileStore profiles(dir.path());
    profiles.setWatching(false);
    if (!profiles.load())
        qFatal("cannot make the profile store");
    const auto add = [&](const QString &name) {
        Profile p;
        p.name = name;
        p.vendor = QStringLiteral("generic");
        p.method = QStringLiteral("oauth2");
        p.baseUrl = sandbox.oidcIssuer();
        p.options.autoRelogin = true;
        p.fields = {
            {QStringLiteral("grant"), QStringLiteral("device_code")},
            {QStringLiteral("issuer"), sandbox.oidcIssuer().toString()},
            {QStringLiteral("client_id"), Sandbox::oidcConfidentialClientId()},
            {QStringLiteral("client_auth"), QStringLiteral("basic")},
            {QStringLiteral("scope"), QStringLiteral("openid profile email offline_access")}};
        const auto added = profiles.add(p);
        if (!added)
            qFatal("cannot add a profile: %s", qPrintable(added.error().message));
        return added->id;
    };
    const QUuid measured = add(QStringLiteral("through the service"));
    const QUuid byHand = add(QStringLiteral("by hand"));

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    MemorySecretStore secrets;
    DevicePrompter person(&nam);
    SessionManager sessions(&profiles, &secrets, &http);
    sessions.setPrompter(&person);
    QString token = signIn(sessions, measured).token.raw();
    QString refreshToken = signIn(sessions, byHand).refreshToken;
    const QUrl tokenUrl(sandbox.oidcIssuer().toString() + QStringLiteral("/token"));

    for (int i = 0; i < 30; ++i) { // warm up: connections, discovery, first-use allocations
        viaService(sessions, measured, &token);
        raw(nam, tokenUrl, &refreshToken);
    }
    const auto paired = BenchSupport::alternate(
        rounds, [&] { return viaService(sessions, measured, &token); },
        [&] { return raw(nam, tokenUrl, &refreshToken); });
    BenchSupport::printPaired(rounds, paired);
    return 0;
}
