#pragma once

#include "auth/TokenDelivery.h"

#include <QString>
#include <QStringList>
#include <optional>

// What people paste is rarely just the token: a header line copied from a browser's developer
// tools, a "Bearer " prefix, quotes from JSON, a JWT wrapped over lines by a terminal or an e-mail.
// This finds the token in it and remembers how it was being sent.
struct PastedToken
{
    QString token;
    std::optional<TokenDelivery> delivery; // when the paste named a scheme or header
    QStringList removed; // what was set aside ("Authorization:", "Bearer", quotes...)

    static PastedToken fromText(const QString &text);
};
