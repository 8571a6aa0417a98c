// API descriptions (OpenAPI 3.x, Swagger 2.0; JSON or YAML) fetched from a vendor or opened from
// a file: the parsers, the operation index, and what the explorer makes of each operation (the
// composer's URL, example parameters and body, generated from schemas with $refs).
#include "FuzzSupport.h"

#include "explorer/OperationDraft.h"
#include "explorer/OrderedJson.h"
#include "explorer/SpecParser.h"
#include "explorer/YamlDocument.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Both readers on every input, whatever its first byte, so each sees the other's seeds.
    (void)YamlDocument::parse(bytes);
    const auto json = OrderedJson::parse(bytes);
    if (json)
        (void)OrderedJson::toText(json.value());

    // Limits a fuzzer can reach, so their error paths run too.
    SpecParser::Limits limits;
    limits.maxNodes = 20000;
    limits.maxDepth = 64;
    const Result<ApiSpec> spec = SpecParser::parse(bytes, limits);
    if (!spec)
        return 0;
    const QUrl base(QStringLiteral("https://vendor.example/api"));
    int n = 0;
    for (const ApiOperation &op : spec->operations) {
        if (++n > 50)
            break;
        (void)op.searchText();
        (void)OperationDraft::build(spec.value(), op, base,
                                    {{QStringLiteral("id"), QStringLiteral("1/2")}});
        (void)OperationDraft::exampleBody(spec.value(), op);
        for (const ApiParameter &parameter : op.parameters)
            (void)OperationDraft::exampleText(spec.value(), parameter);
    }
    for (const QString &tag : spec->tags)
        (void)spec->operationsTagged(tag);
    return 0;
}
