#include "OidcRoutes.h"

#include "Sandbox.h"
#include "SandboxRoutes.h"
#include "jwt/Base64Url.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace {
const QString DeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
// RFC 8628 section 6.1: no vowels, so no words, and no easily confused characters.
const QByteArray UserCodeAlphabet = QByteArrayLiteral("BCDFGHJKLMNPQRSTVWXZ");
constexpr qint64 CodeLifetimeSeconds = 60;
constexpr qint64 DeviceCodeLifetimeSeconds = 600;

QStringList supportedScopes()
{
    return {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
            QStringLiteral("offline_access")};
}

SandboxResponse noStore(SandboxResponse response)
{
    return response.addHeader("Cache-Control", "no-store").addHeader("Pragma", "no-cache");
}

// RFC 6749 section 5.2.
SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    return noStore(SandboxResponse::json(
        status, QJsonObject{{QStringLiteral("error"), error},
                            {QStringLiteral("error_description"), description}}));
}

SandboxResponse invalidClient(bool triedBasic, const QString &description)
{
    SandboxResponse r = oauthError(401, QStringLiteral("invalid_client"), description);
    // RFC 6749 section 5.2: a client that tried the Authorization header gets a challenge.
    if (triedBasic)
        r.addHeader("WWW-Authenticate", "Basic realm=\"sandbox\"");
    return r;
}

// RFC 6749 section 2.3.1: the client id and secret are form-encoded before they go into Basic.
QString formDecoded(QString text)
{
    text.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(text.toUtf8());
}

bool isPublicClient(const QString &clientId)
{
    return clientId == Sandbox::oidcPublicClientId() ||
           clientId == Sandbox::oidcPublicEs256ClientId() ||
           clientId == Sandbox::oidcPublicEdDsaClientId();
}

bool isKnownClient(const QString &clientId)
{
    return isPublicClient(clientId) || clientId == Sandbox::oidcConfidentialClientId();
}

// RFC 8252 sections 7.3 and 8.3: loopback IP literals over http, any port, any path; never a
// fragment (RFC 6749 section 3.1.2).
bool isAllowedRedirect(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.hasFragment() ||
        !url.userInfo().isEmpty())
        return false;
    if (text.startsWith(QLatin1String("http://127.0.0.1:")) ||
        text.startsWith(QLatin1String("http://127.0.0.1/")) ||
        text == QLatin1String("http://127.0.0.1"))
        return url.host() == QLatin1String("127.0.0.1");
    if (text.startsWith(QLatin1String("http://[::1]")))
        return url.host() == QLatin1String("::1");
    return false;
}

// RFC 7636 section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~";
// the S256 challenge has the same shape.
bool isPkceString(const QString &text)
{
    if (text.size() < 43 || text.size() > 128)
        return false;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                                (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' ||
                                u == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

// Form fields as a map, or the name of the first repeated one (RFC 6749 section 3.1: parameters
// must not be included more than once).
QHash<QString, QString> uniqueFields(const QByteArray &encoded, QString *repeated)
{
    QHash<QString, QString> fields;
    for (const auto &field : SandboxRoutes::formFields(encoded)) {
        if (fields.contains(field.first) && repeated->isEmpty())
            *repeated = field.first;
        fields.insert(field.first, field.second);
    }
    return fields;
}

bool isFormBody(const SandboxRequest &request)
{
    const QByteArray type = request.header("Content-Type").toLower();
    return type.isEmpty() || type.startsWith("application/x-www-form-urlencoded");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

SandboxResponse htmlPage(int status, const QString &title, const QString &body)
{
    SandboxResponse r;
    r.status = status;
    r.body = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                            "<title>%1</title></head>\n<body>\n<h1>%1</h1>\n%2</body></html>\n")
                 .arg(escaped(title), body)
                 .toUtf8();
    r.addHeader("Content-Type", "text/html; charset=utf-8");
    // RFC 6749 section 10.13: the sign-in page must not be framed.
    r.addHeader("X-Frame-Options", "DENY");
    r.addHeader("Content-Security-Policy", "frame-ancestors 'none'");
    return noStore(r);
}

SandboxResponse errorPage(int status, const QString &text)
{
    return htmlPage(status, QStringLiteral("Sign-in error"),
                    QStringLiteral("<p id=\"error\">%1</p>\n").arg(escaped(text)));
}

QString hiddenInputs(const QHash<QString, QString> &fields, const QStringList &names)
{
    QString html;
    for (const QString &name : names) {
        if (fields.contains(name)) {
            html += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">\n")
                        .arg(escaped(name), escaped(fields.value(name)));
        }
    }
    return html;
}

// The redirect back to the client, its parameters added to whatever query it already had
// (RFC 6749 section 3.1.2), each one percent-encoded so a state comes back byte for byte.
SandboxResponse redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto &param : params) {
        location += separator + QUrl::toPercentEncoding(param.first) + '=' +
                    QUrl::toPercentEncoding(param.second);
        separator = '&';
    }
    return noStore(SandboxResponse::empty(302).addHeader("Location", location));
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return Base64Url::encode(raw);
}

QString normalizedUserCode(QString text)
{
    text.remove(QLatin1Char('-'));
    text.remove(QLatin1Char(' '));
    return text.toUpper();
}

QString displayedUserCode(const QString &code)
{
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}
// The form a token, device or revocation endpoint takes (RFC 6749 sections 3.2 and 4.1.3):
// url-encoded, no parameter twice. The error response when it is not that.
std::optional<SandboxResponse> formOf(const SandboxRequest &request,
                                      QHash<QString, QString> *fields)
{
    if (!isFormBody(request)) {
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The request body must be "
                                         "application/x-www-form-urlencoded."));
    }
    QString repeated;
    *fields = uniqueFields(request.body, &repeated);
    if (!repeated.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The parameter %1 is repeated.").arg(repeated));
    return std::nullopt;
}

} // namespace

