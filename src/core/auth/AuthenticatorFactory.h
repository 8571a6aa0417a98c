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

} // namespace AuthenticatorFactory
