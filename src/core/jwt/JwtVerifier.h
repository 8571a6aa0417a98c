#pragma once

#include "jwt/JwtKeySet.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What the person expects of the claims besides a good signature. Empty: not checked.
struct JwtExpectations
{
    QString issuer;          // iss must equal this
    QString audience;        // aud must be or contain this
    bool checkTimes = false; // exp must lie ahead and nbf behind, by Clock::now()
    qint64 leewaySeconds = 0;
};

// What exactly was verified.
struct VerifiedSignature
{
    QString alg;
    QString kid;       // the key's kid, or the token's when the key names none
    QString keySource; // JwtKeySet::source()
    JwtKeySet::Type keyType = JwtKeySet::Type::Secret;
};

// What a face shows of one check, whichever way it went: the token's alg and kid, where the
// keys came from, and why it failed.
struct SignatureVerdict
{
    bool verified = false;
    QString alg;
    QString kid;
    QString keySource;
    QString reason; // empty when verified
    QString code;   // the error's code when not verified

    // From a verification; `header` is the token's (for alg and kid when it failed early),
    // `keySource` where keys were looked for (empty: none were given).
    static SignatureVerdict of(const Result<VerifiedSignature> &result, const QJsonObject &header,
                               const QString &keySource);
    // {"verified":bool,"alg":...,"kid":...,"key_source":...,"reason":...}, null for what is
    // unknown.
    QJsonObject toJson() const;
    // "Signature valid: RS256, key "k1" from https://…/jwks." or "Signature not verified: …"
    QString describe() const;
};

// Checks the signature of a JWS in compact serialisation with OpenSSL against a set of keys,
// refusing "none", algorithms that do not fit the key (an RSA public key taken as an HMAC secret)
// and critical header parameters it does not understand. The payload need not be JSON (RFC 7515
// signs any bytes); it must be a JWT claims set only when claims are to be checked.
class JwtVerifier
{
    Q_DECLARE_TR_FUNCTIONS(JwtVerifier)

public:
    // `token` as given, surrounding white space aside. Error codes: `jwt.verify.malformed`,
    // `jwt.verify.encrypted`, `jwt.verify.alg_none`, `jwt.verify.alg_unsupported`,
    // `jwt.verify.crit`, `jwt.verify.no_key`, `jwt.verify.alg_key_mismatch`,
    // `jwt.verify.bad_signature`, and for claims once the signature is good `jwt.verify.claims`,
    // `jwt.verify.issuer`, `jwt.verify.audience`, `jwt.verify.expired`, `jwt.verify.not_yet_valid`.
    static Result<VerifiedSignature> verify(QByteArrayView token, const JwtKeySet &keys,
                                            const JwtExpectations &expect = {});

    static bool isSupportedAlgorithm(const QString &alg);
};
