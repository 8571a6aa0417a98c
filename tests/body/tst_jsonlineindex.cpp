#include "body/BodySearch.h"
#include "body/BodySource.h"
#include "body/FoldMap.h"
#include "body/PrettyJsonDocument.h"
#include "body/RawTextDocument.h"
#include "util/JsonText.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The line index, the documents over it, folding and search: everything below the widget.
class TstJsonLineIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReferencePrettyPrinter_data();
    void matchesReferencePrettyPrinter();
    void matchesQJsonDocumentForSortedKeys();
    void recordsAndPartners();
    void invalidJsonIsAnError();
    void partialIndexComesEarly();
    void cancelStops();
    void longStringsAreCut();
    void foldHidesLines();
    void collapseAllFoldsBelowTheRoot();
    void revealUnfolds();
    void search_data();
    void search();
    void searchLimit();
    void searchMapsToRows();
    void rawRows();
    void rawWrapsLongLinesAtCharacters();
    void rawShowsInvalidUtf8AsReplacement();
    void saveWritesIdenticalBytes();
};

namespace {
std::unique_ptr<PrettyJsonDocument> pretty(const QByteArray &json, int indent = 2)
{
    auto source = BodySource::fromBytes(json);
    auto index = buildJsonLineIndex(source->data(), source->size());
    if (!index.ok())
        return {};
    return std::make_unique<PrettyJsonDocument>(source, index.value(), indent);
}

QString allRows(const BodyDocument &doc)
{
    QStringList rows;
    for (int r = 0; r < doc.rowCount(); ++r)
        rows << doc.row(r).text;
    return rows.join(QLatin1Char('\n'));
}

const char *const SampleApiResponse = R"({
  "data": [
    {"id": 1, "name": "Ada", "tags": ["x", "y"], "address": {"city": "Zürich", "zip": "8001"}},
    {"id": 2, "name": "Grace \"Amazing\" Hopper", "tags": [], "address": {}, "score": -1.5e3}
  ],
  "meta": {"page": 1, "next": null, "done": false, "ok": true}
})";
} // namespace

void TstJsonLineIndex::matchesReferencePrettyPrinter_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("api response") << QByteArray(SampleApiResponse);
    QTest::newRow("scalar") << QByteArray(" 42 ");
    QTest::newRow("string") << QByteArray("\"a \\\"quoted\\\" \\u00e9\"");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array spaced") << QByteArray("[ \n ]");
    QTest::newRow("nested arrays") << QByteArray("[[1,[2,[3,[]]]],[[]],{}]");
    QTest::newRow("minified") << QByteArray(R"({"a":{"b":{"c":[true,false,null]}},"d":"e"})");
    QTest::newRow("odd white space") << QByteArray("{ \"a\"\t:\r\n1 ,\"b\" :[ 2 ,3 ] }");
    QTest::newRow("unicode") << QByteArray("{\"\xF0\x9F\x98\x80\":\"gr\xC3\xBC\xC3\x9F\"}");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[1,2]");
}

void TstJsonLineIndex::matchesReferencePrettyPrinter()
{
    QFETCH(QByteArray, json);
    const auto doc = pretty(json);
    QVERIFY(doc);
    QByteArray withoutBom = json;
    if (withoutBom.startsWith("\xEF\xBB\xBF"))
        withoutBom.remove(0, 3);
    QCOMPARE(allRows(*doc), QString::fromUtf8(JsonText::indented(withoutBom, 2)));
}

void TstJsonLineIndex::matchesQJsonDocumentForSortedKeys()
{
    // QJsonDocument sorts keys and writes empty containers its own way, so these have neither.
    const QByteArray json = R"({"a":[1,2.5,"x",{"b":true,"c":null}],"d":{"e":{"f":"g"}},"h":-3})";
    const auto doc = pretty(json, 4);
    QVERIFY(doc);
    const QString expected = QString::fromUtf8(QJsonDocument::fromJson(json).toJson()).trimmed();
    QCOMPARE(allRows(*doc), expected);
}

