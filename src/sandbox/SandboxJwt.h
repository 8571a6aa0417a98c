#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

// Signs and checks the HS256 JWTs one sandbox vendor issues. Each vendor has its own key, so a
// token one vendor issued is no good at another.
class SandboxJwt
{
public:
    enum class Check
    {
        Valid,
        Malformed,    // not three base64url segments of JSON
        BadSignature, // wrong algorithm or signature
        Expired,      // now >= exp
        NotYetValid   // now < nbf
    };

    explicit SandboxJwt(QByteArray key);

    QByteArray sign(const QJsonObject &claims) const;
    // Checks the signature, then exp and nbf against `nowMs` (milliseconds since the epoch).
    Check verify(QByteArrayView token, qint64 nowMs, QJsonObject *claims = nullptr) const;

private:
    QByteArray m_key;
};
