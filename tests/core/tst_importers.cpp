#include "auth/TokenDelivery.h"
#include "compose/SecretVariables.h"
#include "explorer/CollectionStore.h"
#include "interop/CollectionImport.h"
#include "interop/RequestImport.h"
#include "profiles/ProfileStore.h"
#include "secrets/MemorySecretStore.h"

#include <QDirIterator>
#include <QTemporaryDir>

#include <QFile>
#include <QJsonDocument>
#include <QTest>

// Real files exported by Postman, Insomnia and a browser (tests/data/import, see its README),
// read request by request: what a person would check after importing them.
class TstImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postmanV21();
    void postmanV20();
    void postmanAuthShapes_data();
    void postmanAuthShapes();
    void postmanScriptsAndCollectionVariables();
    void postmanEnvironment();
    void postmanAuthIsInherited();
    void postmanDynamicVariablesAreListed();
    void importWritesCollectionVariablesAndSecrets();
    void insomniaYaml();
    void insomniaYamlScripts();
    void insomniaJson();
    void har();
    void formatFromContentNotName();
    void oddFilesEndWell_data();
    void oddFilesEndWell();
    void errors_data();
    void errors();

private:
    static QByteArray file(const QString &name);
    static ImportedCollection read(const QString &name);
};

using Kind = RequestDraft::BodyKind;

