#include "DecodeCommand.h"

#include "CliContext.h"
#include "auth/PastedToken.h"
#include "jwt/JwksSource.h"
#include "jwt/Jwt.h"
#include "jwt/JwtReport.h"
#include "jwt/JwtVerifier.h"
#include "net/HttpClient.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QDateTime>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
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
    bool verify = false;
    bool secretStdin = false;
    QStringList keySources; // "--jwks X" and "--key X", as given
    QString jwksOrFile;
    QString pemFile;
    JwtExpectations expect;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto takeValue = [&](QString &into) {
            if (i + 1 >= args.size())
                return false;
            into = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--verify")) {
            verify = true;
        } else if (arg == QLatin1String("--jwks")) {
            if (!takeValue(jwksOrFile))
                return usage(tr("--jwks needs a URL or a file."));
            keySources.append(arg);
        } else if (arg == QLatin1String("--key")) {
            if (!takeValue(pemFile))
                return usage(tr("--key needs a PEM file."));
            keySources.append(arg);
        } else if (arg == QLatin1String("--secret-stdin")) {
            secretStdin = true;
            keySources.append(arg);
        } else if (arg == QLatin1String("--iss")) {
            if (!takeValue(expect.issuer))
                return usage(tr("--iss needs the issuer expected."));
        } else if (arg == QLatin1String("--aud")) {
            if (!takeValue(expect.audience))
                return usage(tr("--aud needs the audience expected."));
        } else if (arg == QLatin1String("--check-time")) {
            expect.checkTimes = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(tr("unknown option '%1'.").arg(arg));
        } else {
            positional.append(arg);
        }
    }
    if (positional.size() > 1)
        return usage(tr("give one token, or '-' to read standard input."));
    const bool checking = !keySources.isEmpty() || !expect.issuer.isEmpty() ||
                          !expect.audience.isEmpty() || expect.checkTimes;
    if (checking && !verify)
        return usage(tr("--jwks, --key, --secret-stdin, --iss, --aud and --check-time go with "
                        "--verify."));
    if (keySources.size() > 1)
        return usage(tr("give one of --jwks, --key and --secret-stdin."));
    const bool tokenFromStdin = positional.isEmpty() || positional.first() == QLatin1String("-");
    if (secretStdin && tokenFromStdin)
        return usage(tr("with --secret-stdin the token is given as an argument."));

    QByteArray input;
    if (tokenFromStdin) {
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

    std::optional<SignatureVerdict> verdict;
    if (verify) {
        QString source;
        Result<JwtKeySet> keys = Error::make(
            Error::Kind::InvalidInput, QStringLiteral("jwt.verify.no_key"),
            tr("no key was given: name a JWKS with --jwks, a PEM public key or certificate with "
               "--key, give an HMAC secret with --secret-stdin, or name the issuer expected with "
               "--iss to find its keys by OpenID Connect discovery."));
        if (!jwksOrFile.isEmpty()) {
            source = jwksOrFile;
            keys = JwksSource::isUrl(jwksOrFile) ? fetchKeys(jwksOrFile, {})
                                                 : JwksSource::readFile(jwksOrFile);
        } else if (!pemFile.isEmpty()) {
            source = pemFile;
            keys = JwksSource::readFile(pemFile);
        } else if (secretStdin) {
            source = tr("secret from standard input");
            const QByteArray secret = readSecret();
            if (secret.isEmpty()) {
                keys = Error::make(Error::Kind::InvalidInput, QStringLiteral("jwt.verify.no_key"),
                                   tr("standard input held no secret."));
            } else {
                keys = JwtKeySet::fromSecret(secret, source);
            }
        } else if (!expect.issuer.isEmpty()) {
            // Only the issuer the person expects is asked for keys, never the token's own word:
            // a forger's token would name the forger's keys.
            keys = fetchKeys({}, expect.issuer);
            source = keys ? keys->source() : expect.issuer;
        }
        const Result<VerifiedSignature> result =
            keys ? JwtVerifier::verify(input, keys.value(), expect)
                 : Result<VerifiedSignature>(keys.error());
        verdict = SignatureVerdict::of(result, jwt->header(), source);
    }

    if (json)
        m_out << QString::fromUtf8(
                     JwtReport::json(jwt.value(), Clock::now(), verdict ? &*verdict : nullptr))
              << '\n';
    else
        printHuman(jwt.value(), verdict ? &*verdict : nullptr);
    if (verdict && !verdict->verified)
        return CliContext::AuthRefused;
    return CliContext::Ok;
}

QByteArray DecodeCommand::readSecret()
{
    // The whole of standard input, less the line end a shell or `echo` adds. A pipe hands it
    // over in pieces.
    QByteArray secret;
    while (secret.size() < JwksSource::MaxSize) {
        const QByteArray chunk = m_in.read(JwksSource::MaxSize - secret.size());
        if (chunk.isEmpty())
            break;
        secret += chunk;
    }
    if (secret.endsWith('\n'))
        secret.chop(1);
    if (secret.endsWith('\r'))
        secret.chop(1);
    return secret;
}

Result<JwtKeySet> DecodeCommand::fetchKeys(const QString &jwksUrl, const QString &issuer)
{
    QNetworkAccessManager manager;
    HttpClient http(&manager);
    std::optional<Result<JwtKeySet>> answer;
    QEventLoop loop;
    const auto done = [&answer, &loop](const Result<JwtKeySet> &result) {
        answer = result;
        loop.quit();
    };
    if (!jwksUrl.isEmpty())
        JwksSource::fetch(&http, QUrl(jwksUrl), &loop, done);
    else
        JwksSource::discover(&http, issuer, &loop, done);
    if (!answer)
        loop.exec();
    return *answer;
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

void DecodeCommand::printHuman(const Jwt &jwt, const SignatureVerdict *verdict)
{
    switch (jwt.kind()) {
    case Jwt::Kind::Signed:
        if (verdict)
            m_out << tr("Signed JWT (JWS), algorithm %1.")
                         .arg(jwt.algorithm().isEmpty() ? tr("unknown") : jwt.algorithm());
        else
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
    if (verdict)
        m_out << '\n' << verdict->describe() << '\n';
}
