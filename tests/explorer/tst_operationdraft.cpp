#include "explorer/OperationDraft.h"
#include "explorer/OrderedJson.h"
#include "explorer/ParentRecords.h"
#include "explorer/SchemaExample.h"
#include "explorer/SpecParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// From an operation to a composer draft: URL with {{path variables}}, query rows (optional ones
// switched off), headers, and an example body made from the schema in the schema's order.
class TstOperationDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void examples_data();
    void examples();
    void recursiveSchemasEnd();
    void sandboxIssueBecomesRelativeUrl();
    void pathsOutsideTheBaseStayOnTheOrigin();
    void swaggerQueryRows();
    void petstoreJsonBodyKeepsOrder();
    void petstoreFormBody();
    void pathValuesAreEncoded();
    void regScaleModules();
};

static ApiSpec load(const QString &name)
{
    QFile file(QStringLiteral(TOKENBENCH_OPENAPI_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    auto spec = SpecParser::parse(file.readAll());
    if (!spec)
        qFatal("%s", qPrintable(spec.error().message));
    return spec.value();
}

static ApiSpec sandboxSpec()
{
    QFile file(QStringLiteral(TOKENBENCH_SANDBOX_OPENAPI));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing the sandbox's openapi.json");
    return SpecParser::parse(file.readAll()).value();
}

void TstOperationDraft::examples_data()
{
    QTest::addColumn<QByteArray>("components");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("expected");

    const QByteArray none = "{}";
    QTest::newRow("example wins") << none << QByteArray(R"({"type":"string","example":"hi"})")
                                  << u"\"hi\""_s;
    QTest::newRow("examples list (3.1)")
        << none << QByteArray(R"({"type":"integer","examples":[7,8]})") << u"7"_s;
    QTest::newRow("default") << none << QByteArray(R"({"type":"integer","default":25})") << u"25"_s;
    QTest::newRow("enum first") << none << QByteArray(R"({"type":"string","enum":["b","a"]})")
                                << u"\"b\""_s;
    QTest::newRow("formats")
        << none << QByteArray(R"({"type":"object","properties":{
             "at":{"type":"string","format":"date-time"},"day":{"type":"string","format":"date"},
             "id":{"type":"string","format":"uuid"},"mail":{"type":"string","format":"email"},
             "home":{"type":"string","format":"uri"},"n32":{"type":"integer","format":"int32"},
             "n64":{"type":"integer","format":"int64"},"f":{"type":"number","format":"float"},
             "d":{"type":"number","format":"double"},"b64":{"type":"string","format":"byte"},
             "file":{"type":"string","format":"binary"},"ok":{"type":"boolean"},
             "nothing":{}}})")
        << u"{\"at\":\"2024-01-01T12:00:00Z\",\"day\":\"2024-01-01\","
           "\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"mail\":\"user@example.com\","
           "\"home\":\"https://example.com/\",\"n32\":0,\"n64\":0,\"f\":0,\"d\":0,"
           "\"b64\":\"ZXhhbXBsZQ==\",\"file\":\"\",\"ok\":true,\"nothing\":null}"_s;
    QTest::newRow("$ref and readOnly left out")
        << QByteArray(R"({"Thing":{"type":"object","properties":{
             "id":{"type":"integer","readOnly":true},"name":{"type":"string","example":"x"},
             "secret":{"type":"string","writeOnly":true}}}})")
        << QByteArray(R"({"$ref":"#/components/schemas/Thing"})")
        << u"{\"name\":\"x\",\"secret\":\"string\"}"_s;
    QTest::newRow("allOf merged in order")
        << QByteArray(R"({"Base":{"type":"object","required":["id"],
             "properties":{"zid":{"type":"integer"},"kind":{"type":"string","enum":["k"]}}}})")
        << QByteArray(R"({"allOf":[{"$ref":"#/components/schemas/Base"},
             {"type":"object","properties":{"extra":{"type":"boolean"},"a":{"type":"string"}}}]})")
        << u"{\"zid\":0,\"kind\":\"k\",\"extra\":true,\"a\":\"string\"}"_s;
    QTest::newRow("oneOf first choice")
        << none << QByteArray(R"({"oneOf":[{"type":"object","properties":{"cat":{"type":"string"}}},
             {"type":"object","properties":{"dog":{"type":"string"}}}]})")
        << u"{\"cat\":\"string\"}"_s;
    QTest::newRow("anyOf first choice")
        << none << QByteArray(R"({"anyOf":[{"type":"integer"},{"type":"string"}]})") << u"0"_s;
    QTest::newRow("array of refs")
        << QByteArray(R"({"Tag":{"type":"object","properties":{"t":{"type":"string"}}}})")
        << QByteArray(R"({"type":"array","items":{"$ref":"#/components/schemas/Tag"}})")
        << u"[{\"t\":\"string\"}]"_s;
    QTest::newRow("3.1 type list")
        << none << QByteArray(R"({"type":["null","integer"]})") << u"0"_s;
    QTest::newRow("map") << none
                         << QByteArray(
                                R"({"type":"object","additionalProperties":{"type":"integer"}})")
                         << u"{\"additionalProp1\":0}"_s;
    QTest::newRow("missing ref") << none << QByteArray(R"({"$ref":"#/components/schemas/Gone"})")
                                 << u"null"_s;
}

void TstOperationDraft::examples()
{
    QFETCH(QByteArray, components);
    QFETCH(QByteArray, schema);
    QFETCH(QString, expected);
    const auto root = OrderedJson::parse("{\"components\":{\"schemas\":" + components + "}}");
    QVERIFY(root);
    const auto s = OrderedJson::parse(schema);
    QVERIFY(s);
    const QCborValue v = SchemaExample::generate(root->toMap(), s.value());
    QCOMPARE(OrderedJson::toText(v, 0), expected);
}

void TstOperationDraft::recursiveSchemasEnd()
{
    // A tree node holding its children, and two schemas that name each other.
    const auto root = OrderedJson::parse(R"({"components":{"schemas":{
        "Node":{"type":"object","properties":{"name":{"type":"string"},
                "children":{"type":"array","items":{"$ref":"#/components/schemas/Node"}},
                "parent":{"$ref":"#/components/schemas/Node"}}},
        "A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/B"}}},
        "B":{"allOf":[{"$ref":"#/components/schemas/A"},{"properties":{"x":{"type":"integer"}}}]},
        "Self":{"$ref":"#/components/schemas/Self"}}}})");
    QVERIFY(root);
    const auto node = SchemaExample::generate(
        root->toMap(), OrderedJson::parse(R"({"$ref":"#/components/schemas/Node"})").value());
    QCOMPARE(OrderedJson::toText(node, 0),
             u"{\"name\":\"string\",\"children\":[{}],\"parent\":{}}"_s);
    const auto a = SchemaExample::generate(
        root->toMap(), OrderedJson::parse(R"({"$ref":"#/components/schemas/A"})").value());
    QVERIFY(a.isMap());
    const auto self = SchemaExample::generate(
        root->toMap(), OrderedJson::parse(R"({"$ref":"#/components/schemas/Self"})").value());
    QVERIFY(self.isNull());

    // The real recursive schemas of lxkns end too, and quickly.
    const ApiSpec lxkns = load(u"lxkns-openapi3.yaml"_s);
    for (const ApiOperation &op : lxkns.operations)
        QVERIFY(!OperationDraft::build(lxkns, op, QUrl(u"http://h/"_s)).draft.url.isEmpty());
}

void TstOperationDraft::sandboxIssueBecomesRelativeUrl()
{
    const ApiSpec spec = sandboxSpec();
    const ApiOperation *issue = spec.find(u"GET"_s, u"/regscale/api/issues/{id}"_s);
    QVERIFY(issue);
    const OperationRequest r =
        OperationDraft::build(spec, *issue, QUrl(u"http://127.0.0.1:9/regscale"_s));
    QCOMPARE(r.draft.method, u"GET"_s);
    QCOMPARE(r.draft.url, u"api/issues/{{id}}"_s);
    QCOMPARE(r.pathVariables, QStringList{u"id"_s});
    QCOMPARE(r.draft.bodyKind, RequestDraft::BodyKind::None);
    // Every sandbox vendor endpoint is described, the RegScale ones included.
    for (const QString &path :
         {u"/regscale/api/accounts/find/{id}"_s, u"/regscale/api/assets/getList"_s,
          u"/regscale/api/config/getLicense"_s, u"/regscale/api/logging/filterLogs/0/0"_s,
          u"/regscale/swagger/v1/swagger.json"_s, u"/generic/api/large"_s})
        QVERIFY2(spec.find(u"GET"_s, path), qPrintable(path));
    const ApiOperation *login = spec.find(u"POST"_s, u"/regscale/api/authentication/login"_s);
    QVERIFY(login);
    const OperationRequest l =
        OperationDraft::build(spec, *login, QUrl(u"http://127.0.0.1:9/regscale/"_s));
    QCOMPARE(l.draft.bodyKind, RequestDraft::BodyKind::Json);
    QVERIFY2(l.draft.bodyText.startsWith(u"{\n  \"username\": \"analyst\""_s),
             qPrintable(l.draft.bodyText));
    // An optional header is a switched-off row.
    QCOMPARE(l.draft.headers.value(0), (KeyValueRow{u"X-Api-Version"_s, u"2.0"_s, false}));
}

void TstOperationDraft::pathsOutsideTheBaseStayOnTheOrigin()
{
    const ApiSpec spec = sandboxSpec();
    const ApiOperation *me = spec.find(u"GET"_s, u"/scantrust/api/v2/me/"_s);
    QVERIFY(me);
    QCOMPARE(OperationDraft::targetFor(spec, *me, QUrl(u"http://127.0.0.1:9/regscale"_s)),
             u"http://127.0.0.1:9/scantrust/api/v2/me/"_s);
    // A document written from the API root (Gitea's basePath /api/v1 under an origin).
    const ApiSpec gitea = load(u"gitea-swagger2.json"_s);
    const ApiOperation *version = gitea.find(u"GET"_s, u"/version"_s);
    QVERIFY(version);
    QCOMPARE(OperationDraft::targetFor(gitea, *version, QUrl(u"https://git.example.com"_s)),
             u"api/v1/version"_s);
    QCOMPARE(OperationDraft::targetFor(gitea, *version, QUrl(u"https://git.example.com/api/v1/"_s)),
             u"version"_s);
}

void TstOperationDraft::swaggerQueryRows()
{
    const ApiSpec gitea = load(u"gitea-swagger2.json"_s);
    const ApiOperation *list = gitea.find(u"GET"_s, u"/repos/{owner}/{repo}/issues"_s);
    QVERIFY(list);
    const OperationRequest r =
        OperationDraft::build(gitea, *list, QUrl(u"https://git.example.com/api/v1"_s));
    QCOMPARE(r.draft.url, u"repos/{{owner}}/{{repo}}/issues"_s);
    QCOMPARE(r.pathVariables, (QStringList{u"owner"_s, u"repo"_s}));
    QCOMPARE(r.queryRows.size(), 3);
    QCOMPARE(r.queryRows.at(0).name, u"state"_s);
    QVERIFY(!r.queryRows.at(0).enabled);
    QCOMPARE(r.queryRows.at(0).value, QString()); // no example: nothing made up

    const ApiSpec petstore = load(u"petstore-openapi3.json"_s);
    const ApiOperation *byStatus = petstore.find(u"GET"_s, u"/pet/findByStatus"_s);
    QVERIFY(byStatus);
    const OperationRequest s = OperationDraft::build(petstore, *byStatus, QUrl(u"http://p/v2"_s));
    QCOMPARE(s.queryRows, (QList<KeyValueRow>{{u"status"_s, u"available"_s, true}}));
    QCOMPARE(s.draft.url, u"pet/findByStatus?status=available"_s);
}

void TstOperationDraft::petstoreJsonBodyKeepsOrder()
{
    const ApiSpec petstore = load(u"petstore-openapi3.json"_s);
    const ApiOperation *add = petstore.find(u"POST"_s, u"/pet"_s);
    QVERIFY(add);
    const OperationRequest r = OperationDraft::build(petstore, *add, QUrl(u"http://p/v2"_s));
    QCOMPARE(r.draft.bodyKind, RequestDraft::BodyKind::Json);
    // Pet's members in the document's order; "id" is readOnly and not sent.
    QCOMPARE(r.draft.bodyText, uR"({
  "category": {
    "id": 0,
    "name": "string",
    "tags": [
      {
        "id": 0,
        "name": "string"
      }
    ]
  },
  "name": "doggie",
  "photoUrls": [
    "string"
  ],
  "tags": [
    {
      "id": 0,
      "name": "string"
    }
  ],
  "status": "available"
})"_s);
}

void TstOperationDraft::petstoreFormBody()
{
    const ApiSpec petstore = load(u"petstore-openapi3.json"_s);
    const ApiOperation *update = petstore.find(u"POST"_s, u"/pet/{petId}"_s);
    QVERIFY(update);
    const OperationRequest r = OperationDraft::build(petstore, *update, QUrl(u"http://p/v2"_s));
    QCOMPARE(r.draft.bodyKind, RequestDraft::BodyKind::Form);
    QCOMPARE(r.draft.formFields, (QList<KeyValueRow>{{u"name"_s, u"string"_s, true},
                                                     {u"status"_s, u"string"_s, true}}));
}

void TstOperationDraft::pathValuesAreEncoded()
{
    const ApiSpec gitea = load(u"gitea-swagger2.json"_s);
    const ApiOperation *list = gitea.find(u"GET"_s, u"/repos/{owner}/{repo}/issues"_s);
    const OperationRequest r = OperationDraft::build(
        gitea, *list, QUrl(u"https://git.example.com/api/v1"_s), {{u"owner"_s, u"a b/c"_s}});
    QCOMPARE(r.draft.url, u"repos/a%20b%2Fc/{{repo}}/issues"_s);
    QCOMPARE(r.pathVariables, QStringList{u"repo"_s});
}

void TstOperationDraft::regScaleModules()
{
    QCOMPARE(ParentRecords::all().size(), 31);
    const auto plan = ParentRecords::find(u"SecurityPlans"_s);
    QVERIFY(plan);
    QCOMPARE(plan->id, 16);
    QCOMPARE(plan->displayName, u"Security Plan"_s);

    auto body = ParentRecords::applyToBody(u"{\"title\":\"x\",\"parentId\":0,\"z\":1}"_s, *plan, 7);
    QVERIFY(body);
    QCOMPARE(body.value(),
             u"{\n  \"title\": \"x\",\n  \"parentId\": 7,\n  \"z\": 1,\n  \"parentModule\": "
             "\"securityplans\"\n}"_s.replace(u"\"parentModule\""_s, u"\"ParentModule\""_s));
    body = ParentRecords::applyToBody(QString(), *plan, 3);
    QCOMPARE(body.value(), u"{\n  \"ParentModule\": \"securityplans\",\n  \"ParentId\": 3\n}"_s);
    QVERIFY(!ParentRecords::applyToBody(u"[1]"_s, *plan, 3));

    QCOMPARE(
        ParentRecords::applyToUrl(
            u"api/issues/getAllByParent/{{intParentID}}/{{strModule}}?x={{other}}"_s, *plan, 5),
        u"api/issues/getAllByParent/5/securityplans?x={{other}}"_s);
    RequestDraft d;
    d.method = u"POST"_s;
    d.url = u"api/issues"_s;
    d.bodyKind = RequestDraft::BodyKind::Json;
    d.bodyText = u"{\"title\":\"t\"}"_s;
    const RequestDraft applied = ParentRecords::apply(d, *ParentRecords::find(u"assets"_s), 2);
    QVERIFY(applied.bodyText.contains(u"\"ParentModule\": \"assets\""_s));
    QVERIFY(applied.bodyText.contains(u"\"ParentId\": 2"_s));
}

QTEST_GUILESS_MAIN(TstOperationDraft)
#include "tst_operationdraft.moc"