QByteArray TstImporters::file(const QString &name)
{
    QFile f(QStringLiteral(TOKENBENCH_IMPORT_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    return f.readAll();
}

ImportedCollection TstImporters::read(const QString &name)
{
    const auto result = RequestImport::read(file(name), name);
    if (!result)
        qWarning() << result.error().message;
    return result ? result.value() : ImportedCollection();
}

static bool anyContains(const QStringList &lines, const char *text)
{
    for (const QString &line : lines) {
        if (line.contains(QString::fromUtf8(text)))
            return true;
    }
    return false;
}

static QString rows(const QList<KeyValueRow> &list)
{
    QStringList out;
    for (const auto &row : list)
        out.append(row.name + QLatin1Char('=') + row.value);
    return out.join(QLatin1Char('&'));
}

void TstImporters::postmanV21()
{
    const ImportedCollection c = read(QStringLiteral("postman-complex-v2_1.json"));
    QCOMPARE(c.format, QStringLiteral("Postman Collection v2.1"));
    QCOMPARE(c.name, QStringLiteral("Complex Test Collection"));
    QCOMPARE(c.requests.size(), 6);

    const ImportedRequest &multipart = c.requests.at(0);
    QCOMPARE(multipart.folder, QStringList{QStringLiteral("First Folder")});
    QCOMPARE(multipart.savedName(), QStringLiteral("First Folder / {{base_url}}/api/users"));
    QCOMPARE(multipart.draft.method, QStringLiteral("POST"));
    QCOMPARE(multipart.draft.url, QStringLiteral("{{base_url}}/api/users"));
    QCOMPARE(multipart.draft.header(QStringLiteral("Authorization")).value_or(QString()),
             QStringLiteral("Basic dXNlcm5hbWU6cGFzc3dvcmQ="));
    QCOMPARE(multipart.draft.bodyKind, Kind::Form);
    QCOMPARE(rows(multipart.draft.formFields), QStringLiteral("foo=bar"));
    QVERIFY(anyContains(multipart.notCarried, "file field file (/home/user/test.txt)"));
    QVERIFY(anyContains(multipart.notCarried, "disabled form field baz"));
    QVERIFY(anyContains(multipart.notes, "multipart"));
    // The folder's scripts are empty: nothing to list.
    QVERIFY(!anyContains(multipart.notCarried, "script"));

    const ImportedRequest &form = c.requests.at(1);
    QCOMPARE(form.savedName(), QStringLiteral("First Folder / Urlencoded Form Test"));
    QCOMPARE(form.draft.bodyKind, Kind::Form);
    QCOMPARE(rows(form.draft.formFields), QStringLiteral("foo=bar"));
    QVERIFY(form.notCarried.isEmpty());

    const ImportedRequest &raw = c.requests.at(2);
    QCOMPARE(raw.savedName(), QStringLiteral("Test Request"));
    QCOMPARE(raw.draft.bodyKind, Kind::Raw);
    QCOMPARE(raw.draft.bodyText, QStringLiteral("hello world!"));
    QCOMPARE(raw.draft.rawContentType, QStringLiteral("text/plain"));

    const ImportedRequest &unknown = c.requests.at(3);
    QCOMPARE(unknown.draft.bodyKind, Kind::None);
    QVERIFY(anyContains(unknown.notCarried, "unknown mode \"unknown\""));

    QCOMPARE(c.requests.at(4).draft.bodyKind, Kind::None);
    QVERIFY(c.requests.at(4).notCarried.isEmpty());

    const ImportedRequest &graphql = c.requests.at(5);
    QCOMPARE(graphql.draft.url, QStringLiteral("{{base_url}}/graphql/"));
    QCOMPARE(graphql.draft.bodyKind, Kind::Json);
    const QJsonObject payload = QJsonDocument::fromJson(graphql.draft.bodyText.toUtf8()).object();
    QVERIFY(payload.value(QStringLiteral("query"))
                .toString()
                .startsWith(QStringLiteral("mutation loginUser(")));
    QCOMPARE(payload.value(QStringLiteral("variables"))
                 .toObject()
                 .value(QStringLiteral("password"))
                 .toString(),
             QStringLiteral("{{password}}"));
}

void TstImporters::postmanV20()
{
    const ImportedCollection c = read(QStringLiteral("postman-complex-v2_0.json"));
    QCOMPARE(c.format, QStringLiteral("Postman Collection v2.0"));
    QCOMPARE(c.name, QStringLiteral("Complex Test Collection"));
    QCOMPARE(c.requests.size(), 6);
    // v2.0 gives the URL as a string.
    QCOMPARE(c.requests.at(0).draft.url, QStringLiteral("{{base_url}}/api/users"));
    QCOMPARE(c.requests.at(0).draft.bodyKind, Kind::Form);
    QCOMPARE(rows(c.requests.at(0).draft.formFields), QStringLiteral("foo=bar"));
    QVERIFY(anyContains(c.requests.at(0).notCarried, "file field file"));
    QCOMPARE(c.requests.at(1).draft.header(QStringLiteral("Authorization")).value_or(QString()),
             QStringLiteral("Basic dXNlcm5hbWU6cGFzc3dvcmQ="));
    QCOMPARE(c.requests.at(2).savedName(), QStringLiteral("Test Request Raw Body"));
    QCOMPARE(c.requests.at(2).draft.bodyText, QStringLiteral("hello world!"));
    QCOMPARE(c.requests.at(3).draft.bodyKind, Kind::None);
    QVERIFY(anyContains(c.requests.at(4).notCarried, "unknown mode"));
    QCOMPARE(c.requests.at(5).draft.bodyKind, Kind::Json);
    QVERIFY(c.requests.at(5).draft.bodyText.contains(QStringLiteral("{{username}}")));
}

void TstImporters::postmanAuthShapes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("v2.0: bearer is an object") << QStringLiteral("postman-bearer-v2_0.json");
    QTest::newRow("v2.1: bearer is a list") << QStringLiteral("postman-bearer-v2_1.json");
}

void TstImporters::postmanAuthShapes()
{
    QFETCH(QString, file);
    ImportedCollection c = read(file);
    QCOMPARE(c.requests.size(), 1);
    QVERIFY(c.requests.at(0).auth);
    QCOMPARE(c.requests.at(0).auth->kind, QStringLiteral("bearer"));
    // Postman sent it as http(s)://insomnia.rest; v2.1 gives the host as parts.
    QCOMPARE(c.requests.at(0).draft.url, QStringLiteral("https://insomnia.rest"));
    // The token of the auth block is nowhere in what would be saved.
    const QByteArray saved = QJsonDocument(c.requests.at(0).draft.toJson()).toJson();
    QVERIFY(!saved.contains("bearer-token-value"));

    ImportedCollection asBearer = c;
    RequestImport::applyProfile(asBearer, TokenDelivery::bearer(), QStringLiteral("Prod"));
    QVERIFY(asBearer.requests.at(0).notCarried.isEmpty());
    QVERIFY(anyContains(asBearer.requests.at(0).notes, "replaced by Prod's credential"));

    ImportedCollection asCookie = c;
    RequestImport::applyProfile(asCookie, TokenDelivery::cookie(QStringLiteral("sid")),
                                QStringLiteral("Legacy"));
    QVERIFY(anyContains(asCookie.requests.at(0).notCarried, "the bearer auth of the request"));

    // A profile that logs in with HTTP Basic has no token to stand in for a bearer one.
    ImportedCollection asBasic = c;
    RequestImport::applyProfile(
        asBasic, TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Basic")),
        QStringLiteral("Intranet"));
    QVERIFY(anyContains(asBasic.requests.at(0).notCarried, "Intranet sends its own credential"));
}

void TstImporters::postmanScriptsAndCollectionVariables()
{
    const ImportedCollection c = read(QStringLiteral("postman-scripts-v2_1.json"));
    QCOMPARE(c.requests.size(), 1);
    const ImportedRequest &r = c.requests.at(0);
    QCOMPARE(r.draft.url, QStringLiteral("http://httpbin.org/get"));
    QVERIFY(anyContains(r.notes, "had no scheme"));
    QVERIFY(anyContains(r.notCarried, "the collection's pre-request script"));
    QVERIFY(anyContains(r.notCarried, "the collection's test script"));
    QVERIFY(anyContains(r.notCarried, "its pre-request script"));
    QVERIFY(anyContains(r.notCarried, "its test script"));
    QVERIFY(anyContains(c.notes, "pre-request script"));
    QCOMPARE(c.variables.size(), 2);
    QCOMPARE(c.variables.at(0).name, QStringLiteral("dssx"));
    QCOMPARE(c.variables.at(0).value, QStringLiteral("{{env-var-in-global}}"));
    QCOMPARE(c.variables.at(1).name, QStringLiteral("bob"));
    QCOMPARE(c.variables.at(1).value, QStringLiteral("something"));
    QVERIFY(!c.variables.at(1).secret);
}

void TstImporters::postmanEnvironment()
{
    QString name;
    const auto variables =
        RequestImport::readEnvironment(file(QStringLiteral("postman-environment.json")), &name);
    QVERIFY(variables);
    QCOMPARE(name, QStringLiteral("Production Env"));
    QCOMPARE(variables.value().size(), 2);
    QCOMPARE(variables.value().at(0).name, QStringLiteral("foo"));
    QCOMPARE(variables.value().at(0).value, QStringLiteral("production"));
    QVERIFY(variables.value().at(0).enabled);
    QVERIFY(!variables.value().at(1).enabled);
    // An environment is not a collection.
    const auto asCollection =
        RequestImport::read(file(QStringLiteral("postman-environment.json")), QString());
    QVERIFY(!asCollection);
    QCOMPARE(asCollection.error().code, QStringLiteral("import.environment_only"));
}

// newman's own test of what requests inherit: the collection's Basic auth, a folder's Digest
// auth over it, a request's own, "noauth" switching it off; scripts at each level; a single
// event given as an object; no "info" at all.
void TstImporters::postmanAuthIsInherited()
{
    ImportedCollection c = read(QStringLiteral("postman-inherited-auth.json"));
    QCOMPARE(c.name, QStringLiteral("Inherited Entities"));
    QStringList names;
    for (const ImportedRequest &r : std::as_const(c.requests))
        names << r.savedName();
    QCOMPARE(names, (QStringList{QStringLiteral("Collection level stuff / Variables"),
                                 QStringLiteral("Collection level stuff / Auth"),
                                 QStringLiteral("Collection level stuff / Events"),
                                 QStringLiteral("Folder level stuff / Auth"),
                                 QStringLiteral("Folder level stuff / Event"),
                                 QStringLiteral("Request level stuff / Auth"),
                                 QStringLiteral("Auth override"),
                                 QStringLiteral("Environment override")}));
    QCOMPARE(c.requests.at(0).draft.url, QStringLiteral("{{collectionVariablesURL}}"));
    QCOMPARE(c.requests.at(0).draft.method, QStringLiteral("GET"));
    QCOMPARE(c.requests.at(1).auth->kind, QStringLiteral("basic"));
    QCOMPARE(c.requests.at(1).auth->from, QStringLiteral("the collection"));
    QCOMPARE(c.requests.at(3).auth->kind, QStringLiteral("digest"));
    QCOMPARE(c.requests.at(3).auth->from, QStringLiteral("the folder Folder level stuff"));
    QCOMPARE(c.requests.at(5).auth->from, QStringLiteral("the request"));
    QVERIFY(!c.requests.at(6).auth); // noauth
    QCOMPARE(c.requests.at(7).auth->from, QStringLiteral("the collection"));
    // Scripts: the collection's for every request, the folder's for its own, each request's.
    QVERIFY(anyContains(c.requests.at(3).notCarried, "the collection's pre-request script"));
    QVERIFY(anyContains(c.requests.at(3).notCarried,
                        "the folder Folder level stuff's pre-request script"));
    QVERIFY(anyContains(c.requests.at(3).notCarried, "its test script")); // a single event
    QVERIFY(!anyContains(c.requests.at(0).notCarried, "the folder"));
    QCOMPARE(c.variables.size(), 3);

    // A bearer profile: Basic and Digest cannot be stood in for; a Basic profile takes Basic.
    ImportedCollection asBearer = c;
    RequestImport::applyProfile(asBearer, TokenDelivery::bearer(), QStringLiteral("Prod"));
    QVERIFY(anyContains(asBearer.requests.at(1).notCarried,
                        "the basic auth of the collection (Prod sends its own credential, in "
                        "the Authorization header)"));
    QVERIFY(anyContains(asBearer.requests.at(3).notCarried, "the digest auth of the folder"));
    QVERIFY(!anyContains(asBearer.requests.at(6).notCarried, "auth"));
    ImportedCollection asBasic = c;
    RequestImport::applyProfile(
        asBasic, TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Basic")),
        QStringLiteral("Intranet"));
    QVERIFY(anyContains(asBasic.requests.at(1).notes, "replaced by Intranet's credential"));
    QVERIFY(!anyContains(asBasic.requests.at(1).notCarried, "auth"));

    // Its environment has neither a name nor a scope: its values say what it is.
    QString name;
    const auto environment = RequestImport::readEnvironment(
        file(QStringLiteral("postman-inherited-auth.environment.json")), &name);
    QVERIFY(environment);
    QCOMPARE(environment.value().size(), 2);
    QCOMPARE(environment.value().at(1).name, QStringLiteral("duplicate-var"));
    QCOMPARE(environment.value().at(1).value, QStringLiteral("correct"));
}

void TstImporters::postmanDynamicVariablesAreListed()
{
    const ImportedCollection c = read(QStringLiteral("postman-dynamic-variables-v2_1.json"));
    QCOMPARE(c.requests.size(), 1);
    const ImportedRequest &r = c.requests.at(0);
    QCOMPARE(r.draft.url,
             QStringLiteral("http://httpbin.org/anything/{{$guid}}?{{$guid}}={{$guid}}"));
    QCOMPARE(r.draft.bodyText, QStringLiteral("{{$guid}}"));
    // Once, however often it is used; the empty pre-request script is nothing to list.
    QCOMPARE(r.notCarried.filter(QStringLiteral("{{$guid}}")).size(), 1);
    QVERIFY(!anyContains(r.notCarried, "script"));
    QCOMPARE(r.auth->kind, QStringLiteral("bearer"));
}

// The core's one import, as both faces run it: the environment's value wins over the
// collection's, plain values become profile fields, secret ones go to the secret store, and the
// collection file holds none of them.
void TstImporters::importWritesCollectionVariablesAndSecrets()
{
    QTemporaryDir dir;
    ProfileStore profiles(dir.path());
    QVERIFY(profiles.load());
    Profile p;
    p.name = QStringLiteral("Echo");
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("bearer");
    p.baseUrl = QUrl(QStringLiteral("https://postman-echo.com"));
    const auto added = profiles.add(p);
    QVERIFY(added);
    const QUuid id = added->id;
    MemorySecretStore secrets;
    SecretVariables variables(&secrets, dir.path());
    CollectionStore store(CollectionStore::directoryFor(profiles));

    ImportedCollection c = read(QStringLiteral("postman-inherited-auth.json"));
    CollectionImport::prepare(c, added.value());
    CollectionImport::Options options;
    options.environment = RequestImport::readEnvironment(
                              file(QStringLiteral("postman-inherited-auth.environment.json")))
                              .value();
    options.environment.append(
        {QStringLiteral("echo_api_key"), QStringLiteral("literal-key-0123456789"), true, true});
    CollectionImport importer(&store, &profiles, &variables);
    std::optional<Result<CollectionImport::Report>> result;
    importer.run(id, c, options, this,
                 [&result](const Result<CollectionImport::Report> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    const CollectionImport::Report &report = result->value();
    QCOMPARE(report.collection, QStringLiteral("Inherited Entities"));
    QCOMPARE(report.requests, 8);
    QCOMPARE(report.secretVariables, QStringList{QStringLiteral("echo_api_key")});
    const Profile stored = *profiles.find(id);
    QCOMPARE(stored.fields.value(QStringLiteral("duplicate-var")), QStringLiteral("correct"));
    QCOMPARE(stored.fields.value(QStringLiteral("env-var")), QStringLiteral("environment value"));
    QCOMPARE(stored.fields.value(QStringLiteral("collection-var")),
             QStringLiteral("collection level variable"));
    QCOMPARE(variables.known(id).value(QStringLiteral("echo_api_key")).value_or(QString()),
             QStringLiteral("literal-key-0123456789"));
    QCOMPARE(store.collections(id).size(), 1);
    QCOMPARE(store.collections(id).first().requests.size(), 8);

    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("literal-key-0123456789"), qPrintable(f.fileName()));
    }

    // A second import of the same file: a new name, never an overwrite.
    result.reset();
    importer.run(id, c, {}, this,
                 [&result](const Result<CollectionImport::Report> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->value().collection, QStringLiteral("Inherited Entities (2)"));
}

void TstImporters::insomniaYaml()
{
    const ImportedCollection c = read(QStringLiteral("insomnia-v4-simple.yaml"));
    QCOMPARE(c.format, QStringLiteral("Insomnia export v4"));
    QCOMPARE(c.name, QStringLiteral("simple"));
    QCOMPARE(c.requests.size(), 3);
    // Insomnia's order (metaSortKey): the folder first, then the requests.
    QCOMPARE(c.requests.at(0).savedName(), QStringLiteral("test folder / New Request"));
    QCOMPARE(c.requests.at(0).draft.url, QStringLiteral("http://insomnia.rest"));
    QCOMPARE(c.requests.at(1).savedName(), QStringLiteral("example graphql"));
    QCOMPARE(c.requests.at(1).draft.method, QStringLiteral("POST"));
    QCOMPARE(c.requests.at(1).draft.bodyKind, Kind::Json);
    QCOMPARE(c.requests.at(1).draft.bodyText,
             QStringLiteral("{\"query\":\"query {\\n\\thello,\\n\\tbearer\\n}\"}"));
    QCOMPARE(c.requests.at(1).draft.header(QStringLiteral("Content-Type")).value_or(QString()),
             QStringLiteral("application/json"));
    QCOMPARE(c.requests.at(2).savedName(), QStringLiteral("example http"));
    QCOMPARE(c.requests.at(2).draft.url, QStringLiteral("http://localhost:4010/pets/1"));
    QCOMPARE(c.requests.at(2).draft.bodyKind, Kind::None);
    // What is not an HTTP request is said once for the file.
    QVERIFY(anyContains(c.notes, "\"example websocket\", a WebSocket request"));
    QVERIFY(anyContains(c.notes, "\"example grpc\", a gRPC request"));
    QVERIFY(anyContains(c.notes, "of the cookie jar"));
    QVERIFY(anyContains(c.notes, "\"production\""));
    QVERIFY(anyContains(c.notes, "\"staging\""));
    // The base environment's values are the variables.
    QCOMPARE(c.variables.size(), 2);
    QStringList names;
    for (const auto &v : c.variables)
        names << v.name + QLatin1Char('=') + v.value;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("current-env=base"), QStringLiteral("foo=bar")}));
}