void TstJsonLineIndex::recordsAndPartners()
{
    const QByteArray json = R"({"a":[1,2],"b":{},"c":3})";
    auto index = buildJsonLineIndex(json.constData(), json.size());
    QVERIFY(index.ok());
    const JsonLineIndex &lines = *index.value();
    // {  "a": [  1,  2  ],  "b": {},  "c": 3  }
    QCOMPARE(lines.lineCount(), 8);
    QVERIFY(lines.isComplete());
    QCOMPARE(lines.line(0).kind, quint8(JsonLine::Open));
    QCOMPARE(lines.line(0).partner, 7u);
    QCOMPARE(lines.line(1).kind, quint8(JsonLine::Open));
    QCOMPARE(lines.line(1).partner, 4u);
    QCOMPARE(lines.line(1).flags, quint8(JsonLine::HasKey));
    QCOMPARE(lines.line(4).kind, quint8(JsonLine::Close));
    QCOMPARE(lines.line(4).partner, 1u);
    QCOMPARE(lines.line(5).kind, quint8(JsonLine::Empty));
    QCOMPARE(lines.line(2).depth, quint16(2));
    QCOMPARE(lines.line(2).offset, quint64(json.indexOf('1')));
    QCOMPARE(lines.lineAtOffset(quint64(json.indexOf('2'))), 3);
    QCOMPARE(lines.lineAtOffset(quint64(json.indexOf('1') + 1)), 2); // the ',' after it
}

void TstJsonLineIndex::invalidJsonIsAnError()
{
    const QByteArray json = "{\n  \"a\": 1,\n  \"b\": tru\n}";
    auto index = buildJsonLineIndex(json.constData(), json.size());
    QVERIFY(!index.ok());
    QCOMPARE(index.error().kind, Error::Kind::Parse);
    QCOMPARE(index.error().message,
             QStringLiteral("Not valid JSON at line 3, column 8: expected a value"));
}

void TstJsonLineIndex::partialIndexComesEarly()
{
    QByteArray json = "[";
    for (int i = 0; i < 20000; ++i)
        json += QByteArray::number(i) + ',';
    json += "{\"last\":true}]";
    std::shared_ptr<const JsonLineIndex> early;
    JsonIndexCallbacks callbacks;
    callbacks.partialLines = 100;
    callbacks.partial = [&](std::shared_ptr<const JsonLineIndex> p) {
        early = std::move(p);
    };
    auto index = buildJsonLineIndex(json.constData(), json.size(), callbacks);
    QVERIFY(index.ok());
    QVERIFY(early);
    QVERIFY(!early->isComplete());
    QCOMPARE(early->lineCount(), 100);
    QCOMPARE(early->line(0).partner, JsonLine::NoPartner); // the root is still open there
    QCOMPARE(index.value()->lineCount(), 1 + 20000 + 3 + 1);
    // An early document shows its lines without fold markers.
    auto source = BodySource::fromBytes(json);
    PrettyJsonDocument doc(source, early);
    QCOMPARE(doc.rowCount(), 100);
    QCOMPARE(doc.row(0).text, QStringLiteral("["));
    QCOMPARE(doc.row(0).fold, DisplayLine::Fold::None);
    QCOMPARE(doc.row(99).text, QStringLiteral("  98,"));
}

void TstJsonLineIndex::cancelStops()
{
    const QByteArray json = "[" + QByteArray("1,").repeated(100000) + "1]";
    JsonIndexCallbacks callbacks;
    callbacks.cancelled = [] {
        return true;
    };
    auto index = buildJsonLineIndex(json.constData(), json.size(), callbacks);
    QVERIFY(!index.ok());
    QCOMPARE(index.error().kind, Error::Kind::Cancelled);
}

void TstJsonLineIndex::longStringsAreCut()
{
    const QByteArray json = "{\"big\":\"" + QByteArray(100000, 'x') + "\",\"n\":1}";
    const auto doc = pretty(json);
    QVERIFY(doc);
    const DisplayLine line = doc->row(1, 50);
    QCOMPARE(line.text.size(), 51);
    QVERIFY(line.text.startsWith(QStringLiteral("  \"big\": \"xxx")));
    QCOMPARE(line.text.back(), QChar(0x2026));
    QCOMPARE(line.spans.back().kind, SpanKind::Cut);
    QCOMPARE(doc->row(2).text, QStringLiteral("  \"n\": 1"));
    // A limit smaller than the indentation formats nothing more (the gutter asks for that).
    QCOMPARE(doc->row(1, 1).text, QStringLiteral("  "));
    // Copying takes the whole line.
    QCOMPARE(doc->copyText(1, 1).size(), 100000 + 12);
}

