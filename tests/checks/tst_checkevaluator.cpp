#include "checks/CheckEvaluator.h"
#include "explorer/CollectionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Every assertion kind and operator against one response, the words a failure is told in,
// captures, and the collection file that keeps them (old files still load).
class TstCheckEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assertions_data();
    void assertions();
    void withoutAssertionsTheStatusDecides_data();
    void withoutAssertionsTheStatusDecides();
    void capturesFeedLaterRequests();
    void aBodyInAFileIsRead();
    void savedWithTheRequestAndOldFilesLoad();
};

static HttpResponse response()
{
    HttpResponse r;
    r.status = 201;
    r.reason = "Created";
    r.headers = {{"Content-Type", "application/json; charset=utf-8"},
                 {"X-Request-Id", "req-7f3a"},
                 {"Location", "/items/17"}};
    r.body = R"({"id": 17, "name": "widget", "price": 9.5, "tags": ["a", "b"], "ok": true,
                 "owner": null, "items": [{"id": 1}, {"id": 2}, {"id": "3"}], "meta": {}})";
    r.elapsedMs = 120;
    return r;
}

void TstCheckEvaluator::assertions_data()
{
    using K = Assertion::Kind;
    using O = Assertion::Operator;
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("op");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("failure"); // empty: it holds
    auto row = [](const char *name, K k, O o, const QString &t, const QString &e,
                  const QString &f) {
        QTest::newRow(name) << int(k) << int(o) << t << e << f;
    };
    row("status equals", K::Status, O::Equals, {}, u"201"_s, {});
    row("status differs", K::Status, O::Equals, {}, u"200"_s, u"status was 201, expected 200"_s);
    row("status in range", K::Status, O::InRange, {}, u"200-299"_s, {});
    row("status in 2xx", K::Status, O::InRange, {}, u"2xx"_s, {});
    row("status out of range", K::Status, O::InRange, {}, u"400-499"_s,
        u"status was 201, expected 400–499"_s);
    row("status nonsense", K::Status, O::Equals, {}, u"ok"_s, u"ok is not a status code"_s);
    row("header exists", K::Header, O::Exists, u"x-request-id"_s, {}, {});
    row("header missing", K::Header, O::Exists, u"X-Trace"_s, {}, u"header X-Trace is missing"_s);
    row("header equals", K::Header, O::Equals, u"Location"_s, u"/items/17"_s, {});
    row("header differs", K::Header, O::Equals, u"Location"_s, u"/items/18"_s,
        u"header Location was \"/items/17\", expected \"/items/18\""_s);
    row("header matches", K::Header, O::Matches, u"Content-Type"_s, u"^application/json"_s, {});
    row("header does not match", K::Header, O::Matches, u"Content-Type"_s, u"xml"_s,
        u"header Content-Type \"application/json; charset=utf-8\" does not match /xml/"_s);
    row("bad regex", K::Header, O::Matches, u"Content-Type"_s, u"(["_s,
        u"/([/ is not a valid regular expression"_s);
    row("json equals number", K::JsonBody, O::Equals, u"$.id"_s, u"17"_s, {});
    row("json equals string", K::JsonBody, O::Equals, u"$.name"_s, u"\"widget\""_s, {});
    row("json unquoted text is a string", K::JsonBody, O::Equals, u"$.name"_s, u"widget"_s, {});
    row("json equals array", K::JsonBody, O::Equals, u"$.tags"_s, u"[\"a\",\"b\"]"_s, {});
    row("json differs", K::JsonBody, O::Equals, u"$.id"_s, u"18"_s, u"$.id: expected 18, got 17"_s);
    row("json number is not its string", K::JsonBody, O::Equals, u"$.id"_s, u"\"17\""_s,
        u"$.id: expected \"17\", got 17"_s);
    row("json exists", K::JsonBody, O::Exists, u"$.owner"_s, {}, {});
    row("json missing", K::JsonBody, O::Exists, u"$.colour"_s, {}, u"$.colour: nothing there"_s);
    row("json matches", K::JsonBody, O::Matches, u"$.name"_s, u"^wid"_s, {});
    row("json number matches its text", K::JsonBody, O::Matches, u"$.price"_s, u"^9\\.5$"_s, {});
    row("json does not match", K::JsonBody, O::Matches, u"$.name"_s, u"^gad"_s,
        u"$.name: \"widget\" does not match /^gad/"_s);
    row("type number", K::JsonBody, O::IsType, u"$.price"_s, u"number"_s, {});
    row("type string", K::JsonBody, O::IsType, u"$.name"_s, u"string"_s, {});
    row("type boolean", K::JsonBody, O::IsType, u"$.ok"_s, u"boolean"_s, {});
    row("type object", K::JsonBody, O::IsType, u"$.meta"_s, u"object"_s, {});
    row("type array", K::JsonBody, O::IsType, u"$.tags"_s, u"array"_s, {});
    row("type null", K::JsonBody, O::IsType, u"$.owner"_s, u"null"_s, {});
    row("type differs", K::JsonBody, O::IsType, u"$.name"_s, u"number"_s,
        u"$.name: expected a number, got a string"_s);
    row("wildcard: every value", K::JsonBody, O::IsType, u"$.items[*].id"_s, u"number"_s,
        u"$.items[2].id: expected a number, got a string"_s);
    row("wildcard: exists", K::JsonBody, O::Exists, u"$.items[*].id"_s, {}, {});
    row("unknown type", K::JsonBody, O::IsType, u"$.name"_s, u"text"_s,
        u"text is not a JSON type"_s);
    row("bad path", K::JsonBody, O::Exists, u"$.items[?(@.id)]"_s, {},
        u"$.items[?(@.id)] is not a JSON path Tokenbench understands: filters"_s);
    row("fast enough", K::ResponseTime, O::Below, {}, u"500"_s, {});
    row("too slow", K::ResponseTime, O::Below, {}, u"100"_s,
        u"response took 120 ms, expected below 100 ms"_s);
}

