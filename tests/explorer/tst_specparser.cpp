#include "explorer/OperationDraft.h"
#include "explorer/OrderedJson.h"
#include "explorer/OrderedMap.h"
#include "explorer/SpecParser.h"
#include "explorer/YamlDocument.h"

#include <QCborMap>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

// Reading API descriptions: real public documents in both versions and both syntaxes, and
// malformed ones, which must end in a clear error (or a listed problem), never a hang or a crash.
class TstSpecParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitea_swagger2();
    void petstore_openapi3();
    void lxkns_openapi3_yaml();
    void orderedJsonKeepsMemberOrder();
    void malformed_data();
    void malformed();
    void refProblemsAreListed();
    void yamlBombIsRefused();
    void yamlMapKeysOfEveryKind();
    void deepNestingIsRefused();
    void largeDocumentParses();
    void manyMembers_data();
    void manyMembers();
    void manyMembersInOneObject_data();
    void manyMembersInOneObject();
    void repeatedKeysKeepTheirPlaceAndTakeTheLastValue_data();
    void repeatedKeysKeepTheirPlaceAndTakeTheLastValue();
    void tooManyMembersAreRefused_data();
    void tooManyMembersAreRefused();
    void cancelStopsReading_data();
    void cancelStopsReading();
};

namespace {

// An OpenAPI document whose objects have `n` members each: `n` paths, each with an operation of
// its own tag whose parameter is a $ref into a map of `n` parameters; and an extension object
// of `n` members. JSON or YAML.
QByteArray hugeDocument(int n, bool yaml)
{
    QByteArray doc;
    const auto add = [&doc](const QByteArray &json, const QByteArray &yamlText, bool y) {
        doc += y ? yamlText : json;
    };
    add(R"({"openapi":"3.0.0","info":{"title":"huge","version":"1"},"paths":{)",
        "openapi: 3.0.0\ninfo:\n  title: huge\n  version: '1'\npaths:\n", yaml);
    for (int i = 0; i < n; ++i) {
        const QByteArray s = QByteArray::number(i);
        add((i ? ",\"/p" : "\"/p") + s + "\":{\"get\":{\"tags\":[\"t" + s +
                "\"],\"parameters\":[{\"$ref\":\"#/components/parameters/q" + s + "\"}]}}",
            "  /p" + s + ":\n    get:\n      tags: [t" + s +
                "]\n      parameters:\n        - $ref: '#/components/parameters/q" + s + "'\n",
            yaml);
    }
    add(R"(},"components":{"parameters":{)", "components:\n  parameters:\n", yaml);
    for (int i = 0; i < n; ++i) {
        const QByteArray s = QByteArray::number(i);
        add((i ? ",\"q" : "\"q") + s + "\":{\"name\":\"n" + s + "\",\"in\":\"query\"}",
            "    q" + s + ":\n      name: n" + s + "\n      in: query\n", yaml);
    }
    add(R"(}},"x-big":{)", "x-big:\n", yaml);
    for (int i = 0; i < n; ++i) {
        const QByteArray s = QByteArray::number(i);
        add((i ? ",\"k" : "\"k") + s + "\":" + s, "  k" + s + ": " + s + "\n", yaml);
    }
    add("}}", "", yaml);
    return doc;
}

} // namespace

static QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TOKENBENCH_OPENAPI_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

void TstSpecParser::gitea_swagger2()
{
    const auto spec = SpecParser::parse(readData(u"gitea-swagger2.json"_s));
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->kind, ApiSpec::Kind::Swagger2);
    QCOMPARE(spec->kindName(), u"Swagger 2.0"_s);
    QCOMPARE(spec->title, u"Gitea API."_s);
    QCOMPARE(spec->basePath, u"/api/v1"_s);
    QCOMPARE(spec->operations.size(), 159);
    QVERIFY(spec->tags.contains(u"repository"_s));
    QVERIFY(spec->problems.isEmpty());

    const ApiOperation *get = spec->find(u"GET"_s, u"/repos/{owner}/{repo}/issues"_s);
    QVERIFY(get);
    QCOMPARE(get->operationId, u"issueListIssues"_s);
    QStringList names;
    for (const ApiParameter &p : get->parameters)
        names.append(p.in + u':' + p.name);
    QVERIFY2(names.startsWith(u"path:owner"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"query:state"_s));
    // Swagger 2.0 body parameters become the request body.
    const ApiOperation *create = spec->find(u"POST"_s, u"/repos/{owner}/{repo}/issues"_s);
    QVERIFY(create);
    QVERIFY(!create->requestSchema.isUndefined());
    QCOMPARE(create->requestContentType, u"application/json"_s);
    QVERIFY(!create->responses.isEmpty());
}

