#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Small parsing helpers the vendor routes share.
namespace SandboxRoutes {

// An Authorization header split into its scheme and the rest ("Bearer", "abc").
struct Authorization
{
    QString scheme;
    QByteArray credentials;
};
std::optional<Authorization> authorization(const SandboxRequest &request);

// application/x-www-form-urlencoded fields in order, '+' as space, repeated names kept.
QList<QPair<QString, QString>> formFields(const QByteArray &body);

// The body as a JSON object, or nothing when it is not one.
std::optional<QJsonObject> jsonObject(const QByteArray &body);

// The value of `key` in `object`, matching the key case-insensitively as ASP.NET model binding
// does; an undefined value when absent.
QJsonValue valueIgnoringCase(const QJsonObject &object, QLatin1String key);

// HTTP Basic credentials: user and password (RFC 7617), or nothing when malformed.
std::optional<QPair<QString, QString>> basicCredentials(const QByteArray &credentials);

SandboxResponse methodNotAllowed(const QByteArray &allow, const QJsonObject &body);

// A random token of `bytes` random bytes, hex-encoded.
QByteArray randomHex(int bytes);

} // namespace SandboxRoutes