void TstJsonLineIndex::foldHidesLines()
{
    auto doc = pretty(SampleApiResponse);
    QVERIFY(doc);
    const int all = doc->rowCount();
    QCOMPARE(doc->row(1).text, QStringLiteral("  \"data\": ["));
    QVERIFY(doc->isFoldable(1));
    QCOMPARE(doc->row(1).fold, DisplayLine::Fold::Expanded);
    QVERIFY(!doc->isFoldable(3)); // a scalar member
    doc->setFolded(2, true);      // the first element
    QCOMPARE(doc->row(2).text, QStringLiteral("    {\u2026},"));
    QCOMPARE(doc->row(2).fold, DisplayLine::Fold::Collapsed);
    QCOMPARE(doc->row(3).text, QStringLiteral("    {"));
    const int afterInner = doc->rowCount();
    QCOMPARE(afterInner, all - 11);
    doc->setFolded(1, true); // "data", with a fold inside it
    QCOMPARE(doc->row(1).text, QStringLiteral("  \"data\": [\u2026],"));
    QCOMPARE(doc->row(2).text, QStringLiteral("  \"meta\": {"));
    QCOMPARE(doc->lineForRow(2), doc->index().lineCount() - 7);
    QCOMPARE(doc->rowForLine(5), 1); // hidden: the folded line shows it
    doc->setFolded(1, false);        // the inner fold is remembered
    QCOMPARE(doc->rowCount(), afterInner);
    QCOMPARE(doc->row(2).text, QStringLiteral("    {\u2026},"));
    for (int r = 0; r < doc->rowCount(); ++r)
        QCOMPARE(doc->rowForLine(doc->lineForRow(r)), r);
    doc->expandAll();
    QCOMPARE(doc->rowCount(), all);
}

void TstJsonLineIndex::collapseAllFoldsBelowTheRoot()
{
    auto doc = pretty(SampleApiResponse);
    QVERIFY(doc);
    doc->collapseAll();
    QCOMPARE(allRows(*doc), QStringLiteral("{\n  \"data\": [\u2026],\n  \"meta\": {\u2026}\n}"));
    doc->setFolded(1, false);
    QCOMPARE(doc->rowCount(), 7);
    QCOMPARE(doc->row(2).text, QStringLiteral("    {\u2026},"));
    QCOMPARE(doc->row(3).text, QStringLiteral("    {\u2026}"));
    QCOMPARE(doc->row(4).text, QStringLiteral("  ],"));
    doc->expandAll();
    QCOMPARE(doc->row(2).text, QStringLiteral("    {"));
}

void TstJsonLineIndex::revealUnfolds()
{
    auto doc = pretty(SampleApiResponse);
    QVERIFY(doc);
    doc->collapseAll();
    const QByteArray json(SampleApiResponse);
    const auto offset = quint64(json.indexOf("8001"));
    QCOMPARE(doc->rowForOffset(offset, false), 1); // hidden inside "data"
    const int row = doc->rowForOffset(offset, true);
    QCOMPARE(doc->row(row).text, QStringLiteral("        \"zip\": \"8001\""));
    const DisplayLine line = doc->row(row);
    QCOMPARE(doc->columnForOffset(line, offset), 16);
}

void TstJsonLineIndex::search_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<QList<quint64>>("offsets");
    QTest::newRow("ignores case") << QByteArray("Name name NAME nAmE") << QStringLiteral("name")
                                  << false << QList<quint64>{0, 5, 10, 15};
    QTest::newRow("case sensitive")
        << QByteArray("Name name NAME") << QStringLiteral("name") << true << QList<quint64>{5};
    QTest::newRow("upper-case needle")
        << QByteArray("id ID Id") << QStringLiteral("ID") << false << QList<quint64>{0, 3, 6};
    QTest::newRow("no overlap") << QByteArray("aaaa") << QStringLiteral("aa") << false
                                << QList<quint64>{0, 2};
    QTest::newRow("only the rare spelling")
        << QByteArray("xxIDxxIDxx") << QStringLiteral("id") << false << QList<quint64>{2, 6};
    QTest::newRow("non-ASCII") << QByteArray("Z\xC3\xBCrich z\xC3\xBCrich")
                               << QStringLiteral("zürich") << false << QList<quint64>{0, 8};
    QTest::newRow("at the very end")
        << QByteArray("abc") << QStringLiteral("c") << false << QList<quint64>{2};
    QTest::newRow("longer than body")
        << QByteArray("ab") << QStringLiteral("abc") << false << QList<quint64>{};
    QTest::newRow("empty needle") << QByteArray("ab") << QString() << false << QList<quint64>{};
}

void TstJsonLineIndex::search()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(QList<quint64>, offsets);
    const SearchMatches found =
        BodySearch::find(haystack.constData(), haystack.size(), needle, caseSensitive);
    QCOMPARE(QList<quint64>(found.offsets.begin(), found.offsets.end()), offsets);
    QVERIFY(!found.truncated);
}

