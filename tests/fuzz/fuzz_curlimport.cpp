// Curl command lines pasted from vendor docs or a browser's "Copy as cURL".
#include "FuzzSupport.h"

#include "interop/CurlImport.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)CurlImport::looksLikeCurl(text);
    QString rest;
    (void)CurlImport::splitWords(text, &rest);
    const auto imported = CurlImport::parse(text);
    if (imported)
        (void)imported->draft.queryRows();
    return 0;
}