void TstSpecParser::petstore_openapi3()
{
    const auto spec = SpecParser::parse(readData(u"petstore-openapi3.json"_s));
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->kind, ApiSpec::Kind::OpenApi3);
    QCOMPARE(spec->specVersion, u"3.0.0"_s);
    QCOMPARE(spec->basePath, u"/v2"_s);
    QCOMPARE(spec->tags.mid(0, 3), (QStringList{u"pet"_s, u"store"_s, u"user"_s}));
    const ApiOperation *add = spec->find(u"POST"_s, u"/pet"_s);
    QVERIFY(add);
    QCOMPARE(add->summary, u"Add a new pet to the store"_s);
    QVERIFY(add->requestBodyRequired);
    QCOMPARE(add->requestContentType, u"application/json"_s);
    // A form-encoded body: the form is chosen only when no JSON type is offered.
    const ApiOperation *update = spec->find(u"POST"_s, u"/pet/{petId}"_s);
    QVERIFY(update);
    QCOMPARE(update->requestContentType, u"application/x-www-form-urlencoded"_s);
}

void TstSpecParser::lxkns_openapi3_yaml()
{
    const auto spec = SpecParser::parse(readData(u"lxkns-openapi3.yaml"_s));
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->kind, ApiSpec::Kind::OpenApi3);
    QCOMPARE(spec->specVersion, u"3.0.2"_s);
    QCOMPARE(spec->title, u"lxkns"_s);
    QCOMPARE(spec->basePath, u"/api"_s);
    QCOMPARE(spec->operations.size(), 3);
    const ApiOperation *ns = spec->find(u"GET"_s, u"/namespaces"_s);
    QVERIFY(ns);
    QVERIFY(!ns->responses.isEmpty());
    QCOMPARE(ns->responses.first().status, u"200"_s);
}

void TstSpecParser::orderedJsonKeepsMemberOrder()
{
    const auto v =
        OrderedJson::parse(R"({"zeta":1,"alpha":{"b":true,"a":null},"m":[1.5,"x\u00e9"]})");
    QVERIFY(v);
    QCOMPARE(OrderedJson::toText(v.value(), 0),
             u"{\"zeta\":1,\"alpha\":{\"b\":true,\"a\":null},\"m\":[1.5,\"x\u00e9\"]}"_s);
    // Escapes decode as QJsonDocument decodes them: a surrogate pair is one character.
    const auto escaped = OrderedJson::parse(R"({"k\u00e9y":["\ud83d\ude00\t\"",-0,1e2]})");
    QVERIFY(escaped);
    QCOMPARE(OrderedJson::toText(escaped.value(), 0),
             u"{\"k\u00e9y\":[\"\U0001F600\\t\\\"\",0,100]}"_s);
    // Strict as RFC 8259: a leading zero, a bare decimal point, bytes that are not UTF-8.
    QVERIFY(!OrderedJson::parse("[01]"));
    QVERIFY(!OrderedJson::parse("[1.]"));
    QVERIFY(!OrderedJson::parse("[\"\xff\"]"));
    const auto bad = OrderedJson::parse("{\"a\":\n  [1,}");
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"line 2"_s), qPrintable(bad.error().message));
}

void TstSpecParser::malformed_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray("  \n") << u"explorer.empty"_s;
    QTest::newRow("truncated json")
        << QByteArray(R"({"openapi": "3.0.0", "paths": {)") << u"json.syntax"_s;
    QTest::newRow("bad yaml") << QByteArray("openapi: 3.0.0\npaths: [a, b\n  c: :\n")
                              << u"yaml.syntax"_s;
    QTest::newRow("html") << QByteArray("<html><body>Sign in</body></html>")
                          << u"explorer.not_a_document"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << u"explorer.binary"_s;
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << u"explorer.not_a_document"_s;
    QTest::newRow("no version") << QByteArray(R"({"info": {"title": "x"}, "paths": {}})")
                                << u"explorer.not_a_document"_s;
    QTest::newRow("swagger 1.2") << QByteArray(R"({"swaggerVersion": "1.2", "swagger": "1.2"})")
                                 << u"explorer.unsupported_version"_s;
    QTest::newRow("paths is a list")
        << QByteArray("openapi: 3.0.0\npaths:\n  - /a\n  - /b\n") << u"explorer.paths_type"_s;
}