// One of the provider's signing keys, made on first use (a 2048-bit RSA key takes a moment, and
// most sandboxes never sign in with OpenID Connect). Written from RFC 7518 (RS256, ES256) and
// RFC 8037 (EdDSA with Ed25519).
class OidcRoutes::SigningKey
{
public:
    explicit SigningKey(Algorithm algorithm)
        : m_algorithm(algorithm)
    {}
    ~SigningKey() { EVP_PKEY_free(m_key); }
    SigningKey(const SigningKey &) = delete;
    SigningKey &operator=(const SigningKey &) = delete;

    QString alg() const
    {
        switch (m_algorithm) {
        case Algorithm::Es256:
            return QStringLiteral("ES256");
        case Algorithm::EdDsa:
            return QStringLiteral("EdDSA");
        case Algorithm::Rs256:
            break;
        }
        return QStringLiteral("RS256");
    }
    QJsonObject jwk()
    {
        ensure();
        return m_jwk;
    }
    QString kid()
    {
        ensure();
        return m_kid;
    }

    QByteArray sign(const QString &type, const QJsonObject &claims)
    {
        ensure();
        const QJsonObject header{{QStringLiteral("alg"), alg()},
                                 {QStringLiteral("typ"), type},
                                 {QStringLiteral("kid"), m_kid}};
        const QByteArray input =
            Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
            Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        QByteArray signature;
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        size_t length = 0;
        const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
        if (context && EVP_DigestSignInit(context, nullptr, digest(), nullptr, m_key) == 1 &&
            EVP_DigestSign(context, nullptr, &length, data, size_t(input.size())) == 1) {
            signature.resize(qsizetype(length));
            if (EVP_DigestSign(context, reinterpret_cast<unsigned char *>(signature.data()),
                               &length, data, size_t(input.size())) == 1)
                signature.resize(qsizetype(length));
            else
                signature.clear();
        }
        EVP_MD_CTX_free(context);
        if (m_algorithm == Algorithm::Es256)
            signature = rawEcdsa(signature);
        return input + '.' + Base64Url::encode(signature);
    }

    // The header and claims of a token this key signed, or nothing.
    std::optional<QPair<QJsonObject, QJsonObject>> verify(const QByteArray &token)
    {
        if (!m_key)
            return std::nullopt;
        const QList<QByteArray> parts = token.split('.');
        if (parts.size() != 3)
            return std::nullopt;
        const auto header = object(parts.at(0));
        const auto claims = object(parts.at(1));
        auto signature = Base64Url::decode(parts.at(2));
        if (!header || !claims || !signature ||
            header->value(QLatin1String("alg")).toString() != alg() ||
            header->value(QLatin1String("kid")).toString() != m_kid)
            return std::nullopt;
        if (m_algorithm == Algorithm::Es256) {
            signature = derEcdsa(*signature);
            if (signature->isEmpty())
                return std::nullopt;
        }
        const QByteArray input = parts.at(0) + '.' + parts.at(1);
        EVP_MD_CTX *context = EVP_MD_CTX_new();
        const bool valid =
            context && EVP_DigestVerifyInit(context, nullptr, digest(), nullptr, m_key) == 1 &&
            EVP_DigestVerify(context,
                             reinterpret_cast<const unsigned char *>(signature->constData()),
                             size_t(signature->size()),
                             reinterpret_cast<const unsigned char *>(input.constData()),
                             size_t(input.size())) == 1;
        EVP_MD_CTX_free(context);
        if (!valid)
            return std::nullopt;
        return qMakePair(*header, *claims);
    }

private:
    // Ed25519 hashes inside the signature itself, so OpenSSL wants no digest for it.
    const EVP_MD *digest() const
    {
        return m_algorithm == Algorithm::EdDsa ? nullptr : EVP_sha256();
    }