void TstImporters::insomniaYamlScripts()
{
    const ImportedCollection c = read(QStringLiteral("insomnia-v4-three-requests.yaml"));
    QCOMPARE(c.name, QStringLiteral("Collection with 3 requests"));
    QCOMPARE(c.requests.size(), 3);
    // In Insomnia's order (metaSortKey), not the file's.
    QCOMPARE(c.requests.at(0).name, QStringLiteral("1"));
    QCOMPARE(c.requests.at(1).name, QStringLiteral("2"));
    QCOMPARE(c.requests.at(2).name, QStringLiteral("3"));
    const ImportedRequest &first = c.requests.at(0);
    QCOMPARE(first.draft.url, QStringLiteral("http://localhost:4010/echo"));
    QCOMPARE(first.draft.bodyKind, Kind::Raw);
    QCOMPARE(first.draft.bodyText, QStringLiteral("expecting to see:{{value}}"));
    QCOMPARE(first.draft.rawContentType, QStringLiteral("text/plain"));
    QCOMPARE(first.draft.header(QStringLiteral("User-Agent")).value_or(QString()),
             QStringLiteral("insomnia/10.0.0"));
    QVERIFY(anyContains(first.notCarried, "its test script"));
    QVERIFY(c.requests.at(2).notCarried.isEmpty());
    QCOMPARE(c.variables.size(), 1);
    QCOMPARE(c.variables.at(0).name, QStringLiteral("value"));
    QCOMPARE(c.variables.at(0).value, QStringLiteral("123"));
}

