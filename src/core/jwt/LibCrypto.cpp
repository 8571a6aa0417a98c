#include "jwt/LibCrypto.h"

#include <QCoreApplication>
#include <QLibrary>

#include <cstdlib>

namespace {

struct Loaded
{
    LibCrypto functions;
    bool ok = false;
    QString why;
};

const Loaded &loaded()
{
    static const Loaded once = [] {
        Loaded result;
        QLibrary library(QStringLiteral("crypto"), 3);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            result.why = library.errorString();
            return result;
        }
        bool all = true;
#define TOKENBENCH_LIBCRYPTO_RESOLVE(name)                                                         \
    result.functions.name = reinterpret_cast<decltype(&::name)>(library.resolve(#name));           \
    if (!result.functions.name) {                                                                  \
        all = false;                                                                               \
        result.why = library.errorString();                                                        \
    }
        TOKENBENCH_LIBCRYPTO_FUNCTIONS(TOKENBENCH_LIBCRYPTO_RESOLVE)
#undef TOKENBENCH_LIBCRYPTO_RESOLVE
        result.ok = all;
        return result;
    }();
    return once;
}

} // namespace

const LibCrypto *LibCrypto::load(QString *why)
{
    const Loaded &l = loaded();
    if (!l.ok && why)
        *why = l.why;
    return l.ok ? &l.functions : nullptr;
}

std::optional<Error> LibCrypto::unavailable()
{
    QString why;
    if (load(&why))
        return std::nullopt;
    return Error::make(Error::Kind::Internal, QStringLiteral("crypto.unavailable"),
                       QCoreApplication::translate(
                           "LibCrypto", "Signatures cannot be checked: OpenSSL's libcrypto 3 "
                                        "could not be loaded."),
                       why);
}

const LibCrypto &libCrypto()
{
    const Loaded &l = loaded();
    // Every entry point checks load() first; reaching here without it is a programming error.
    if (!l.ok)
        std::abort();
    return l.functions;
}
