// Postman, Insomnia (JSON and YAML) and HAR files a person picks in File > Import Requests or
// gives `tokenbench-cli import`: any file at all must end in a collection or an Error.
#include "FuzzSupport.h"

#include "interop/RequestImport.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = FuzzSupport::bytes(data, size);
    auto collection = RequestImport::read(content, QStringLiteral("fuzz.json"));
    if (collection) {
        RequestImport::applyProfile(collection.value(), TokenDelivery::bearer(),
                                    QStringLiteral("fuzz"));
        for (const ImportedRequest &r : collection.value().requests) {
            (void)r.savedName();
            (void)r.draft.queryRows();
        }
    }
    (void)RequestImport::readEnvironment(content);
    return 0;
}
