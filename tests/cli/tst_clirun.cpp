#include "../checks/SmokeCollection.h"
#include "Sandbox.h"
#include "TestHttpServer.h"
#include "TestProcess.h"
#include "explorer/CollectionStore.h"
#include "profiles/ProfileStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmokeCollection;

// `tokenbench-cli run` as CI uses it: the real binary, the sandbox (and a loopback server that
// creates ids) in this process, the real keychain of the test session, saved collections with
// assertions and captures, and the JUnit file checked against its schema by xmllint.
class TstCliRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runsChecksAndReports();
    void onlyBailDelayAndJson();
    void captureChainWithACreatedId();
    void aCaptureThatFindsNothingFailsTheChain();
    void exitStatuses();

private:
    using Run = TestProcess::Run;
    Run cli(const QStringList &args, const QByteArray &input = {});
    QUuid add(const QString &name, const QString &url);
    void save(const QUuid &profile, const QString &collection, const QList<SavedRequest> &requests);
    QByteArray tokenLine() const
    {
        return "token=" + Sandbox::genericStaticToken().toUtf8() + '\n';
    }

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
    QStringList m_leaks; // commands that printed the token
};

void TstCliRun::initTestCase()
{
    QVERIFY(m_sandbox.listen());
}

void TstCliRun::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
}

void TstCliRun::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u"; "_s)));
    // Nothing in the config folder holds it either: collections, reports, history.
    const QByteArray token = Sandbox::genericStaticToken().toUtf8();
    QDirIterator it(m_config->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
    }
}

TstCliRun::Run TstCliRun::cli(const QStringList &args, const QByteArray &input)
{
    const Run run = TestProcess::run(QStringLiteral(TOKENBENCH_CLI),
                                     QStringList{u"--config-dir"_s, m_config->path()} + args,
                                     QProcessEnvironment::systemEnvironment(), input, 60000);
    // No secret on either stream: a run prints what it checked, never a token.
    const QByteArray token = Sandbox::genericStaticToken().toUtf8();
    if (run.out.contains(token) || run.err.contains(token))
        m_leaks << args.join(u' ');
    return run;
}

QUuid TstCliRun::add(const QString &name, const QString &url)
{
    const Run r = cli(
        {u"add"_s, name, u"--vendor"_s, u"generic"_s, u"--method"_s, u"bearer"_s, u"--url"_s, url});
    if (r.code != 0)
        return {};
    ProfileStore store(m_config->path());
    if (!store.load().ok())
        return {};
    const auto profile = store.find(name);
    return profile ? profile->id : QUuid();
}

void TstCliRun::save(const QUuid &profile, const QString &collection,
                     const QList<SavedRequest> &requests)
{
    CollectionStore store(m_config->path() + u"/collections"_s);
    const auto added = store.addCollection(profile, collection);
    QVERIFY(added);
    for (const SavedRequest &r : requests)
        QVERIFY(store.addRequest(profile, added.value(), r));
}

