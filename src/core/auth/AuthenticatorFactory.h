#pragma once

#include "auth/Authenticator.h"

#include <memory>

// Every vendor and method Tokenbench speaks: the one table of their descriptors, and the one
// place that makes their authenticators. Faces learn all they show of a vendor from here.
namespace AuthenticatorFactory {

// In the order the faces list them: by vendor, then method.
QList<MethodDescriptor> all();
std::optional<MethodDescriptor> find(const QString &vendor, const QString &method);
// The first method of a vendor, for what is the vendor's own (name, icon, order).
std::optional<MethodDescriptor> vendor(const QString &vendor);
// The vendor keys, in list order.
QStringList vendors();

// Null when the vendor/method pair is unknown.
std::unique_ptr<Authenticator> create(const QString &vendor, const QString &method,
                                      HttpClient *http, const Credentials &credentials);

// How a token obtained by this vendor and method travels (the descriptor's word), to rebuild a
// session remembered in the keychain without logging in again. Bearer for an unknown pair.
TokenDelivery deliveryFor(const QString &vendor, const QString &method,
                          const QMap<QString, QString> &fields);

} // namespace AuthenticatorFactory
