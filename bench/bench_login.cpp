// bench_login: what an authenticator adds to a login's HTTP exchange.
//
// An OAuth 2.0 client-credentials login against the in-process sandbox, two ways on the same
// QNetworkAccessManager, taking turns: through GenericAuthenticator (HttpClient with its
// redirect handling, timeouts and redaction, the JSON read into a Session), and the same POST
// built by hand with QNetworkAccessManager, its JSON answer parsed for the token. Each login is
// timed from the call until the token is in hand.
//
//   bench_login [--rounds 300]
// Prints one line: RESULT <rounds> <auth median ms> <auth p90> <raw median ms> <raw p90>
//                         <median of per-round differences ms>

#include "BenchHttp.h"
#include "BenchSupport.h"
#include "Sandbox.h"
#include "auth/AuthenticatorFactory.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double viaAuthenticator(HttpClient &http, const Credentials &credentials)
{
    QElapsedTimer clock;
    clock.start();
    const auto auth = AuthenticatorFactory::create(QStringLiteral("generic"),
                                                   QStringLiteral("oauth2"), &http, credentials);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(auth.get(), &Authenticator::loggedIn, &loop, [&] {
        ok = !auth->session().token.isEmpty();
        loop.quit();
    });
    QObject::connect(auth.get(), &Authenticator::failed, &loop, [&](const Error &error) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(error.message));
        loop.quit();
    });
    auth->logIn();
    loop.exec();
    if (!ok)
        qFatal("the authenticator did not log in");
    return clock.nsecsElapsed() / 1e6;
}

double raw(QNetworkAccessManager &nam, const QUrl &tokenUrl)
{
    QElapsedTimer clock;
    clock.start();
    const QString token =
        BenchSupport::postTokenForm(nam, tokenUrl, Sandbox::genericClientId().toUtf8(),
                                    Sandbox::genericClientSecret().toUtf8(),
                                    QByteArrayLiteral("grant_type=client_credentials"))
            .value(QLatin1String("access_token"))
            .toString();
    if (token.isEmpty())
        qFatal("the raw request got no token");
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchSupport::quietLogs();
    int rounds = 300;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QLatin1String("--rounds"));
    if (at > 0 && at + 1 < args.size())
        rounds = std::max(1, args.at(at + 1).toInt());

    Sandbox sandbox;
    if (!sandbox.listen())
        qFatal("the sandbox could not listen: %s", qPrintable(sandbox.errorString()));
    const QUrl base = sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    const QUrl tokenUrl(base.toString() + QStringLiteral("/oauth/token"));
    Credentials credentials;
    credentials.baseUrl = base;
    credentials.fields = {{QStringLiteral("token_url"), tokenUrl.toString()},
                          {QStringLiteral("client_id"), Sandbox::genericClientId()}};
    credentials.secrets = {{QStringLiteral("client_secret"), Sandbox::genericClientSecret()}};

    QNetworkAccessManager nam;
    HttpClient http(&nam);
    for (int i = 0; i < 30; ++i) { // warm up: connections, first-use allocations
        viaAuthenticator(http, credentials);
        raw(nam, tokenUrl);
    }
    const auto paired = BenchSupport::alternate(
        rounds, [&] { return viaAuthenticator(http, credentials); },
        [&] { return raw(nam, tokenUrl); });
    BenchSupport::printPaired(rounds, paired);
    return 0;
}
