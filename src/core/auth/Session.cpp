#include "Session.h"

Credential Session::credential() const
{
    Credential credential;
    credential.origin = Origin::of(baseUrl);
    if (token.isEmpty())
        return credential;
    const TokenDelivery &delivery = token.delivery();
    if (delivery.kind == TokenDelivery::Kind::Cookie) {
        credential.cookies.append(
            QNetworkCookie(delivery.cookieName.toUtf8(), token.raw().toUtf8()));
    } else {
        credential.headers.append(
            {delivery.headerName.toUtf8(), delivery.headerValue(token.raw()).toUtf8()});
    }
    credential.cookies += cookies;
    return credential;
}
