#include "FontWarmUp.h"

#if TOKENBENCH_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontWarmUp::FontWarmUp()
{
#if TOKENBENCH_HAVE_FONTCONFIG
    // FcInit() is what Qt's font database calls first. Fontconfig publishes its configuration
    // with an atomic compare-and-swap, so Qt finds this one ready, or, if it comes first, one of
    // the two loads is thrown away: never a wrong or half-built configuration.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}