    // OpenSSL gives ECDSA signatures as DER; a JWS carries R and S, 32 bytes each, side by side
    // (RFC 7518 section 3.4).
    static QByteArray rawEcdsa(const QByteArray &der)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
        if (!sig)
            return {};
        QByteArray raw(64, Qt::Uninitialized);
        auto *out = reinterpret_cast<unsigned char *>(raw.data());
        const bool ok = BN_bn2binpad(ECDSA_SIG_get0_r(sig), out, 32) == 32 &&
                        BN_bn2binpad(ECDSA_SIG_get0_s(sig), out + 32, 32) == 32;
        ECDSA_SIG_free(sig);
        return ok ? raw : QByteArray();
    }
    static QByteArray derEcdsa(const QByteArray &raw)
    {
        if (raw.size() != 64)
            return {};
        const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
        BIGNUM *r = BN_bin2bn(in, 32, nullptr);
        BIGNUM *s = BN_bin2bn(in + 32, 32, nullptr);
        ECDSA_SIG *sig = ECDSA_SIG_new();
        if (!r || !s || !sig || ECDSA_SIG_set0(sig, r, s) != 1) {
            BN_free(r);
            BN_free(s);
            ECDSA_SIG_free(sig);
            return {};
        }
        unsigned char *der = nullptr;
        const int length = i2d_ECDSA_SIG(sig, &der);
        QByteArray bytes;
        if (length > 0)
            bytes = QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        ECDSA_SIG_free(sig);
        return bytes;
    }

    static std::optional<QJsonObject> object(const QByteArray &segment)
    {
        const auto bytes = Base64Url::decode(segment);
        if (!bytes)
            return std::nullopt;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
        if (!doc.isObject())
            return std::nullopt;
        return doc.object();
    }

    static QByteArray bigNumber(EVP_PKEY *key, const char *name)
    {
        BIGNUM *number = nullptr;
        if (EVP_PKEY_get_bn_param(key, name, &number) != 1)
            return {};
        QByteArray bytes(BN_num_bytes(number), Qt::Uninitialized);
        BN_bn2bin(number, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(number);
        return bytes;
    }

    static QString text(const QByteArray &bytes)
    {
        return QString::fromLatin1(Base64Url::encode(bytes));
    }

    void ensure()
    {
        if (m_key)
            return;
        // The public members and RFC 7638's thumbprint input: the required members only, in
        // lexicographic order, no white space.
        QJsonObject members;
        QString thumbprintInput;
        switch (m_algorithm) {
        case Algorithm::Rs256: {
            m_key = EVP_RSA_gen(2048);
            if (!m_key)
                qFatal("tokenbench-sandbox: cannot generate an RSA key");
            const QString n = text(bigNumber(m_key, OSSL_PKEY_PARAM_RSA_N));
            const QString e = text(bigNumber(m_key, OSSL_PKEY_PARAM_RSA_E));
            members = {{QStringLiteral("kty"), QStringLiteral("RSA")},
                       {QStringLiteral("n"), n},
                       {QStringLiteral("e"), e}};
            thumbprintInput =
                QStringLiteral("{\"e\":\"%1\",\"kty\":\"RSA\",\"n\":\"%2\"}").arg(e, n);
            break;
        }
        case Algorithm::Es256: {
            m_key = EVP_EC_gen("P-256");
            // The uncompressed point: 0x04, then x and y of 32 bytes each (SEC 1 section 2.3.3).
            QByteArray point(65, Qt::Uninitialized);
            size_t length = 0;
            if (!m_key ||
                EVP_PKEY_get_octet_string_param(m_key, OSSL_PKEY_PARAM_PUB_KEY,
                                                reinterpret_cast<unsigned char *>(point.data()),
                                                size_t(point.size()), &length) != 1 ||
                length != 65 || point.at(0) != 0x04)
                qFatal("tokenbench-sandbox: cannot generate a P-256 key");
            const QString x = text(point.mid(1, 32));
            const QString y = text(point.mid(33, 32));
            members = {{QStringLiteral("kty"), QStringLiteral("EC")},
                       {QStringLiteral("crv"), QStringLiteral("P-256")},
                       {QStringLiteral("x"), x},
                       {QStringLiteral("y"), y}};
            thumbprintInput =
                QStringLiteral("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%1\",\"y\":\"%2\"}")
                    .arg(x, y);
            break;
        }
        case Algorithm::EdDsa: {
            m_key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
            QByteArray publicKey(32, Qt::Uninitialized);
            size_t length = size_t(publicKey.size());
            if (!m_key ||
                EVP_PKEY_get_raw_public_key(
                    m_key, reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1 ||
                length != 32)
                qFatal("tokenbench-sandbox: cannot generate an Ed25519 key");
            const QString x = text(publicKey);
            // RFC 8037 section 2: an OKP key, its public key in x.
            members = {{QStringLiteral("kty"), QStringLiteral("OKP")},
                       {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                       {QStringLiteral("x"), x}};
            thumbprintInput =
                QStringLiteral("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"%1\"}").arg(x);
            break;
        }
        }
        m_kid =
            text(QCryptographicHash::hash(thumbprintInput.toLatin1(), QCryptographicHash::Sha256));
        m_jwk = members;
        m_jwk.insert(QStringLiteral("kid"), m_kid);
        m_jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
        m_jwk.insert(QStringLiteral("alg"), alg());
    }

    const Algorithm m_algorithm;
    EVP_PKEY *m_key = nullptr;
    QString m_kid;
    QJsonObject m_jwk;
};

OidcRoutes::OidcRoutes(const Sandbox &sandbox)
    : m_sandbox(sandbox)
    , m_keys{std::make_unique<SigningKey>(Algorithm::Rs256),
             std::make_unique<SigningKey>(Algorithm::Es256),
             std::make_unique<SigningKey>(Algorithm::EdDsa)}
{}

OidcRoutes::~OidcRoutes() = default;

OidcRoutes::SigningKey &OidcRoutes::signingKeyFor(const QString &clientId) const
{
    // Each client's registered id_token_signed_response_alg (OpenID Connect Dynamic Client
    // Registration 1.0 section 2); its access tokens are signed the same way.
    if (clientId == Sandbox::oidcPublicEs256ClientId())
        return *m_keys[size_t(Algorithm::Es256)];
    if (clientId == Sandbox::oidcPublicEdDsaClientId())
        return *m_keys[size_t(Algorithm::EdDsa)];
    return *m_keys[size_t(Algorithm::Rs256)];
}

std::optional<QPair<QJsonObject, QJsonObject>>
OidcRoutes::verifiedToken(const QByteArray &token) const
{
    for (const auto &key : m_keys) {
        if (auto verified = key->verify(token))
            return verified;
    }
    return std::nullopt;
}

QString OidcRoutes::issuer() const
{
    return m_sandbox.oidcIssuer().toString();
}

void OidcRoutes::setDeviceInterval(int seconds)
{
    m_deviceInterval = qMax(0, seconds);
}

void OidcRoutes::revokeAccessTokens()
{
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it->revoked = true;
}

SandboxResponse OidcRoutes::handle(const SandboxRequest &request, const QString &path)
{
    const auto only = [&request](const QList<QByteArray> &methods) {
        return methods.contains(request.method);
    };
    const auto notAllowed = [](const QByteArray &allow) {
        return SandboxRoutes::methodNotAllowed(
            allow,
            {{QStringLiteral("error"), QStringLiteral("invalid_request")},
             {QStringLiteral("error_description"),
              QStringLiteral("This endpoint accepts %1 only.").arg(QString::fromLatin1(allow))}});
    };
    if (path == QLatin1String("/.well-known/openid-configuration"))
        return metadataResponse(request);
    if (path == QLatin1String("/authorize"))
        return only({"GET", "POST"}) ? authorize(request) : notAllowed("GET, POST");
    if (path == QLatin1String("/token"))
        return only({"POST"}) ? token(request) : notAllowed("POST");
    if (path == QLatin1String("/device_authorization"))
        return only({"POST"}) ? deviceAuthorization(request) : notAllowed("POST");
    if (path == QLatin1String("/device"))
        return only({"GET", "POST"}) ? devicePage(request) : notAllowed("GET, POST");
    if (path == QLatin1String("/userinfo"))
        return only({"GET", "POST"}) ? userinfo(request) : notAllowed("GET, POST");
    if (path == QLatin1String("/revoke"))
        return only({"POST"}) ? revoke(request) : notAllowed("POST");
    if (path == QLatin1String("/jwks"))
        return only({"GET"}) ? jwks() : notAllowed("GET");
    return SandboxResponse::json(
        404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}});
}

