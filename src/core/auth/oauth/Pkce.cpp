#include "Pkce.h"

#include "jwt/Base64Url.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace {

// `words` random 32-bit words, in base64url.
QString randomBase64Url(int words)
{
    QList<quint32> buffer(words);
    QRandomGenerator::system()->fillRange(buffer.data(), buffer.size());
    const QByteArray bytes(reinterpret_cast<const char *>(buffer.constData()),
                           buffer.size() * qsizetype(sizeof(quint32)));
    return QString::fromLatin1(Base64Url::encode(bytes));
}

} // namespace

namespace Pkce {

QString makeVerifier()
{
    return randomBase64Url(8); // 32 octets: 43 characters
}

QString challengeS256(const QString &verifier)
{
    return QString::fromLatin1(Base64Url::encode(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

bool isValidVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const bool unreserved = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                                c == QLatin1Char('-') || c == QLatin1Char('.') ||
                                c == QLatin1Char('_') || c == QLatin1Char('~');
        if (!unreserved)
            return false;
    }
    return true;
}

QString makeNonce()
{
    return randomBase64Url(4); // 16 octets
}

} // namespace Pkce
