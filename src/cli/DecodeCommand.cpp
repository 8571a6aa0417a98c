#include "DecodeCommand.h"

#include "CliContext.h"
#include "auth/PastedToken.h"
#include "jwt/Jwt.h"
#include "jwt/JwtReport.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QDateTime>
#include <QIODevice>
#include <QTextStream>

DecodeCommand::DecodeCommand(QIODevice &in, QTextStream &out, QTextStream &err)
    : m_in(in)
    , m_out(out)
    , m_err(err)
{}

int DecodeCommand::usage(const QString &message)
{
    m_err << QStringLiteral("tokenbench-cli decode: ") << message << '\n';
    return CliContext::Usage;
}

int DecodeCommand::run(const QStringList &args)
{
    bool json = false;
    QStringList positional;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--json"))
            json = true;
        else if (arg.startsWith(QLatin1String("--")))
            return usage(tr("unknown option '%1'.").arg(arg));
        else
            positional.append(arg);
    }
    if (positional.size() > 1)
        return usage(tr("give one token, or '-' to read standard input."));

    QByteArray input;
    if (positional.isEmpty() || positional.first() == QLatin1String("-")) {
        // A pipe hands over its data in pieces; read until the end, or until one byte past the
        // limit shows that the input is too large.
        while (input.size() <= Jwt::MaxInputSize) {
            const QByteArray chunk = m_in.read(Jwt::MaxInputSize + 1 - input.size());
            if (chunk.isEmpty())
                break;
            input += chunk;
        }
    } else {
        input = positional.first().toUtf8();
    }
    if (input.size() <= Jwt::MaxInputSize)
        input = PastedToken::fromText(QString::fromUtf8(input)).token.toUtf8();

    const Result<Jwt> jwt = Jwt::decode(input);
    if (!jwt)
        return usage(jwt.error().message);
    if (json)
        m_out << QString::fromUtf8(JwtReport::json(jwt.value())) << '\n';
    else
        printHuman(jwt.value());
    return CliContext::Ok;
}

void DecodeCommand::printNode(const JsonNode &node, int depth)
{
    const QDateTime now = Clock::now();
    for (const JsonNode &child : node.children) {
        m_out << QString(depth * 2, QLatin1Char(' ')) << child.key << QStringLiteral(": ");
        if (child.isContainer() && !child.children.isEmpty() && depth < 2) {
            m_out << (child.value.isArray() ? QStringLiteral("[") : QStringLiteral("{")) << '\n';
            printNode(child, depth + 1);
            continue;
        }
        m_out << QString::fromUtf8(JsonText::compact(child.text));
        if (depth == 1 && child.value.isDouble() && Jwt::isTimeClaim(child.key)) {
            const auto when =
                QDateTime::fromMSecsSinceEpoch(qint64(child.value.toDouble() * 1000.0), Qt::UTC);
            m_out << QStringLiteral("  (") << Durations::isoUtc(when) << QStringLiteral(", ")
                  << Durations::relative(JwtReport::secondsLeft(when, now)) << ')';
        }
        m_out << '\n';
    }
}

void DecodeCommand::printHuman(const Jwt &jwt)
{
    switch (jwt.kind()) {
    case Jwt::Kind::Signed:
        m_out << tr("Signed JWT (JWS), algorithm %1. The signature was not verified.")
                     .arg(jwt.algorithm().isEmpty() ? tr("unknown") : jwt.algorithm());
        break;
    case Jwt::Kind::Unsecured:
        m_out << tr("Unsecured JWT: \"alg\" is \"none\", so nothing vouches for its contents.");
        break;
    case Jwt::Kind::Encrypted:
        m_out << tr("Encrypted JWT (JWE): only the header can be read.");
        break;
    }
    m_out << "\n\n" << tr("Header") << '\n';
    printNode(jwt.headerTree(), 1);
    if (jwt.kind() != Jwt::Kind::Encrypted) {
        m_out << '\n' << tr("Payload") << '\n';
        printNode(jwt.payloadTree(), 1);
    }
    for (const QString &warning : jwt.warnings())
        m_out << '\n' << tr("Warning: %1").arg(warning);
    if (!jwt.warnings().isEmpty())
        m_out << '\n';

    const QDateTime now = Clock::now();
    const RegisteredClaims &claims = jwt.claims();
    const TokenTiming timing = TokenTiming::evaluate(claims.expiresAt, claims.notBefore, now);
    m_out << '\n' << tr("State: %1").arg(TokenTiming::stateName(timing.state));
    if (claims.expiresAt) {
        const qint64 left = JwtReport::secondsLeft(*claims.expiresAt, now);
        m_out << QStringLiteral(" (")
              << (left < 0 ? tr("expired %1 at %2") : tr("expires %1 at %2"))
                     .arg(Durations::relative(left), Durations::isoUtc(*claims.expiresAt))
              << ')';
    } else if (timing.state == TokenTiming::State::NotYetValid && claims.notBefore) {
        m_out << QStringLiteral(" (")
              << tr("valid from %1").arg(Durations::isoUtc(*claims.notBefore)) << ')';
    }
    m_out << '\n';
    if (const QString note = timing.skewNote(); !note.isEmpty())
        m_out << note << '\n';
}
