#include "TestClock.h"
#include "TestHttpServer.h"
#include "jwt/Base64Url.h"
#include "jwt/JwksSource.h"
#include "jwt/JwtKeySet.h"
#include "jwt/JwtVerifier.h"
#include "net/HttpClient.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace std::chrono_literals;

namespace {

// RFC 7515 appendix A, RFC 8037 appendix A.4: the examples and their public keys.
const char Rfc7515A1Token[] = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                              "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGF"
                              "tcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                              "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const char Rfc7515A1Jwk[] = R"({"kty":"oct",
 "k":"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"})";

const char Rfc7515A2Token[] = "eyJhbGciOiJSUzI1NiJ9."
                              "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                              "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                              "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7"
                              "AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
                              "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K"
                              "0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
                              "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB"
                              "p0igcN_IoypGlUPQGe77Rw";
const char Rfc7515A2Jwk[] = R"({"kty":"RSA",
 "n":"ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ",
 "e":"AQAB"})";

const char Rfc7515A3Token[] = "eyJhbGciOiJFUzI1NiJ9."
                              "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                              "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                              "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSA"
                              "pmWQxfKTUJqPP3-Kg6NU1Q";
const char Rfc7515A3Jwk[] = R"({"kty":"EC","crv":"P-256",
 "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
 "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})";

const char Rfc7515A4Token[] = "eyJhbGciOiJFUzUxMiJ9."
                              "UGF5bG9hZA."
                              "AdwMgeerwtHoh-l192l60hp9wAHZFVJbLfD_UxMi70cwnZOYaRI1bKPWROc-mZZq"
                              "wqT2SI-KGDKB34XO0aw_7XdtAG8GaSwFKdCAPZgoXD2YBJZCPEX3xKpRwcdOO8Kp"
                              "EHwJjyqOgzDO7iKvU8vcnwNrmxYbSW9ERBXukOXolLzeO_Jn";
const char Rfc7515A4Jwk[] = R"({"kty":"EC","crv":"P-521",
 "x":"AekpBQ8ST8a8VcfVOTNl353vSrDCLLJXmPk06wTjxrrjcBpXp5EOnYG_NjFZ6OvLFV1jSfS9tsz4qUxcWceqwQGk",
 "y":"ADSmRA43Z1DSNx_RvcLI87cdL07l6jQyyBXMoxVg_l2Th-x3S1WDhjDly79ajL4Kkd0AZMaZmh9ubmf63e3kyMj2"})";

// RFC 7520 section 4.1 (RS256) and 4.4 (HS256): a kid in the header and in the key.
const char Rfc7520Payload[] = "SXTigJlzIGEgZGFuZ2Vyb3VzIGJ1c2luZXNzLCBGcm9kbywgZ29pbmcgb3V0IHlvdXIg"
                              "ZG9vci4gWW91IHN0ZXAgb250byB0aGU"
                              "gcm9hZCwgYW5kIGlmIHlvdSBkb24ndCBrZWVwIHlvdXIgZmVldCwgdGhlcmXigJlzIG5"
                              "vIGtub3dpbmcgd2hlcmUgeW91IG1p"
                              "Z2h0IGJlIHN3ZXB0IG9mZiB0by4";
const char Rfc7520RsHeader[] =
    "eyJhbGciOiJSUzI1NiIsImtpZCI6ImJpbGJvLmJhZ2dpbnNAaG9iYml0b24uZXhhbXBsZSJ9";
const char Rfc7520RsSignature[] =
    "MRjdkly7_-"
    "oTPTS3AXP41iQIGKa80A0ZmTuV5MEaHoxnW2e5CZ5NlKtainoFmKZopdHM1O2U4mwzJdQx996ivp83xuglII7PNDi8"
    "4wnB-BDkoBwA78185hX-Es4JIwmDLJK3lfWRa-XtL0RnltuYv746iYTh_"
    "qHRD68BNt1uSNCrUCTJDt5aAE6x8wW1Kt9eRo4QPocS"
    "adnHXFxnt8Is9UzpERV0ePPQdLuW3IS_de3xyIrDaLGdjluPxUAhb6L2aXic1U12podGU0KLUQSE_oI-"
    "ZnmKJ3F4uOZDnd6QZWJu"
    "shZ41Axf_fcIe8u9ipH84ogoree7vjbU5y18kDquDg";
