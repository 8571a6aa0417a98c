#include "body/JsonTokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TstJsonTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void errorPosition_data();
    void errorPosition();
    void tokensAndOffsets();
    void deepNesting_data();
    void deepNesting();
    void agreesWithQJsonDocument();
    void decodeString_data();
    void decodeString();
    void validatedReaders();
};

namespace {
bool tokenizes(const QByteArray &json, JsonSyntaxError *error = nullptr, int maxDepth = 10000)
{
    JsonTokenizer tokenizer(json.constData(), json.size(), maxDepth);
    for (;;) {
        switch (tokenizer.next()) {
        case JsonTokenizer::Token::End:
            return true;
        case JsonTokenizer::Token::Error:
            if (error)
                *error = tokenizer.error();
            return false;
        default:
            break;
        }
    }
}
} // namespace

void TstJsonTokenizer::validity_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty body") << QByteArray() << false;
    QTest::newRow("white space only") << QByteArray(" \n\t ") << false;
    QTest::newRow("scalar at the top") << QByteArray("42") << true;
    QTest::newRow("string at the top") << QByteArray("\"hi\"") << true;
    QTest::newRow("literals") << QByteArray("[true,false,null]") << true;
    QTest::newRow("misspelt literal") << QByteArray("[tru]") << false;
    QTest::newRow("capitalised literal") << QByteArray("[True]") << false;
    QTest::newRow("empty containers") << QByteArray("{\"a\":{},\"b\":[]}") << true;
    QTest::newRow("white space everywhere") << QByteArray(" { \"a\" : [ 1 , 2 ] } \r\n") << true;
    QTest::newRow("all escapes") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t \u00e9 \uABCD"])")
                                 << true;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << false;
    QTest::newRow("non-hex unicode escape") << QByteArray(R"(["\u12G4"])") << false;
    QTest::newRow("surrogate pair escaped") << QByteArray(R"(["\ud83d\ude00"])") << true;
    // The RFC's grammar allows a lone surrogate escape; we show escapes as written.
    QTest::newRow("lone surrogate escape") << QByteArray(R"(["\ud83d"])") << true;
    QTest::newRow("raw UTF-8") << QByteArray("[\"gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80\"]") << true;
    QTest::newRow("surrogate encoded as UTF-8") << QByteArray("[\"\xED\xA0\xBD\"]") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xC0\xAF\"]") << false;
    QTest::newRow("truncated UTF-8") << QByteArray("[\"\xE2\x82\"]") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << false;
    QTest::newRow("Latin-1 byte") << QByteArray("[\"caf\xE9\"]") << false;
    QTest::newRow("raw control character") << QByteArray("[\"a\tb\"]") << false;
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << false;
    QTest::newRow("numbers") << QByteArray("[0,-0,1.5,-2e10,3E+2,4e-2,12345678901234567890]")
                             << true;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("leading plus") << QByteArray("[+1]") << false;
    QTest::newRow("bare dot") << QByteArray("[1.]") << false;
    QTest::newRow("bare exponent") << QByteArray("[1e]") << false;
    QTest::newRow("hex number") << QByteArray("[0x10]") << false;
    QTest::newRow("NaN") << QByteArray("[NaN]") << false;
    QTest::newRow("trailing comma in array") << QByteArray("[1,2,]") << false;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}") << false;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << false;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << false;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
    QTest::newRow("single quotes") << QByteArray("['a']") << false;
    QTest::newRow("mismatched brackets") << QByteArray("[1}") << false;
    QTest::newRow("unclosed") << QByteArray("{\"a\":[1,2]") << false;
    QTest::newRow("extra closer") << QByteArray("[1]]") << false;
    QTest::newRow("trailing garbage") << QByteArray("{} x") << false;
    QTest::newRow("two values") << QByteArray("1 2") << false;
    QTest::newRow("comment") << QByteArray("[1] // no") << false;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}") << true;
    QTest::newRow("NUL byte after value") << QByteArray("[1]\0", 4) << false;
}

void TstJsonTokenizer::validity()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonSyntaxError error;
    QCOMPARE(tokenizes(json, &error), valid);
    if (!valid) {
        QVERIFY(!error.reason.isEmpty());
        QVERIFY(error.message().startsWith(QStringLiteral("Not valid JSON at line")));
    }
}

void TstJsonTokenizer::errorPosition_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("missing comma")
        << QByteArray("{\n  \"a\": 1\n  \"b\": 2\n}") << 3LL << 3LL << 13LL;
    QTest::newRow("characters not bytes")
        << QByteArray("[\"\xC3\xA9\xC3\xA9\", x]") << 1LL << 8LL << 9LL;
    QTest::newRow("at the end") << QByteArray("[1,\n2") << 2LL << 2LL << 5LL;
}

