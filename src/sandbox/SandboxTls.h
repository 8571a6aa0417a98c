#pragma once

#include <QByteArray>
#include <QSslConfiguration>

#include <optional>

// A certificate authority of the sandbox's own, made afresh at each start, and a server
// certificate it signed for 127.0.0.1 and localhost: HTTPS that a client trusts only when given
// the CA file, as with an on-premises appliance behind an internal CA.
struct SandboxTls
{
    QByteArray caPem;          // the CA certificate, for a profile's CA file
    QByteArray certificatePem; // the server's, signed by the CA
    QByteArray keyPem;         // the server's private key (PKCS#8)

    // Empty when OpenSSL fails (it says why on standard error).
    static std::optional<SandboxTls> generate();

    // What a QSslServer presents: the server certificate with the CA after it.
    QSslConfiguration serverConfiguration() const;
};
