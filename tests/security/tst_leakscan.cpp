// An end-to-end run through every vendor and method, by the CLI (one process per command, as a
// person would type them) and by the desktop window (in this process, offscreen), then a search
// for every secret used, in the encodings it could travel in, through every file written under
// the scratch folder (configuration, data, cache, temporary files, the history database, logs),
// through what the CLI printed on standard output and error, and through every Qt log message.
// Expected: no hit anywhere.
//
// Two outputs are secrets on purpose and are not searched: `token` and `header` print the token
// they were asked for. One-time codes (six digits) are left out: too short to search without
// matching harmless digits, and the demo profiles' notes show them anyway.
#include "AppServices.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "ProfileListWidget.h"
#include "Sandbox.h"
#include "TestSessions.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString g_scratch;
QStringList g_log;
QMutex g_logMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

// The ways a secret could be written down: as it is, base64 (any alphabet, padded or not, or
// starting at any byte of a longer base64 text), percent-encoded, hex, UTF-16, JSON-escaped.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> out{
        utf8,
        utf8.toBase64(QByteArray::OmitTrailingEquals),
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(secret),
        QUrl::toPercentEncoding(secret).toLower(),
        QUrl::toPercentEncoding(secret, " ").replace(' ', '+'),
        utf8.toHex(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
    };
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    out << json.mid(2, json.size() - 4);
    for (int offset = 1; offset < 3; ++offset) {
        const QByteArray padded = QByteArray(offset, 'x') + utf8;
        const qsizetype first = (8 * offset + 5) / 6;
        const qsizetype end = (8 * padded.size()) / 6;
        out << padded.toBase64().mid(first, end - first);
    }
    out.removeAll(QByteArray());
    return out;
}

QString whoAmIPath(const Profile &p)
{
    if (p.vendor == u"regscale"_s)
        return u"api/logging/filterLogs/0/0"_s;
    if (p.vendor == u"scantrust"_s)
        return u"api/v2/me/"_s;
    if (p.vendor == u"passwordsafe"_s)
        return u"ManagedAccounts"_s;
    return p.fields.value(u"test_path"_s, u"api/whoami"_s);
}

} // namespace

class TstLeakScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliThroughEveryProfile();
    void windowThroughEveryProfile();
    void noSecretAnywhere();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString &what, const QStringList &args, const QByteArray &input = {},
            bool printsSecret = false);
    void addSecret(const QString &label, const QString &value);
    QByteArray servedDocument(const QString &specPath);

    Sandbox m_sandbox;
    QList<std::pair<QString, QString>> m_secrets;    // label, value
    QList<std::pair<QString, QByteArray>> m_outputs; // what printed it, the bytes
    int m_cliRuns = 0;
    int m_windowRequests = 0;
};

void TstLeakScan::addSecret(const QString &label, const QString &value)
{
    if (value.size() < 8)
        return;
    for (const auto &known : std::as_const(m_secrets)) {
        if (known.second == value)
            return;
    }
    m_secrets.append({label, value});
}

// What the server sends today at the address the cached document `specPath` came from.
QByteArray TstLeakScan::servedDocument(const QString &specPath)
{
    QFile meta(specPath.chopped(5) + u".json"_s);
    if (!meta.open(QIODevice::ReadOnly))
        return {};
    const QUrl from(
        QJsonDocument::fromJson(meta.readAll()).object().value(u"fetchedFrom"_s).toString());
    if (from.host() != u"127.0.0.1"_s || from.port() != m_sandbox.port())
        return {};
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(from));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000) && done.isEmpty())
        return {};
    reply->deleteLater();
    return reply->readAll();
}

void TstLeakScan::initTestCase()
{
    qRegisterMetaType<Error>();
    QVERIFY(!g_scratch.isEmpty());
    // Everything Tokenbench logs at any level, so that a secret in a debug line counts too.
    QLoggingCategory::setFilterRules(u"tokenbench.*=true\nqt.network.*=false"_s);
    qInstallMessageHandler(captureMessage);
    QVERIFY(m_sandbox.listen());
    m_sandbox.setTokenLifetime(3600);
}

TstLeakScan::Run TstLeakScan::cli(const QString &what, const QStringList &args,
                                  const QByteArray &input, bool printsSecret)
{
    QProcess process;
    // The scratch folders came from main(): the CLI inherits them with the keyring's bus.
    process.start(QStringLiteral(TOKENBENCH_CLI), args);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The sandbox answers from this process's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    ++m_cliRuns;
    if (!printsSecret)
        m_outputs.append({what + u" (stdout)"_s, run.out});
    m_outputs.append({what + u" (stderr)"_s, run.err});
    return run;
}