QJsonObject OidcRoutes::metadata() const
{
    const QString base = issuer();
    const auto list = [](const QStringList &items) {
        return QJsonArray::fromStringList(items);
    };
    return {
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/authorize")},
        {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
        {QStringLiteral("device_authorization_endpoint"),
         base + QStringLiteral("/device_authorization")},
        {QStringLiteral("userinfo_endpoint"), base + QStringLiteral("/userinfo")},
        {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/revoke")},
        {QStringLiteral("jwks_uri"), base + QStringLiteral("/jwks")},
        {QStringLiteral("response_types_supported"), list({QStringLiteral("code")})},
        {QStringLiteral("response_modes_supported"), list({QStringLiteral("query")})},
        {QStringLiteral("grant_types_supported"),
         list({QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
               QStringLiteral("client_credentials"), DeviceGrant})},
        {QStringLiteral("code_challenge_methods_supported"), list({QStringLiteral("S256")})},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         list({QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
               QStringLiteral("none")})},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"),
         list({QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
               QStringLiteral("none")})},
        {QStringLiteral("scopes_supported"), list(supportedScopes())},
        {QStringLiteral("subject_types_supported"), list({QStringLiteral("public")})},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         list({QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("EdDSA")})},
        {QStringLiteral("claims_supported"),
         list({QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
               QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("auth_time"),
               QStringLiteral("nonce"), QStringLiteral("name"),
               QStringLiteral("preferred_username"), QStringLiteral("email"),
               QStringLiteral("email_verified")})},
    };
}

SandboxResponse OidcRoutes::metadataResponse(const SandboxRequest &request) const
{
    if (request.method != "GET")
        return SandboxRoutes::methodNotAllowed(
            "GET", {{QStringLiteral("error"), QStringLiteral("invalid_request")}});
    return SandboxResponse::json(200, metadata());
}

SandboxResponse OidcRoutes::jwks() const
{
    QJsonArray keys;
    for (const auto &key : m_keys)
        keys.append(key->jwk());
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("keys"), keys}});
}

SandboxResponse OidcRoutes::authorize(const SandboxRequest &request)
{
    const bool post = request.method == "POST";
    if (post && !isFormBody(request))
        return errorPage(400,
                         QStringLiteral("The form must be application/x-www-form-urlencoded."));
    // Raw, not QUrlQuery: RFC 6749 appendix B form-encodes the query, so '+' is a space.
    const qsizetype question = request.target.indexOf('?');
    const QByteArray encoded =
        post ? request.body : (question < 0 ? QByteArray() : request.target.mid(question + 1));
    QString repeated;
    const QHash<QString, QString> fields = uniqueFields(encoded, &repeated);

    // Until the client and its redirect URI are known good, errors go to the person, never to a
    // redirect (RFC 6749 section 4.1.2.1).
    if (!repeated.isEmpty())
        return errorPage(400, QStringLiteral("The parameter %1 is repeated.").arg(repeated));
    const QString clientId = fields.value(QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return errorPage(400, QStringLiteral("The client_id parameter is missing."));
    if (!isKnownClient(clientId))
        return errorPage(400, QStringLiteral("The client %1 is not registered.").arg(clientId));
    const QString redirectUri = fields.value(QStringLiteral("redirect_uri"));
    if (redirectUri.isEmpty())
        return errorPage(400, QStringLiteral("The redirect_uri parameter is missing."));
    if (!isAllowedRedirect(redirectUri)) {
        return errorPage(400, QStringLiteral("The redirect URI %1 is not registered for this "
                                             "client: only http://127.0.0.1 and http://[::1] "
                                             "with any port and path are.")
                                  .arg(redirectUri));
    }

    const bool hasState = fields.contains(QStringLiteral("state"));
    const QString state = fields.value(QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        QList<QPair<QString, QString>> params{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}};
        if (hasState)
            params.append({QStringLiteral("state"), state});
        return redirectTo(redirectUri, params);
    };

    const QString responseType = fields.value(QStringLiteral("response_type"));
    if (responseType.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("The response_type parameter is missing."));
    if (responseType != QLatin1String("code"))
        return fail(QStringLiteral("unsupported_response_type"),
                    QStringLiteral("Only the code response type is supported."));
    QStringList scopes;
    for (const QString &scope :
         fields.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!supportedScopes().contains(scope))
            return fail(QStringLiteral("invalid_scope"),
                        QStringLiteral("Unknown scope %1.").arg(scope));
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (scopes.isEmpty())
        scopes.append(QStringLiteral("openid"));

    const QString challenge = fields.value(QStringLiteral("code_challenge"));
    const bool hasMethod = fields.contains(QStringLiteral("code_challenge_method"));
    const QString method = fields.value(QStringLiteral("code_challenge_method"));
    if (hasMethod && method != QLatin1String("S256"))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("Only the S256 code challenge method is supported."));
    if (!challenge.isEmpty() && !hasMethod) {
        // RFC 7636 section 4.3: no method means plain, which this server does not support.
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("The plain code challenge method is not supported; use S256."));
    }
    if (challenge.isEmpty() && isPublicClient(clientId)) {
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("A public client must send a code_challenge (PKCE)."));
    }
    if (!challenge.isEmpty() && !isPkceString(challenge))
        return fail(QStringLiteral("invalid_request"),
                    QStringLiteral("The code_challenge is malformed."));

    const auto signInPage = [&](const QString &message) {
        static const QStringList carried{
            QStringLiteral("response_type"),  QStringLiteral("client_id"),
            QStringLiteral("redirect_uri"),   QStringLiteral("scope"),
            QStringLiteral("state"),          QStringLiteral("nonce"),
            QStringLiteral("code_challenge"), QStringLiteral("code_challenge_method")};
        QString body;
        if (!message.isEmpty())
            body += QStringLiteral("<p id=\"error\">%1</p>\n").arg(escaped(message));
        body += QStringLiteral("<p>%1 asks for: %2</p>\n")
                    .arg(escaped(clientId), escaped(scopes.join(QLatin1Char(' '))));
        body += QStringLiteral("<form method=\"post\" action=\"/oidc/authorize\">\n");
        body += hiddenInputs(fields, carried);
        body +=
            QStringLiteral(
                "<label>User name <input name=\"username\" autocomplete=\"username\" value=\"%1\">"
                "</label>\n<label>Password <input type=\"password\" name=\"password\" "
                "autocomplete=\"current-password\"></label>\n"
                "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n"
                "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n</form>\n")
                .arg(escaped(fields.value(QStringLiteral("username"))));
        return htmlPage(200, QStringLiteral("Sign in to the Tokenbench sandbox"), body);
    };
    if (!post)
        return signInPage({});

    const QString decision = fields.value(QStringLiteral("decision"));
    if (decision == QLatin1String("deny"))
        return fail(QStringLiteral("access_denied"), QStringLiteral("The user denied access."));
    if (decision != QLatin1String("allow"))
        return signInPage(QStringLiteral("Choose Allow or Deny."));
    if (fields.value(QStringLiteral("username")) != Sandbox::oidcUsername() ||
        fields.value(QStringLiteral("password")) != Sandbox::oidcPassword())
        return signInPage(QStringLiteral("The user name or password is wrong."));

    dropExpired();
    AuthorizationCode code;
    code.clientId = clientId;
    code.redirectUri = redirectUri;
    code.challenge = challenge;
    code.nonce = fields.value(QStringLiteral("nonce"));
    code.scopes = scopes;
    code.authTime = m_sandbox.nowMs() / 1000;
    code.expiresMs = m_sandbox.nowMs() + m_sandbox.realMsFor(CodeLifetimeSeconds);
    const QString value = QString::fromLatin1(randomToken(32));
    m_codes.insert(value, code);
    QList<QPair<QString, QString>> params{{QStringLiteral("code"), value}};
    if (hasState)
        params.append({QStringLiteral("state"), state});
    return redirectTo(redirectUri, params);
}

