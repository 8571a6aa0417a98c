#include "net/TlsFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TlsFiles {

namespace {

Error fileError(const char *code, const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, QString::fromLatin1(code), message);
}

QString distinguishedName(const QStringList &commonNames, const QStringList &organisations)
{
    QStringList pieces;
    for (const QString &cn : commonNames)
        pieces.append(QStringLiteral("CN=") + cn);
    for (const QString &o : organisations)
        pieces.append(QStringLiteral("O=") + o);
    return pieces.join(QStringLiteral(", "));
}

std::optional<QSslKey> readKey(const QByteArray &pem, const QString &passphrase)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        const QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase.toUtf8());
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

} // namespace

Result<QList<QSslCertificate>> caCertificates(const QString &path)
{
    const QFileInfo info(path);
    QList<QSslCertificate> certificates;
    if (info.isDir()) {
        const QFileInfoList files =
            QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            QFile f(file.absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = f.readAll();
            QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
            const QString suffix = file.suffix().toLower();
            if (found.isEmpty() &&
                (suffix == QLatin1String("der") || suffix == QLatin1String("cer") ||
                 suffix == QLatin1String("crt")))
                found = QSslCertificate::fromData(data, QSsl::Der);
            certificates += found;
        }
        if (certificates.isEmpty())
            return fileError("net.ca_file_empty",
                             QCoreApplication::translate(
                                 "HttpClient", "The CA certificate folder %1 holds no certificate.")
                                 .arg(QDir::toNativeSeparators(path)));
        return certificates;
    }
    if (!info.isFile() || !info.isReadable())
        return fileError(
            "net.ca_file_unreadable",
            QCoreApplication::translate(
                "HttpClient", "The CA certificate file %1 does not exist or cannot be read.")
                .arg(QDir::toNativeSeparators(path)));
    certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty())
        return fileError("net.ca_file_empty",
                         QCoreApplication::translate(
                             "HttpClient", "The CA certificate file %1 holds no PEM certificate.")
                             .arg(QDir::toNativeSeparators(path)));
    return certificates;
}

Result<ClientIdentity> clientIdentity(const QString &certificatePath, const QString &keyPath,
                                      const QString &passphrase)
{
    const QString shown = QDir::toNativeSeparators(certificatePath);
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError("net.client_cert_unreadable",
                         QCoreApplication::translate("HttpClient",
                                                     "The client certificate %1 cannot be read: %2")
                             .arg(shown, file.errorString()));
    const QByteArray data = file.readAll();
    ClientIdentity identity;
    const QString suffix = QFileInfo(certificatePath).suffix().toLower();
    const bool pem = data.contains("-----BEGIN ");
    if (!pem || suffix == QLatin1String("p12") || suffix == QLatin1String("pfx")) {
        file.seek(0);
        if (!QSslCertificate::importPkcs12(&file, &identity.key, &identity.certificate,
                                           &identity.chain, passphrase.toUtf8()))
            return fileError("net.client_cert_pkcs12",
                             QCoreApplication::translate(
                                 "HttpClient",
                                 "The PKCS#12 file %1 could not be opened: a wrong or missing "
                                 "passphrase (client_key_passphrase), or not a PKCS#12 file.")
                                 .arg(shown));
        return identity;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        return fileError(
            "net.client_cert_empty",
            QCoreApplication::translate("HttpClient", "The file %1 holds no PEM certificate.")
                .arg(shown));
    identity.certificate = certificates.first();
    identity.chain = certificates.mid(1);
    QByteArray keyData = data;
    QString keyShown = shown;
    if (!keyPath.isEmpty()) {
        QFile keyFile(keyPath);
        keyShown = QDir::toNativeSeparators(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fileError(
                "net.client_key_unreadable",
                QCoreApplication::translate("HttpClient", "The client key %1 cannot be read: %2")
                    .arg(keyShown, keyFile.errorString()));
        keyData = keyFile.readAll();
    }
    if (!keyData.contains("PRIVATE KEY-----"))
        return fileError("net.client_key_missing",
                         QCoreApplication::translate(
                             "HttpClient", "%1 holds no private key: give the key file as "
                                           "client_key.")
                             .arg(keyShown));
    const auto key = readKey(keyData, passphrase);
    if (!key)
        return fileError("net.client_key_locked",
                         QCoreApplication::translate(
                             "HttpClient",
                             "The private key in %1 could not be read: a wrong or missing "
                             "passphrase (client_key_passphrase), or a key of an unknown kind.")
                             .arg(keyShown));
    identity.key = *key;
    return identity;
}

QString subject(const QSslCertificate &certificate)
{
    return distinguishedName(certificate.subjectInfo(QSslCertificate::CommonName),
                             certificate.subjectInfo(QSslCertificate::Organization));
}

QString issuer(const QSslCertificate &certificate)
{
    return distinguishedName(certificate.issuerInfo(QSslCertificate::CommonName),
                             certificate.issuerInfo(QSslCertificate::Organization));
}

QString sha256(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QString describe(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    QStringList alternatives;
    const auto san = certificate.subjectAlternativeNames();
    for (auto it = san.cbegin(); it != san.cend(); ++it)
        alternatives.append(it.value());
    const QString names =
        alternatives.isEmpty() ? subject(certificate) : alternatives.join(QStringLiteral(", "));
    return QCoreApplication::translate("HttpClient",
                                       "issued by %1 to %2 for %3; valid from %4 to %5; "
                                       "SHA-256 %6")
        .arg(issuer(certificate), subject(certificate), names,
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate), sha256(certificate));
}

} // namespace TlsFiles