void TstJsonLineIndex::searchLimit()
{
    const QByteArray haystack = QByteArray("ab").repeated(1000);
    const SearchMatches found =
        BodySearch::find(haystack.constData(), haystack.size(), QStringLiteral("b"), false, 10);
    QCOMPARE(found.offsets.size(), std::size_t(10));
    QVERIFY(found.truncated);
}

void TstJsonLineIndex::searchMapsToRows()
{
    auto doc = pretty(SampleApiResponse);
    QVERIFY(doc);
    const QByteArray json(SampleApiResponse);
    const SearchMatches found =
        BodySearch::find(json.constData(), json.size(), QStringLiteral("NAME"));
    QCOMPARE(found.offsets.size(), std::size_t(2));
    QStringList rows;
    for (quint64 offset : found.offsets) {
        const int row = doc->rowForOffset(offset, true);
        const DisplayLine line = doc->row(row);
        const int column = doc->columnForOffset(line, offset);
        rows << line.text.mid(column, found.length);
    }
    QCOMPARE(rows, QStringList({QStringLiteral("name"), QStringLiteral("name")}));
}

void TstJsonLineIndex::rawRows()
{
    const QByteArray text = "one\r\ntwo\tthree\n\nfour\x01\n";
    auto source = BodySource::fromBytes(text);
    auto index = buildRawLineIndex(source->data(), source->size());
    QVERIFY(index.ok());
    RawTextDocument doc(source, index.value());
    QCOMPARE(doc.rowCount(), 4);
    QCOMPARE(doc.row(0).text, QStringLiteral("one"));
    QCOMPARE(doc.row(1).text, QStringLiteral("two three"));
    QCOMPARE(doc.row(2).text, QString());
    QCOMPARE(doc.row(3).text, QStringLiteral("four\u2401"));
    QCOMPARE(doc.row(3).number, 4);
    QCOMPARE(doc.rowForOffset(quint64(text.indexOf("three")), true), 1);
    QCOMPARE(doc.columnForOffset(doc.row(1), quint64(text.indexOf("three"))), 4);
    QCOMPARE(doc.copyText(0, 1), QStringLiteral("one\r\ntwo\tthree"));
}

void TstJsonLineIndex::rawWrapsLongLinesAtCharacters()
{
    // 3-byte characters never fall on the wrap boundary exactly.
    const QByteArray line = QByteArray("\xE2\x82\xAC").repeated(3000);
    const QByteArray text = "a\n" + line + "\nb";
    auto source = BodySource::fromBytes(text);
    auto index = buildRawLineIndex(source->data(), source->size());
    QVERIFY(index.ok());
    RawTextDocument doc(source, index.value());
    QCOMPARE(doc.rowCount(), 5);
    QCOMPARE(doc.row(1).number, 2);
    QCOMPARE(doc.row(2).number, 0);
    QCOMPARE(doc.row(3).number, 0);
    QCOMPARE(doc.row(4).number, 3);
    QString joined;
    for (int r = 1; r <= 3; ++r) {
        QVERIFY(!doc.row(r).text.contains(QChar::ReplacementCharacter));
        joined += doc.row(r).text;
    }
    QCOMPARE(joined, QString::fromUtf8(line));
    QCOMPARE(doc.row(4).text, QStringLiteral("b"));
}

void TstJsonLineIndex::rawShowsInvalidUtf8AsReplacement()
{
    const QByteArray text = "caf\xE9 ok";
    auto source = BodySource::fromBytes(text);
    auto index = buildRawLineIndex(source->data(), source->size());
    QVERIFY(index.ok());
    RawTextDocument doc(source, index.value());
    QCOMPARE(doc.row(0).text, QStringLiteral("caf\uFFFD ok"));
}

void TstJsonLineIndex::saveWritesIdenticalBytes()
{
    QTemporaryDir dir;
    QByteArray body;
    for (int i = 0; body.size() < 3 * 1024 * 1024; ++i)
        body += "{\"i\":" + QByteArray::number(i) + "},";
    const QString in = dir.filePath(QStringLiteral("in.json"));
    QFile file(in);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();
    auto source = BodySource::fromFile(in);
    QVERIFY(source.ok());
    QVERIFY(source.value()->isMapped());
    const QString out = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(source.value()->saveTo(out).ok());
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), body);
    QVERIFY(!source.value()->saveTo(dir.filePath(QStringLiteral("no/such/dir/x"))).ok());

    const QString empty = dir.filePath(QStringLiteral("empty"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    auto emptySource = BodySource::fromFile(empty);
    QVERIFY(emptySource.ok());
    QCOMPARE(emptySource.value()->size(), 0);
}

QTEST_GUILESS_MAIN(TstJsonLineIndex)
#include "tst_jsonlineindex.moc"