void TstJsonTokenizer::errorPosition()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(qint64, offset);
    JsonSyntaxError error;
    QVERIFY(!tokenizes(json, &error));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.offset, offset);
}

void TstJsonTokenizer::tokensAndOffsets()
{
    const QByteArray json = R"({"k": ["v", 12, true], "n": null})";
    JsonTokenizer t(json.constData(), json.size());
    using T = JsonTokenizer::Token;
    const QList<QPair<T, QByteArray>> expected = {
        {T::ObjectBegin, "{"}, {T::Key, "\"k\""},   {T::ArrayBegin, "["}, {T::String, "\"v\""},
        {T::Number, "12"},     {T::True, "true"},   {T::ArrayEnd, "]"},   {T::Key, "\"n\""},
        {T::Null, "null"},     {T::ObjectEnd, "}"},
    };
    for (const auto &[token, text] : expected) {
        QCOMPARE(t.next(), token);
        QCOMPARE(json.mid(t.tokenOffset(), t.tokenLength()), text);
    }
    QCOMPARE(t.next(), T::End);
    QCOMPARE(t.next(), T::End);
}

void TstJsonTokenizer::deepNesting_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("valid");
    QTest::newRow("at the limit") << 10000 << true;
    QTest::newRow("100000 levels") << 100000 << false;
}

void TstJsonTokenizer::deepNesting()
{
    QFETCH(int, levels);
    QFETCH(bool, valid);
    const QByteArray json = QByteArray(levels, '[') + QByteArray(levels, ']');
    JsonSyntaxError error;
    QCOMPARE(tokenizes(json, &error), valid);
    if (!valid)
        QVERIFY(error.reason.contains(QStringLiteral("10000")));
    // Without a depth limit the explicit stack still copes: nothing recursed.
    QVERIFY(tokenizes(json, nullptr, 1 << 30));
}

void TstJsonTokenizer::agreesWithQJsonDocument()
{
    // Where Qt's parser and ours overlap in strictness, they must agree.
    const QList<QByteArray> samples = {
        "{\"a\":[1,2,{\"b\":null}],\"c\":\"\\u0041\"}",
        "[1,]",
        "{\"a\" 1}",
        "[\"x\" \"y\"]",
        "[1e5, -0.5, 0]",
        "{\"a\":{\"b\":{\"c\":[[[]]]}}}",
        "[-]",
        "{,}",
    };
    for (const QByteArray &json : samples) {
        QJsonParseError qtError;
        QJsonDocument::fromJson(json, &qtError);
        QCOMPARE(tokenizes(json), qtError.error == QJsonParseError::NoError);
    }
}

void TstJsonTokenizer::decodeString_data()
{
    QTest::addColumn<QByteArray>("json"); // a string token, quotes included
    QTest::newRow("plain") << QByteArray("\"Z\xC3\xBCrich\"");
    QTest::newRow("short escapes") << QByteArray(R"("a\"b\\c\/d\be\ff\ng\rh\ti")");
    QTest::newRow("\\u") << QByteArray(R"("Z\u00fcrich \u20AC")");
    QTest::newRow("surrogate pair") << QByteArray(R"("smile \ud83d\ude00!")");
    QTest::newRow("lone high surrogate") << QByteArray(R"("\ud83d x")");
    QTest::newRow("lone low surrogate") << QByteArray(R"("x \ude00")");
    QTest::newRow("escape last") << QByteArray(R"("line\n")");
}

void TstJsonTokenizer::decodeString()
{
    QFETCH(QByteArray, json);
    QVERIFY(tokenizes(json));
    // QJsonDocument decodes the same string, lone surrogates kept as they are.
    const QString expected = QJsonDocument::fromJson('[' + json + ']').array().at(0).toString();
    QCOMPARE(JsonTokenizer::decodeString(json.constData() + 1, json.size() - 2), expected);
}

void TstJsonTokenizer::validatedReaders()
{
    const QByteArray json = R"(  {"a\"}": [1, {"b": "]"}], "c": -1.5e3 }  )";
    const char *data = json.constData();
    const qint64 size = json.size();
    QCOMPARE(JsonTokenizer::skipSpace(data, size, 0), 2);
    QCOMPARE(JsonTokenizer::valueEnd(data, size, 2), json.lastIndexOf('}') + 1);
    QCOMPARE(JsonTokenizer::stringEnd(data, size, 3), json.indexOf(':'));
    const qint64 number = json.indexOf('-');
    QCOMPARE(JsonTokenizer::valueEnd(data, size, number), json.indexOf(' ', number));
    // A limit stops the look for a string's end; the end of the data always does.
    QCOMPARE(JsonTokenizer::stringEnd(data, size, 3, 2), 5);
    QCOMPARE(JsonTokenizer::stringEnd(data, 6, 3), 6);
}

QTEST_GUILESS_MAIN(TstJsonTokenizer)
#include "tst_jsontokenizer.moc"
