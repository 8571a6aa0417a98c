#pragma once

#include "jwt/JwtKeySet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;
class QTextStream;
class Jwt;
struct JsonNode;
struct SignatureVerdict;

// `tokenbench-cli decode [TOKEN|-] [--json] [--verify ...]`: the token inspector in a terminal;
// the signature check itself is the core's (JwtVerifier), this only gathers the keys it names.
class DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    DecodeCommand(QIODevice &in, QTextStream &out, QTextStream &err);

    int run(const QStringList &args);

private:
    int usage(const QString &message);
    void printHuman(const Jwt &jwt, const SignatureVerdict *verdict);
    QByteArray readSecret();
    // The JWKS at `jwksUrl`, or when that is empty the one `issuer` names by discovery.
    Result<JwtKeySet> fetchKeys(const QString &jwksUrl, const QString &issuer);
    void printNode(const JsonNode &node, int depth);

    QIODevice &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};