const char Rfc7520RsJwk[] = R"({"kty":"RSA","kid":"bilbo.baggins@hobbiton.example","use":"sig",
 "n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw",
 "e":"AQAB"})";
const char Rfc7520HsHeader[] =
    "eyJhbGciOiJIUzI1NiIsImtpZCI6IjAxOGMwYWU1LTRkOWItNDcxYi1iZmQ2LWVlZjMxNGJjNzAzNyJ9";
const char Rfc7520HsSignature[] = "s0h6KThzkfBBBkLspW1h84VsJZFTsPPqMDA7g1Md7p0";
const char Rfc7520HsJwk[] =
    R"({"kty":"oct","kid":"018c0ae5-4d9b-471b-bfd6-eef314bc7037",)"
    R"("use":"sig","alg":"HS256","k":"hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"})";

// RFC 7515 A.5: unsecured.
const char Rfc7515A5Token[] = "eyJhbGciOiJub25lIn0."
                              "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
                              "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ.";

const char Rfc8037A4Token[] = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
                              "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5B"
                              "hVsPt9g7sVvpAr_MuM0KAg";
const char Rfc8037A4Jwk[] =
    R"({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})";

// QVERIFY2 reads its message even when the check holds: only ask a failed result for its error.
template<typename T>
const char *why(const Result<T> &result)
{
    static QByteArray text;
    text = result.ok() ? QByteArray() : result.error().message.toUtf8();
    return text.constData();
}

struct PkeyFree
{
    void operator()(EVP_PKEY *pkey) const { EVP_PKEY_free(pkey); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;

// One character of segment `segment` changed to another of the alphabet: a different byte.
QByteArray tampered(const QByteArray &token, int segment)
{
    QByteArray out = token;
    qsizetype start = 0;
    for (int i = 0; i < segment; ++i)
        start = out.indexOf('.', start) + 1;
    qsizetype end = out.indexOf('.', start);
    if (end < 0)
        end = out.size();
    const qsizetype at = start + (end - start) / 2;
    out[at] = out.at(at) == 'A' ? 'B' : 'A';
    return out;
}

QByteArray signingInput(const QByteArray &header, const QByteArray &payload)
{
    return Base64Url::encode(header) + '.' + Base64Url::encode(payload);
}

QByteArray hs256(const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = signingInput(header, payload);
    return input + '.' +
           Base64Url::encode(
               QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

// Signs with OpenSSL as an issuer would; ECDSA's DER turned into JWS's R || S.
QByteArray sign(EVP_PKEY *key, const QByteArray &header, const QByteArray &payload, bool pss,
                int ecCoordinateBytes = 0)
{
    const QByteArray input = signingInput(header, payload);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    EVP_DigestSignInit(ctx, &pctx, EVP_sha256(), nullptr, key);
    if (pss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    size_t length = 0;
    EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.data()),
                   size_t(input.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                   reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
    signature.resize(qsizetype(length));
    EVP_MD_CTX_free(ctx);
    if (ecCoordinateBytes > 0) {
        const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
        QByteArray raw(2 * ecCoordinateBytes, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()),
                     ecCoordinateBytes);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig),
                     reinterpret_cast<unsigned char *>(raw.data()) + ecCoordinateBytes,
                     ecCoordinateBytes);
        ECDSA_SIG_free(sig);
        signature = raw;
    }
    return input + '.' + Base64Url::encode(signature);
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

// The public JWK of a P-256 key.
QByteArray ecJwk(EVP_PKEY *key, const QByteArray &kid)
{
    unsigned char point[65];
    size_t length = 0;
    EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
    const QByteArray x(reinterpret_cast<const char *>(point) + 1, 32);
    const QByteArray y(reinterpret_cast<const char *>(point) + 33, 32);
    return R"({"kty":"EC","crv":"P-256","kid":")" + kid + R"(","x":")" + Base64Url::encode(x) +
           R"(","y":")" + Base64Url::encode(y) + R"("})";
}

