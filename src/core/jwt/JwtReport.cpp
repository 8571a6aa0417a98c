#include "JwtReport.h"

#include "util/Durations.h"

#include <QJsonDocument>

#include <cmath>

namespace JwtReport {

qint64 secondsLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    return qint64(std::floor(double(now.msecsTo(expiresAt)) / 1000.0));
}

QByteArray json(const Jwt &jwt, const QDateTime &now, const SignatureVerdict *signature)
{
    const RegisteredClaims &claims = jwt.claims();
    const TokenTiming timing = TokenTiming::evaluate(claims.expiresAt, claims.notBefore, now);

    QByteArray out = "{\"header\":";
    out += JsonText::compact(jwt.headerJson());
    out += ",\"payload\":";
    out += jwt.kind() == Jwt::Kind::Encrypted ? QByteArray("null")
                                              : JsonText::compact(jwt.payloadJson());
    out += ",\"state\":\"" + TokenTiming::stateKey(timing.state).toLatin1() + '"';
    out += ",\"expires_at\":";
    if (claims.expiresAt) {
        out += '"' + Durations::isoUtc(*claims.expiresAt).toLatin1() + '"';
        out += ",\"seconds_left\":" + QByteArray::number(secondsLeft(*claims.expiresAt, now));
    } else {
        out += "null,\"seconds_left\":null";
    }
    if (signature) {
        out += ",\"signature\":";
        out += QJsonDocument(signature->toJson()).toJson(QJsonDocument::Compact);
    }
    out += '}';
    return out;
}

} // namespace JwtReport