void TstSpecParser::malformed()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    // "Never a hang" is CTest's timeout; how fast belongs to a benchmark, not here.
    const auto spec = SpecParser::parse(document);
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, code);
    QCOMPARE(spec.error().kind, Error::Kind::Parse);
    QVERIFY(!spec.error().message.isEmpty());
}

void TstSpecParser::refProblemsAreListed()
{
    // A reference cycle, a missing target and values of the wrong type: the document still
    // loads, and each problem names what is wrong.
    const QByteArray doc = R"({
      "openapi": "3.0.3",
      "info": {"title": "broken", "version": "1"},
      "paths": {
        "/a": {"get": {"parameters": [{"$ref": "#/components/parameters/Loop1"}],
                       "responses": {"200": {"description": "ok"}}}},
        "/b": {"get": {"parameters": [{"$ref": "#/components/parameters/Nowhere"}],
                       "responses": {"200": {"description": "ok"}}}},
        "/c": {"get": {"parameters": {"name": "x"}, "responses": "none"}},
        "/d": "not an object",
        "/e": {"post": 42},
        "/f": {"get": {"parameters": [{"$ref": "other.yaml#/x"}]}}
      },
      "components": {"parameters": {
        "Loop1": {"$ref": "#/components/parameters/Loop2"},
        "Loop2": {"$ref": "#/components/parameters/Loop1"}
      }}
    })";
    const auto spec = SpecParser::parse(doc);
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->operations.size(), 4);
    const QString problems = spec->problems.join(u'\n');
    QVERIFY2(problems.contains(u"\"#/components/parameters/Loop1\" leads back to itself"_s),
             qPrintable(problems));
    QVERIFY(problems.contains(u"\"#/components/parameters/Nowhere\" names nothing"_s));
    QVERIFY(problems.contains(u"\"parameters\" must be a list, not an object"_s));
    QVERIFY(problems.contains(u"\"responses\" must be an object, not a string"_s));
    QVERIFY(problems.contains(u"/d: a path must be an object, not a string"_s));
    QVERIFY(problems.contains(u"POST /e: an operation must be an object, not a number"_s));
    QVERIFY(problems.contains(u"points into another document"_s));

    const auto cycle = SpecParser::resolveRef(spec->root, u"#/components/parameters/Loop2"_s);
    QVERIFY(!cycle);
    QCOMPARE(cycle.error().code, u"explorer.ref_cycle"_s);
}

void TstSpecParser::yamlBombIsRefused()
{
    // "Billion laughs": nine levels of ten aliases each. yaml-cpp shares the aliased nodes, and
    // the conversion would visit 10^9 of them without the node limit.
    QByteArray bomb = "openapi: 3.0.0\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
                      "\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    const char names[] = "abcdefghi";
    for (int i = 1; i < 9; ++i) {
        const QByteArray prev(1, names[i - 1]);
        QByteArray line = QByteArray(1, names[i]) + ": &" + QByteArray(1, names[i]) + " [";
        for (int j = 0; j < 10; ++j)
            line += (j ? ",*" : "*") + prev;
        bomb += line + "]\n";
    }
    bomb += "paths: {}\n";
    const auto spec = SpecParser::parse(bomb);
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, u"yaml.too_large"_s);
    QVERIFY2(spec.error().message.contains(u"aliases"_s), qPrintable(spec.error().message));
}

void TstSpecParser::yamlMapKeysOfEveryKind()
{
    // fuzz_openapi: every map key was read through a reference to a dead iterator proxy. Found
    // by AddressSanitizer (make asan); without it the keys merely happened to come out right.
    const QByteArray yaml = "plain: 1\n'quoted': 2\n? [a, b]\n: 3\n&k anchored: 4\nlast: *k\n";
    const auto tree = SpecParser::parseTree(yaml);
    QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().message));
    const QCborMap map = tree.value().toMap();
    QCOMPARE(map.size(), 5);
    QCOMPARE(map.value(u"plain"_s).toInteger(), 1);
    QCOMPARE(map.value(u"quoted"_s).toInteger(), 2);
    QCOMPARE(map.value(u"anchored"_s).toInteger(), 4);
    QCOMPARE(map.value(u"last"_s).toString(), u"anchored"_s);
}

void TstSpecParser::deepNestingIsRefused()
{
    const QByteArray json = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto fromJson = SpecParser::parse(json);
    QVERIFY(!fromJson);
    QVERIFY2(fromJson.error().message.contains(u"levels deep"_s),
             qPrintable(fromJson.error().message));
    const QByteArray yaml = "openapi: 3.0.0\nx: " + QByteArray(5000, '[') + QByteArray(5000, ']');
    const auto fromYaml = SpecParser::parse(yaml);
    QVERIFY(!fromYaml);
}

