#pragma once

#include "util/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Reading a profile's TLS files (its CA bundle or folder, its client certificate) and saying
// what a certificate is, in words a person can check against what they were given.
namespace TlsFiles {

// Every PEM (or DER, for a folder's .crt/.cer/.der files) certificate of a file or a folder.
Result<QList<QSslCertificate>> caCertificates(const QString &fileOrFolder);

struct ClientIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QList<QSslCertificate> chain; // intermediates that came with it
};

// A PKCS#12 file (.p12/.pfx, or any file that is not PEM), or a PEM certificate with its key in
// the same file or in `keyPath`; `passphrase` opens an encrypted key or PKCS#12 file.
Result<ClientIdentity> clientIdentity(const QString &certificatePath, const QString &keyPath,
                                      const QString &passphrase);

// "CN=api.example.com, O=Example" (the common name first when there is one).
QString subject(const QSslCertificate &certificate);
QString issuer(const QSslCertificate &certificate);
// "issued by CN=Example CA to CN=api.example.com for api.example.com, 10.0.0.1; valid from
// 2026-01-01 to 2027-01-01; SHA-256 AB:CD:..."
QString describe(const QSslCertificate &certificate);
QString sha256(const QSslCertificate &certificate);

} // namespace TlsFiles
