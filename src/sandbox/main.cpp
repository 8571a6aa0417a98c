#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// SIGTERM and SIGINT write a byte here; a QSocketNotifier turns it into a clean quit, because
// almost nothing is safe to call inside a signal handler.
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tokenbench-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TOKENBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local imitation of the RegScale, Scantrust, BeyondTrust Password Safe and "
        "generic OAuth2 APIs, and an OpenID Connect provider, on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption speedOption(
        QStringLiteral("clock-speed"),
        QStringLiteral("How many times faster than real time tokens and sessions age."),
        QStringLiteral("X"), QStringLiteral("1"));
    const QCommandLineOption lifetimeOption(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Lifetime of every vendor's tokens, in sandbox seconds."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Password Safe session idle timeout, in sandbox seconds (default 1200)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption deviceIntervalOption(
        QStringLiteral("device-interval"),
        QStringLiteral("Polling interval of the OpenID provider's device flow, in sandbox seconds "
                       "(default 5)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Do not log requests on standard error."));
    // The documented variants a real server may show.
    const QCommandLineOption v1Option(
        QStringLiteral("regscale-v1-only"),
        QStringLiteral("RegScale knows only the v1 login form (no X-Api-Version 2.0)."));
    const QCommandLineOption noExpOption(QStringLiteral("regscale-no-exp"),
                                         QStringLiteral("RegScale tokens carry no exp claim."));
    const QCommandLineOption licenceOption(
        QStringLiteral("passwordsafe-licence-invalid"),
        QStringLiteral("Password Safe sign-in answers 403: the licence is not valid."));
    const QCommandLineOption disabledOption(
        QStringLiteral("passwordsafe-api-disabled"),
        QStringLiteral("Password Safe answers 410: this API version has been disabled."));
    const QCommandLineOption noCookieOption(
        QStringLiteral("passwordsafe-oauth-no-cookie"),
        QStringLiteral("Password Safe's OAuth sign-in sets no session cookie."));
    parser.addOptions({portOption, speedOption, lifetimeOption, idleOption, deviceIntervalOption,
                       quietOption, v1Option, noExpOption, licenceOption, disabledOption,
                       noCookieOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "tokenbench-sandbox: --port takes a number from 0 to 65535" << Qt::endl;
        return 2;
    }
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed <= 0) {
        err << "tokenbench-sandbox: --clock-speed takes a positive number" << Qt::endl;
        return 2;
    }

    Sandbox sandbox;
    sandbox.setClockSpeed(speed);
    if (parser.isSet(lifetimeOption)) {
        const qint64 lifetime = parser.value(lifetimeOption).toLongLong(&ok);
        if (!ok || lifetime <= 0) {
            err << "tokenbench-sandbox: --token-lifetime takes a positive number" << Qt::endl;
            return 2;
        }
        sandbox.setTokenLifetime(lifetime);
    }
    if (parser.isSet(idleOption)) {
        const qint64 idle = parser.value(idleOption).toLongLong(&ok);
        if (!ok || idle <= 0) {
            err << "tokenbench-sandbox: --idle-timeout takes a positive number" << Qt::endl;
            return 2;
        }
        sandbox.setPasswordSafeIdleTimeout(idle);
    }
    if (parser.isSet(deviceIntervalOption)) {
        const int interval = parser.value(deviceIntervalOption).toInt(&ok);
        if (!ok || interval < 0) {
            err << "tokenbench-sandbox: --device-interval takes a number of seconds, 0 or more"
                << Qt::endl;
            return 2;
        }
        sandbox.setDeviceInterval(interval);
    }
    sandbox.setRegScaleV2Supported(!parser.isSet(v1Option));
    sandbox.setRegScaleExpClaim(!parser.isSet(noExpOption));
    sandbox.setPasswordSafeLicenceValid(!parser.isSet(licenceOption));
    sandbox.setPasswordSafeApiEnabled(!parser.isSet(disabledOption));
    sandbox.setPasswordSafeOAuthCookie(!parser.isSet(noCookieOption));
    if (!parser.isSet(quietOption)) {
        // Method, path and status only: headers, queries and bodies may carry secrets.
        QObject::connect(&sandbox, &Sandbox::requestHandled, &app,
                         [](const QString &method, const QString &path, int status) {
                             QTextStream(stderr)
                                 << method << ' ' << path << " -> " << status << Qt::endl;
                         });
    }

    if (!installSignalHandlers()) {
        err << "tokenbench-sandbox: cannot install signal handlers" << Qt::endl;
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto bytes = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });

    if (!sandbox.listen(quint16(port))) {
        err << "tokenbench-sandbox: cannot listen on 127.0.0.1:" << port << ": "
            << sandbox.errorString() << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    // The first line is read by scripts and tests to find the port: keep its wording.
    out << "Tokenbench sandbox listening on " << sandbox.baseUrl().toString() << Qt::endl;
    out << Qt::endl << "Demo accounts:" << Qt::endl << sandbox.demoAccountsText() << Qt::flush;
    if (speed != 1.0)
        out << "Clock speed " << speed << "x: lifetimes and idle timeouts are divided by it."
            << Qt::endl;

    const int code = QCoreApplication::exec();
    sandbox.close();
    return code;
}
