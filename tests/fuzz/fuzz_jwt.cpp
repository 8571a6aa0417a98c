// Any text pasted or passed to `decode`: the compact JWS/JWE decoder and the --json report.
#include "FuzzSupport.h"

#include "jwt/Jwt.h"
#include "jwt/JwtReport.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<Jwt> jwt = Jwt::decode(FuzzSupport::bytes(data, size));
    if (!jwt)
        return 0;
    // A fixed clock keeps runs reproducible.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QByteArray report = JwtReport::json(jwt.value(), now);
    Q_ASSERT(!report.isEmpty());
    for (const QString &name : jwt->payload().keys())
        (void)Jwt::isTimeClaim(name);
    return 0;
}
