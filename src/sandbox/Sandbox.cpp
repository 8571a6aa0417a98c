#include "Sandbox.h"

#include "GenericRoutes.h"
#include "LoopbackHttpServer.h"
#include "OidcRoutes.h"
#include "PasswordSafeRoutes.h"
#include "RegScaleRoutes.h"
#include "SandboxJwt.h"
#include "SandboxTls.h"
#include "ScantrustRoutes.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <cmath>
#include <functional>

namespace {
constexpr Sandbox::Vendor AllVendors[] = {Sandbox::Vendor::RegScale, Sandbox::Vendor::Scantrust,
                                          Sandbox::Vendor::PasswordSafe, Sandbox::Vendor::Generic,
                                          Sandbox::Vendor::Oidc};

// Demo secrets are derived from fixed seeds, so they stay the same across runs and can be
// written in a README; the signing keys are random per instance.
QByteArray digest(const char *seed, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(QByteArray(seed), algorithm);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

std::unique_ptr<LoopbackHttpServer>
makeServer(std::function<SandboxResponse(const SandboxRequest &)> handle)
{
    auto server = std::make_unique<LoopbackHttpServer>(
        [handle = std::move(handle)](const HttpServerRequest &request) -> HttpServerResponse {
            if (request.method != "HEAD")
                return handle(request);
            // Routes answer HEAD as GET; the server leaves the body out.
            HttpServerRequest get = request;
            get.method = "GET";
            return handle(get);
        });
    server->setServerHeaders("tokenbench-sandbox", true);
    return server;
}
} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_server(makeServer([this](const SandboxRequest &request) { return handle(request); }))
    , m_tlsServer(makeServer([this](const SandboxRequest &request) { return handle(request); }))
{
    m_lifetimes.insert(int(Vendor::RegScale), 24 * 3600);
    m_lifetimes.insert(int(Vendor::Scantrust), 300);
    m_lifetimes.insert(int(Vendor::PasswordSafe), 3600);
    m_lifetimes.insert(int(Vendor::Generic), 3600);
    m_lifetimes.insert(int(Vendor::Oidc), 3600);
    const QByteArray master = randomBytes(32);
    for (const Vendor vendor : AllVendors) {
        m_signers.insert(int(vendor),
                         std::make_shared<SandboxJwt>(QMessageAuthenticationCode::hash(
                             vendorName(vendor).toUtf8(), master, QCryptographicHash::Sha256)));
    }
    m_regScale = std::make_unique<RegScaleRoutes>(*this);
    m_scantrust = std::make_unique<ScantrustRoutes>(*this);
    m_passwordSafe = std::make_unique<PasswordSafeRoutes>(*this);
    m_generic = std::make_unique<GenericRoutes>(*this);
    m_oidc = std::make_unique<OidcRoutes>(*this);
}

void Sandbox::revokeTokens(Vendor vendor)
{
    m_signers.insert(int(vendor), std::make_shared<SandboxJwt>(randomBytes(32)));
    if (vendor == Vendor::Oidc)
        m_oidc->revokeAccessTokens();
}

QUrl Sandbox::oidcIssuer() const
{
    return vendorBaseUrl(Vendor::Oidc);
}

void Sandbox::setDeviceInterval(int seconds)
{
    m_oidc->setDeviceInterval(seconds);
}

int Sandbox::deviceInterval() const
{
    return m_oidc->deviceInterval();
}

void Sandbox::advanceClock(qint64 sandboxSeconds)
{
    if (sandboxSeconds > 0)
        m_clockOffsetMs += realMsFor(sandboxSeconds);
}

Sandbox::~Sandbox()
{
    // Close first: no request may reach routes that are being destroyed.
    m_server->close();
    m_tlsServer->close();
}

bool Sandbox::listen(quint16 port)
{
    const bool listening = m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
    m_errorString = m_server->errorString();
    return listening;
}

bool Sandbox::listenTls(quint16 port)
{
    if (!m_tls) {
        auto tls = SandboxTls::generate();
        auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                   QStringLiteral("/tokenbench-sandbox-XXXXXX"));
        QFile file(dir->filePath(QStringLiteral("sandbox-ca.pem")));
        if (!tls || !dir->isValid() || !file.open(QIODevice::WriteOnly) ||
            file.write(tls->caPem) != tls->caPem.size()) {
            m_errorString =
                tls ? QStringLiteral("cannot write the CA file: %1").arg(file.errorString())
                    : QStringLiteral("cannot make the TLS certificates");
            return false;
        }
        file.close();
        m_tls = std::make_unique<SandboxTls>(std::move(*tls));
        m_tlsDir = std::move(dir);
    }
    const bool listening = m_tlsServer->listen(QHostAddress(QHostAddress::LocalHost), port,
                                               m_tls->serverConfiguration());
    m_errorString = m_tlsServer->errorString();
    return listening;
}

