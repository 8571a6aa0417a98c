#include "net/CaTrust.h"

#include "AppPaths.h"
#include "net/TlsFiles.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CaTrust {

std::optional<Offer> offer(const Error &error)
{
    if (error.untrustedChain.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(error.untrustedChain, QSsl::Pem);
    if (chain.isEmpty() || chain.last().isNull())
        return std::nullopt;
    Offer o;
    o.certificate = chain.last();
    o.selfSigned = o.certificate.isSelfSigned();
    o.chainLength = int(chain.size());
    return o;
}

QString fileFor(const QUuid &profileId)
{
    return AppPaths::dataDir() + QStringLiteral("/ca/") + profileId.toString(QUuid::WithoutBraces) +
           QStringLiteral(".pem");
}

Result<Profile> trust(const Profile &profile, const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("net.ca_trust_empty"),
                           QCoreApplication::translate("CaTrust", "There is no certificate to "
                                                                  "trust."));
    const QString path = fileFor(profile.id);
    // What the profile trusted so far stays trusted: its file or folder is copied in, unless it
    // is this very file (then it is read back) or cannot be read (then it was of no use).
    QList<QSslCertificate> certificates;
    if (!profile.options.caFile.isEmpty()) {
        const auto earlier = TlsFiles::caCertificates(profile.options.caFile);
        if (earlier)
            certificates = earlier.value();
    }
    if (!certificates.contains(certificate))
        certificates.append(certificate);
    QByteArray pem;
    for (const QSslCertificate &c : std::as_const(certificates))
        pem += "# " + TlsFiles::subject(c).toUtf8() + "\n# SHA-256 " +
               TlsFiles::sha256(c).toUtf8() + '\n' + c.toPem();
    const auto written = PrivateFiles::write(path, pem);
    if (!written)
        return written.error();
    Profile trusted = profile;
    trusted.options.caFile = path;
    return trusted;
}

bool forget(const QUuid &profileId)
{
    const QString path = fileFor(profileId);
    // A link counts as there even when what it names is gone.
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return true;
    return QFile::remove(path);
}

} // namespace CaTrust