void TstLeakScan::cliThroughEveryProfile()
{
    const QList<DemoProfile> demos = DemoProfiles::all(m_sandbox);
    QVERIFY(!demos.isEmpty());
    for (int i = 0; i < demos.size(); ++i) {
        const DemoProfile &demo = demos.at(i);
        const Profile &p = demo.profile;
        const QString name = u"cli-%1"_s.arg(i);
        const QString who = p.vendor + u'/' + p.method + u" ("_s + p.name + u')';
        for (auto it = demo.secrets.cbegin(); it != demo.secrets.cend(); ++it)
            addSecret(who + u' ' + it.key(), it.value());
        if (p.method == u"basic"_s) {
            addSecret(who + u" Basic credentials"_s,
                      QString::fromLatin1(
                          (p.fields.value(u"username"_s) + u':' + demo.secrets.value(u"password"_s))
                              .toUtf8()
                              .toBase64()));
        }

        QStringList add{u"add"_s,      name,     u"--vendor"_s, p.vendor,
                        u"--method"_s, p.method, u"--url"_s,    p.baseUrl.toString()};
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
            add << u"--set"_s << it.key() + u'=' + it.value();
        Run r = cli(who + u" add"_s, add);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));

        QByteArray input;
        for (auto it = demo.secrets.cbegin(); it != demo.secrets.cend(); ++it)
            input += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
        if (p.name.contains(u"MFA"_s))
            input += "mfa=" + Sandbox::regScaleMfaCode().toUtf8() + '\n';
        if (p.name.contains(u"2FA"_s))
            input += "challenge=" + Sandbox::passwordSafeChallengeCode().toUtf8() + '\n';
        r = cli(who + u" login"_s, {u"login"_s, name, u"--secrets-stdin"_s}, input);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));

        r = cli(who + u" token"_s, {u"token"_s, name}, {}, true);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
        const QString token = QString::fromUtf8(r.out).trimmed();
        QVERIFY(!token.isEmpty());
        addSecret(who + u" token from the CLI"_s, token);

        r = cli(who + u" header"_s, {u"header"_s, name}, {}, true);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
        for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts))
            addSecret(who + u" header value"_s, line.section(u' ', -1).trimmed());

        for (const QStringList &args :
             {QStringList{u"status"_s, name, u"--json"_s}, QStringList{u"list"_s},
              QStringList{u"list"_s, u"--json"_s},
              QStringList{u"request"_s, name, u"GET"_s, whoAmIPath(p), u"-i"_s},
              QStringList{u"curl"_s, name, u"GET"_s, whoAmIPath(p)}}) {
            r = cli(who + u' ' + args.join(u' '), args);
            QVERIFY2(r.code == 0,
                     qPrintable(who + u' ' + args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        }
        // A request the server refuses, so error paths write what they write too.
        r = cli(who + u" request 404"_s, {u"request"_s, name, u"GET"_s, u"no/such/path"_s});
        QVERIFY2(r.code != 0, qPrintable(who));
        r = cli(who + u" logout"_s, {u"logout"_s, name});
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
    }
}

