#include "Sandbox.h"
#include "TestHttpServer.h"
#include "TestProcess.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Handing tokens to other programs, end to end: tokenbench-cli exec, the credential helpers of
// git (the real git), kubectl and Docker, edit and profiles export/import, each the real binary
// against the sandbox or a loopback server, under the test session's keychain.
class TstIntegrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void execGivesTheCommandItsVariables();
    void execNamesTheVariablesAsAsked();
    void execPassesStreamsAndExitStatus();
    void execPassesSignals();
    void execLeavesNoDescriptorOpen();
    void execRenewsFirstWhenTheTokenIsAboutToExpire();
    void execRefusesNonsense_data();
    void execRefusesNonsense();
    void configDirFromTheEnvironment();
    void gitCredentialFillAnswersOnlyForTheProfilesHost();
    void gitLsRemoteWithoutAPrompt();
    void gitCredentialChoosesByPathOrName();
    void kubectlExecCredential();
    void dockerHelperVerbs();
    void editKeepsTheSecrets();
    void exportAndImportCarryNoSecret();

private:
    using Run = TestProcess::Run;
    Run run(const QString &program, const QStringList &args, const QByteArray &input = {},
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        return run(QStringLiteral(TOKENBENCH_CLI),
                   QStringList{QStringLiteral("--config-dir"), m_config->path()} + args, input);
    }
    // A generic bearer profile holding `token`, at `url`.
    void addBearer(const QString &name, const QUrl &url, const QString &token);
    void addRegScale(const QString &name);
    QProcessEnvironment helperEnvironment() const;

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
};

void TstIntegrations::initTestCase()
{
    QVERIFY(m_sandbox.listen());
}

void TstIntegrations::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 24 * 3600);
}

TstIntegrations::Run TstIntegrations::run(const QString &program, const QStringList &args,
                                          const QByteArray &input, const QProcessEnvironment &env)
{
    // The sandbox and the loopback servers live in this process.
    return TestProcess::run(program, args, env, input);
}

void TstIntegrations::addBearer(const QString &name, const QUrl &url, const QString &token)
{
    Run r = cli({QStringLiteral("add"), name, QStringLiteral("--vendor"), QStringLiteral("generic"),
                 QStringLiteral("--method"), QStringLiteral("bearer"), QStringLiteral("--url"),
                 url.toString()});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("login"), name, QStringLiteral("--secrets-stdin")},
            "token=" + token.toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
}

void TstIntegrations::addRegScale(const QString &name)
{
    Run r =
        cli({QStringLiteral("add"), name, QStringLiteral("--vendor"), QStringLiteral("regscale"),
             QStringLiteral("--method"), QStringLiteral("password"), QStringLiteral("--url"),
             m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale).toString(), QStringLiteral("--set"),
             QStringLiteral("username=") + Sandbox::regScaleUsername()});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("login"), name, QStringLiteral("--secrets-stdin")},
            "password=" + Sandbox::regScalePassword().toUtf8() + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
}

// What git, kubectl and Docker give a helper: no options of ours, the folder in the environment.
QProcessEnvironment TstIntegrations::helperEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TOKENBENCH_CONFIG_DIR"), m_config->path());
    return env;
}

void TstIntegrations::execGivesTheCommandItsVariables()
{
    const QString token = QStringLiteral("exec-token-7f3a9c");
    const QUrl url = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    addBearer(QStringLiteral("api"), url, token);
    // The command reads its own command line from /proc: the token is not on it.
    const Run r = cli({QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--"),
                       QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("printf '%s\\n' \"$TOKENBENCH_TOKEN\" "
                                      "\"$TOKENBENCH_AUTH_HEADER\" \"$TOKENBENCH_BASE_URL\"; "
                                      "tr '\\0' ' ' < /proc/$$/cmdline")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), token.toUtf8());
    QCOMPARE(lines.at(1), "Authorization: Bearer " + token.toUtf8());
    QCOMPARE(lines.at(2), url.toString().toUtf8());
    QVERIFY2(lines.at(3).startsWith("sh -c "), lines.at(3).constData());
    QVERIFY(!lines.at(3).contains(token.toUtf8()));
    QVERIFY(!r.err.contains(token.toUtf8()));
}

void TstIntegrations::execNamesTheVariablesAsAsked()
{
    const QString token = QStringLiteral("exec-token-renamed");
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic), token);
    const Run r =
        cli({QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--env"),
             QStringLiteral("API_TOKEN"), QStringLiteral("--header-env"),
             QStringLiteral("API_HEADER"), QStringLiteral("--url-env"), QStringLiteral("API_URL"),
             QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf '%s|%s|%s|%s' \"$API_TOKEN\" \"$API_HEADER\" "
                            "\"${API_URL:+url}\" \"${TOKENBENCH_TOKEN:-unset}\"")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, token.toUtf8() + "|Authorization: Bearer " + token.toUtf8() + "|url|unset");
}

