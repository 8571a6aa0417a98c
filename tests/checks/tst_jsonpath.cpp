#include "checks/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The JSONPath subset of checks and captures, over the streaming tokenizer.
class TstJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selects_data();
    void selects();
    void refusesWhatItDoesNotSupport_data();
    void refusesWhatItDoesNotSupport();
    void notJsonIsAnError();
    void largeBodyStopsAtTheFirstMatch();
};

static const QByteArray Doc = R"({
  "a": {"b": [10, {"c": "deep"}], "e\"q": true},
  "items": [{"id": 1, "name": "one"}, {"id": "2"}, {"name": "three"}],
  "empty": [],
  "nothing": null,
  "odd key": {"x": 1.5}
})";

void TstJsonPath::selects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("where");
    QTest::addColumn<QJsonArray>("values");
    QTest::newRow("root") << u"$"_s << QStringList{u"$"_s} << QJsonArray{};
    QTest::newRow("dotted") << u"$.a.b[0]"_s << QStringList{u"$.a.b[0]"_s} << QJsonArray{10};
    QTest::newRow("into an object in an array")
        << u"$.a.b[1].c"_s << QStringList{u"$.a.b[1].c"_s} << QJsonArray{u"deep"_s};
    QTest::newRow("wildcard over an array")
        << u"$.items[*].id"_s << QStringList{u"$.items[0].id"_s, u"$.items[1].id"_s}
        << QJsonArray{1, u"2"_s};
    QTest::newRow("quoted name") << u"$['odd key'].x"_s << QStringList{u"$['odd key'].x"_s}
                                 << QJsonArray{1.5};
    QTest::newRow("escaped key") << u"$.a['e\"q']"_s << QStringList{u"$.a['e\"q']"_s}
                                 << QJsonArray{true};
    QTest::newRow("a whole object") << u"$.items[0]"_s << QStringList{u"$.items[0]"_s}
                                    << QJsonArray{QJsonObject{{u"id"_s, 1}, {u"name"_s, u"one"_s}}};
    QTest::newRow("null is found")
        << u"$.nothing"_s << QStringList{u"$.nothing"_s} << QJsonArray{QJsonValue::Null};
    QTest::newRow("missing key") << u"$.a.zzz"_s << QStringList{} << QJsonArray{};
    QTest::newRow("index past the end") << u"$.items[7]"_s << QStringList{} << QJsonArray{};
    QTest::newRow("wildcard over nothing") << u"$.empty[*]"_s << QStringList{} << QJsonArray{};
    QTest::newRow("key on a scalar") << u"$.nothing.x"_s << QStringList{} << QJsonArray{};
    QTest::newRow("index on an object") << u"$.a[0]"_s << QStringList{} << QJsonArray{};
    QTest::newRow("star on object members")
        << u"$.items[0].*"_s << QStringList{u"$.items[0].id"_s, u"$.items[0].name"_s}
        << QJsonArray{1, u"one"_s};
}

void TstJsonPath::selects()
{
    QFETCH(QString, path);
    QFETCH(QStringList, where);
    QFETCH(QJsonArray, values);
    const auto parsed = JsonPath::parse(path);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    const auto matches = parsed->select(Doc);
    QVERIFY2(matches, qPrintable(matches ? QString() : matches.error().message));
    QStringList got;
    for (const auto &m : matches.value())
        got << m.path;
    QCOMPARE(got, where);
    if (path == u"$"_s) {
        QVERIFY(matches->first().value.isObject());
        return;
    }
    for (int i = 0; i < values.size(); ++i)
        QCOMPARE(matches->at(i).value, values.at(i));
}

void TstJsonPath::refusesWhatItDoesNotSupport_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no dollar") << u"a.b"_s << u"start with $"_s;
    QTest::newRow("filter") << u"$.items[?(@.id==1)]"_s << u"filters"_s;
    QTest::newRow("recursive") << u"$..id"_s << u"recursive"_s;
    QTest::newRow("negative index") << u"$.items[-1]"_s << u"[-1]"_s;
    QTest::newRow("unclosed") << u"$.items[0"_s << u"not closed"_s;
    QTest::newRow("empty name") << u"$.a."_s << u"name is missing"_s;
}

void TstJsonPath::refusesWhatItDoesNotSupport()
{
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const auto parsed = JsonPath::parse(path);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TstJsonPath::notJsonIsAnError()
{
    const auto path = JsonPath::parse(u"$.a"_s);
    QVERIFY(path);
    const auto matches = path->select(QByteArray("<html>nope</html>"));
    QVERIFY(!matches);
    QVERIFY2(matches.error().message.contains(u"not JSON"_s), qPrintable(matches.error().message));
}

void TstJsonPath::largeBodyStopsAtTheFirstMatch()
{
    // A wanted value near the start of a long body, followed by text that is not JSON at all:
    // without a wildcard the walk ends at the first match and never reads that far.
    QByteArray body = R"({"first": {"id": 42}, "rest": [)";
    for (int i = 0; i < 200000; ++i)
        body += R"({"id": 1, "t": "xxxxxxxxxxxxxxxx"},)";
    body += "this is not json";
    const auto matches = JsonPath::parse(u"$.first.id"_s)->select(body);
    QVERIFY(matches);
    QCOMPARE(matches->size(), 1);
    QCOMPARE(matches->first().value, QJsonValue(42));
}

QTEST_GUILESS_MAIN(TstJsonPath)
#include "tst_jsonpath.moc"