JwtKeySet jwks(const QByteArray &json, const QString &source = QStringLiteral("test.jwks"))
{
    auto set = JwtKeySet::fromJwks(json, source);
    if (!set)
        qFatal("bad test JWKS: %s", why(set));
    return set.value();
}

} // namespace

class TstJwtVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void ps256WithAKeyMadeHere();
    void pemCertificateAndGarbage();
    void algConfusionRefused();
    void noneRefused();
    void unfitKeysRefused();
    void kidSelection();
    void critRefused();
    void claimExpectations();
    void jwksSkipsWhatItCannotUse();
    void keyFiles();
    void jwksOverHttp();
    void discoveryFromTheIssuer();

private:
    static Pkey generate(const char *type, const char *curve = nullptr);
};

Pkey TstJwtVerify::generate(const char *type, const char *curve)
{
    if (curve)
        return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve));
    if (qstrcmp(type, "RSA") == 0)
        return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, type, size_t(2048)));
    return Pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, type));
}

void TstJwtVerify::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("jwk");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("type");
    QTest::newRow("RFC 7515 A.1 HS256") << QByteArray(Rfc7515A1Token) << QByteArray(Rfc7515A1Jwk)
                                        << QStringLiteral("HS256") << int(JwtKeySet::Type::Secret);
    QTest::newRow("RFC 7515 A.2 RS256") << QByteArray(Rfc7515A2Token) << QByteArray(Rfc7515A2Jwk)
                                        << QStringLiteral("RS256") << int(JwtKeySet::Type::Rsa);
    QTest::newRow("RFC 7515 A.3 ES256") << QByteArray(Rfc7515A3Token) << QByteArray(Rfc7515A3Jwk)
                                        << QStringLiteral("ES256") << int(JwtKeySet::Type::Ec);
    QTest::newRow("RFC 7515 A.4 ES512") << QByteArray(Rfc7515A4Token) << QByteArray(Rfc7515A4Jwk)
                                        << QStringLiteral("ES512") << int(JwtKeySet::Type::Ec);
    QTest::newRow("RFC 7520 4.1 RS256 with kid")
        << QByteArray(Rfc7520RsHeader) + '.' + Rfc7520Payload + '.' + Rfc7520RsSignature
        << QByteArray(Rfc7520RsJwk) << QStringLiteral("RS256") << int(JwtKeySet::Type::Rsa);
    QTest::newRow("RFC 7520 4.4 HS256 with kid")
        << QByteArray(Rfc7520HsHeader) + '.' + Rfc7520Payload + '.' + Rfc7520HsSignature
        << QByteArray(Rfc7520HsJwk) << QStringLiteral("HS256") << int(JwtKeySet::Type::Secret);
    QTest::newRow("RFC 8037 A.4 Ed25519")
        << QByteArray(Rfc8037A4Token) << QByteArray(Rfc8037A4Jwk) << QStringLiteral("EdDSA")
        << int(JwtKeySet::Type::Ed25519);
}

void TstJwtVerify::rfcExamples()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, jwk);
    QFETCH(QString, alg);
    QFETCH(int, type);

    const JwtKeySet keys = jwks(jwk, QStringLiteral("rfc.jwk"));
    const auto verified = JwtVerifier::verify(token, keys);
    QVERIFY2(verified.ok(), why(verified));
    QCOMPARE(verified->alg, alg);
    QCOMPARE(verified->keySource, QStringLiteral("rfc.jwk"));
    QCOMPARE(int(verified->keyType), type);

    // Whitespace around it, as pasted, is no change.
    QVERIFY(JwtVerifier::verify("  " + token + "\n", keys).ok());

    for (int segment : {0, 1, 2}) {
        const QByteArray changed = tampered(token, segment);
        QVERIFY(changed != token);
        const auto refused = JwtVerifier::verify(changed, keys);
        QVERIFY2(!refused.ok(), qPrintable(QStringLiteral("segment %1").arg(segment)));
        // A changed header may no longer be JSON or name the algorithm; the others must be
        // plain signature failures.
        if (segment > 0)
            QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.bad_signature"));
    }
}

