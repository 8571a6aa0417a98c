#pragma once

#include "auth/Authenticator.h"

#include <memory>

// Every vendor and method Tokenbench speaks, and the one place that makes their authenticators.
namespace AuthenticatorFactory {

QList<MethodDescriptor> all();
std::optional<MethodDescriptor> find(const QString &vendor, const QString &method);

// Null when the vendor/method pair is unknown.
std::unique_ptr<Authenticator> create(const QString &vendor, const QString &method,
                                      HttpClient *http, const Credentials &credentials);

// How a token obtained by this vendor and method travels, to rebuild a session remembered in the
// keychain without logging in again.
TokenDelivery deliveryFor(const QString &vendor, const QString &method,
                          const QMap<QString, QString> &fields);

} // namespace AuthenticatorFactory