void TstIntegrations::execPassesStreamsAndExitStatus()
{
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
              QStringLiteral("t0k"));
    Run r = cli({QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--"),
                 QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("cat; echo to-stderr >&2; exit 7")},
                "from standard input\n");
    QCOMPARE(r.code, 7);
    QCOMPARE(r.out, QByteArray("from standard input\n"));
    QCOMPARE(r.err, QByteArray("to-stderr\n"));

    // Without "--" the first word after the profile starts the command.
    r = cli({QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("true")});
    QCOMPARE(r.code, 0);

    r = cli({QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--"),
             QStringLiteral("/nonexistent/command")});
    QCOMPARE(r.code, 127);
    QVERIFY(r.err.contains("cannot run"));
}

void TstIntegrations::execPassesSignals()
{
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
              QStringLiteral("t0k"));
    // A signal sent to the process that was started reaches the command itself.
    QProcess process;
    process.start(QStringLiteral(TOKENBENCH_CLI),
                  {QStringLiteral("--config-dir"), m_config->path(), QStringLiteral("exec"),
                   QStringLiteral("api"), QStringLiteral("--"), QStringLiteral("sh"),
                   QStringLiteral("-c"),
                   QStringLiteral("trap 'exit 42' TERM; echo ready; while :; do sleep 0.05; "
                                  "done")});
    QVERIFY(process.waitForStarted());
    QByteArray said;
    QTRY_VERIFY2_WITH_TIMEOUT((said += process.readAllStandardOutput()).contains("ready"),
                              (said + process.readAllStandardError()).constData(), 30000);
    process.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 42);

    // A command killed by a signal is seen killed by it (a shell's 128 + 10 for SIGUSR1).
    const QString cliLine = QStringLiteral("'%1' --config-dir '%2' exec api -- sh -c 'kill -USR1 "
                                           "$$'; echo $?")
                                .arg(QStringLiteral(TOKENBENCH_CLI), m_config->path());
    const Run r = run(QStringLiteral("sh"), {QStringLiteral("-c"), cliLine});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("138"));
}

void TstIntegrations::execLeavesNoDescriptorOpen()
{
    // The keychain's bus connection, the profile lock, sockets: nothing of the CLI's reaches
    // the command. It has the descriptors it would have had if started directly.
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
              QStringLiteral("t0k"));
    const QStringList listFds{QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("ls /proc/$$/fd")};
    const Run direct = run(QStringLiteral("sh"), listFds.mid(1));
    QCOMPARE(direct.code, 0);
    const Run r = cli(
        QStringList{QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--")} + listFds);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, direct.out);
}

void TstIntegrations::execRenewsFirstWhenTheTokenIsAboutToExpire()
{
    // Twenty seconds left is too little to start a job with: the session service logs in anew.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 20);
    addRegScale(QStringLiteral("rs"));
    QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
    Run r = cli({QStringLiteral("exec"), QStringLiteral("rs"), QStringLiteral("--"),
                 QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("printf %s \"$TOKENBENCH_TOKEN\"")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count('.'), 2);
    int logins = 0;
    for (const auto &call : std::as_const(handled))
        logins += call.at(1).toString().endsWith(QLatin1String("authentication/login"));
    QCOMPARE(logins, 1);

    // A token with hours left goes as it is, without a word to the server.
    m_sandbox.setTokenLifetime(Sandbox::Vendor::RegScale, 3600);
    QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("rs"), QStringLiteral("--secrets-stdin")},
                 "password=" + Sandbox::regScalePassword().toUtf8() + '\n')
                 .code,
             0);
    const QByteArray held = cli({QStringLiteral("token"), QStringLiteral("rs")}).out.trimmed();
    handled.clear();
    r = cli({QStringLiteral("exec"), QStringLiteral("rs"), QStringLiteral("--"),
             QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("printf %s \"$TOKENBENCH_TOKEN\"")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, held);
    QCOMPARE(handled.count(), 0);
}

void TstIntegrations::execRefusesNonsense_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no profile") << QStringList{QStringLiteral("exec")} << 2;
    QTest::newRow("no command") << QStringList{QStringLiteral("exec"), QStringLiteral("api"),
                                               QStringLiteral("--")}
                                << 2;
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("exec"), QStringLiteral("nope"),
                                                    QStringLiteral("--"), QStringLiteral("true")}
                                     << 2;
    QTest::newRow("bad variable name")
        << QStringList{QStringLiteral("exec"), QStringLiteral("api"), QStringLiteral("--env"),
                       QStringLiteral("A=B"),  QStringLiteral("--"),  QStringLiteral("true")}
        << 2;
}