void TstSpecParser::largeDocumentParses()
{
    // Thousands of operations, several megabytes: what a big vendor's document weighs.
    QByteArray doc = R"({"openapi":"3.0.1","info":{"title":"big","version":"1"},"paths":{)";
    for (int i = 0; i < 4000; ++i) {
        if (i)
            doc += ',';
        const QByteArray n = QByteArray::number(i);
        doc += "\"/api/module" + n + "/{id}\":{\"get\":{\"tags\":[\"Module " +
               QByteArray::number(i % 40) + "\"],\"operationId\":\"get" + n +
               "\",\"summary\":\"Get one record of module " + n + "\",\"description\":\"" +
               QByteArray(400, 'd') +
               "\",\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,"
               "\"schema\":{\"type\":\"integer\"}}],\"responses\":{\"200\":{\"description\":\"OK\","
               "\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/"
               "R\"}}}}}}"
               ",\"put\":{\"operationId\":\"put" +
               n +
               "\",\"requestBody\":{\"content\":{"
               "\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/R\"}}}},"
               "\"responses\":{\"204\":{\"description\":\"Done\"}}}}";
    }
    doc +=
        R"(},"components":{"schemas":{"R":{"type":"object","properties":{"id":{"type":"integer"}}}}}})";
    QVERIFY(doc.size() > 2 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const auto spec = SpecParser::parse(doc);
    QVERIFY(spec);
    QCOMPARE(spec->operations.size(), 8000);
    qInfo("parsed %lld bytes, %lld operations in %lld ms", qlonglong(doc.size()),
          qlonglong(spec->operations.size()), qlonglong(timer.elapsed()));
}

void TstSpecParser::manyMembers_data()
{
    QTest::addColumn<bool>("yaml");
    QTest::newRow("JSON") << false;
    QTest::newRow("YAML") << true;
}

void TstSpecParser::manyMembers()
{
    // Each new key used to be looked for in every key before it, and each $ref in every member
    // of the map it names: with 40,000 members that took 3.8 s, with a million hours (issue 19,
    // item 8). How the time grows with the size is a benchmark's figure (bench_specparse, in
    // docs/PERFORMANCE.md), not a test's: this one checks the result, at a size past every
    // stride the readers keep (a hash from 16 members, a cancel check every 1,024 YAML events
    // and 4,096 members), which is all a larger document would add.
    QFETCH(bool, yaml);
    constexpr int n = 10000;
    const QByteArray doc = hugeDocument(n, yaml);
    SpecParser::Limits limits;
    limits.maxNodes = 16 * 1000 * 1000;
    const auto spec = SpecParser::parse(doc, limits);
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->operations.size(), n);
    QCOMPARE(spec->tags.size(), n);
    // Every parameter found through its $ref, in the document's order.
    for (int i : {0, 1, 4242, n - 1}) {
        const ApiOperation &op = spec->operations.at(i);
        QCOMPARE(op.path, u"/p%1"_s.arg(i));
        QCOMPARE(op.parameters.size(), 1);
        QCOMPARE(op.parameters.first().name, u"n%1"_s.arg(i));
        QCOMPARE(spec->operationsTagged(u"t%1"_s.arg(i)), QList<int>{i});
    }
    const QCborMap big = spec->root.value(u"x-big"_s).toMap();
    QCOMPARE(big.size(), n);
    QCOMPARE(big.begin().key().toString(), u"k0"_s);
    QCOMPARE((big.end() - 1).key().toString(), u"k%1"_s.arg(n - 1));
    QCOMPARE((big.end() - 1).value().toInteger(), n - 1);
}

void TstSpecParser::manyMembersInOneObject_data()
{
    QTest::addColumn<bool>("yaml");
    QTest::newRow("JSON") << false;
    QTest::newRow("YAML") << true;
}

