#include "util/ErrorKinds.h"

#include <array>
#include <utility>

namespace {

using Entry = std::pair<Error::Kind, const char *>;
constexpr std::array<Entry, 14> Names{{
    {Error::Kind::InvalidInput, "InvalidInput"},
    {Error::Kind::Parse, "Parse"},
    {Error::Kind::Network, "Network"},
    {Error::Kind::Tls, "Tls"},
    {Error::Kind::Timeout, "Timeout"},
    {Error::Kind::Authentication, "Authentication"},
    {Error::Kind::Permission, "Permission"},
    {Error::Kind::NotFound, "NotFound"},
    {Error::Kind::Server, "Server"},
    {Error::Kind::Keychain, "Keychain"},
    {Error::Kind::Io, "Io"},
    {Error::Kind::Cancelled, "Cancelled"},
    {Error::Kind::Internal, "Internal"},
    {Error::Kind::LoginRequired, "LoginRequired"},
}};

} // namespace

namespace ErrorKinds {

QString name(Error::Kind kind)
{
    for (const Entry &entry : Names)
        if (entry.first == kind)
            return QLatin1String(entry.second);
    return QStringLiteral("Internal");
}

std::optional<Error::Kind> fromName(const QString &name)
{
    for (const Entry &entry : Names)
        if (name == QLatin1String(entry.second))
            return entry.first;
    return std::nullopt;
}

} // namespace ErrorKinds