std::optional<SandboxResponse> OidcRoutes::authenticateClient(const SandboxRequest &request,
                                                              const QHash<QString, QString> &fields,
                                                              QString *clientId) const
{
    const auto auth = SandboxRoutes::authorization(request);
    const bool basic =
        auth && auth->scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0;
    const bool bodyId = fields.contains(QStringLiteral("client_id"));
    const bool bodySecret = fields.contains(QStringLiteral("client_secret"));
    QString id;
    QString secret;
    if (basic) {
        const auto credentials = SandboxRoutes::basicCredentials(auth->credentials);
        if (!credentials)
            return invalidClient(true, QStringLiteral("The Basic credentials are malformed."));
        id = formDecoded(credentials->first);
        secret = formDecoded(credentials->second);
        // RFC 6749 section 2.3: one authentication method per request.
        if (bodySecret || (bodyId && fields.value(QStringLiteral("client_id")) != id)) {
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The client used more than one authentication "
                                             "method."));
        }
    } else {
        id = fields.value(QStringLiteral("client_id"));
        secret = fields.value(QStringLiteral("client_secret"));
    }
    if (id.isEmpty())
        return invalidClient(basic, QStringLiteral("Client authentication is required."));
    if (!isKnownClient(id))
        return invalidClient(basic, QStringLiteral("Unknown client."));
    if (isPublicClient(id) ? !secret.isEmpty() : secret != Sandbox::oidcClientSecret())
        return invalidClient(basic, QStringLiteral("Client authentication failed."));
    *clientId = id;
    return std::nullopt;
}

SandboxResponse OidcRoutes::token(const SandboxRequest &request)
{
    QHash<QString, QString> fields;
    if (const auto refused = formOf(request, &fields))
        return *refused;
    const QString grantType = fields.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The grant_type parameter is missing."));
    QString clientId;
    if (const auto failure = authenticateClient(request, fields, &clientId))
        return *failure;
    dropExpired();
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(fields, clientId);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(fields, clientId);
    if (grantType == DeviceGrant)
        return deviceCodeGrant(fields, clientId);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentialsGrant(fields, clientId);
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("The grant type %1 is not supported.").arg(grantType));
}

