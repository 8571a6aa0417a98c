#include "TestCertificates.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QtDebug>

namespace TestCertificates {

bool make(const QString &dir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty() ||
        !QSslSocket::supportsSsl())
        return false;
    if (QFile::exists(dir + QStringLiteral("/good.pem")))
        return true;
    // `openssl ca` because only it can back-date (3.0).
    const QString script = QStringLiteral(R"sh(set -e
cd "$1"
cat > ca.cnf <<'EOF'
[ca]
default_ca = test
[test]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
EOF
: > index.txt
echo 1000 > serial
ec="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
openssl req -x509 $ec -keyout ca.key -out ca.pem -days 2 -subj "/CN=Tokenbench Test CA" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
openssl req -new $ec -keyout server.key -out server.csr -subj /CN=127.0.0.1
echo subjectAltName=IP:127.0.0.1,DNS:localhost > here.ext
echo subjectAltName=DNS:wrong.example > elsewhere.ext
sign="openssl ca -batch -notext -config ca.cnf -cert ca.pem -keyfile ca.key -in server.csr"
$sign -out good.pem -days 2 -extfile here.ext
$sign -out wronghost.pem -days 2 -extfile elsewhere.ext -subj /CN=wrong.example
$sign -out expired.pem -startdate 20200101000000Z -enddate 20200102000000Z -extfile here.ext
)sh");
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("certs"), dir});
    const bool made =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!made)
        qWarning().noquote() << p.readAllStandardError();
    return made;
}

bool makeClients(const QString &dir)
{
    if (!make(dir))
        return false;
    if (QFile::exists(dir + QStringLiteral("/client.p12")))
        return true;
    const QString script = QStringLiteral(R"sh(set -e
cd "$1"
rsa="-newkey rsa:2048 -nodes"
openssl req -new $rsa -keyout client.key -out client.csr -subj "/CN=Tokenbench Test Client/O=Tokenbench Tests"
echo extendedKeyUsage=clientAuth > client.ext
openssl x509 -req -in client.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -out client.pem -extfile client.ext
openssl pkey -in client.key -aes256 -passout pass:key-pass -out client-locked.key
openssl pkcs12 -export -inkey client.key -in client.pem -certfile ca.pem -passout pass:p12-pass -out client.p12
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout otherca.key -out otherca.pem -days 2 -subj "/CN=Other Test CA" -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
openssl req -new $rsa -keyout stranger.key -out stranger.csr -subj "/CN=Stranger"
openssl x509 -req -in stranger.csr -CA otherca.pem -CAkey otherca.key -CAcreateserial -days 2 -out stranger.pem -extfile client.ext
mkdir -p cadir
cp ca.pem cadir/ca.pem
)sh");
    QProcess p;
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("certs"), dir});
    const bool made =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!made)
        qWarning().noquote() << p.readAllStandardError();
    return made;
}

std::optional<QSslConfiguration> server(const QString &dir, const QString &certificate)
{
    return serverFrom(dir + QLatin1Char('/') + certificate, dir + QStringLiteral("/server.key"));
}

std::optional<QSslConfiguration> serverFrom(const QString &certificatePath, const QString &keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        return std::nullopt;
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}

} // namespace TestCertificates