void TstCheckEvaluator::assertions()
{
    QFETCH(int, kind);
    QFETCH(int, op);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(QString, failure);
    const Assertion a{Assertion::Kind(kind), Assertion::Operator(op), target, expected};
    const auto evaluation = CheckEvaluator::evaluate({a}, {}, response());
    QCOMPARE(evaluation.results.size(), 1);
    const CheckResult &r = evaluation.results.first();
    QCOMPARE(evaluation.passed, failure.isEmpty());
    QCOMPARE(r.passed, failure.isEmpty());
    QVERIFY2(r.message.startsWith(failure), qPrintable(r.message));
    QVERIFY(!r.description.isEmpty());
    // It survives its trip through a collection file.
    QCOMPARE(Assertion::fromJson(a.toJson()), std::optional<Assertion>(a));
}

void TstCheckEvaluator::withoutAssertionsTheStatusDecides_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("passed");
    QTest::newRow("200") << 200 << true;
    QTest::newRow("302") << 302 << true;
    QTest::newRow("399") << 399 << true;
    QTest::newRow("400") << 400 << false;
    QTest::newRow("503") << 503 << false;
}

void TstCheckEvaluator::withoutAssertionsTheStatusDecides()
{
    QFETCH(int, status);
    QFETCH(bool, passed);
    HttpResponse r = response();
    r.status = status;
    const auto evaluation = CheckEvaluator::evaluate({}, {}, r);
    QCOMPARE(evaluation.passed, passed);
    if (!passed)
        QCOMPARE(evaluation.failures(),
                 QStringList{u"status was %1, expected below 400"_s.arg(status)});
}