void Sandbox::close()
{
    m_server->close();
    m_tlsServer->close();
}

bool Sandbox::isListening() const
{
    return m_server->isListening() || m_tlsServer->isListening();
}

quint16 Sandbox::port() const
{
    return m_server->isListening() || !m_tlsServer->isListening() ? m_server->serverPort()
                                                                  : m_tlsServer->serverPort();
}

quint16 Sandbox::tlsPort() const
{
    return m_tlsServer->serverPort();
}

QString Sandbox::errorString() const
{
    return m_errorString;
}

QUrl Sandbox::baseUrl() const
{
    if (!m_server->isListening() && m_tlsServer->isListening())
        return tlsBaseUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl Sandbox::tlsBaseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(tlsPort());
    return url;
}

QUrl Sandbox::vendorBaseUrl(Vendor vendor) const
{
    QUrl url = baseUrl();
    url.setPath(vendorPrefix(vendor));
    return url;
}

QUrl Sandbox::tlsVendorBaseUrl(Vendor vendor) const
{
    QUrl url = tlsBaseUrl();
    url.setPath(vendorPrefix(vendor));
    return url;
}

QString Sandbox::caFile() const
{
    return m_tlsDir ? m_tlsDir->filePath(QStringLiteral("sandbox-ca.pem")) : QString();
}

QByteArray Sandbox::caPem() const
{
    return m_tls ? m_tls->caPem : QByteArray();
}

QString Sandbox::vendorPrefix(Vendor vendor)
{
    switch (vendor) {
    case Vendor::RegScale:
        return QStringLiteral("/regscale");
    case Vendor::Scantrust:
        return QStringLiteral("/scantrust");
    case Vendor::PasswordSafe:
        return QStringLiteral("/passwordsafe/BeyondTrust/api/public/v3/");
    case Vendor::Generic:
        return QStringLiteral("/generic");
    case Vendor::Oidc:
        return QStringLiteral("/oidc");
    }
    return {};
}

QString Sandbox::vendorName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::RegScale:
        return QStringLiteral("RegScale");
    case Vendor::Scantrust:
        return QStringLiteral("Scantrust");
    case Vendor::PasswordSafe:
        return QStringLiteral("BeyondTrust Password Safe");
    case Vendor::Generic:
        return QStringLiteral("Generic");
    case Vendor::Oidc:
        return QStringLiteral("OpenID Connect");
    }
    return {};
}

void Sandbox::setClockSpeed(double speed)
{
    m_clockSpeed = speed > 0 && std::isfinite(speed) ? speed : 1.0;
}

void Sandbox::setTokenLifetime(Vendor vendor, qint64 seconds)
{
    m_lifetimes.insert(int(vendor), qMax<qint64>(1, seconds));
}

void Sandbox::setTokenLifetime(qint64 seconds)
{
    for (const Vendor vendor : AllVendors)
        setTokenLifetime(vendor, seconds);
}

qint64 Sandbox::tokenLifetime(Vendor vendor) const
{
    return m_lifetimes.value(int(vendor));
}

void Sandbox::setPasswordSafeIdleTimeout(qint64 seconds)
{
    m_idleTimeout = qMax<qint64>(1, seconds);
}

int Sandbox::passwordSafeOpenSessions() const
{
    return m_passwordSafe->openSessions();
}

void Sandbox::setRegScaleV2Supported(bool supported)
{
    m_regScaleV2 = supported;
}

void Sandbox::setScantrustThrottle(int count)
{
    m_scantrust->setThrottle(count);
}

qint64 Sandbox::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

qint64 Sandbox::realMsFor(qint64 sandboxSeconds) const
{
    return qMax<qint64>(1, qint64(std::ceil(double(sandboxSeconds) * 1000.0 / m_clockSpeed)));
}

QJsonObject Sandbox::timeClaims(Vendor vendor) const
{
    const qint64 now = nowMs();
    const qint64 issued = now / 1000;
    const qint64 expires = (now + realMsFor(tokenLifetime(vendor)) + 999) / 1000;
    return {{QStringLiteral("iat"), issued},
            {QStringLiteral("nbf"), issued},
            {QStringLiteral("exp"), expires}};
}