void TstIntegrations::execRefusesNonsense()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
              QStringLiteral("t0k"));
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.err.count('\n'), 1);
}

void TstIntegrations::configDirFromTheEnvironment()
{
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
              QStringLiteral("t0k"));
    const Run r = run(QStringLiteral(TOKENBENCH_CLI),
                      {QStringLiteral("list"), QStringLiteral("--names")}, {}, helperEnvironment());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("api\n"));
}

void TstIntegrations::gitCredentialFillAnswersOnlyForTheProfilesHost()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed (make deps installs it)");
    const QString token = QStringLiteral("git-token-5d1e");
    TestHttpServer server;
    QVERIFY(server.listen());
    addBearer(QStringLiteral("forge"), server.url("/"), token);

    QTemporaryDir home;
    QFile config(home.filePath(QStringLiteral(".gitconfig")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[credential]\n\thelper = \"!'" TOKENBENCH_CLI "' git-credential\"\n");
    config.close();
    QProcessEnvironment env = helperEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));

    const QByteArray host = "127.0.0.1:" + QByteArray::number(server.port());
    Run r = run(git, {QStringLiteral("credential"), QStringLiteral("fill")},
                "protocol=http\nhost=" + host + "\npath=team/repo.git\n\n", env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("\npassword=" + token.toUtf8() + '\n'), r.out.constData());
    QVERIFY(r.out.contains("username=tokenbench\n"));
    QVERIFY(!r.err.contains(token.toUtf8()));

    // Another host (or another port of this one) gets nothing: git would ask a person, and
    // may not here.
    for (const QByteArray &other :
         {QByteArray("git.other.example"), QByteArray("127.0.0.1:1"), QByteArray("127.0.0.2")}) {
        r = run(git, {QStringLiteral("credential"), QStringLiteral("fill")},
                "protocol=http\nhost=" + other + "\n\n", env);
        QVERIFY(r.code != 0);
        QVERIFY(!r.out.contains(token.toUtf8()));
        QVERIFY(!r.err.contains(token.toUtf8()));
    }

    // store and erase succeed and keep nothing.
    r = run(git, {QStringLiteral("credential"), QStringLiteral("approve")},
            "protocol=http\nhost=" + host + "\nusername=x\npassword=y\n\n", env);
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("git-credential"), QStringLiteral("erase")}, "protocol=http\n");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
}

namespace {

QByteArray pktLine(const QByteArray &payload)
{
    return QByteArray::number(payload.size() + 4, 16).rightJustified(4, '0') + payload;
}

} // namespace

void TstIntegrations::gitLsRemoteWithoutAPrompt()
{
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        QSKIP("git is not installed (make deps installs it)");
    const QString token = QStringLiteral("git-token-ls-remote-88c2");
    // Git's smart HTTP: the first request is info/refs, answered with the refs when the token
    // comes as the password of HTTP Basic, else 401 and a Basic challenge.
    const QByteArray sha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    const QByteArray expected = "Basic " + QByteArray("tokenbench:" + token.toUtf8()).toBase64();
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/team/repo.git/info/refs", [&](const TestRequest &request) {
        if (request.header("Authorization") != expected)
            return TestResponse::text(401, "Unauthorized\n")
                .withHeader("WWW-Authenticate", "Basic realm=\"forge\"");
        const QByteArray body = pktLine("# service=git-upload-pack\n") + "0000" +
                                pktLine(sha + QByteArray(" HEAD\0side-band-64k\n", 20)) +
                                pktLine(sha + " refs/heads/main\n") + "0000";
        return TestResponse::text(200, body, "application/x-git-upload-pack-advertisement");
    });
    addBearer(QStringLiteral("forge"), server.url("/"), token);

    QTemporaryDir home;
    QProcessEnvironment env = helperEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    const Run r = run(git,
                      {QStringLiteral("-c"),
                       QStringLiteral("credential.helper=!'%1' git-credential")
                           .arg(QStringLiteral(TOKENBENCH_CLI)),
                       QStringLiteral("ls-remote"), server.url("/team/repo.git").toString()},
                      {}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, sha + "\tHEAD\n" + sha + "\trefs/heads/main\n");
    QVERIFY(!r.err.contains(token.toUtf8()));
    QVERIFY(server.requestsFor("/team/repo.git/info/refs").size() >= 2);
}

