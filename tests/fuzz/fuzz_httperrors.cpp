// Answers that are not a success, as every authenticator turns them into one Error: the vendor's
// words from JSON or text bodies, HTML pages, malformed JSON, Retry-After.
#include "FuzzHttp.h"
#include "FuzzSupport.h"

#include "net/HttpErrors.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpResponse response = FuzzHttp::response(FuzzSupport::bytes(data, size));
    const QByteArray type = response.header("Content-Type");
    (void)HttpErrors::looksLikeHtml(response.body, type);
    (void)HttpErrors::vendorMessage(response.body, type);
    const Error error = HttpErrors::fromResponse(response);
    (void)error;
    (void)HttpErrors::jsonObject(response);
    return 0;
}