void TstCliRun::runsChecksAndReports()
{
    const QUuid id = add(u"gen"_s, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString());
    QVERIFY(!id.isNull());
    save(id, u"Smoke"_s, smoke());
    // Logged in once; the run takes the session from the keychain.
    Run r = cli({u"login"_s, u"gen"_s, u"--secrets-stdin"_s}, tokenLine());
    QVERIFY2(r.code == 0, r.err.constData());

    const QString junit = m_config->filePath(u"report.xml"_s);
    r = cli({u"run"_s, u"gen"_s, u"smoke"_s, u"--junit"_s, junit});
    QVERIFY2(r.code == 5, r.out + r.err);
    const QString out = QString::fromUtf8(r.out);
    const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 8, qPrintable(out));
    QVERIFY(lines.at(0).startsWith(u"PASS  Who am I · GET api/whoami · 200 · "_s));
    QVERIFY(lines.at(1).startsWith(u"PASS  Echo create · POST api/echo · 200"_s));
    // The id the POST sent back went into the next request's URL.
    QVERIFY2(lines.at(2).startsWith(u"PASS  Echo read · GET api/echo?id={{id}} · 200"_s),
             qPrintable(out));
    QVERIFY(lines.at(3).startsWith(u"FAIL  Missing · GET api/nothing-here · 404"_s));
    QCOMPARE(lines.at(4), u"      status was 404, expected below 400"_s);
    QVERIFY(lines.at(5).startsWith(u"FAIL  Wrong type"_s));
    QCOMPARE(lines.at(6), u"      $.authenticated_as: expected a number, got a string"_s);
    QCOMPARE(lines.at(7), u"3 passed, 2 failed"_s);

    // The JUnit file holds to the schema CI servers read (Jenkins xUnit's junit-10.xsd).
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(
        xml.contains(R"(<testsuite name="Smoke" package="gen" tests="5" failures="2" errors="0")"));
    QVERIFY(
        xml.contains(R"(<failure type="assertion" message="status was 404, expected below 400">)"));
    QVERIFY(!xml.contains(Sandbox::genericStaticToken().toUtf8()));
    const QString xmllint = QStringLiteral(TOKENBENCH_XMLLINT);
    if (xmllint.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("xmllint is missing (make deps installs libxml2-utils)");
        QSKIP("xmllint is not installed (make deps installs libxml2-utils)");
    }
    QProcess lint;
    lint.start(xmllint, {u"--noout"_s, u"--schema"_s, QStringLiteral(TOKENBENCH_JUNIT_XSD), junit});
    QVERIFY(lint.waitForFinished(30000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
}

void TstCliRun::onlyBailDelayAndJson()
{
    const QUuid id = add(u"gen"_s, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString());
    QVERIFY(!id.isNull());
    save(id, u"Smoke"_s, smoke());

    // Secrets on standard input, nothing in the keychain: as a CI job runs.
    Run r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Smoke"_s, u"--secrets-stdin"_s,
                 u"--only"_s, u"who am i"_s},
                tokenLine());
    QVERIFY2(r.code == 0, r.out + r.err);
    QVERIFY(r.out.endsWith("1 passed, 0 failed\n"));

    // --bail stops at the first failure: the fifth request is not sent.
    r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Smoke"_s, u"--secrets-stdin"_s, u"--bail"_s},
            tokenLine());
    QCOMPARE(r.code, 5);
    QVERIFY2(r.out.contains("3 passed, 1 failed · stopped at the first failure, 1 not run"),
             r.out.constData());
    QVERIFY(!r.out.contains("Wrong type"));

    // --json: standard output is the JSON alone; --delay waits on a timer between requests.
    r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Smoke"_s, u"--secrets-stdin"_s, u"--json"_s,
             u"--delay"_s, u"400"_s, u"--only"_s, u"Who am I"_s, u"--only"_s, u"Missing"_s},
            tokenLine());
    QCOMPARE(r.code, 5);
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    QCOMPARE(json[u"passed"_s].toInt(), 1);
    QCOMPARE(json[u"failed"_s].toInt(), 1);
    QVERIFY(json[u"elapsed_ms"_s].toInteger() >= 400);
    const QJsonArray requests = json[u"requests"_s].toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1)[u"status"_s].toInt(), 404);
    QCOMPARE(requests.at(1)[u"failures"_s][0].toString(), u"status was 404, expected below 400"_s);
    QCOMPARE(requests.at(0)[u"checks"_s].toArray().size(), 4);
    QVERIFY(r.err.contains("1 passed, 1 failed"));
}