void TstJwtVerify::ps256WithAKeyMadeHere()
{
    const Pkey key = generate("RSA");
    QVERIFY(key);
    const QByteArray header = R"({"alg":"PS256","typ":"JWT"})";
    const QByteArray token = sign(key.get(), header, R"({"sub":"pss"})", true);
    const auto keys = JwtKeySet::fromPem(publicPem(key.get()), QStringLiteral("key.pem"));
    QVERIFY2(keys.ok(), why(keys));
    const auto verified = JwtVerifier::verify(token, keys.value());
    QVERIFY2(verified.ok(), why(verified));
    QCOMPARE(verified->alg, QStringLiteral("PS256"));
    QCOMPARE(verified->keySource, QStringLiteral("key.pem"));
    QCOMPARE(JwtVerifier::verify(tampered(token, 1), keys.value()).error().code,
             QStringLiteral("jwt.verify.bad_signature"));

    // A PKCS #1 v1.5 signature presented as PSS, or the other way round, does not pass.
    const QByteArray rs = sign(key.get(), R"({"alg":"RS256"})", R"({"sub":"pss"})", false);
    QVERIFY(JwtVerifier::verify(rs, keys.value()).ok());
    const QByteArray relabelled = Base64Url::encode(R"({"alg":"PS256"})") + rs.mid(rs.indexOf('.'));
    QCOMPARE(JwtVerifier::verify(relabelled, keys.value()).error().code,
             QStringLiteral("jwt.verify.bad_signature"));
}

void TstJwtVerify::pemCertificateAndGarbage()
{
    // A certificate's public key serves as well as the bare key.
    const Pkey key = generate("EC", "P-256");
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate), 1);
    X509_gmtime_adj(X509_getm_notBefore(certificate), 0);
    X509_gmtime_adj(X509_getm_notAfter(certificate), 3600);
    X509_set_pubkey(certificate, key.get());
    X509_NAME *name = X509_get_subject_name(certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("issuer"), -1, -1, 0);
    X509_set_issuer_name(certificate, name);
    X509_sign(certificate, key.get(), EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray certificatePem(data, qsizetype(length));
    BIO_free(bio);
    X509_free(certificate);

    const auto keys = JwtKeySet::fromPem(certificatePem, QStringLiteral("issuer.crt"));
    QVERIFY2(keys.ok(), why(keys));
    QCOMPARE(keys->keys().first().curve, QStringLiteral("P-256"));
    const QByteArray token = sign(key.get(), R"({"alg":"ES256"})", R"({"iss":"me"})", false, 32);
    const auto verified = JwtVerifier::verify(token, keys.value());
    QVERIFY2(verified.ok(), why(verified));

    const auto garbage =
        JwtKeySet::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n", QStringLiteral("x"));
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().code, QStringLiteral("key.pem"));
}

void TstJwtVerify::algConfusionRefused()
{
    // The classic attack: HS256 "signed" with the RSA public key's PEM text as the secret, in
    // the hope that the verifier hands the key it has to HMAC.
    const Pkey key = generate("RSA");
    const QByteArray pem = publicPem(key.get());
    const QByteArray forged = hs256(R"({"alg":"HS256"})", R"({"sub":"admin"})", pem);
    const auto keys = JwtKeySet::fromPem(pem, QStringLiteral("key.pem"));
    QVERIFY(keys.ok());
    const auto refused = JwtVerifier::verify(forged, keys.value());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.alg_key_mismatch"));
    QVERIFY(refused.error().message.contains(QLatin1String("RSA public key")));

    // The same through a JWKS that holds the RSA key.
    const auto fromJwks = JwtVerifier::verify(
        hs256(R"({"alg":"HS256"})", R"({"sub":"admin"})", QByteArray(Rfc7515A2Jwk)),
        jwks(Rfc7515A2Jwk));
    QCOMPARE(fromJwks.error().code, QStringLiteral("jwt.verify.alg_key_mismatch"));

    // And an RS256 token checked against a secret is refused too, not compared.
    const auto secret = JwtKeySet::fromSecret("s3cret", QStringLiteral("secret"));
    QCOMPARE(JwtVerifier::verify(Rfc7515A2Token, secret).error().code,
             QStringLiteral("jwt.verify.alg_key_mismatch"));
}

