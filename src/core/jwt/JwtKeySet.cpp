#include "JwtKeySet.h"
#include "jwt/LibCrypto.h"

#include "Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/x509.h>

namespace {

struct BnFree
{
    void operator()(BIGNUM *bn) const { libCrypto().BN_free(bn); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD *bld) const { libCrypto().OSSL_PARAM_BLD_free(bld); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *params) const { libCrypto().OSSL_PARAM_free(params); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX *ctx) const { libCrypto().EVP_PKEY_CTX_free(ctx); }
};
struct BioFree
{
    void operator()(BIO *bio) const { libCrypto().BIO_free(bio); }
};
struct X509Free
{
    void operator()(X509 *x509) const { libCrypto().X509_free(x509); }
};

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *pkey)
{
    return std::shared_ptr<EVP_PKEY>(pkey, [](EVP_PKEY *p) { libCrypto().EVP_PKEY_free(p); });
}

// OpenSSL's error queue belongs to the thread; leave it empty for whoever asks next.
QString takeOpenSslError()
{
    const unsigned long code = libCrypto().ERR_get_error();
    libCrypto().ERR_clear_error();
    if (code == 0)
        return {};
    char text[256] = {};
    libCrypto().ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

struct CurveInfo
{
    const char *jwkName;
    const char *groupName;
    int coordinateBytes;
};

constexpr CurveInfo Curves[] = {
    {"P-256", "prime256v1", 32},
    {"P-384", "secp384r1", 48},
    {"P-521", "secp521r1", 66},
};

const CurveInfo *curveByJwkName(const QString &name)
{
    for (const CurveInfo &curve : Curves) {
        if (name == QLatin1String(curve.jwkName))
            return &curve;
    }
    return nullptr;
}

QString curveForGroup(const char *group)
{
    for (const CurveInfo &curve : Curves) {
        if (qstrcmp(group, curve.groupName) == 0)
            return QString::fromLatin1(curve.jwkName);
    }
    // OpenSSL also says P-256 and friends for the NIST curves in some builds.
    if (const CurveInfo *curve = curveByJwkName(QString::fromLatin1(group)))
        return QString::fromLatin1(curve->jwkName);
    return QString::fromLatin1(group);
}

std::optional<QByteArray> member(const QJsonObject &jwk, const char *name)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (!value.isString())
        return std::nullopt;
    return Base64Url::decode(value.toString().toLatin1());
}

Result<std::shared_ptr<EVP_PKEY>> fromData(const char *keyType, OSSL_PARAM_BLD *bld)
{
    const std::unique_ptr<OSSL_PARAM, ParamFree> params(libCrypto().OSSL_PARAM_BLD_to_param(bld));
    const std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree> ctx(
        libCrypto().EVP_PKEY_CTX_new_from_name(nullptr, keyType, nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!params || !ctx || libCrypto().EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        libCrypto().EVP_PKEY_fromdata(ctx.get(), &pkey, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("OpenSSL refused the key."), takeOpenSslError());
    }
    return adopt(pkey);
}

Result<JwtKeySet::Key> rsaKey(const QJsonObject &jwk)
{
    const auto n = member(jwk, "n");
    const auto e = member(jwk, "e");
    if (!n || !e || n->isEmpty() || e->isEmpty()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("an RSA key needs base64url \"n\" and \"e\""));
    }
    const std::unique_ptr<BIGNUM, BnFree> bnN(libCrypto().BN_bin2bn(
        reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr));
    const std::unique_ptr<BIGNUM, BnFree> bnE(libCrypto().BN_bin2bn(
        reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr));
    const std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(libCrypto().OSSL_PARAM_BLD_new());
    if (!bnN || !bnE || !bld ||
        !libCrypto().OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) ||
        !libCrypto().OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get())) {
        return Error::make(Error::Kind::Internal, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("OpenSSL could not hold the key."), takeOpenSslError());
    }
    auto pkey = fromData("RSA", bld.get());
    if (!pkey)
        return pkey.error();
    JwtKeySet::Key key;
    key.type = JwtKeySet::Type::Rsa;
    key.publicKey = pkey.value();
    return key;
}