void TstCheckEvaluator::capturesFeedLaterRequests()
{
    const QList<Capture> captures{{u"id"_s, Capture::Source::JsonBody, u"$.id"_s},
                                  {u"name"_s, Capture::Source::JsonBody, u"$.name"_s},
                                  {u"tags"_s, Capture::Source::JsonBody, u"$.tags"_s},
                                  {u"where"_s, Capture::Source::Header, u"location"_s}};
    auto evaluation = CheckEvaluator::evaluate({}, captures, response());
    QVERIFY(evaluation.passed);
    QCOMPARE(evaluation.captured.value(u"id"_s), std::optional<QString>(u"17"_s));
    QCOMPARE(evaluation.captured.value(u"name"_s), std::optional<QString>(u"widget"_s));
    QCOMPARE(evaluation.captured.value(u"tags"_s), std::optional<QString>(u"[\"a\",\"b\"]"_s));
    QCOMPARE(evaluation.captured.value(u"where"_s), std::optional<QString>(u"/items/17"_s));

    // A capture that finds nothing fails the request: the next one would go out with {{id}}.
    evaluation = CheckEvaluator::evaluate(
        {}, {{u"id"_s, Capture::Source::JsonBody, u"$.data.id"_s}}, response());
    QVERIFY(!evaluation.passed);
    QCOMPARE(evaluation.failures(), QStringList{u"{{id}}: $.data.id found nothing"_s});
    QVERIFY(!evaluation.captured.value(u"id"_s));

    // A later request compares with what was captured.
    Variables captured;
    captured.set(u"id"_s, u"17"_s, u"test"_s);
    evaluation = CheckEvaluator::evaluate(
        {{Assertion::Kind::JsonBody, Assertion::Operator::Equals, u"$.id"_s, u"{{id}}"_s}}, {},
        response(), captured);
    QVERIFY2(evaluation.passed, qPrintable(evaluation.failures().join(u'\n')));
    QCOMPARE(Capture::fromJson(captures.at(3).toJson()), std::optional<Capture>(captures.at(3)));
}

void TstCheckEvaluator::aBodyInAFileIsRead()
{
    // HttpClient streams a large body to a file: checks read it from there.
    QTemporaryDir dir;
    HttpResponse r = response();
    r.bodyFile = dir.filePath(u"body.json"_s);
    QFile file(r.bodyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(r.body);
    file.close();
    r.body.clear();
    const auto evaluation = CheckEvaluator::evaluate(
        {{Assertion::Kind::JsonBody, Assertion::Operator::Equals, u"$.items[1].id"_s, u"2"_s}}, {},
        r);
    QVERIFY2(evaluation.passed, qPrintable(evaluation.failures().join(u'\n')));

    r.bodyFile.clear();
    r.body = "<html>Bad gateway</html>";
    const auto notJson = CheckEvaluator::evaluate(
        {{Assertion::Kind::JsonBody, Assertion::Operator::Exists, u"$.id"_s, {}}}, {}, r);
    QVERIFY(!notJson.passed);
    QVERIFY2(notJson.failures().first().startsWith(u"$.id: the body is not JSON"_s),
             qPrintable(notJson.failures().first()));
}

void TstCheckEvaluator::savedWithTheRequestAndOldFilesLoad()
{
    QTemporaryDir dir;
    const QUuid profile = QUuid::createUuid();
    const QString file = dir.filePath(profile.toString(QUuid::WithoutBraces) + u".json"_s);
    // A file written before checks existed.
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(R"({"version": 1, "collections": [{"name": "Old", "requests": [
            {"name": "Who", "request": {"method": "GET", "url": "api/whoami"}}]}]})");
    }
    SavedRequest created;
    created.name = u"Create"_s;
    created.draft.method = u"POST"_s;
    created.draft.url = u"items"_s;
    created.assertions = {
        {Assertion::Kind::Status, Assertion::Operator::Equals, {}, u"201"_s},
        {Assertion::Kind::JsonBody, Assertion::Operator::IsType, u"$.id"_s, u"number"_s}};
    created.captures = {{u"id"_s, Capture::Source::JsonBody, u"$.id"_s}};
    {
        CollectionStore store(dir.path());
        const auto old = store.collections(profile);
        QCOMPARE(old.size(), 1);
        QCOMPARE(old.first().requests.size(), 1);
        QCOMPARE(old.first().requests.first().draft.url, u"api/whoami"_s);
        QVERIFY(old.first().requests.first().assertions.isEmpty());
        QVERIFY(store.addRequest(profile, 0, created));
    }
    CollectionStore again(dir.path());
    const SavedRequest read = again.collections(profile).first().requests.at(1);
    QCOMPARE(read.assertions, created.assertions);
    QCOMPARE(read.captures, created.captures);
    // The request without checks is written as before: no empty lists.
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonArray requests = QJsonDocument::fromJson(written.readAll())
                                    .object()[u"collections"_s][0][u"requests"_s]
                                    .toArray();
    QVERIFY(!requests.at(0).toObject().contains(u"assertions"_s));
    QCOMPARE(requests.at(1).toObject()[u"captures"_s][0][u"from"_s].toString(), u"json"_s);
}

QTEST_GUILESS_MAIN(TstCheckEvaluator)
#include "tst_checkevaluator.moc"