void TstImporters::insomniaJson()
{
    const ImportedCollection c = read(QStringLiteral("insomnia-v4-basic.json"));
    QCOMPARE(c.format, QStringLiteral("Insomnia export v4"));
    QCOMPARE(c.name, QStringLiteral("New"));
    QCOMPARE(c.requests.size(), 1);
    QCOMPARE(c.requests.at(0).name, QStringLiteral("Test"));
    QCOMPARE(c.requests.at(0).draft.method, QStringLiteral("GET"));
    QCOMPARE(c.requests.at(0).draft.url, QStringLiteral("https://insomnia.rest"));
    QVERIFY(c.requests.at(0).notCarried.isEmpty());
}

void TstImporters::har()
{
    const ImportedCollection c = read(QStringLiteral("har-deep.json"));
    QCOMPARE(c.format, QStringLiteral("HAR 1.2"));
    QCOMPARE(c.name, QStringLiteral("har-deep")); // a log has no name: the file's
    // The first entry has no URL: listed, not imported.
    QVERIFY(anyContains(c.notes, "entry 1"));
    QCOMPARE(c.requests.size(), 1);
    const ImportedRequest &r = c.requests.at(0);
    QCOMPARE(r.name, QStringLiteral("POST /foo/bar"));
    QCOMPARE(r.draft.url, QStringLiteral("https://insomnia.rest/foo/bar"));
    QCOMPARE(r.draft.bodyKind, Kind::Raw);
    QCOMPARE(r.draft.bodyText, QStringLiteral("hello world!"));
    // The browser's cookies and Cookie header stay behind, said so; Host is set per send.
    QVERIFY(r.draft.headers.isEmpty());
    QVERIFY(anyContains(r.notCarried, "the cookie header"));
    QVERIFY(anyContains(r.notCarried, "of the browser"));
    QVERIFY(anyContains(r.notCarried, "Host"));
    const QByteArray saved = QJsonDocument(r.draft.toJson()).toJson();
    QVERIFY(!saved.contains("df7b43586f071c4aaa79dc8a9de0845771478571055"));
    QVERIFY(!saved.contains("foo=bar"));
}