void TstIntegrations::gitCredentialChoosesByPathOrName()
{
    // Two profiles on one host: the base path that serves the request decides, else --profile;
    // with neither, no token is given (and stderr says why).
    addBearer(QStringLiteral("team"), QUrl(QStringLiteral("https://git.example.com/team")),
              QStringLiteral("team-token"));
    addBearer(QStringLiteral("ops"), QUrl(QStringLiteral("https://git.example.com/ops")),
              QStringLiteral("ops-token"));
    const auto get = [this](const QStringList &options, const QByteArray &request) {
        return cli(QStringList{QStringLiteral("git-credential")} + options +
                       QStringList{QStringLiteral("get")},
                   request);
    };
    Run r = get({}, "protocol=https\nhost=git.example.com\npath=ops/tools.git\n");
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("password=ops-token\n"));
    r = get({}, "url=https://git.example.com/team/repo.git\n");
    QVERIFY(r.out.contains("password=team-token\n"));
    r = get({}, "protocol=https\nhost=git.example.com\npath=other/repo.git\n");
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("--profile"), r.err.constData());
    r = get({QStringLiteral("--profile"), QStringLiteral("team")},
            "protocol=https\nhost=git.example.com\npath=other/repo.git\n");
    QVERIFY(r.out.contains("password=team-token\n"));
    // Plain http to a host whose profiles are https gets nothing.
    r = get({}, "protocol=http\nhost=git.example.com\npath=team/repo.git\n");
    QVERIFY(r.out.isEmpty());
    QCOMPARE(get({QStringLiteral("--profile"), QStringLiteral("nope")}, "protocol=https\n").code,
             2);
}

void TstIntegrations::kubectlExecCredential()
{
    addRegScale(QStringLiteral("k8s"));
    const QByteArray token = cli({QStringLiteral("token"), QStringLiteral("k8s")}).out.trimmed();
    const Run r =
        run(QStringLiteral(TOKENBENCH_CLI),
            {QStringLiteral("kubectl-credential"), QStringLiteral("k8s")}, {}, helperEnvironment());
    QVERIFY2(r.code == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject credential = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The fields and types of client.authentication.k8s.io/v1 ExecCredential.
    QCOMPARE(credential.keys(), (QStringList{QStringLiteral("apiVersion"), QStringLiteral("kind"),
                                             QStringLiteral("status")}));
    QCOMPARE(credential.value(QLatin1String("apiVersion")).toString(),
             QStringLiteral("client.authentication.k8s.io/v1"));
    QCOMPARE(credential.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    QVERIFY(credential.value(QLatin1String("status")).isObject());
    const QJsonObject status = credential.value(QLatin1String("status")).toObject();
    QCOMPARE(status.keys(),
             (QStringList{QStringLiteral("expirationTimestamp"), QStringLiteral("token")}));
    QVERIFY(status.value(QLatin1String("token")).isString());
    QCOMPARE(status.value(QLatin1String("token")).toString().toUtf8(), token);
    const QString expires = status.value(QLatin1String("expirationTimestamp")).toString();
    // RFC 3339 in UTC, as metav1.Time writes it.
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                 .match(expires)
                 .hasMatch(),
             qPrintable(expires));
    const QDateTime when = QDateTime::fromString(expires, Qt::ISODate);
    QVERIFY(when.isValid());
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(when);
    QVERIFY2(left > 23 * 3600 && left <= 24 * 3600, qPrintable(QString::number(left)));

    QCOMPARE(cli({QStringLiteral("kubectl-credential")}).code, 2);
    QCOMPARE(cli({QStringLiteral("kubectl-credential"), QStringLiteral("nope")}).code, 2);
}

void TstIntegrations::dockerHelperVerbs()
{
    const QString token = QStringLiteral("registry-token-19ab");
    TestHttpServer registry;
    QVERIFY(registry.listen());
    addBearer(QStringLiteral("registry"), registry.url("/"), token);
    const QString helper = QStringLiteral(TOKENBENCH_DOCKER_HELPER);
    const QByteArray server = "127.0.0.1:" + QByteArray::number(registry.port());

    Run r = run(helper, {QStringLiteral("get")}, server + '\n', helperEnvironment());
    QVERIFY2(r.code == 0, r.out.constData());
    QJsonObject got = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(got.keys(), (QStringList{QStringLiteral("Secret"), QStringLiteral("ServerURL"),
                                      QStringLiteral("Username")}));
    QCOMPARE(got.value(QLatin1String("ServerURL")).toString().toUtf8(), server);
    QCOMPARE(got.value(QLatin1String("Username")).toString(), QStringLiteral("tokenbench"));
    QCOMPARE(got.value(QLatin1String("Secret")).toString(), token);

    // By URL as well as by host.
    r = run(helper, {QStringLiteral("get")}, "http://" + server + "/v2/", helperEnvironment());
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("Secret")).toString(),
             token);

    r = run(helper, {QStringLiteral("get")}, "registry.other.example\n", helperEnvironment());
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out.trimmed(), QByteArray("credentials not found in native keychain"));

    r = run(helper, {QStringLiteral("list")}, {}, helperEnvironment());
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(token.toUtf8()));
    const QJsonObject list = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.value(QStringLiteral("http://") + QString::fromUtf8(server)).toString(),
             QStringLiteral("tokenbench"));

    r = run(helper, {QStringLiteral("store")},
            R"({"ServerURL":"127.0.0.1","Username":"u","Secret":"docker-typed"})",
            helperEnvironment());
    QCOMPARE(r.code, 0);
    r = run(helper, {QStringLiteral("erase")}, server, helperEnvironment());
    QCOMPARE(r.code, 0);
    // Neither kept nor removed anything.
    r = run(helper, {QStringLiteral("get")}, server, helperEnvironment());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("Secret")).toString(),
             token);

    r = run(helper, {QStringLiteral("version")}, {}, helperEnvironment());
    QCOMPARE(r.code, 0);
    r = run(helper, {QStringLiteral("bogus")}, {}, helperEnvironment());
    QCOMPARE(r.code, 1);
}