qint64 Sandbox::expiresIn(Vendor vendor) const
{
    return qMax<qint64>(1, (realMsFor(tokenLifetime(vendor)) + 500) / 1000);
}

const SandboxJwt &Sandbox::signer(Vendor vendor) const
{
    return *m_signers.value(int(vendor));
}

QString Sandbox::regScaleProfileToken(const QString &username) const
{
    return QString::fromLatin1(m_regScale->issueToken(username));
}

int Sandbox::regScaleFailedLogins(const QString &username) const
{
    return m_regScale->failedLogins(username);
}

QString Sandbox::regScaleServiceAccountToken()
{
    return QStringLiteral("rs-svc-") +
           QString::fromLatin1(
               digest("tokenbench-sandbox regscale service account", QCryptographicHash::Sha256)
                   .toHex());
}

QString Sandbox::scantrustUat()
{
    return QString::fromLatin1(
        digest("tokenbench-sandbox scantrust uat", QCryptographicHash::Sha1).toHex());
}

QStringList Sandbox::scantrustUatPermissions()
{
    return {QStringLiteral("scans_download"), QStringLiteral("product_create")};
}

QString Sandbox::passwordSafeApiKey()
{
    return QString::fromLatin1(
        digest("tokenbench-sandbox password safe api key", QCryptographicHash::Sha512).toHex());
}

QString Sandbox::passwordSafeClientId()
{
    return QUuid::createUuidV5(QUuid(),
                               QByteArrayLiteral("tokenbench-sandbox password safe client"))
        .toString(QUuid::WithoutBraces);
}

QString Sandbox::passwordSafeClientSecret()
{
    // With every character a form encoder must not pass through (RFC 6749 appendix B): '+',
    // '/', '=', '&', '%' before two hex digits, and a space. A client that sends any of them raw
    // is refused as a real server would refuse it.
    const QString hex = QString::fromLatin1(
        digest("tokenbench-sandbox password safe secret", QCryptographicHash::Sha256).toHex());
    return hex.left(16) + QStringLiteral("+/=&%41 ") + hex.mid(16, 16);
}

QString Sandbox::genericClientSecret()
{
    // Hex, so the secret never starts with '-' and reads safely on a command line.
    return QString::fromLatin1(
        digest("tokenbench-sandbox generic secret", QCryptographicHash::Sha256).toHex().left(40));
}

QString Sandbox::genericStaticToken()
{
    return QStringLiteral("sbx_") +
           QString::fromLatin1(
               digest("tokenbench-sandbox generic static token", QCryptographicHash::Sha1).toHex());
}

QString Sandbox::genericApiKey()
{
    return QStringLiteral("sbxkey-") +
           QString::fromLatin1(
               digest("tokenbench-sandbox generic api key", QCryptographicHash::Md5).toHex());
}

