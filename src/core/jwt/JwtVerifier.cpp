#include "JwtVerifier.h"
#include "jwt/LibCrypto.h"

#include "jwt/Base64Url.h"
#include "jwt/Jwt.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

enum class Family
{
    Rsa,
    RsaPss,
    Ecdsa,
    EdDsa,
    Hmac,
};

struct Algorithm
{
    const char *name;
    Family family;
    const char *digest; // OpenSSL's name; nullptr for EdDSA
    const char *curve;  // for ECDSA: the JWK curve the algorithm is bound to
    int ecCoordinateBytes;
};

constexpr Algorithm Algorithms[] = {
    {"RS256", Family::Rsa, "SHA256", nullptr, 0},
    {"RS384", Family::Rsa, "SHA384", nullptr, 0},
    {"RS512", Family::Rsa, "SHA512", nullptr, 0},
    {"PS256", Family::RsaPss, "SHA256", nullptr, 0},
    {"PS384", Family::RsaPss, "SHA384", nullptr, 0},
    {"PS512", Family::RsaPss, "SHA512", nullptr, 0},
    {"ES256", Family::Ecdsa, "SHA256", "P-256", 32},
    {"ES384", Family::Ecdsa, "SHA384", "P-384", 48},
    {"ES512", Family::Ecdsa, "SHA512", "P-521", 66},
    {"EdDSA", Family::EdDsa, nullptr, nullptr, 0},
    {"HS256", Family::Hmac, "SHA256", nullptr, 0},
    {"HS384", Family::Hmac, "SHA384", nullptr, 0},
    {"HS512", Family::Hmac, "SHA512", nullptr, 0},
};

const Algorithm *findAlgorithm(const QString &name)
{
    for (const Algorithm &alg : Algorithms) {
        if (name == QLatin1String(alg.name))
            return &alg;
    }
    return nullptr;
}

JwtKeySet::Type keyTypeFor(Family family)
{
    switch (family) {
    case Family::Rsa:
    case Family::RsaPss:
        return JwtKeySet::Type::Rsa;
    case Family::Ecdsa:
        return JwtKeySet::Type::Ec;
    case Family::EdDsa:
        return JwtKeySet::Type::Ed25519;
    case Family::Hmac:
        break;
    }
    return JwtKeySet::Type::Secret;
}

struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { libCrypto().EVP_MD_CTX_free(ctx); }
};
struct MdFree
{
    void operator()(EVP_MD *md) const { libCrypto().EVP_MD_free(md); }
};
struct EcdsaSigFree
{
    void operator()(ECDSA_SIG *sig) const { libCrypto().ECDSA_SIG_free(sig); }
};

// JWS carries an ECDSA signature as R || S, each as long as the curve's order; OpenSSL wants
// the DER SEQUENCE of two INTEGERs.
std::optional<QByteArray> ecdsaDer(const QByteArray &raw, int coordinateBytes)
{
    if (raw.size() != 2 * coordinateBytes)
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    BIGNUM *r = libCrypto().BN_bin2bn(bytes, coordinateBytes, nullptr);
    BIGNUM *s = libCrypto().BN_bin2bn(bytes + coordinateBytes, coordinateBytes, nullptr);
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(libCrypto().ECDSA_SIG_new());
    if (!r || !s || !sig || libCrypto().ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        libCrypto().BN_free(r);
        libCrypto().BN_free(s);
        return std::nullopt;
    }
    const int length = libCrypto().i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (libCrypto().i2d_ECDSA_SIG(sig.get(), &out) != length)
        return std::nullopt;
    return der;
}

