#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of every includer's way

// The keys one signature check may use, all from one source (a JWKS, a PEM public key or
// certificate, or an HMAC secret), each typed so that a key is only ever used the way its kind
// allows: a public key is never taken for an HMAC secret.
class JwtKeySet
{
    Q_DECLARE_TR_FUNCTIONS(JwtKeySet)

public:
    enum class Type
    {
        Rsa,
        Ec,
        Ed25519,
        Secret,
    };

    struct Key
    {
        Type type = Type::Secret;
        QString kid;   // empty when the key names none (a PEM key, a secret)
        QString alg;   // the JWK's "alg" when it restricts the key to one algorithm
        QString use;   // the JWK's "use"
        QString curve; // "P-256", "P-384", "P-521" for EC keys
        std::shared_ptr<evp_pkey_st> publicKey;
        QByteArray secret;
    };

    // A JWK Set ({"keys": [...]}) or a single JWK, public keys and "oct" secrets. Keys of kinds
    // not supported are skipped and named in skipped(); a set with no usable key is an error.
    // Errors carry codes `jwks.not_json`, `jwks.no_keys`.
    static Result<JwtKeySet> fromJwks(QByteArrayView json, const QString &source);
    // A PEM SubjectPublicKeyInfo ("BEGIN PUBLIC KEY") or X.509 certificate. Error: `key.pem`.
    static Result<JwtKeySet> fromPem(QByteArrayView pem, const QString &source);
    // An HMAC secret, used as given.
    static JwtKeySet fromSecret(const QByteArray &secret, const QString &source);

    const QList<Key> &keys() const { return m_keys; }
    // Where the keys came from, as shown to people: a URL, a file, "secret from standard input".
    const QString &source() const { return m_source; }
    // Why some keys of a JWKS could not be used, one line each.
    const QStringList &skipped() const { return m_skipped; }

    static QString typeName(Type type);

private:
    QList<Key> m_keys;
    QString m_source;
    QStringList m_skipped;
};
