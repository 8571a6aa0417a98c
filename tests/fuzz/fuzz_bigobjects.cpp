// API descriptions whose objects have 100,000 members (issue 19, item 8): no fuzzer input of at
// most 64 KB can spell one out, so the input is a recipe. Its first bytes choose the syntax
// (JSON or YAML), where the large object stands (an extension, the paths, the schemas every path
// refers to, a request body's properties) and how often a key repeats; the rest is the text
// that every member's key starts with and the value each member holds, however malformed. The
// document is read with SpecParser and what the explorer makes of its operations is built: each
// run must end within the run's timeout and memory like any other input.
#include "FuzzSupport.h"

#include "explorer/OperationDraft.h"
#include "explorer/SpecParser.h"

TOKENBENCH_FUZZ_INIT

namespace {

constexpr int Members = 100000;
// Paths that refer into the large schema map, and paths that are operations: enough for indexes
// to matter, few enough that a run stays well inside its 10 s under the sanitizers (which slow
// the readers tenfold; 100,000 operations take that long by themselves).
constexpr int Referrers = 100;
constexpr int OperationEvery = 100;

QByteArray pathItem(int index, const QByteArray &value, bool yaml)
{
    const QByteArray method = index % OperationEvery == 0 ? "get" : "x-v";
    return yaml ? "{" + method + ": " + value + '}' : "{\"" + method + "\":" + value + '}';
}

enum class Place
{
    Extension, // "x-big": {k0: v, ...}
    Paths,     // "/k0": {x-v: v}, ..., every 100th {get: v}
    Schemas,   // components/schemas with N members; N paths refer to them
    Properties // one request body schema with N properties
};

// A key safe to stand in JSON and YAML: the stem's letters and digits, then the index.
QByteArray keyOf(const QByteArray &stem, int index, int repeatEvery)
{
    const int n = repeatEvery > 0 && index % repeatEvery == 0 ? 0 : index;
    return stem + QByteArray::number(n);
}

QByteArray jsonDocument(Place place, const QByteArray &stem, const QByteArray &value, int repeat)
{
    QByteArray doc = R"({"openapi":"3.0.0","info":{"title":"big","version":"1"},)";
    const auto members = [&](const auto &member) {
        for (int i = 0; i < Members; ++i) {
            if (i)
                doc += ',';
            member(i);
        }
    };
    switch (place) {
    case Place::Extension:
        doc += R"("paths":{},"x-big":{)";
        members([&](int i) { doc += '"' + keyOf(stem, i, repeat) + "\":" + value; });
        doc += "}}";
        break;
    case Place::Paths:
        doc += R"("paths":{)";
        members([&](int i) {
            doc += "\"/" + keyOf(stem, i, repeat) + "\":" + pathItem(i, value, false);
        });
        doc += "}}";
        break;
    case Place::Schemas:
        doc += R"("paths":{)";
        for (int r = 0; r < Referrers; ++r) {
            doc += (r ? ",\"/p" : "\"/p") + QByteArray::number(r) +
                   R"(":{"post":{"requestBody":{"content":{"application/json":{"schema":)"
                   R"({"$ref":"#/components/schemas/)" +
                   keyOf(stem, r * (Members / Referrers), repeat) + "\"}}}}}}";
        }
        doc += R"(},"components":{"schemas":{)";
        members([&](int i) { doc += '"' + keyOf(stem, i, repeat) + "\":" + value; });
        doc += "}}}";
        break;
    case Place::Properties:
        doc += R"("paths":{"/x":{"post":{"requestBody":{"content":{"application/json":{)"
               R"("schema":{"type":"object","properties":{)";
        members([&](int i) { doc += '"' + keyOf(stem, i, repeat) + "\":" + value; });
        doc += "}}}}}}}}}";
        break;
    }
    return doc;
}

QByteArray yamlDocument(Place place, const QByteArray &stem, const QByteArray &value, int repeat)
{
    QByteArray doc = "openapi: 3.0.0\ninfo: {title: big, version: '1'}\n";
    const auto members = [&](const QByteArray &indent, const auto &member) {
        for (int i = 0; i < Members; ++i)
            doc += indent + member(i) + '\n';
    };
    switch (place) {
    case Place::Extension:
        doc += "paths: {}\nx-big:\n";
        members("  ", [&](int i) { return keyOf(stem, i, repeat) + ": " + value; });
        break;
    case Place::Paths:
        doc += "paths:\n";
        members("  ", [&](int i) {
            return "/" + keyOf(stem, i, repeat) + ": " + pathItem(i, value, true);
        });
        break;
    case Place::Schemas:
        doc += "paths:\n";
        for (int r = 0; r < Referrers; ++r)
            doc += "  /p" + QByteArray::number(r) +
                   ": {post: {requestBody: {content: {application/json: {schema: {$ref: "
                   "'#/components/schemas/" +
                   keyOf(stem, r * (Members / Referrers), repeat) + "'}}}}}}\n";
        doc += "components:\n  schemas:\n";
        members("    ", [&](int i) { return keyOf(stem, i, repeat) + ": " + value; });
        break;
    case Place::Properties:
        doc += "paths:\n  /x:\n    post:\n      requestBody:\n        content:\n"
               "          application/json:\n            schema:\n              type: object\n"
               "              properties:\n";
        members("                ", [&](int i) { return keyOf(stem, i, repeat) + ": " + value; });
        break;
    }
    return doc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const bool yaml = data[0] & 1;
    const auto place = Place((data[0] >> 1) % 4);
    const int repeat = data[1] % 8 == 0 ? 0 : 2 + data[1] % 97; // some keys written twice
    // Up to the first NUL: the key's stem, letters and digits only; after it, each value.
    const QByteArray rest = FuzzSupport::bytes(data + 2, size - 2);
    const qsizetype split = rest.indexOf('\0');
    QByteArray stem;
    for (const char c : rest.left(split < 0 ? 0 : qMin<qsizetype>(split, 16))) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            stem += c;
    }
    if (stem.isEmpty())
        stem = "k";
    // Short, so that a document of 100,000 members stays near a megabyte or two.
    QByteArray value = split < 0 ? rest : rest.mid(split + 1);
    value = value.left(yaml ? 8 : 16);
    value.replace('\n', ' ');
    if (value.isEmpty())
        value = "{}";

    const QByteArray doc =
        yaml ? yamlDocument(place, stem, value, repeat) : jsonDocument(place, stem, value, repeat);
    SpecParser::Limits limits;
    limits.maxNodes = 8 * 1000 * 1000;
    const Result<ApiSpec> spec = SpecParser::parse(doc, limits);
    if (!spec)
        return 0;
    for (const QString &tag : spec->tags)
        (void)spec->operationsTagged(tag);
    (void)spec->operationsTagged(QString());
    const QUrl base(QStringLiteral("https://vendor.example/api"));
    int n = 0;
    for (const ApiOperation &op : spec->operations) {
        if (++n > 5)
            break;
        (void)OperationDraft::build(spec.value(), op, base, {});
        (void)OperationDraft::exampleBody(spec.value(), op);
    }
    return 0;
}