QString Sandbox::demoAccountsText() const
{
    const auto url = [this](Vendor v) {
        return vendorBaseUrl(v).toString();
    };
    QString t;
    t += QStringLiteral("RegScale            %1\n").arg(url(Vendor::RegScale));
    t +=
        QStringLiteral("  login             %1 / %2\n").arg(regScaleUsername(), regScalePassword());
    t += QStringLiteral("  login with MFA    %1 / %2, MFA code %3\n")
             .arg(regScaleMfaUsername(), regScalePassword(), regScaleMfaCode());
    t += QStringLiteral("  locked account    %1 / (any password)\n").arg(regScaleLockedUsername());
    t += QStringLiteral("  no logging role   %1 / %2 (the token check answers 403)\n")
             .arg(regScaleNoLogsUsername(), regScalePassword());
    t += QStringLiteral("  My Profile token  %1\n").arg(regScaleProfileToken());
    t += QStringLiteral("  service account   %1\n").arg(regScaleServiceAccountToken());
    t += QStringLiteral("Scantrust           %1\n").arg(url(Vendor::Scantrust));
    t += QStringLiteral("  login             %1 / %2\n").arg(scantrustEmail(), scantrustPassword());
    t += QStringLiteral("  UAT               %1 (%2)\n")
             .arg(scantrustUat(), scantrustUatPermissions().join(QStringLiteral(", ")));
    t += QStringLiteral("Password Safe       %1\n").arg(url(Vendor::PasswordSafe));
    t += QStringLiteral("  API key           %1\n").arg(passwordSafeApiKey());
    t += QStringLiteral("  run as            %1 (no password); %2 with pwd [%3]\n")
             .arg(passwordSafeRunAs(), passwordSafeAdminRunAs(), passwordSafeAdminPassword());
    t += QStringLiteral("  run as with 2FA   %1, challenge %2\n")
             .arg(passwordSafeMfaRunAs(), passwordSafeChallengeCode());
    t += QStringLiteral("  OAuth client      %1 / %2\n")
             .arg(passwordSafeClientId(), passwordSafeClientSecret());
    t += QStringLiteral("Generic             %1\n").arg(url(Vendor::Generic));
    t += QStringLiteral("  OAuth2 client     %1 / %2 (scopes: read, write)\n")
             .arg(genericClientId(), genericClientSecret());
    t += QStringLiteral("  static token      %1 (Bearer or Token)\n").arg(genericStaticToken());
    t += QStringLiteral("  X-Api-Key         %1\n").arg(genericApiKey());
    t += QStringLiteral("  HTTP Basic        %1 / %2\n").arg(genericUsername(), genericPassword());
    t += QStringLiteral("OpenID Connect      %1 (the issuer)\n").arg(oidcIssuer().toString());
    t += QStringLiteral("  discovery         %1/.well-known/openid-configuration\n")
             .arg(oidcIssuer().toString());
    t +=
        QStringLiteral("  public client     %1 (no secret, PKCE S256)\n").arg(oidcPublicClientId());
    t += QStringLiteral("                    %1, %2 (the same, tokens signed ES256, EdDSA)\n")
             .arg(oidcPublicEs256ClientId(), oidcPublicEdDsaClientId());
    t += QStringLiteral("  confidential      %1 / %2\n")
             .arg(oidcConfidentialClientId(), oidcClientSecret());
    t += QStringLiteral("  user              %1 / %2 (%3, %4)\n")
             .arg(oidcUsername(), oidcPassword(), oidcUserFullName(), oidcUserEmail());
    t += QStringLiteral("  redirect URIs     http://127.0.0.1:<any port>/<any path>, "
                        "http://[::1]:<any port>/<any path>\n");
    t += QStringLiteral("OpenAPI             %1/openapi.json\n").arg(baseUrl().toString());
    return t;
}

SandboxResponse Sandbox::handle(const SandboxRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    Q_EMIT requestReceived(method, request.path);

    const QString &path = request.path;
    const auto under = [&path](QLatin1String prefix, Qt::CaseSensitivity cs = Qt::CaseSensitive) {
        return path.startsWith(prefix, cs) &&
               (path.size() == prefix.size() || path.at(prefix.size()) == QLatin1Char('/'));
    };
    SandboxResponse response;
    if (path == QLatin1String("/openapi.json")) {
        QFile file(QStringLiteral(":/sandbox/openapi.json"));
        if (request.method != "GET") {
            response =
                SandboxResponse::json(405, QJsonObject{{QStringLiteral("detail"),
                                                        QStringLiteral("Method not allowed.")}})
                    .addHeader("Allow", "GET");
        } else if (file.open(QIODevice::ReadOnly)) {
            response.body = file.readAll();
            response.addHeader("Content-Type", "application/json; charset=utf-8");
        } else {
            response = SandboxResponse::empty(500);
        }
    } else if (under(QLatin1String("/regscale"))) {
        response = m_regScale->handle(request, path.mid(9));
    } else if (under(QLatin1String("/scantrust"))) {
        response = m_scantrust->handle(request, path.mid(10));
    } else if (under(QLatin1String("/passwordsafe"), Qt::CaseInsensitive)) {
        response = m_passwordSafe->handle(request, path.mid(13));
    } else if (under(QLatin1String("/generic"))) {
        response = m_generic->handle(request, path.mid(8));
    } else if (under(QLatin1String("/oidc"))) {
        response = m_oidc->handle(request, path.mid(5));
    } else if (path == QLatin1String("/.well-known/oauth-authorization-server/oidc")) {
        // RFC 8414 section 3: for an issuer with a path, the well-known part goes between the
        // host and that path.
        response = m_oidc->metadataResponse(request);
    } else if (path == QLatin1String("/") && request.method == "GET") {
        QJsonObject vendors;
        for (const Vendor vendor : AllVendors)
            vendors.insert(vendorName(vendor), vendorBaseUrl(vendor).toString());
        response = SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("name"), QStringLiteral("tokenbench-sandbox")},
                             {QStringLiteral("vendors"), vendors},
                             {QStringLiteral("openapi"), QStringLiteral("/openapi.json")}});
    } else {
        response = SandboxResponse::json(
            404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
    }
    Q_EMIT requestHandled(method, request.path, response.status);
    return response;
}