SandboxResponse OidcRoutes::authorizationCodeGrant(const QHash<QString, QString> &fields,
                                                   const QString &clientId)
{
    const QString value = fields.value(QStringLiteral("code"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The code parameter is missing."));
    const auto invalidGrant = [](const QString &description) {
        return oauthError(400, QStringLiteral("invalid_grant"), description);
    };
    auto it = m_codes.find(value);
    if (it == m_codes.end() || m_sandbox.nowMs() >= it->expiresMs)
        return invalidGrant(QStringLiteral("The authorization code is not valid or has expired."));
    if (it->used) {
        // RFC 6749 section 4.1.2: a code used twice revokes what it already gave.
        revokeGrant(it->grantId);
        return invalidGrant(QStringLiteral("The authorization code was already used; the tokens "
                                           "issued from it are revoked."));
    }
    if (it->clientId != clientId)
        return invalidGrant(QStringLiteral("The authorization code was issued to another client."));
    if (fields.value(QStringLiteral("redirect_uri")) != it->redirectUri)
        return invalidGrant(
            QStringLiteral("The redirect_uri differs from the one in the authorization request."));
    const bool hasVerifier = fields.contains(QStringLiteral("code_verifier"));
    const QString verifier = fields.value(QStringLiteral("code_verifier"));
    if (it->challenge.isEmpty()) {
        // A verifier without a challenge would let PKCE be stripped from the request unnoticed.
        if (hasVerifier)
            return invalidGrant(QStringLiteral("A code_verifier was sent but the authorization "
                                               "request had no code_challenge."));
    } else {
        if (!hasVerifier)
            return invalidGrant(QStringLiteral("The code_verifier parameter is missing."));
        if (!isPkceString(verifier))
            return invalidGrant(QStringLiteral("The code_verifier must be 43 to 128 unreserved "
                                               "characters."));
        // RFC 7636 section 4.6.
        const QByteArray computed = Base64Url::encode(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
        if (computed != it->challenge.toLatin1())
            return invalidGrant(QStringLiteral("The code_verifier does not match the "
                                               "code_challenge."));
    }
    it->used = true;
    it->grantId = newGrant(clientId, it->scopes, it->authTime);
    return issueTokens(clientId, it->grantId, it->scopes, it->nonce);
}

SandboxResponse OidcRoutes::refreshTokenGrant(const QHash<QString, QString> &fields,
                                              const QString &clientId)
{
    const QString value = fields.value(QStringLiteral("refresh_token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The refresh_token parameter is missing."));
    const auto invalidGrant = [](const QString &description) {
        return oauthError(400, QStringLiteral("invalid_grant"), description);
    };
    const auto it = m_refreshTokens.find(value);
    if (it == m_refreshTokens.end())
        return invalidGrant(QStringLiteral("The refresh token is not valid."));
    const QString grantId = it->grantId;
    const Grant grant = m_grants.value(grantId);
    if (grant.clientId != clientId)
        return invalidGrant(QStringLiteral("The refresh token was issued to another client."));
    if (it->rotated) {
        // OAuth 2.0 Security BCP: a rotated token coming back means two parties hold the
        // family; end it for both.
        revokeGrant(grantId);
        return invalidGrant(QStringLiteral("The refresh token was already used; every token of "
                                           "this grant is revoked."));
    }
    if (grant.revoked)
        return invalidGrant(QStringLiteral("The refresh token has been revoked."));
    QStringList scopes = grant.scopes;
    if (fields.contains(QStringLiteral("scope"))) {
        // RFC 6749 section 6: a narrower scope, never a wider one.
        scopes = fields.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &scope : scopes) {
            if (!grant.scopes.contains(scope))
                return oauthError(400, QStringLiteral("invalid_scope"),
                                  QStringLiteral("The scope %1 was not granted.").arg(scope));
        }
        scopes.removeDuplicates();
    }
    it->rotated = true;
    return issueTokens(clientId, grantId, scopes, {});
}

SandboxResponse OidcRoutes::deviceCodeGrant(const QHash<QString, QString> &fields,
                                            const QString &clientId)
{
    const QString value = fields.value(QStringLiteral("device_code"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The device_code parameter is missing."));
    const auto it = m_devices.find(value);
    if (it == m_devices.end())
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device code is not valid."));
    if (it->clientId != clientId)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device code was issued to another client."));
    const qint64 now = m_sandbox.nowMs();
    // RFC 8628 section 3.5.
    if (now >= it->expiresMs)
        return oauthError(400, QStringLiteral("expired_token"),
                          QStringLiteral("The device code has expired."));
    if (it->state == DeviceAuthorization::State::Used)
        return oauthError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("The device code was already used."));
    if (it->state == DeviceAuthorization::State::Denied)
        return oauthError(400, QStringLiteral("access_denied"),
                          QStringLiteral("The user denied the authorization."));
    const qint64 intervalMs = it->interval > 0 ? m_sandbox.realMsFor(it->interval) : 0;
    const qint64 lastPoll = it->lastPollMs;
    it->lastPollMs = now;
    if (lastPoll >= 0 && now - lastPoll < intervalMs) {
        it->interval += 5;
        return oauthError(
            400, QStringLiteral("slow_down"),
            QStringLiteral("Polled too often; wait %1 seconds between polls.").arg(it->interval));
    }
    if (it->state == DeviceAuthorization::State::Pending)
        return oauthError(400, QStringLiteral("authorization_pending"),
                          QStringLiteral("The user has not answered yet."));
    it->state = DeviceAuthorization::State::Used;
    const QString grantId = newGrant(clientId, it->scopes, it->authTime);
    return issueTokens(clientId, grantId, it->scopes, {});
}

SandboxResponse OidcRoutes::clientCredentialsGrant(const QHash<QString, QString> &fields,
                                                   const QString &clientId)
{
    if (isPublicClient(clientId))
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("A public client cannot use client credentials."));
    QStringList scopes =
        fields.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        // No user signs in, so there is nothing for openid, profile or email to describe.
        if (!supportedScopes().contains(scope) || scope == QLatin1String("openid") ||
            scope == QLatin1String("offline_access"))
            return oauthError(400, QStringLiteral("invalid_scope"),
                              QStringLiteral("The scope %1 is not available to client "
                                             "credentials.")
                                  .arg(scope));
    }
    scopes.removeDuplicates();
    return issueTokens(clientId, {}, scopes, {});
}

QString OidcRoutes::newGrant(const QString &clientId, const QStringList &scopes, qint64 authTime)
{
    const QString id = QString::fromLatin1(SandboxRoutes::randomHex(12));
    m_grants.insert(id, Grant{clientId, scopes, authTime, false});
    return id;
}

void OidcRoutes::revokeGrant(const QString &grantId)
{
    if (grantId.isEmpty())
        return;
    auto grant = m_grants.find(grantId);
    if (grant != m_grants.end())
        grant->revoked = true;
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it) {
        if (it->grantId == grantId)
            it->revoked = true;
    }
}