void TstImporters::formatFromContentNotName()
{
    // A HAR log named like a Postman collection is still read as HAR.
    const auto c = RequestImport::read(file(QStringLiteral("har-deep.json")),
                                       QStringLiteral("collection.postman_collection.json"));
    QVERIFY(c);
    QCOMPARE(c.value().format, QStringLiteral("HAR 1.2"));
}

void TstImporters::errors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::newRow("not JSON") << QByteArray("hello: [") << QStringLiteral("import.unknown_format");
    QTest::newRow("other JSON") << QByteArray("{\"a\": 1}")
                                << QStringLiteral("import.unknown_format");
    QTest::newRow("Insomnia 3") << QByteArray("{\"_type\":\"export\",\"__export_format\":3,"
                                              "\"resources\":[]}")
                                << QStringLiteral("import.insomnia_format");
    QTest::newRow("Postman v1") << QByteArray("{\"id\":\"x\",\"name\":\"old\",\"order\":[],"
                                              "\"requests\":[]}")
                                << QStringLiteral("import.postman_v1");
}

// Files no tool wrote, read without a crash or a loop: whatever they hold is an answer.
void TstImporters::oddFilesEndWell_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("requests");
    QTest::newRow("items of no kind")
        << QByteArray("{\"info\":{},\"item\":[1,\"x\",null,{\"item\":5},{\"request\":7}]}") << 1;
    QTest::newRow("a folder with its workspace's id")
        << QByteArray("{\"_type\":\"export\",\"__export_format\":4,\"resources\":["
                      "{\"_id\":\"w\",\"_type\":\"workspace\",\"name\":\"W\"},"
                      "{\"_id\":\"w\",\"parentId\":\"w\",\"_type\":\"request_group\"},"
                      "{\"_id\":\"r\",\"parentId\":\"w\",\"_type\":\"request\","
                      "\"url\":\"https://x.example/\"}]}")
        << 1;
    QTest::newRow("HAR entries of no kind")
        << QByteArray("{\"log\":{\"entries\":[1,{},{\"request\":{\"url\":\"data:,x\"}}]}}") << 0;
}

void TstImporters::oddFilesEndWell()
{
    QFETCH(QByteArray, content);
    QFETCH(int, requests);
    const auto result = RequestImport::read(content, QStringLiteral("odd.json"));
    QVERIFY(result);
    QCOMPARE(result.value().requests.size(), requests);
}

void TstImporters::errors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    const auto result = RequestImport::read(content, QStringLiteral("x.json"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TstImporters)
#include "tst_importers.moc"