Result<JwtKeySet::Key> ecKey(const QJsonObject &jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    const CurveInfo *curve = curveByJwkName(crv);
    if (!curve) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("the EC curve \"%1\" is not supported").arg(crv));
    }
    const auto x = member(jwk, "x");
    const auto y = member(jwk, "y");
    if (!x || !y || x->size() != curve->coordinateBytes || y->size() != curve->coordinateBytes) {
        return Error::make(
            Error::Kind::Parse, QStringLiteral("jwks.key"),
            JwtKeySet::tr("an EC key on %1 needs base64url \"x\" and \"y\" of %2 bytes each")
                .arg(crv)
                .arg(curve->coordinateBytes));
    }
    const QByteArray point = '\x04' + *x + *y; // SEC 1 uncompressed
    const std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree> bld(libCrypto().OSSL_PARAM_BLD_new());
    if (!bld ||
        !libCrypto().OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                                     curve->groupName, 0) ||
        !libCrypto().OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                                      point.constData(), size_t(point.size()))) {
        return Error::make(Error::Kind::Internal, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("OpenSSL could not hold the key."), takeOpenSslError());
    }
    auto pkey = fromData("EC", bld.get());
    if (!pkey)
        return pkey.error();
    JwtKeySet::Key key;
    key.type = JwtKeySet::Type::Ec;
    key.curve = QString::fromLatin1(curve->jwkName);
    key.publicKey = pkey.value();
    return key;
}

Result<JwtKeySet::Key> okpKey(const QJsonObject &jwk)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    if (crv != QLatin1String("Ed25519")) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("the OKP curve \"%1\" is not supported").arg(crv));
    }
    const auto x = member(jwk, "x");
    if (!x || x->size() != 32) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("an Ed25519 key needs a base64url \"x\" of 32 bytes"));
    }
    EVP_PKEY *pkey = libCrypto().EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x->constData()), 32);
    if (!pkey) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("OpenSSL refused the key."), takeOpenSslError());
    }
    JwtKeySet::Key key;
    key.type = JwtKeySet::Type::Ed25519;
    key.publicKey = adopt(pkey);
    return key;
}

Result<JwtKeySet::Key> octKey(const QJsonObject &jwk)
{
    const auto k = member(jwk, "k");
    if (!k || k->isEmpty()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("an oct key needs a base64url \"k\""));
    }
    JwtKeySet::Key key;
    key.type = JwtKeySet::Type::Secret;
    key.secret = *k;
    return key;
}

Result<JwtKeySet::Key> jwkKey(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    Result<JwtKeySet::Key> key = Error{};
    if (kty == QLatin1String("RSA"))
        key = rsaKey(jwk);
    else if (kty == QLatin1String("EC"))
        key = ecKey(jwk);
    else if (kty == QLatin1String("OKP"))
        key = okpKey(jwk);
    else if (kty == QLatin1String("oct"))
        key = octKey(jwk);
    else
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.key"),
                           JwtKeySet::tr("the key type \"%1\" is not supported").arg(kty));
    if (!key)
        return key;
    key.value().kid = jwk.value(QLatin1String("kid")).toString();
    key.value().alg = jwk.value(QLatin1String("alg")).toString();
    key.value().use = jwk.value(QLatin1String("use")).toString();
    return key;
}