void TstLeakScan::windowThroughEveryProfile()
{
    AppServices::Options options;
    options.configDir = g_scratch + u"/gui-config"_s;
    auto services = std::make_unique<AppServices>(options);
    auto window = std::make_unique<MainWindow>(services.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const QList<DemoProfile> demos = DemoProfiles::all(m_sandbox);
    for (int i = 0; i < demos.size(); ++i) {
        const DemoProfile &demo = demos.at(i);
        Profile p = demo.profile;
        const QString who = u"window "_s + p.vendor + u'/' + p.method + u" ("_s + p.name + u')';
        p.name = u"gui-%1"_s.arg(i);
        const auto added = services->profiles().add(p);
        QVERIFY2(added.ok(), qPrintable(who));
        const QUuid id = added->id;

        // A person's login through the session service, with a second factor where asked.
        QHash<QString, QString> secrets = demo.secrets;
        if (p.fields.value(u"username"_s) == Sandbox::regScaleMfaUsername())
            secrets.insert(u"mfa"_s, Sandbox::regScaleMfaCode());
        if (p.fields.value(u"runas"_s) == Sandbox::passwordSafeMfaRunAs())
            secrets.insert(u"challenge"_s, Sandbox::passwordSafeChallengeCode());
        QVERIFY2(TestSessions::logIn(services->sessions(), id, secrets, true), qPrintable(who));

        const std::optional<Session> session = services->sessions().session(id);
        QVERIFY2(session, qPrintable(who));
        addSecret(who + u" token"_s, session->token.raw());
        for (const auto &h : session->credential().headers)
            addSecret(who + u" credential header"_s, QString::fromUtf8(h.second).section(u' ', -1));
        for (const auto &c : session->credential().cookies)
            addSecret(who + u" session cookie"_s, QString::fromUtf8(c.value()));

        // A request from the composer, as Ctrl+Enter sends it; it goes into the history too.
        QVERIFY2(window->profileList()->selectProfile(id), qPrintable(who));
        window->workspace()->setCurrentWidget(window->requestPage());
        ComposerWidget *composer = window->composer();
        QSignalSpy finished(composer, &ComposerWidget::finished);
        RequestDraft draft;
        draft.url = whoAmIPath(p);
        draft.headers = {{u"X-Leak-Scan"_s, who, true}};
        composer->setDraft(draft);
        composer->send();
        QVERIFY2(finished.wait(30000) || !finished.isEmpty(), qPrintable(who));
        const auto outcome = composer->runner()->lastOutcome();
        QVERIFY2(outcome.response && outcome.response->status == 200,
                 qPrintable(who + u": "_s + window->responseViewer()->statusText()));
        ++m_windowRequests;
    }
    // Leave the way the app leaves: the window closes (signing out), then the services go.
    window->close();
    QTest::qWait(500);
    window.reset();
    services.reset();
}

void TstLeakScan::noSecretAnywhere()
{
    QVERIFY(m_cliRuns > 0);
    QVERIFY(m_windowRequests > 0);
    QVERIFY(m_secrets.size() > 10);

    QList<std::pair<QString, QByteArray>> haystacks = m_outputs;
    int files = 0;
    QDirIterator it(g_scratch, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int publicDocuments = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++files;
        // The explorer's cache of a vendor's API description is the vendor's public document;
        // the sandbox's shows the demo password in an example body. Exactly what was served is
        // not Tokenbench writing a secret down.
        if (path.endsWith(u".spec"_s) && bytes == servedDocument(path)) {
            ++publicDocuments;
            continue;
        }
        haystacks.append({QDir(g_scratch).relativeFilePath(path), bytes});
    }
    {
        QMutexLocker lock(&g_logMutex);
        haystacks.append({u"Qt log messages"_s, g_log.join(u'\n').toUtf8()});
    }
    // The folders the run must have written, or the search means nothing.
    QVERIFY2(files >= 3, qPrintable(QString::number(files)));

    QStringList hits;
    for (const auto &[label, value] : std::as_const(m_secrets)) {
        const QList<QByteArray> forms = encodings(value);
        for (const auto &[where, bytes] : std::as_const(haystacks)) {
            for (int e = 0; e < forms.size(); ++e) {
                if (bytes.contains(forms.at(e))) {
                    hits << u"%1 (encoding %2) in %3"_s.arg(label).arg(e).arg(where);
                    break;
                }
            }
        }
    }
    // Not qInfo(): the message handler above keeps log messages for the search.
    std::fprintf(stderr,
                 "tst_leakscan: searched %d files (%d cached API descriptions as served), %d CLI "
                 "runs' output and "
                 "%lld log messages for %lld secrets\n",
                 files, publicDocuments, m_cliRuns, qint64(g_log.size()), qint64(m_secrets.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

int main(int argc, char **argv)
{
    // The scratch folders are the process's XDG and temporary folders, set before anything (Qt
    // included) asks where they are; the CLI runs inherit them.
    QByteArray scratch = QDir::tempPath().toLocal8Bit() + "/tokenbench-leakscan-XXXXXX";
    if (!mkdtemp(scratch.data()))
        return 1;
    g_scratch = QString::fromLocal8Bit(scratch);
    for (const char *sub : {"config", "data", "cache", "tmp"})
        QDir().mkpath(g_scratch + u'/' + QLatin1String(sub));
    qputenv("XDG_CONFIG_HOME", scratch + "/config");
    qputenv("XDG_DATA_HOME", scratch + "/data");
    qputenv("XDG_CACHE_HOME", scratch + "/cache");
    qputenv("TMPDIR", scratch + "/tmp");

    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstLeakScan test;
    const int status = QTest::qExec(&test, argc, argv);
    if (status == 0)
        QDir(g_scratch).removeRecursively();
    else
        std::fprintf(stderr, "tst_leakscan: the scratch folder is kept: %s\n", scratch.constData());
    return status;
}

#include "tst_leakscan.moc"