void TstSpecParser::manyMembersInOneObject()
{
    // One request body of very many properties: with 400,000, reading it and making its example
    // body took about ten minutes before (n² in both); bench_specparse times that size now. The
    // result is the same at 10,000, past the readers' strides and the example's budget.
    QFETCH(bool, yaml);
    constexpr int n = 10000;
    QByteArray doc = yaml ? "openapi: 3.0.0\ninfo: {title: wide, version: '1'}\npaths:\n  /x:\n"
                            "    post:\n      requestBody:\n        content:\n"
                            "          application/json:\n            schema:\n"
                            "              properties:\n"
                          : R"({"openapi":"3.0.0","info":{"title":"wide","version":"1"},"paths":)"
                            R"({"/x":{"post":{"requestBody":{"content":{"application/json":)"
                            R"({"schema":{"properties":{)";
    for (int i = 0; i < n; ++i) {
        const QByteArray s = QByteArray::number(i);
        doc += yaml ? "                p" + s + ": {type: integer}\n"
                    : (i ? ",\"p" : "\"p") + s + "\":{\"type\":\"integer\"}";
    }
    if (!yaml)
        doc += "}}}}}}}}}";
    SpecParser::Limits limits;
    limits.maxNodes = 16 * 1000 * 1000;
    const auto spec = SpecParser::parse(doc, limits);
    QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->operations.size(), 1);
    const QCborMap properties =
        spec->operations.first().requestSchema.toMap().value(u"properties"_s).toMap();
    QCOMPARE(properties.size(), n);
    QCOMPARE((properties.end() - 1).key().toString(), u"p%1"_s.arg(n - 1));
    // The example stops at its budget: the first properties, in order.
    const QString example = OperationDraft::exampleBody(spec.value(), spec->operations.first());
    QVERIFY(example.startsWith(u"{\n  \"p0\": 0,\n  \"p1\": 0"_s));
}

void TstSpecParser::repeatedKeysKeepTheirPlaceAndTakeTheLastValue_data()
{
    QTest::addColumn<QByteArray>("text");
    // Few members (looked for one by one) and many (through a hash).
    for (const int members : {3, 40}) {
        QByteArray json = "{";
        QByteArray yaml;
        for (int i = 0; i < members; ++i) {
            json += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
            yaml += "k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
        }
        json += "\"k0\":\"last\"}";
        yaml += "k0: last\n";
        QTest::addRow("JSON, %d members", members) << json;
        QTest::addRow("YAML, %d members", members) << yaml;
    }
}

void TstSpecParser::repeatedKeysKeepTheirPlaceAndTakeTheLastValue()
{
    QFETCH(QByteArray, text);
    const auto tree = SpecParser::parseTree(text);
    QVERIFY2(tree, qPrintable(tree ? QString() : tree.error().message));
    const QCborMap map = tree->toMap();
    QCOMPARE(map.begin().key().toString(), u"k0"_s);
    QCOMPARE(map.begin().value().toString(), u"last"_s);
    QCOMPARE(map.value(u"k0"_s).toString(), u"last"_s);
    QCOMPARE(map.value(u"k1"_s).toInteger(), 1);
    QVERIFY(map.size() == 3 || map.size() == 40);
}

void TstSpecParser::tooManyMembersAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("JSON") << QByteArray(R"({"a":1,"b":2,"c":3,"d":4})");
    QTest::newRow("YAML") << QByteArray("a: 1\nb: 2\nc: 3\nd: 4\n");
}

void TstSpecParser::tooManyMembersAreRefused()
{
    QFETCH(QByteArray, text);
    SpecParser::Limits limits;
    limits.maxMembers = 3;
    const auto tree = SpecParser::parseTree(text, limits);
    QVERIFY(!tree);
    QVERIFY2(tree.error().message.contains(u"more than 3"_s), qPrintable(tree.error().message));
}

void TstSpecParser::cancelStopsReading_data()
{
    QTest::addColumn<bool>("yaml");
    QTest::addColumn<bool>("before");
    QTest::newRow("JSON, cancelled before") << false << true;
    QTest::newRow("JSON, cancelled while reading") << false << false;
    QTest::newRow("YAML, cancelled before") << true << true;
    QTest::newRow("YAML, cancelled while reading") << true << false;
}

void TstSpecParser::cancelStopsReading()
{
    QFETCH(bool, yaml);
    QFETCH(bool, before);
    // Large enough that reading it takes far longer than starting a thread does (tens of
    // milliseconds against tens of microseconds).
    const QByteArray doc = hugeDocument(20000, yaml);
    auto cancel = std::make_shared<std::atomic_bool>(before);
    SpecParser::Limits limits;
    limits.maxNodes = 16 * 1000 * 1000;
    limits.cancel = cancel;
    std::optional<Result<ApiSpec>> result;
    std::thread reader([&] { result = SpecParser::parse(doc, limits); });
    *cancel = true;
    reader.join();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TstSpecParser)
#include "tst_specparser.moc"
