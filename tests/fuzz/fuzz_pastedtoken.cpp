// Whatever people paste into the token inspector or a token field.
#include "FuzzSupport.h"

#include "auth/PastedToken.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PastedToken pasted = PastedToken::fromText(text);
    // Cleaning up a token twice must not find more to remove.
    const PastedToken again = PastedToken::fromText(pasted.token);
    (void)again;
    return 0;
}
