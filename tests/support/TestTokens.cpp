#include "TestTokens.h"

#include "jwt/Base64Url.h"
#include "util/Clock.h"

namespace TestTokens {

const char *const Rfc7519Example = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                                   "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGF"
                                   "tcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                                   "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

QByteArray jws(const QByteArray &headerJson, const QByteArray &payloadJson,
               const QByteArray &signature)
{
    return Base64Url::encode(headerJson) + '.' + Base64Url::encode(payloadJson) + '.' +
           Base64Url::encode(signature);
}

QByteArray expiringIn(qint64 secondsFromNow, const QByteArray &extraClaims)
{
    const qint64 now = Clock::now().toSecsSinceEpoch();
    QByteArray payload = "{\"sub\":\"analyst@example.com\",\"iat\":" + QByteArray::number(now) +
                         ",\"exp\":" + QByteArray::number(now + secondsFromNow);
    if (!extraClaims.isEmpty())
        payload += ',' + extraClaims;
    payload += '}';
    return jws(R"({"alg":"HS256","typ":"JWT"})", payload);
}

} // namespace TestTokens