void TstCliRun::captureChainWithACreatedId()
{
    // A server that makes an item and answers with its new id: the next request reads it back
    // by that id, which only the capture knows.
    TestHttpServer server;
    QVERIFY(server.listen());
    const QByteArray created =
        "itm-" + QByteArray::number(QRandomGenerator::global()->bounded(1000, 9999));
    server.route("/api/items", [created](const TestRequest &request) {
        if (request.method != "POST")
            return TestResponse::json(405, R"({"detail":"POST only"})");
        return TestResponse::json(201, R"({"id":")" + created + R"(","name":"widget"})")
            .withHeader("Location", "/api/items/" + created);
    });
    server.route("/api/items/" + created, [created](const TestRequest &) {
        return TestResponse::json(200, R"({"id":")" + created + R"(","name":"widget"})");
    });
    const QUuid id = add(u"items"_s, server.url("/").toString());
    QVERIFY(!id.isNull());
    SavedRequest make = request(
        u"Create"_s, u"POST"_s, u"api/items"_s,
        {check(K::Status, O::Equals, {}, u"201"_s), check(K::Header, O::Exists, u"Location"_s, {})},
        {{u"id"_s, Capture::Source::JsonBody, u"$.id"_s},
         {u"where"_s, Capture::Source::Header, u"Location"_s}});
    make.draft.bodyKind = RequestDraft::BodyKind::Json;
    make.draft.bodyText = u"{\"name\": \"widget\"}"_s;
    save(id, u"Items"_s,
         {make,
          request(u"Read"_s, u"GET"_s, u"api/items/{{id}}"_s,
                  {check(K::JsonBody, O::Equals, u"$.id"_s, u"{{id}}"_s),
                   check(K::JsonBody, O::Equals, u"$.name"_s, u"widget"_s)}),
          request(u"Read by location"_s, u"GET"_s, u"{{where}}"_s,
                  {check(K::Status, O::Equals, {}, u"200"_s)})});
    const Run r = cli({u"--no-keychain"_s, u"run"_s, u"items"_s, u"Items"_s, u"--secrets-stdin"_s},
                      tokenLine());
    QVERIFY2(r.code == 0, r.out + r.err);
    QVERIFY(r.out.endsWith("3 passed, 0 failed\n"));
    const auto reads = server.requestsFor("/api/items/" + created);
    QCOMPARE(reads.size(), 2);
    QCOMPARE(server.requestsFor("/api/items").size(), 1);
    QCOMPARE(reads.first().header("Authorization"),
             "Bearer " + Sandbox::genericStaticToken().toUtf8());
}

void TstCliRun::aCaptureThatFindsNothingFailsTheChain()
{
    const QUuid id = add(u"gen"_s, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString());
    QVERIFY(!id.isNull());
    save(id, u"Broken"_s,
         {request(u"Create"_s, u"POST"_s, u"api/echo"_s, {},
                  {{u"id"_s, Capture::Source::JsonBody, u"$.json.id"_s}}),
          request(u"Read"_s, u"GET"_s, u"api/echo?id={{id}}"_s)});
    const Run r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Broken"_s, u"--secrets-stdin"_s},
                      tokenLine());
    // Both fail in words (the POST had no body to capture from; the GET was never sent), and
    // the status is that of failed checks, not of a usage error.
    QVERIFY2(r.code == 5, r.out + r.err);
    QVERIFY2(r.out.contains("      {{id}}: $.json.id found nothing\n"), r.out.constData());
    QVERIFY(r.out.contains("FAIL  Read · GET api/echo?id={{id}} · no answer"));
    QVERIFY(r.out.endsWith("0 passed, 2 failed\n"));
}

void TstCliRun::exitStatuses()
{
    const QUuid id = add(u"gen"_s, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString());
    QVERIFY(!id.isNull());
    save(id, u"Smoke"_s, smoke());
    // Nothing of that name: a usage error, saying what was looked for.
    Run r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Nightly"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("no collection named \"Nightly\""));
    r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Smoke"_s, u"--only"_s, u"Nope"_s});
    QCOMPARE(r.code, 2);
    r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s});
    QCOMPARE(r.code, 2);
    // No secret and nobody to ask: a login is needed (3), and the rest is not sent.
    r = cli({u"--no-keychain"_s, u"run"_s, u"gen"_s, u"Smoke"_s});
    QVERIFY2(r.code == 3, r.out + r.err);
    QVERIFY(r.out.contains("0 passed, 1 failed · nobody could log in, 4 not run"));

    // A server that is gone: a network error (4).
    QString url;
    {
        TestHttpServer gone;
        QVERIFY(gone.listen());
        url = gone.url("/").toString();
    }
    const QUuid other = add(u"gone"_s, url);
    save(other, u"Smoke"_s, {request(u"Who"_s, u"GET"_s, u"api/whoami"_s)});
    r = cli({u"--no-keychain"_s, u"run"_s, u"gone"_s, u"Smoke"_s, u"--secrets-stdin"_s},
            tokenLine());
    QVERIFY2(r.code == 4, r.out + r.err);
}

QTEST_GUILESS_MAIN(TstCliRun)
#include "tst_clirun.moc"
