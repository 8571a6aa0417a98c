#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// Certificates for TLS tests, made with openssl in a folder of the test's: a private CA
// (ca.pem) and server certificates it signed with one key (server.key): good.pem for
// 127.0.0.1, expired.pem (2020), wronghost.pem (wrong.example).
namespace TestCertificates {

// False without openssl or TLS support (the test then skips).
bool make(const QString &dir);

// What a TestHttpServer presents with `certificate`, a file made by make() in `dir`.
std::optional<QSslConfiguration> server(const QString &dir, const QString &certificate);
// The same from any PEM certificate and EC key.
std::optional<QSslConfiguration> serverFrom(const QString &certificatePath, const QString &keyPath);

} // namespace TestCertificates