void TstIntegrations::editKeepsTheSecrets()
{
    const QString token = QStringLiteral("edit-token-4410");
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic), token);
    Run r = cli({QStringLiteral("edit"), QStringLiteral("api"), QStringLiteral("--url"),
                 QStringLiteral("https://api.example.com/v2"), QStringLiteral("--set"),
                 QStringLiteral("header=X-Api-Key"), QStringLiteral("--set"),
                 QStringLiteral("prefix="), QStringLiteral("--set"), QStringLiteral("timeout=9"),
                 QStringLiteral("--rename"), QStringLiteral("api2")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("header"), QStringLiteral("api2")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out, "X-Api-Key: " + token.toUtf8() + '\n');
    r = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(r.out.contains("\"url\":\"https://api.example.com/v2\""));
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("api")}).code, 2);

    // Secrets never come from arguments, and a URL never carries one.
    r = cli({QStringLiteral("edit"), QStringLiteral("api2"), QStringLiteral("--set"),
             QStringLiteral("token=hunter2")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("secret"));
    r = cli({QStringLiteral("edit"), QStringLiteral("api2"), QStringLiteral("--url"),
             QStringLiteral("https://a:hunter2@api.example.com")});
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.contains("hunter2"));
    QCOMPARE(cli({QStringLiteral("edit"), QStringLiteral("nope"), QStringLiteral("--rename"),
                  QStringLiteral("x")})
                 .code,
             2);
}

void TstIntegrations::exportAndImportCarryNoSecret()
{
    const QString token = QStringLiteral("export-token-0b7e");
    addBearer(QStringLiteral("api"), m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic), token);
    addRegScale(QStringLiteral("rs"));
    const QString file = m_config->filePath(QStringLiteral("shared.json"));
    Run r = cli(
        {QStringLiteral("profiles"), QStringLiteral("export"), QStringLiteral("--output"), file});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray json = exported.readAll();
    QVERIFY(!json.contains(token.toUtf8()));
    QVERIFY(!json.contains(Sandbox::regScalePassword().toUtf8()));
    r = cli({QStringLiteral("profiles"), QStringLiteral("export")});
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains(token.toUtf8()));
    QVERIFY(QJsonDocument::fromJson(r.out).isObject() || QJsonDocument::fromJson(r.out).isArray());

    QTemporaryDir other;
    r = run(QStringLiteral(TOKENBENCH_CLI),
            {QStringLiteral("--config-dir"), other.path(), QStringLiteral("profiles"),
             QStringLiteral("import"), file});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run(QStringLiteral(TOKENBENCH_CLI), {QStringLiteral("--config-dir"), other.path(),
                                             QStringLiteral("list"), QStringLiteral("--names")});
    QCOMPARE(r.out, QByteArray("api\nrs\n"));
    // A name taken already gets a number; a file that is not profiles is refused.
    r = cli({QStringLiteral("profiles"), QStringLiteral("import"), QStringLiteral("-")}, json);
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("list"), QStringLiteral("--names")});
    QCOMPARE(r.out.count('\n'), 4);
    r = cli({QStringLiteral("profiles"), QStringLiteral("import"), QStringLiteral("-")},
            "not json");
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TstIntegrations)
#include "tst_integrations.moc"
