#include "util/SessionBus.h"

#include "util/Modules.h"

namespace {

template<typename T>
T *fromModule(const char *symbol, QString *why)
{
    using Factory = T *(*)();
    const auto factory = reinterpret_cast<Factory>(Modules::resolve("sessionbus", symbol, why));
    return factory ? factory() : nullptr;
}

} // namespace

KeychainJobs *KeychainJobs::load(QString *why)
{
    return fromModule<KeychainJobs>("tokenbench_keychain_jobs", why);
}

AppBusCaller *AppBusCaller::load(QString *why)
{
    return fromModule<AppBusCaller>("tokenbench_app_bus_caller", why);
}
