#include "SandboxTls.h"

#include <QSslCertificate>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;

// A day back, so that a client whose clock runs a little behind still accepts it; a month on,
// longer than any sandbox runs.
constexpr long NotBeforeSeconds = -24L * 3600;
constexpr long NotAfterSeconds = 30L * 24 * 3600;

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A certificate for `key` named `commonName`, signed by `issuerKey` as `issuer` (itself when
// null), with `extensions` (nid, value) in order.
Cert makeCertificate(EVP_PKEY *key, const char *commonName, X509 *issuer, EVP_PKEY *issuerKey,
                     std::initializer_list<std::pair<int, const char *>> extensions)
{
    Cert certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return nullptr;
    // A random serial: two sandboxes' certificates never share issuer and serial.
    Bignum serial(BN_new());
    if (!serial || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return nullptr;
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), NotBeforeSeconds) ||
        !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), NotAfterSeconds) ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return nullptr;
    X509_NAME *name = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(commonName), -1, -1,
                                   0) != 1 ||
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>("Tokenbench Sandbox"),
                                   -1, -1, 0) != 1)
        return nullptr;
    X509 *signer = issuer ? issuer : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer)) != 1)
        return nullptr;
    for (const auto &[nid, value] : extensions)
        if (!addExtension(certificate.get(), signer, nid, value))
            return nullptr;
    if (X509_sign(certificate.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, int(size)) : QByteArray();
}

QByteArray pem(X509 *certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return readAll(bio.get());
}

QByteArray pem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return readAll(bio.get());
}

} // namespace

std::optional<SandboxTls> SandboxTls::generate()
{
    const Key caKey(EVP_EC_gen("P-256"));
    const Key serverKey(EVP_EC_gen("P-256"));
    Cert ca;
    Cert server;
    if (caKey && serverKey) {
        ca = makeCertificate(caKey.get(), "Tokenbench Sandbox CA", nullptr, nullptr,
                             {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                              {NID_key_usage, "critical,keyCertSign,cRLSign"},
                              {NID_subject_key_identifier, "hash"}});
    }
    if (ca) {
        server = makeCertificate(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(),
                                 {{NID_basic_constraints, "critical,CA:FALSE"},
                                  {NID_key_usage, "critical,digitalSignature"},
                                  {NID_ext_key_usage, "serverAuth"},
                                  {NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"},
                                  {NID_subject_key_identifier, "hash"},
                                  {NID_authority_key_identifier, "keyid:always"}});
    }
    SandboxTls tls;
    if (server) {
        tls.caPem = pem(ca.get());
        tls.certificatePem = pem(server.get());
        tls.keyPem = pem(serverKey.get());
    }
    if (tls.caPem.isEmpty() || tls.certificatePem.isEmpty() || tls.keyPem.isEmpty()) {
        char reason[256] = {};
        ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
        std::fprintf(stderr, "tokenbench-sandbox: cannot make TLS certificates: %s\n", reason);
        return std::nullopt;
    }
    return tls;
}

QSslConfiguration SandboxTls::serverConfiguration() const
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    const QSslCertificate ca(caPem, QSsl::Pem);
    conf.setLocalCertificateChain({certificate, ca});
    conf.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}
