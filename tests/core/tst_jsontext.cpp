#include "util/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TstJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactKeepsOrderAndNumbers_data();
    void compactKeepsOrderAndNumbers();
    void indented();
    void orderedTreeEscapedKeysAndDuplicates();
    void orderedTreeDuplicateKeyOfOtherType_data();
    void orderedTreeDuplicateKeyOfOtherType();
    void deepNesting();
};

void TstJsonText::compactKeepsOrderAndNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("crlf") << QByteArray("{\"b\" :1,\r\n \"a\"\t: 2}")
                          << QByteArray(R"({"b":1,"a":2})");
    QTest::newRow("spaces in strings kept")
        << QByteArray(R"({ "k" : " a  b ", "q": "say \"hi\" " })")
        << QByteArray(R"({"k":" a  b ","q":"say \"hi\" "})");
    QTest::newRow("big integers verbatim") << QByteArray("[ 12345678901234567890 , 1.50e3 ]")
                                           << QByteArray("[12345678901234567890,1.50e3]");
    QTest::newRow("escaped backslash before quote")
        << QByteArray(R"({"p": "C:\\", "n": 1})") << QByteArray(R"({"p":"C:\\","n":1})");
}

void TstJsonText::compactKeepsOrderAndNumbers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonText::compact(input), expected);
    QVERIFY(!QJsonDocument::fromJson(JsonText::compact(input)).isNull());
}

void TstJsonText::indented()
{
    const QByteArray out = JsonText::indented(R"({"z":1,"a":[true,null,{}],"e":[]})");
    QCOMPARE(out, QByteArray("{\n  \"z\": 1,\n  \"a\": [\n    true,\n    null,\n    {}\n  ],\n"
                             "  \"e\": []\n}"));
}

void TstJsonText::orderedTreeEscapedKeysAndDuplicates()
{
    const QByteArray json = R"({"a\"b":1,"caf\u00e9":2,"x":3,"x":4})";
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const JsonNode tree = JsonText::orderedTree(json, doc.object());
    QCOMPARE(tree.children.size(), 3);
    QCOMPARE(tree.children.at(0).key, QStringLiteral("a\"b"));
    QCOMPARE(tree.children.at(0).value.toInt(), 1);
    QCOMPARE(tree.children.at(1).key, QStringLiteral("café"));
    QCOMPARE(tree.children.at(1).value.toInt(), 2);
    QCOMPARE(tree.children.at(2).key, QStringLiteral("x"));
    QCOMPARE(tree.children.at(2).text, QByteArray("3"));
}

void TstJsonText::orderedTreeDuplicateKeyOfOtherType_data()
{
    QTest::addColumn<QByteArray>("json");
    // fuzz_jsontext: a claim repeated as a scalar, then as a container, ran out of memory.
    QTest::newRow("scalar then array") << QByteArray(R"({"id":1,"gs":1,"gs":["x","y"],"n":10})");
    QTest::newRow("scalar then object") << QByteArray(R"({"aud":"a","aud":{"b":[1]}})");
    QTest::newRow("string then array") << QByteArray(R"({"k":"[1,2]","k":[3]})");
}

void TstJsonText::orderedTreeDuplicateKeyOfOtherType()
{
    QFETCH(QByteArray, json);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const JsonNode tree = JsonText::orderedTree(json, doc.object());
    QVERIFY(!tree.children.isEmpty());
    for (const JsonNode &child : tree.children)
        QVERIFY(child.children.size() <= 2);
}

void TstJsonText::deepNesting()
{
    // As deep as QJsonDocument accepts; the tree builder must not fall over.
    QByteArray json;
    const int depth = 500;
    for (int i = 0; i < depth; ++i)
        json += "{\"k\":";
    json += "1";
    json += QByteArray(depth, '}');
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(doc.isObject());
    const JsonNode tree = JsonText::orderedTree(json, doc.object());
    const JsonNode *node = &tree;
    int levels = 0;
    while (!node->children.isEmpty()) {
        node = &node->children.first();
        ++levels;
    }
    QCOMPARE(levels, depth);
    QCOMPARE(node->text, QByteArray("1"));
}

QTEST_GUILESS_MAIN(TstJsonText)
#include "tst_jsontext.moc"
