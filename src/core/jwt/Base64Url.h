#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Base64Url {

// Where decoding failed: the offending character's index, or -1 when the length is impossible.
struct Failure
{
    qsizetype position = -1;
    char character = 0;
};

// Decodes base64url (RFC 4648 section 5). Padding is not required but tolerated at the end, as
// some issuers add it; any character outside the alphabet is a failure.
std::optional<QByteArray> decode(QByteArrayView text, Failure *failure = nullptr);

QByteArray encode(QByteArrayView data);

} // namespace Base64Url
