#pragma once

#include "auth/Token.h"

#include <QUuid>

class QSettings;

// The header a person chose to send a profile's token with ("Send as"), remembered in the
// desktop settings: the app's Copy Header and `tokenbench-cli copy --header` give the same line.
namespace SendAs {

// `token` as the profile sends it: with the chosen header when there is one; a session cookie
// always goes as the cookie it is.
Token apply(const QSettings &settings, const QUuid &id, Token token);
void remember(QSettings &settings, const QUuid &id, const TokenDelivery &delivery);

} // namespace SendAs
