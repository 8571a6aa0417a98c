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

// Client certificates for mutual TLS, in the same folder (after make()): client.pem and
// client.key (RSA, CN=Tokenbench Test Client, signed by ca.pem), client-locked.key (the same key
// encrypted with "key-pass"), client.p12 (both, with "p12-pass"), and stranger.pem/stranger.key
// (CN=Stranger, signed by another CA, otherca.pem). cadir/ holds ca.pem alone.
bool makeClients(const QString &dir);

// What a TestHttpServer presents with `certificate`, a file made by make() in `dir`.
std::optional<QSslConfiguration> server(const QString &dir, const QString &certificate);
// The same from any PEM certificate and EC key.
std::optional<QSslConfiguration> serverFrom(const QString &certificatePath, const QString &keyPath);

} // namespace TestCertificates