bool verifyPublic(const Algorithm &alg, const JwtKeySet::Key &key, const QByteArray &input,
                  const QByteArray &signature)
{
    QByteArray sig = signature;
    if (alg.family == Family::Ecdsa) {
        auto der = ecdsaDer(signature, alg.ecCoordinateBytes);
        if (!der)
            return false;
        sig = *der;
    }
    const std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(libCrypto().EVP_MD_CTX_new());
    std::unique_ptr<EVP_MD, MdFree> md;
    if (alg.digest)
        md.reset(libCrypto().EVP_MD_fetch(nullptr, alg.digest, nullptr));
    EVP_PKEY_CTX *pctx = nullptr;
    if (!ctx || (alg.digest && !md) ||
        libCrypto().EVP_DigestVerifyInit(ctx.get(), &pctx, md.get(), nullptr,
                                         key.publicKey.get()) != 1)
        return false;
    if (alg.family == Family::Rsa &&
        libCrypto().EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0)
        return false;
    if (alg.family == Family::RsaPss &&
        (libCrypto().EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) <= 0 ||
         libCrypto().EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) <= 0 ||
         libCrypto().EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, md.get()) <= 0))
        return false;
    return libCrypto().EVP_DigestVerify(
               ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()),
               size_t(sig.size()), reinterpret_cast<const unsigned char *>(input.constData()),
               size_t(input.size())) == 1;
}

bool verifyHmac(const Algorithm &alg, const JwtKeySet::Key &key, const QByteArray &input,
                const QByteArray &signature)
{
    if (key.secret.isEmpty())
        return false;
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t macLength = 0;
    if (!libCrypto().EVP_Q_mac(nullptr, "HMAC", nullptr, alg.digest, nullptr,
                               key.secret.constData(), size_t(key.secret.size()),
                               reinterpret_cast<const unsigned char *>(input.constData()),
                               size_t(input.size()), mac, sizeof mac, &macLength))
        return false;
    return size_t(signature.size()) == macLength &&
           libCrypto().CRYPTO_memcmp(mac, signature.constData(), macLength) == 0;
}

// A JWS in compact serialisation, taken apart only as far as checking its signature needs.
struct Jws
{
    QJsonObject header;
    QByteArray signingInput; // the first two segments and the dot between, as given
    QByteArray signature;
};

bool verifyWith(const Algorithm &alg, const JwtKeySet::Key &key, const Jws &jws)
{
    const bool good = alg.family == Family::Hmac
                          ? verifyHmac(alg, key, jws.signingInput, jws.signature)
                          : verifyPublic(alg, key, jws.signingInput, jws.signature);
    libCrypto().ERR_clear_error();
    return good;
}

// Whether `key` may check `alg` at all, and why not.
QString unfitReason(const Algorithm &alg, const JwtKeySet::Key &key)
{
    const QString name = QString::fromLatin1(alg.name);
    if (key.type != keyTypeFor(alg.family)) {
        return JwtVerifier::tr("%1 cannot check %2").arg(JwtKeySet::typeName(key.type), name);
    }
    // RFC 7518 section 3.3: smaller RSA keys must not be used; they can be factored.
    if (key.type == JwtKeySet::Type::Rsa &&
        libCrypto().EVP_PKEY_get_bits(key.publicKey.get()) < 2048) {
        return JwtVerifier::tr("the RSA key has %1 bits, and %2 needs at least 2048")
            .arg(libCrypto().EVP_PKEY_get_bits(key.publicKey.get()))
            .arg(name);
    }
    if (alg.family == Family::Ecdsa && key.curve != QLatin1String(alg.curve)) {
        return JwtVerifier::tr("%2 needs a %3 key; this one is on %1")
            .arg(key.curve, name, QLatin1String(alg.curve));
    }
    if (!key.alg.isEmpty() && key.alg != name)
        return JwtVerifier::tr("the key is for %1 only").arg(key.alg);
    if (!key.use.isEmpty() && key.use != QLatin1String("sig"))
        return JwtVerifier::tr("the key's use is \"%1\", not \"sig\"").arg(key.use);
    return {};
}

Error verifyError(const char *code, QString message)
{
    return Error::make(Error::Kind::Authentication, QString::fromLatin1(code), std::move(message));
}

Error malformed(QString message)
{
    return Error::make(Error::Kind::Parse, QStringLiteral("jwt.verify.malformed"),
                       std::move(message));
}