void TstJwtVerify::noneRefused()
{
    for (const QByteArray &token :
         {QByteArray(Rfc7515A5Token),
          Base64Url::encode(R"({"alg":"NONE"})") + '.' + Base64Url::encode("{}") + ".c2ln"}) {
        const auto refused =
            JwtVerifier::verify(token, JwtKeySet::fromSecret("", QStringLiteral("secret")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.alg_none"));
    }
    const auto noAlg = JwtVerifier::verify(Base64Url::encode(R"({"typ":"JWT"})") + '.' +
                                               Base64Url::encode("{}") + ".c2ln",
                                           jwks(Rfc7515A1Jwk));
    QCOMPARE(noAlg.error().code, QStringLiteral("jwt.verify.alg_unsupported"));
    const auto unknownAlg = JwtVerifier::verify(Base64Url::encode(R"({"alg":"HS1"})") + '.' +
                                                    Base64Url::encode("{}") + ".c2ln",
                                                jwks(Rfc7515A1Jwk));
    QCOMPARE(unknownAlg.error().code, QStringLiteral("jwt.verify.alg_unsupported"));
    QCOMPARE(JwtVerifier::verify("a.b", jwks(Rfc7515A1Jwk)).error().code,
             QStringLiteral("jwt.verify.malformed"));
    QCOMPARE(JwtVerifier::verify("a.b.c.d.e", jwks(Rfc7515A1Jwk)).error().code,
             QStringLiteral("jwt.verify.encrypted"));
}

void TstJwtVerify::unfitKeysRefused()
{
    // ES512 needs P-521: the P-256 key of A.3 does not fit it.
    const QByteArray es512OnP256 =
        Base64Url::encode(R"({"alg":"ES512"})") + QByteArray(Rfc7515A3Token).mid(20);
    const auto refused = JwtVerifier::verify(es512OnP256, jwks(Rfc7515A3Jwk));
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.alg_key_mismatch"));
    QVERIFY(refused.error().message.contains(QLatin1String("P-521")));

    // An RSA key under 2048 bits (RFC 7518 section 3.3).
    Pkey small(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(1024)));
    QVERIFY(small);
    const auto smallKeys = JwtKeySet::fromPem(publicPem(small.get()), QStringLiteral("small.pem"));
    QVERIFY2(smallKeys.ok(), why(smallKeys));
    const auto tooSmall = JwtVerifier::verify(
        sign(small.get(), R"({"alg":"RS256"})", R"({"sub":"s"})", false), smallKeys.value());
    QCOMPARE(tooSmall.error().code, QStringLiteral("jwt.verify.alg_key_mismatch"));
    QVERIFY(tooSmall.error().message.contains(QLatin1String("1024 bits")));

    // A JWK restricted to another algorithm, or meant for encryption, is not used.
    QByteArray restricted = Rfc7515A2Jwk;
    restricted.replace(R"("e":"AQAB")", R"("e":"AQAB","alg":"RS512")");
    QCOMPARE(JwtVerifier::verify(Rfc7515A2Token, jwks(restricted)).error().code,
             QStringLiteral("jwt.verify.alg_key_mismatch"));
    QByteArray forEncryption = Rfc7515A2Jwk;
    forEncryption.replace(R"("e":"AQAB")", R"("e":"AQAB","use":"enc")");
    QCOMPARE(JwtVerifier::verify(Rfc7515A2Token, jwks(forEncryption)).error().code,
             QStringLiteral("jwt.verify.alg_key_mismatch"));
    QByteArray forSigning = Rfc7515A2Jwk;
    forSigning.replace(R"("e":"AQAB")", R"("e":"AQAB","use":"sig","alg":"RS256")");
    QVERIFY(JwtVerifier::verify(Rfc7515A2Token, jwks(forSigning)).ok());
}

void TstJwtVerify::kidSelection()
{
    const Pkey first = generate("EC", "P-256");
    const Pkey second = generate("EC", "P-256");
    const JwtKeySet keys = jwks(R"({"keys":[)" + ecJwk(first.get(), "k1") + ',' + Rfc7515A2Jwk +
                                    ',' + ecJwk(second.get(), "k2") + "]}",
                                QStringLiteral("https://issuer.example/jwks"));
    QCOMPARE(keys.keys().size(), 3);

    const QByteArray payload = R"({"sub":"kid"})";
    // Picked by kid.
    auto verified = JwtVerifier::verify(
        sign(second.get(), R"({"alg":"ES256","kid":"k2"})", payload, false, 32), keys);
    QVERIFY2(verified.ok(), why(verified));
    QCOMPARE(verified->kid, QStringLiteral("k2"));
    QCOMPARE(verified->keySource, QStringLiteral("https://issuer.example/jwks"));

    // No kid: each fitting key is tried, and the one that matched is named.
    verified =
        JwtVerifier::verify(sign(second.get(), R"({"alg":"ES256"})", payload, false, 32), keys);
    QVERIFY2(verified.ok(), why(verified));
    QCOMPARE(verified->kid, QStringLiteral("k2"));

    // A kid names one key: another key's signature under it fails, though that key is there.
    auto refused = JwtVerifier::verify(
        sign(second.get(), R"({"alg":"ES256","kid":"k1"})", payload, false, 32), keys);
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.bad_signature"));

    // An unknown kid.
    refused = JwtVerifier::verify(
        sign(second.get(), R"({"alg":"ES256","kid":"k9"})", payload, false, 32), keys);
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.no_key"));
    QVERIFY(refused.error().message.contains(QLatin1String("k9")));

    // No kid and no key matches: says how many were tried.
    const Pkey stranger = generate("EC", "P-256");
    refused =
        JwtVerifier::verify(sign(stranger.get(), R"({"alg":"ES256"})", payload, false, 32), keys);
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.bad_signature"));
    QVERIFY(refused.error().message.contains(QLatin1String("2 keys")));
}

void TstJwtVerify::critRefused()
{
    const QByteArray token =
        hs256(R"({"alg":"HS256","crit":["b64"],"b64":false})", R"({"a":1})", "secret");
    QCOMPARE(JwtVerifier::verify(token, JwtKeySet::fromSecret("secret", QStringLiteral("s")))
                 .error()
                 .code,
             QStringLiteral("jwt.verify.crit"));
}

void TstJwtVerify::claimExpectations()
{
    TestClock clock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    const JwtKeySet secret = JwtKeySet::fromSecret("secret", QStringLiteral("secret"));
    const QByteArray token = hs256(
        R"({"alg":"HS256"})",
        R"({"iss":"https://issuer.example","aud":["api","other"],"nbf":1699999000,"exp":1700003600})",
        "secret");

    JwtExpectations expect;
    expect.issuer = QStringLiteral("https://issuer.example");
    expect.audience = QStringLiteral("api");
    expect.checkTimes = true;
    QVERIFY(JwtVerifier::verify(token, secret, expect).ok());

    JwtExpectations wrongIssuer = expect;
    wrongIssuer.issuer = QStringLiteral("https://evil.example");
    auto refused = JwtVerifier::verify(token, secret, wrongIssuer);
    QCOMPARE(refused.error().code, QStringLiteral("jwt.verify.issuer"));
    QVERIFY(refused.error().message.startsWith(QLatin1String("The signature is valid (HS256)")));

    JwtExpectations wrongAudience = expect;
    wrongAudience.audience = QStringLiteral("billing");
    QCOMPARE(JwtVerifier::verify(token, secret, wrongAudience).error().code,
             QStringLiteral("jwt.verify.audience"));

    clock.setNow(QDateTime::fromSecsSinceEpoch(1700003600, Qt::UTC));
    QCOMPARE(JwtVerifier::verify(token, secret, expect).error().code,
             QStringLiteral("jwt.verify.expired"));
    expect.leewaySeconds = 60;
    QVERIFY(JwtVerifier::verify(token, secret, expect).ok());
    expect.leewaySeconds = 0;
    JwtExpectations timesOff = expect;
    timesOff.checkTimes = false;
    QVERIFY(JwtVerifier::verify(token, secret, timesOff).ok());

    clock.setNow(QDateTime::fromSecsSinceEpoch(1699998999, Qt::UTC));
    QCOMPARE(JwtVerifier::verify(token, secret, expect).error().code,
             QStringLiteral("jwt.verify.not_yet_valid"));

    // A payload that is no claims set has no claims to check.
    QCOMPARE(JwtVerifier::verify(Rfc7515A4Token, jwks(Rfc7515A4Jwk), expect).error().code,
             QStringLiteral("jwt.verify.claims"));
}

void TstJwtVerify::jwksSkipsWhatItCannotUse()
{
    const auto set =
        JwtKeySet::fromJwks(R"({"keys":[{"kty":"OKP","crv":"X25519","x":"AAAA","kid":"dh"},)"
                            R"({"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"},)" +
                                QByteArray(Rfc7515A3Jwk) + "]}",
                            QStringLiteral("mixed.jwks"));
    QVERIFY2(set.ok(), why(set));
    QCOMPARE(set->keys().size(), 1);
    QCOMPARE(set->skipped().size(), 2);
    QVERIFY(set->skipped().first().contains(QLatin1String("\"dh\"")));
    QVERIFY(JwtVerifier::verify(Rfc7515A3Token, set.value()).ok());

    // A point that is not on the curve is refused by OpenSSL.
    QByteArray offCurve = Rfc7515A3Jwk;
    offCurve.replace("x_FEzRu9", "x_FEzRu8");
    QCOMPARE(JwtKeySet::fromJwks(offCurve, QStringLiteral("bad")).error().code,
             QStringLiteral("jwks.no_keys"));

    QCOMPARE(JwtKeySet::fromJwks("not json", QStringLiteral("x")).error().code,
             QStringLiteral("jwks.not_json"));
    QCOMPARE(JwtKeySet::fromJwks(R"({"keys":[]})", QStringLiteral("x")).error().code,
             QStringLiteral("jwks.no_keys"));
}

void TstJwtVerify::keyFiles()
{
    QTemporaryDir dir;
    const QString jwksPath = dir.filePath(QStringLiteral("keys.json"));
    QFile jwksFile(jwksPath);
    QVERIFY(jwksFile.open(QIODevice::WriteOnly));
    jwksFile.write(R"({"keys":[)" + QByteArray(Rfc7515A2Jwk) + "]}");
    jwksFile.close();
    auto keys = JwksSource::readFile(jwksPath);
    QVERIFY2(keys.ok(), why(keys));
    QCOMPARE(keys->source(), jwksPath);
    QVERIFY(JwtVerifier::verify(Rfc7515A2Token, keys.value()).ok());

    const Pkey key = generate("ED25519");
    const QString pemPath = dir.filePath(QStringLiteral("key.pem"));
    QFile pemFile(pemPath);
    QVERIFY(pemFile.open(QIODevice::WriteOnly));
    pemFile.write(publicPem(key.get()));
    pemFile.close();
    keys = JwksSource::readFile(pemPath);
    QVERIFY2(keys.ok(), why(keys));
    QVERIFY(keys->keys().first().type == JwtKeySet::Type::Ed25519);

    QCOMPARE(JwksSource::readFile(dir.filePath(QStringLiteral("missing"))).error().code,
             QStringLiteral("key.file"));
}

void TstJwtVerify::jwksOverHttp()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.route("/jwks",
                 TestResponse::json(200, QByteArray(R"({"keys":[)") + Rfc7515A3Jwk + "]}"));
    server.route("/gone", TestResponse::json(404, R"({"error":"not found"})"));
    QNetworkAccessManager manager;
    HttpClient http(&manager);

    std::optional<Result<JwtKeySet>> answer;
    JwksSource::fetch(&http, server.url("/jwks"), this,
                      [&answer](const Result<JwtKeySet> &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->ok(), why(*answer));
    QCOMPARE(answer->value().source(), server.url("/jwks").toDisplayString());
    const auto verified = JwtVerifier::verify(Rfc7515A3Token, answer->value());
    QVERIFY(verified.ok());
    QCOMPARE(verified->keySource, server.url("/jwks").toDisplayString());
    QVERIFY(server.requestsFor("/jwks").first().header("Accept").contains("json"));
    QVERIFY(!server.requestsFor("/jwks").first().hasHeader("Authorization"));

    answer.reset();
    JwksSource::fetch(&http, server.url("/gone"), this,
                      [&answer](const Result<JwtKeySet> &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->error().code, QStringLiteral("jwks.http_status"));
}

void TstJwtVerify::discoveryFromTheIssuer()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const QString issuer = server.url("/tenant").toString();
    const QByteArray jwksUri = server.url("/tenant/keys").toEncoded();
    server.route("/tenant/.well-known/openid-configuration",
                 TestResponse::json(200, R"({"issuer":")" + issuer.toUtf8() + R"(","jwks_uri":")" +
                                             jwksUri + R"("})"));
    server.route("/tenant/keys",
                 TestResponse::json(200, QByteArray(R"({"keys":[)") + Rfc7515A3Jwk + "]}"));
    server.route("/other/.well-known/openid-configuration",
                 TestResponse::json(200, R"({"issuer":"https://someone.else","jwks_uri":")" +
                                             jwksUri + R"("})"));
    server.route("/nokeys/.well-known/openid-configuration",
                 TestResponse::json(200, R"({"issuer":")" +
                                             server.url("/nokeys").toString().toUtf8() + R"("})"));
    QNetworkAccessManager manager;
    HttpClient http(&manager);

    std::optional<Result<JwtKeySet>> answer;
    const auto discover = [&](const QString &which) {
        answer.reset();
        JwksSource::discover(&http, which, this,
                             [&answer](const Result<JwtKeySet> &result) { answer = result; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
    };
    QVERIFY(discover(issuer));
    QVERIFY2(answer->ok(), why(*answer));
    QCOMPARE(answer->value().source(), QString::fromUtf8(jwksUri));
    QVERIFY(JwtVerifier::verify(Rfc7515A3Token, answer->value()).ok());

    QVERIFY(discover(server.url("/other").toString()));
    QCOMPARE(answer->error().code, QStringLiteral("oidc.issuer"));
    QVERIFY(discover(server.url("/nokeys").toString()));
    QCOMPARE(answer->error().code, QStringLiteral("oidc.no_jwks_uri"));
    QVERIFY(discover(server.url("/absent").toString()));
    QCOMPARE(answer->error().code, QStringLiteral("oidc.http_status"));

    // An OAuth server that is no OpenID provider: RFC 8414's well-known place is tried next.
    const QString plain = server.url("/plain").toString();
    server.route("/.well-known/oauth-authorization-server/plain",
                 TestResponse::json(200, R"({"issuer":")" + plain.toUtf8() + R"(","jwks_uri":")" +
                                             jwksUri + R"("})"));
    QVERIFY(discover(plain));
    QVERIFY2(answer->ok(), why(*answer));
    QCOMPARE(answer->value().source(), QString::fromUtf8(jwksUri));
}

QTEST_GUILESS_MAIN(TstJwtVerify)
#include "tst_jwtverify.moc"
