#include "CliApp.h"

#include "CliContext.h"
#include "Commands.h"
#include "DecodeCommand.h"
#include "VersionLine.h"
#include "util/MarkedHeaders.h"
#include "util/Redactor.h"

#include "auth/AuthenticatorFactory.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

CliApp::CliApp()
    : m_in(new QFile)
    , m_ownsStreams(true)
{
    auto *in = static_cast<QFile *>(m_in);
    in->open(stdin, QIODevice::ReadOnly);
    auto *out = new QFile;
    out->open(stdout, QIODevice::WriteOnly);
    auto *err = new QFile;
    err->open(stderr, QIODevice::WriteOnly);
    m_out.setDevice(out);
    m_err.setDevice(err);
}

CliApp::CliApp(QIODevice *in, QIODevice *out, QIODevice *err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{}

CliApp::~CliApp()
{
    m_out.flush();
    m_err.flush();
    if (m_ownsStreams) {
        delete m_out.device();
        delete m_err.device();
        delete m_in;
    }
}

// "vendor method|method, ...", from the one table of vendors.
QString CliApp::vendorsAndMethods()
{
    QStringList parts;
    const QStringList vendors = AuthenticatorFactory::vendors();
    const QList<MethodDescriptor> all = AuthenticatorFactory::all();
    for (const QString &vendor : vendors) {
        QStringList methods;
        for (const MethodDescriptor &d : all)
            if (d.vendor == vendor)
                methods.append(d.method);
        parts.append(vendor + QLatin1Char(' ') + methods.join(QLatin1Char('|')));
    }
    return parts.join(QStringLiteral(", "));
}

QString CliApp::helpText() const
{
    return tr("Usage: tokenbench-cli [--config-dir DIR] [--no-keychain] [--no-browser] COMMAND "
              "...\n"
              "       tokenbench-cli --help | --version\n"
              "\n"
              "Commands:\n"
              "  list [--json]                 the profiles and the state of their tokens\n"
              "  list --names                  profile names only, one a line (for scripts)\n"
              "  list --methods                every VENDOR/METHOD pair add accepts, one a line,\n"
              "                                each followed by the FIELDs it takes with --set\n"
              "  add NAME --vendor VENDOR --method METHOD --url BASE_URL [--set FIELD=VALUE]...\n"
              "  remove NAME                   the profile and every secret it kept\n"
              "  login NAME [--secrets-stdin] [--no-remember] [--timeout SECONDS]\n"
              "             [--no-browser]\n"
              "                                SECONDS: how long a browser sign-in or device\n"
              "                                code is waited for (300)\n"
              "  token NAME                    print the bare token, logging in again first when\n"
              "                                it expired and the stored credentials allow\n"
              "  header NAME                   print the header line a request would carry\n"
              "  status NAME [--json]\n"
              "  decode [TOKEN|-] [--json]     decode a token given or read from standard input\n"
              "          [--verify [--jwks URL|FILE | --key PEM | --secret-stdin]\n"
              "          [--iss ISS] [--aud AUD] [--check-time]]\n"
              "                                check its signature (exit 3 when it does not hold)\n"
              "  request NAME METHOD PATH_OR_URL [-H 'K: V']... [-d BODY | -d @FILE] [-i] [-o "
              "FILE]\n"
              "          [--no-history]        (every request goes into the history otherwise)\n"
              "  curl NAME METHOD PATH_OR_URL [-H ..] [-d ..] [--reveal]\n"
              "  run NAME COLLECTION [--only REQUEST]... [--bail] [--delay MS] [--junit FILE]\n"
              "          [--json] [--secrets-stdin] [--no-history]\n"
              "                                run a saved collection in order and check each\n"
              "                                response (exit 5 when a check fails)\n"
              "  logout NAME\n"
              "  edit NAME [--url BASE_URL] [--set FIELD=VALUE]... [--rename NEW]\n"
              "                                change a profile; its secrets are kept\n"
              "  profiles export [--output FILE]   every profile as shareable JSON, no secret\n"
              "  profiles import FILE          add the profiles of an export (- for stdin)\n"
              "  exec NAME [--env VAR] [--header-env VAR] [--url-env VAR] -- COMMAND [ARG]...\n"
              "                                run COMMAND with a fresh token in its environment\n"
              "                                (TOKENBENCH_TOKEN, TOKENBENCH_AUTH_HEADER,\n"
              "                                TOKENBENCH_BASE_URL); its exit status is returned\n"
              "  git-credential [--profile NAME] get|store|erase   git's credential.helper\n"
              "  kubectl-credential NAME       an ExecCredential for kubectl's exec plugin\n"
              "  copy NAME [--header] [--secrets-stdin]   copy the token through the running\n"
              "                                app, or without one here, cleared after the\n"
              "                                clipboard delay\n"
              "  import NAME FILE [--environment FILE] [--as COLLECTION]\n"
              "                                a Postman Collection (v2.0, v2.1), Insomnia export\n"
              "                                (v4) or HAR file into the profile's collections;\n"
              "                                prints what each request does not carry over\n"
              "\n"
              "Secrets never come from arguments: --secrets-stdin reads lines field=value\n"
              "(password, mfa, token, api_key, client_secret, challenge, proxy_password,\n"
              "client_key_passphrase); on a terminal the CLI asks without echo. --no-keychain\n"
              "keeps secrets in memory for this one call.\n"
              "\n"
              "Network options per profile (--set): proxy=URL|none|system (http://host:port or\n"
              "socks5://host:port; unset: the system's), no_proxy=LIST, proxy_user=NAME,\n"
              "ca_file=PATH (a PEM file or a folder), client_cert=PATH (PEM or .p12/.pfx),\n"
              "client_key=PATH (PEM).\n"
              "\n"
              "OAuth 2.0 (generic oauth2): grant=client_credentials|authorization_code|\n"
              "device_code, issuer=URL (fills the endpoints by discovery), token_url,\n"
              "authorize_url, device_url, client_id, scope, audience, resource,\n"
              "extra_params=a=1&b=2, redirect_port=PORT (else any free one),\n"
              "client_auth=basic|body|none. A browser sign-in prints its address and opens\n"
              "the browser when there is a display (--no-browser: print only); a device code\n"
              "is printed to be entered on any device. Refresh tokens renew by themselves.\n"
              "\n"
              "Vendors and methods: %1.\n"
              "\n"
              "Exit status: 0 ok; 2 usage error, unknown profile or unusable configuration;\n"
              "3 authentication refused or a login is needed; 4 network, TLS or timeout;\n"
              "5 HTTP status 400 or above, or a check of run failed; 6 keychain needed but\n"
              "unavailable. exec returns the command's status, 126 or 127 when it cannot be run.\n"
              "\n"
              "TOKENBENCH_CONFIG_DIR in the environment is the same as --config-dir.\n")
        .arg(vendorsAndMethods());
}

int CliApp::usageError(const QString &message)
{
    m_err << QStringLiteral("tokenbench-cli: ") << message << '\n';
    m_err << tr("Try 'tokenbench-cli --help'.") << '\n';
    return CliContext::Usage;
}

int CliApp::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    // Programs that run a credential helper pass no options of ours: the environment says where
    // the profiles are; --config-dir still wins.
    QString configDir = qEnvironmentVariable("TOKENBENCH_CONFIG_DIR");
    bool noKeychain = false;
    bool noBrowser = false;
    // Options after the command belong to it (exec passes everything after "--" on).
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            m_out << helpText();
            return CliContext::Ok;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-V")) {
            m_out << QLatin1String(CliVersionLine);
            return CliContext::Ok;
        }
        if (option == QLatin1String("--no-keychain")) {
            noKeychain = true;
        } else if (option == QLatin1String("--no-browser")) {
            noBrowser = true;
        } else if (option == QLatin1String("--config-dir")) {
            if (args.isEmpty())
                return usageError(tr("--config-dir needs a directory."));
            configDir = args.takeFirst();
        } else {
            return usageError(tr("unknown option '%1'.").arg(option));
        }
    }
    if (args.isEmpty())
        return usageError(tr("no command given."));

    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        m_out << helpText();
        return CliContext::Ok;
    }
    if (command == QLatin1String("decode"))
        return DecodeCommand(*m_in, m_out, m_err).run(args);

    using Handler = int (*)(CliContext &, const QStringList &);
    static const QHash<QString, Handler> commands{
        {QStringLiteral("list"), &Commands::list},
        {QStringLiteral("add"), &Commands::add},
        {QStringLiteral("remove"), &Commands::remove},
        {QStringLiteral("login"), &Commands::login},
        {QStringLiteral("token"), &Commands::token},
        {QStringLiteral("header"), &Commands::header},
        {QStringLiteral("status"), &Commands::status},
        {QStringLiteral("request"), &Commands::request},
        {QStringLiteral("curl"), &Commands::curl},
        {QStringLiteral("logout"), &Commands::logout},
        {QStringLiteral("edit"), &Commands::edit},
        {QStringLiteral("profiles"), &Commands::profiles},
        {QStringLiteral("exec"), &Commands::exec},
        {QStringLiteral("git-credential"), &Commands::gitCredential},
        {QStringLiteral("kubectl-credential"), &Commands::kubectlCredential},
        {QStringLiteral("copy"), &Commands::copy},
        {QStringLiteral("import"), &Commands::import},
        {QStringLiteral("run"), &Commands::run},
    };
    const Handler handler = commands.value(command);
    if (!handler)
        return usageError(tr("unknown command '%1'.").arg(command));
    // Header names marked secret in the desktop app's Preferences are secret here too.
    Redactor::setMarkedSecretHeaders(MarkedHeaders::readDesktopSettings());
    CliContext context(*m_in, m_out, m_err, configDir, noKeychain);
    context.setOpensBrowser(!noBrowser);
    int code = handler(context, args);
    // What a command wrote to the keychain is there before the process ends.
    context.settle();
    if (code == CliContext::Ok && !context.keychainProblems().isEmpty())
        code =
            context.fail(CliContext::KeychainUnavailable, context.keychainProblems().constFirst());
    m_out.flush();
    m_err.flush();
    return code;
}