Result<Jws> splitJws(QByteArrayView token)
{
    const QByteArrayView trimmed = token.trimmed();
    if (trimmed.size() > Jwt::MaxInputSize)
        return malformed(JwtVerifier::tr("The token is over 1 MiB."));
    const qsizetype dots = trimmed.count('.');
    if (dots == 4) {
        return Error::make(
            Error::Kind::InvalidInput, QStringLiteral("jwt.verify.encrypted"),
            JwtVerifier::tr("This token is encrypted (JWE); only signed tokens can be verified."));
    }
    if (dots != 2)
        return malformed(JwtVerifier::tr("A signed token has three segments separated by dots."));
    const qsizetype first = trimmed.indexOf('.');
    const qsizetype second = trimmed.lastIndexOf('.');
    const auto header = Base64Url::decode(trimmed.first(first));
    const auto signature = Base64Url::decode(trimmed.sliced(second + 1));
    if (!header || !signature || !Base64Url::decode(trimmed.sliced(first + 1, second - first - 1)))
        return malformed(JwtVerifier::tr("A segment of the token is not valid base64url."));
    const QJsonDocument document = QJsonDocument::fromJson(*header);
    if (!document.isObject())
        return malformed(JwtVerifier::tr("The token's header is not a JSON object."));
    Jws jws;
    jws.header = document.object();
    jws.signingInput = trimmed.first(second).toByteArray();
    jws.signature = *signature;
    return jws;
}

Result<VerifiedSignature> checkClaims(QByteArrayView token, const JwtExpectations &expect,
                                      const VerifiedSignature &verified)
{
    if (expect.issuer.isEmpty() && expect.audience.isEmpty() && !expect.checkTimes)
        return verified;
    const QString good = JwtVerifier::tr("The signature is valid (%1), but ").arg(verified.alg);
    const Result<Jwt> jwt = Jwt::decode(token);
    if (!jwt) {
        return verifyError(
            "jwt.verify.claims",
            good + JwtVerifier::tr("its claims cannot be read: %1").arg(jwt.error().message));
    }
    const RegisteredClaims &claims = jwt->claims();
    if (!expect.issuer.isEmpty() && claims.issuer != expect.issuer) {
        return verifyError("jwt.verify.issuer",
                           good + JwtVerifier::tr("the issuer is \"%1\", not \"%2\".")
                                      .arg(claims.issuer.value_or(QString()), expect.issuer));
    }
    if (!expect.audience.isEmpty() && !claims.audience.contains(expect.audience)) {
        return verifyError(
            "jwt.verify.audience",
            good + JwtVerifier::tr("the audience (%1) does not include \"%2\".")
                       .arg(claims.audience.join(QLatin1String(", ")), expect.audience));
    }
    if (expect.checkTimes) {
        const QDateTime now = Clock::now();
        const qint64 leewayMs = expect.leewaySeconds * 1000;
        if (claims.expiresAt && now.msecsTo(*claims.expiresAt) + leewayMs <= 0) {
            return verifyError("jwt.verify.expired",
                               good + JwtVerifier::tr("the token expired at %1.")
                                          .arg(Durations::isoUtc(*claims.expiresAt)));
        }
        if (claims.notBefore && now.msecsTo(*claims.notBefore) - leewayMs > 0) {
            return verifyError("jwt.verify.not_yet_valid",
                               good + JwtVerifier::tr("the token is not valid before %1.")
                                          .arg(Durations::isoUtc(*claims.notBefore)));
        }
    }
    return verified;
}

} // namespace

bool JwtVerifier::isSupportedAlgorithm(const QString &alg)
{
    return findAlgorithm(alg) != nullptr;
}