SandboxResponse OidcRoutes::issueTokens(const QString &clientId, const QString &grantId,
                                        const QStringList &scopes, const QString &nonce)
{
    const bool forUser = !grantId.isEmpty();
    const Grant grant = m_grants.value(grantId);
    const QString subject = forUser ? Sandbox::oidcUserSubject() : clientId;
    const QJsonObject times = m_sandbox.timeClaims(Sandbox::Vendor::Oidc);
    const QString scope = scopes.join(QLatin1Char(' '));
    const QString jti = QString::fromLatin1(SandboxRoutes::randomHex(12));

    // RFC 9068's profile of a JWT access token.
    QJsonObject access{{QStringLiteral("iss"), issuer()},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("aud"), issuer()},
                       {QStringLiteral("client_id"), clientId},
                       {QStringLiteral("jti"), jti}};
    if (!scope.isEmpty())
        access.insert(QStringLiteral("scope"), scope);
    if (forUser)
        access.insert(QStringLiteral("auth_time"), grant.authTime);
    for (auto it = times.begin(); it != times.end(); ++it)
        access.insert(it.key(), it.value());
    const QByteArray accessToken = signingKeyFor(clientId).sign(QStringLiteral("at+jwt"), access);
    m_accessTokens.insert(jti, AccessRecord{clientId, grantId, false});

    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), m_sandbox.expiresIn(Sandbox::Vendor::Oidc)}};
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    if (forUser && grant.scopes.contains(QLatin1String("offline_access"))) {
        const QString refresh = QString::fromLatin1(randomToken(32));
        m_refreshTokens.insert(refresh, RefreshRecord{grantId, false});
        body.insert(QStringLiteral("refresh_token"), refresh);
    }
    if (forUser && scopes.contains(QLatin1String("openid"))) {
        // OpenID Connect Core 1.0 section 2, and at_hash from section 3.1.3.6.
        const QByteArray digest = QCryptographicHash::hash(accessToken, QCryptographicHash::Sha256);
        QJsonObject id{{QStringLiteral("iss"), issuer()},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("aud"), clientId},
                       {QStringLiteral("iat"), times.value(QLatin1String("iat"))},
                       {QStringLiteral("exp"), times.value(QLatin1String("exp"))},
                       {QStringLiteral("auth_time"), grant.authTime},
                       {QStringLiteral("at_hash"),
                        QString::fromLatin1(Base64Url::encode(digest.left(digest.size() / 2)))}};
        if (!nonce.isEmpty())
            id.insert(QStringLiteral("nonce"), nonce);
        if (scopes.contains(QLatin1String("profile"))) {
            id.insert(QStringLiteral("name"), Sandbox::oidcUserFullName());
            id.insert(QStringLiteral("preferred_username"), Sandbox::oidcUsername());
        }
        if (scopes.contains(QLatin1String("email"))) {
            id.insert(QStringLiteral("email"), Sandbox::oidcUserEmail());
            id.insert(QStringLiteral("email_verified"), true);
        }
        body.insert(QStringLiteral("id_token"),
                    QString::fromLatin1(signingKeyFor(clientId).sign(QStringLiteral("JWT"), id)));
    }
    return noStore(SandboxResponse::json(200, body));
}

SandboxResponse OidcRoutes::deviceAuthorization(const SandboxRequest &request)
{
    QHash<QString, QString> fields;
    if (const auto refused = formOf(request, &fields))
        return *refused;
    QString clientId;
    if (const auto failure = authenticateClient(request, fields, &clientId))
        return *failure;
    QStringList scopes;
    for (const QString &scope :
         fields.value(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!supportedScopes().contains(scope))
            return oauthError(400, QStringLiteral("invalid_scope"),
                              QStringLiteral("Unknown scope %1.").arg(scope));
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (scopes.isEmpty())
        scopes.append(QStringLiteral("openid"));

    dropExpired();
    QString userCode;
    do {
        userCode.clear();
        for (int i = 0; i < 8; ++i)
            userCode += QLatin1Char(UserCodeAlphabet.at(
                int(QRandomGenerator::system()->bounded(int(UserCodeAlphabet.size())))));
    } while (m_userCodes.contains(userCode));
    DeviceAuthorization device;
    device.clientId = clientId;
    device.scopes = scopes;
    device.userCode = userCode;
    device.expiresMs = m_sandbox.nowMs() + m_sandbox.realMsFor(DeviceCodeLifetimeSeconds);
    device.interval = m_deviceInterval;
    const QString deviceCode = QString::fromLatin1(randomToken(32));
    m_devices.insert(deviceCode, device);
    m_userCodes.insert(userCode, deviceCode);

    const QString verification = issuer() + QStringLiteral("/device");
    // Lifetimes in real seconds, as the client counts them.
    const qint64 intervalSeconds =
        m_deviceInterval > 0 ? qMax<qint64>(1, (m_sandbox.realMsFor(m_deviceInterval) + 999) / 1000)
                             : 0;
    return noStore(SandboxResponse::json(
        200, QJsonObject{
                 {QStringLiteral("device_code"), deviceCode},
                 {QStringLiteral("user_code"), displayedUserCode(userCode)},
                 {QStringLiteral("verification_uri"), verification},
                 {QStringLiteral("verification_uri_complete"),
                  verification + QStringLiteral("?user_code=") + displayedUserCode(userCode)},
                 {QStringLiteral("expires_in"),
                  qMax<qint64>(1, (m_sandbox.realMsFor(DeviceCodeLifetimeSeconds) + 500) / 1000)},
                 {QStringLiteral("interval"), intervalSeconds}}));
}

SandboxResponse OidcRoutes::devicePage(const SandboxRequest &request)
{
    const bool post = request.method == "POST";
    if (post && !isFormBody(request))
        return errorPage(400,
                         QStringLiteral("The form must be application/x-www-form-urlencoded."));
    QHash<QString, QString> fields;
    if (post) {
        QString repeated;
        fields = uniqueFields(request.body, &repeated);
    } else {
        const qsizetype question = request.target.indexOf('?');
        QString repeated;
        if (question >= 0)
            fields = uniqueFields(request.target.mid(question + 1), &repeated);
    }
    const QString title = QStringLiteral("Connect a device to the Tokenbench sandbox");
    const auto form = [&](const QString &message) {
        QString body;
        if (!message.isEmpty())
            body += QStringLiteral("<p id=\"error\">%1</p>\n").arg(escaped(message));
        body += QStringLiteral(
                    "<form method=\"post\" action=\"/oidc/device\">\n"
                    "<label>Code <input name=\"user_code\" value=\"%1\"></label>\n"
                    "<label>User name <input name=\"username\" autocomplete=\"username\" "
                    "value=\"%2\"></label>\n"
                    "<label>Password <input type=\"password\" name=\"password\" "
                    "autocomplete=\"current-password\"></label>\n"
                    "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>\n"
                    "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button>\n"
                    "</form>\n")
                    .arg(escaped(fields.value(QStringLiteral("user_code"))),
                         escaped(fields.value(QStringLiteral("username"))));
        return htmlPage(200, title, body);
    };
    if (!post)
        return form({});

    const QString userCode = normalizedUserCode(fields.value(QStringLiteral("user_code")));
    const QString deviceCode = m_userCodes.value(userCode);
    const auto it = m_devices.find(deviceCode);
    if (deviceCode.isEmpty() || it == m_devices.end() || m_sandbox.nowMs() >= it->expiresMs)
        return form(QStringLiteral("That code is not valid or has expired."));
    if (it->state != DeviceAuthorization::State::Pending)
        return form(QStringLiteral("That code has already been answered."));
    const auto done = [&](const QString &text) {
        return htmlPage(200, title, QStringLiteral("<p id=\"done\">%1</p>\n").arg(escaped(text)));
    };
    const QString decision = fields.value(QStringLiteral("decision"));
    if (decision == QLatin1String("deny")) {
        it->state = DeviceAuthorization::State::Denied;
        return done(QStringLiteral("Access denied. You can close this page."));
    }
    if (decision != QLatin1String("allow"))
        return form(QStringLiteral("Choose Allow or Deny."));
    if (fields.value(QStringLiteral("username")) != Sandbox::oidcUsername() ||
        fields.value(QStringLiteral("password")) != Sandbox::oidcPassword())
        return form(QStringLiteral("The user name or password is wrong."));
    it->state = DeviceAuthorization::State::Approved;
    it->authTime = m_sandbox.nowMs() / 1000;
    return done(QStringLiteral("The device is connected. Go back to it; you can close this page."));
}

std::optional<QJsonObject> OidcRoutes::validAccessToken(const QByteArray &token,
                                                        QString *problem) const
{
    const auto verified = verifiedToken(token);
    // An ID token is no access token (RFC 9068 section 4: check typ).
    if (!verified ||
        verified->first.value(QLatin1String("typ")).toString() != QLatin1String("at+jwt")) {
        *problem = QStringLiteral("The access token is not valid.");
        return std::nullopt;
    }
    const QJsonObject &claims = verified->second;
    const auto record = m_accessTokens.constFind(claims.value(QLatin1String("jti")).toString());
    if (record == m_accessTokens.constEnd() || record->revoked ||
        m_grants.value(record->grantId).revoked) {
        *problem = QStringLiteral("The access token has been revoked.");
        return std::nullopt;
    }
    if (double(m_sandbox.nowMs()) / 1000.0 >= claims.value(QLatin1String("exp")).toDouble()) {
        *problem = QStringLiteral("The access token expired.");
        return std::nullopt;
    }
    return claims;
}

SandboxResponse OidcRoutes::userinfo(const SandboxRequest &request)
{
    const auto auth = SandboxRoutes::authorization(request);
    if (!auth || auth->scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        // RFC 6750 section 3.1: a request without a token gets a challenge with no error code.
        return SandboxResponse::json(
                   401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                    {QStringLiteral("error_description"),
                                     QStringLiteral("A Bearer access token is required.")}})
            .addHeader("WWW-Authenticate", "Bearer realm=\"sandbox\"");
    }
    QString problem;
    const auto claims = validAccessToken(auth->credentials, &problem);
    if (!claims) {
        return SandboxResponse::json(
                   401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                                    {QStringLiteral("error_description"), problem}})
            .addHeader("WWW-Authenticate", "Bearer realm=\"sandbox\", error=\"invalid_token\", "
                                           "error_description=\"" +
                                               problem.toLatin1() + '"');
    }
    const QStringList scopes =
        claims->value(QLatin1String("scope")).toString().split(QLatin1Char(' '));
    if (!scopes.contains(QLatin1String("openid"))) {
        return SandboxResponse::json(
                   403,
                   QJsonObject{{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                               {QStringLiteral("error_description"),
                                QStringLiteral("The userinfo endpoint needs the openid scope.")}})
            .addHeader("WWW-Authenticate",
                       "Bearer realm=\"sandbox\", error=\"insufficient_scope\", scope=\"openid\"");
    }
    QJsonObject body{{QStringLiteral("sub"), claims->value(QLatin1String("sub"))}};
    if (scopes.contains(QLatin1String("profile"))) {
        body.insert(QStringLiteral("name"), Sandbox::oidcUserFullName());
        body.insert(QStringLiteral("preferred_username"), Sandbox::oidcUsername());
    }
    if (scopes.contains(QLatin1String("email"))) {
        body.insert(QStringLiteral("email"), Sandbox::oidcUserEmail());
        body.insert(QStringLiteral("email_verified"), true);
    }
    return noStore(SandboxResponse::json(200, body));
}