Result<JwtKeySet::Key> typedPublicKey(std::shared_ptr<EVP_PKEY> pkey)
{
    JwtKeySet::Key key;
    switch (libCrypto().EVP_PKEY_get_base_id(pkey.get())) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        key.type = JwtKeySet::Type::Rsa;
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t length = 0;
        if (libCrypto().EVP_PKEY_get_group_name(pkey.get(), group, sizeof group, &length) != 1)
            group[0] = '\0';
        key.type = JwtKeySet::Type::Ec;
        key.curve = curveForGroup(group);
        break;
    }
    case EVP_PKEY_ED25519:
        key.type = JwtKeySet::Type::Ed25519;
        break;
    default:
        return Error::make(Error::Kind::Parse, QStringLiteral("key.pem"),
                           JwtKeySet::tr("The key is of a kind JWT signatures do not use."));
    }
    key.publicKey = std::move(pkey);
    return key;
}

} // namespace

QString JwtKeySet::typeName(Type type)
{
    switch (type) {
    case Type::Rsa:
        return tr("an RSA public key");
    case Type::Ec:
        return tr("an EC public key");
    case Type::Ed25519:
        return tr("an Ed25519 public key");
    case Type::Secret:
        return tr("an HMAC secret");
    }
    return {};
}

Result<JwtKeySet> JwtKeySet::fromJwks(QByteArrayView json, const QString &source)
{
    if (auto missing = LibCrypto::unavailable())
        return *missing;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.not_json"),
                           tr("%1 is not a JSON Web Key Set: it is not a JSON object.").arg(source),
                           parseError.errorString());
    }
    const QJsonObject root = document.object();
    QJsonArray entries;
    if (root.contains(QLatin1String("keys")))
        entries = root.value(QLatin1String("keys")).toArray();
    else if (root.contains(QLatin1String("kty")))
        entries.append(root);

    JwtKeySet set;
    set.m_source = source;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject jwk = entries.at(i).toObject();
        const QString kid = jwk.value(QLatin1String("kid")).toString();
        const QString name = kid.isEmpty() ? tr("key %1").arg(i + 1) : tr("key \"%1\"").arg(kid);
        // Private members are never needed to verify, and a JWKS should not carry them; only
        // the public part is read either way.
        auto key = jwkKey(jwk);
        if (key)
            set.m_keys.append(std::move(key).value());
        else
            set.m_skipped.append(tr("%1 skipped: %2").arg(name, key.error().message));
    }
    if (set.m_keys.isEmpty()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("jwks.no_keys"),
                           set.m_skipped.isEmpty()
                               ? tr("%1 holds no keys.").arg(source)
                               : tr("%1 holds no usable key (%2).")
                                     .arg(source, set.m_skipped.join(QLatin1String("; "))));
    }
    return set;
}

Result<JwtKeySet> JwtKeySet::fromPem(QByteArrayView pem, const QString &source)
{
    if (auto missing = LibCrypto::unavailable())
        return *missing;
    const auto load = [&pem]() {
        return std::unique_ptr<BIO, BioFree>(
            libCrypto().BIO_new_mem_buf(pem.data(), int(pem.size())));
    };
    EVP_PKEY *pkey = nullptr;
    if (auto bio = load())
        pkey = libCrypto().PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr);
    if (!pkey) {
        libCrypto().ERR_clear_error();
        if (auto bio = load()) {
            const std::unique_ptr<X509, X509Free> certificate(
                libCrypto().PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (certificate)
                pkey = libCrypto().X509_get_pubkey(certificate.get());
        }
    }
    if (!pkey) {
        return Error::make(
            Error::Kind::Parse, QStringLiteral("key.pem"),
            tr("%1 holds no PEM public key (\"BEGIN PUBLIC KEY\") or certificate.").arg(source),
            takeOpenSslError());
    }
    auto key = typedPublicKey(adopt(pkey));
    if (!key)
        return key.error();
    JwtKeySet set;
    set.m_source = source;
    set.m_keys.append(std::move(key).value());
    return set;
}

JwtKeySet JwtKeySet::fromSecret(const QByteArray &secret, const QString &source)
{
    JwtKeySet set;
    set.m_source = source;
    Key key;
    key.type = Type::Secret;
    key.secret = secret;
    set.m_keys.append(key);
    return set;
}