Result<VerifiedSignature> JwtVerifier::verify(QByteArrayView token, const JwtKeySet &keys,
                                              const JwtExpectations &expect)
{
    if (auto missing = LibCrypto::unavailable())
        return *missing;
    const Result<Jws> parsed = splitJws(token);
    if (!parsed)
        return parsed.error();
    const Jws &jws = parsed.value();
    const QString name = jws.header.value(QLatin1String("alg")).toString();
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return verifyError("jwt.verify.alg_none",
                           tr("Refused: \"alg\" is \"none\", so the token carries no signature."));
    }
    const Algorithm *alg = findAlgorithm(name);
    if (!alg) {
        return verifyError("jwt.verify.alg_unsupported",
                           name.isEmpty()
                               ? tr("Refused: the header names no algorithm.")
                               : tr("Refused: the algorithm \"%1\" is not supported.").arg(name));
    }
    // RFC 7515 section 4.1.11: a critical extension not understood makes the token invalid. We
    // understand none (b64: false, for one, would change what the signature covers).
    if (jws.header.contains(QLatin1String("crit"))) {
        return verifyError("jwt.verify.crit",
                           tr("Refused: the header lists critical extensions (\"crit\") that are "
                              "not supported."));
    }

    const QString kid = jws.header.value(QLatin1String("kid")).toString();
    QList<const JwtKeySet::Key *> candidates;
    if (!kid.isEmpty()) {
        for (const JwtKeySet::Key &key : keys.keys()) {
            if (key.kid == kid)
                candidates.append(&key);
        }
    }
    // No kid, or none of the keys carries it: keys that name no kid of their own may still be
    // the one (a PEM key, a secret); with no kid in the token every key is a candidate.
    const bool kidMissing = !kid.isEmpty() && candidates.isEmpty();
    if (candidates.isEmpty()) {
        for (const JwtKeySet::Key &key : keys.keys()) {
            if (kid.isEmpty() || key.kid.isEmpty())
                candidates.append(&key);
        }
    }
    if (candidates.isEmpty()) {
        return verifyError("jwt.verify.no_key",
                           tr("No key with kid \"%1\" in %2.").arg(kid, keys.source()));
    }

    QStringList unfit;
    int tried = 0;
    for (const JwtKeySet::Key *key : std::as_const(candidates)) {
        if (const QString why = unfitReason(*alg, *key); !why.isEmpty()) {
            unfit.append(key->kid.isEmpty() ? why : tr("key \"%1\": %2").arg(key->kid, why));
            continue;
        }
        ++tried;
        if (verifyWith(*alg, *key, jws)) {
            VerifiedSignature verified;
            verified.alg = name;
            verified.kid = key->kid.isEmpty() ? kid : key->kid;
            verified.keySource = keys.source();
            verified.keyType = key->type;
            return checkClaims(token, expect, verified);
        }
    }
    Error failure;
    if (tried == 0) {
        failure = verifyError("jwt.verify.alg_key_mismatch",
                              tr("Refused: no key in %1 fits %2 (%3).")
                                  .arg(keys.source(), name, unfit.join(QLatin1String("; "))));
    } else if (tried == 1) {
        failure = verifyError(
            "jwt.verify.bad_signature",
            tr("The %1 signature does not match the key from %2.").arg(name, keys.source()));
    } else {
        failure = verifyError("jwt.verify.bad_signature",
                              tr("The %1 signature matches none of the %2 keys tried from %3.")
                                  .arg(name)
                                  .arg(tried)
                                  .arg(keys.source()));
    }
    if (kidMissing) {
        return verifyError("jwt.verify.no_key",
                           tr("No key with kid \"%1\" in %2; of the keys that name no kid: %3")
                               .arg(kid, keys.source(), failure.message));
    }
    return failure;
}

SignatureVerdict SignatureVerdict::of(const Result<VerifiedSignature> &result,
                                      const QJsonObject &header, const QString &keySource)
{
    SignatureVerdict verdict;
    verdict.keySource = keySource;
    if (result) {
        verdict.verified = true;
        verdict.alg = result->alg;
        verdict.kid = result->kid;
        verdict.keySource = result->keySource;
        return verdict;
    }
    verdict.alg = header.value(QLatin1String("alg")).toString();
    verdict.kid = header.value(QLatin1String("kid")).toString();
    verdict.reason = result.error().message;
    verdict.code = result.error().code;
    return verdict;
}

QJsonObject SignatureVerdict::toJson() const
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return QJsonObject{
        {QLatin1String("verified"), verified},     {QLatin1String("alg"), orNull(alg)},
        {QLatin1String("kid"), orNull(kid)},       {QLatin1String("key_source"), orNull(keySource)},
        {QLatin1String("reason"), orNull(reason)},
    };
}

QString SignatureVerdict::describe() const
{
    if (!verified)
        return JwtVerifier::tr("Signature not verified: %1").arg(reason);
    if (kid.isEmpty())
        return JwtVerifier::tr("Signature valid: %1, key from %2.").arg(alg, keySource);
    return JwtVerifier::tr("Signature valid: %1, key \"%2\" from %3.").arg(alg, kid, keySource);
}