SandboxResponse OidcRoutes::revoke(const SandboxRequest &request)
{
    QHash<QString, QString> fields;
    if (const auto refused = formOf(request, &fields))
        return *refused;
    QString clientId;
    if (const auto failure = authenticateClient(request, fields, &clientId))
        return *failure;
    const QString value = fields.value(QStringLiteral("token"));
    if (value.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The token parameter is missing."));
    const auto notYours = [] {
        // RFC 7009 section 2.1: a token of another client is refused.
        return oauthError(400, QStringLiteral("unauthorized_client"),
                          QStringLiteral("The token was issued to another client."));
    };
    // The hint only speeds up the look-up (RFC 7009 section 2.1), so both kinds are tried.
    const auto refresh = m_refreshTokens.constFind(value);
    if (refresh != m_refreshTokens.constEnd()) {
        if (m_grants.value(refresh->grantId).clientId != clientId)
            return notYours();
        // A refresh token takes its grant's access tokens with it (RFC 7009 section 2.1).
        revokeGrant(refresh->grantId);
    } else if (const auto verified = verifiedToken(value.toLatin1())) {
        const auto access =
            m_accessTokens.find(verified->second.value(QLatin1String("jti")).toString());
        if (access != m_accessTokens.end()) {
            if (access->clientId != clientId)
                return notYours();
            access->revoked = true;
        }
    }
    // An unknown or already revoked token is no error (RFC 7009 section 2.2).
    return noStore(SandboxResponse::empty(200));
}

void OidcRoutes::dropExpired()
{
    const qint64 now = m_sandbox.nowMs();
    for (auto it = m_codes.begin(); it != m_codes.end();) {
        // Used codes stay while they live, so a second use is recognised as such.
        if (now >= it->expiresMs)
            it = m_codes.erase(it);
        else
            ++it;
    }
    for (auto it = m_devices.begin(); it != m_devices.end();) {
        // Expired device codes stay a while, so a late poll hears expired_token.
        if (now >= it->expiresMs + m_sandbox.realMsFor(DeviceCodeLifetimeSeconds)) {
            m_userCodes.remove(it->userCode);
            it = m_devices.erase(it);
        } else {
            ++it;
        }
    }
}
