#include "Sandbox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Fields = QList<QPair<QString, QString>>;

namespace {
// RFC 7636 appendix B.
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString Challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
const QString Redirect = QStringLiteral("http://127.0.0.1:53123/callback");
const QString DeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QByteArray base64UrlDecode(const QByteArray &text)
{
    return QByteArray::fromBase64(text,
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtPart(const QString &jwt, int index)
{
    return QJsonDocument::fromJson(base64UrlDecode(jwt.toLatin1().split('.').value(index)))
        .object();
}

// Checks an RS256 signature with the public key of a JWK, through OpenSSL, as a relying party
// would: nothing of the sandbox's own code takes part.
bool rs256Valid(const QString &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return false;
    const QByteArray n = base64UrlDecode(jwk.value(QLatin1String("n")).toString().toLatin1());
    const QByteArray e = base64UrlDecode(jwk.value(QLatin1String("e")).toString().toLatin1());
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *keyContext = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *key = nullptr;
    const bool haveKey = keyContext && EVP_PKEY_fromdata_init(keyContext) == 1 &&
                         EVP_PKEY_fromdata(keyContext, &key, EVP_PKEY_PUBLIC_KEY, params) == 1;
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = base64UrlDecode(parts.at(2));
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool valid =
        haveKey && EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(keyContext);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return valid;
}

// The JWS signature of a token with one byte changed.
QString withChangedSignature(const QString &jwt)
{
    QList<QByteArray> parts = jwt.toLatin1().split('.');
    QByteArray signature = base64UrlDecode(parts.value(2));
    if (signature.isEmpty())
        return jwt;
    signature[10] = char(signature.at(10) ^ 0x01);
    parts[2] = signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(parts.join('.'));
}

// Checks a signature with OpenSSL against the public key `key`; `digest` is nullptr for Ed25519.
bool digestVerifies(EVP_PKEY *key, const EVP_MD *digest, const QByteArray &input,
                    const QByteArray &signature)
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    const bool valid =
        key && context && EVP_DigestVerifyInit(context, nullptr, digest, nullptr, key) == 1 &&
        EVP_DigestVerify(context, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    EVP_MD_CTX_free(context);
    return valid;
}

// An ES256 signature (RFC 7518 section 3.4: R and S, 32 bytes each, not DER) checked against an
// EC P-256 JWK (RFC 7518 section 6.2).
bool es256Valid(const QString &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3 || jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return false;
    const QByteArray x = base64UrlDecode(jwk.value(QLatin1String("x")).toString().toLatin1());
    const QByteArray y = base64UrlDecode(jwk.value(QLatin1String("y")).toString().toLatin1());
    const QByteArray raw = base64UrlDecode(parts.at(2));
    if (x.size() != 32 || y.size() != 32 || raw.size() != 64)
        return false;
    const QByteArray point = '\x04' + x + y;
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     size_t(point.size()));
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *keyContext = EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr);
    EVP_PKEY *key = nullptr;
    if (keyContext && EVP_PKEY_fromdata_init(keyContext) == 1)
        EVP_PKEY_fromdata(keyContext, &key, EVP_PKEY_PUBLIC_KEY, params);
    // OpenSSL verifies DER, so R and S are put into an ECDSA-Sig-Value.
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, BN_bin2bn(in, 32, nullptr), BN_bin2bn(in + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    const bool valid =
        derLength > 0 && digestVerifies(key, EVP_sha256(), parts.at(0) + '.' + parts.at(1),
                                        QByteArray(reinterpret_cast<const char *>(der), derLength));
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(keyContext);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    return valid;
}

// An EdDSA signature checked against an Ed25519 OKP JWK (RFC 8037 sections 2 and 3.1).
bool eddsaValid(const QString &jwt, const QJsonObject &jwk)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3 || jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
        return false;
    const QByteArray x = base64UrlDecode(jwk.value(QLatin1String("x")).toString().toLatin1());
    EVP_PKEY *key = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(x.constData()),
        size_t(x.size()));
    const bool valid =
        digestVerifies(key, nullptr, parts.at(0) + '.' + parts.at(1), base64UrlDecode(parts.at(2)));
    EVP_PKEY_free(key);
    return valid;
}

QByteArray formEncoded(const Fields &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

QByteArray basic(const QString &user, const QString &password)
{
    // RFC 6749 section 2.3.1: each part form-encoded first.
    return "Basic " +
           (QUrl::toPercentEncoding(user) + ':' + QUrl::toPercentEncoding(password)).toBase64();
}
} // namespace

// Drives the sandbox's OpenID provider with a plain QNetworkAccessManager, the way the RFCs
// describe a client, and checks each answer against those RFCs.
class TstSandboxOidc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void discovery();
    void authorizationCodeRfc7636Example();
    void ecAndEdwardsKeys_data();
    void ecAndEdwardsKeys();
    void wrongVerifierRefused();
    void codeExpires();
    void authorizeErrorsRedirect();
    void unregisteredRedirectRefused_data();
    void unregisteredRedirectRefused();
    void confidentialClient();
    void refreshRotation();
    void deviceFlow();
    void deviceDenied();
    void deviceExpired();
    void userinfo();
    void revocation();
    void revokeTokensHook();
    void executableDeviceInterval();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(QByteArrayView name) const
        {
            for (const auto &h : headers) {
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            }
            return {};
        }
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString string(const char *key) const
        {
            return json().value(QLatin1String(key)).toString();
        }
        // The parameters of the Location header's query, decoded as a form (RFC 6749 appendix B).
        QHash<QString, QString> redirectQuery() const
        {
            const QByteArray location = header("Location");
            QHash<QString, QString> params;
            const qsizetype question = location.indexOf('?');
            if (question < 0)
                return params;
            for (QByteArray pair : location.mid(question + 1).split('&')) {
                pair.replace('+', ' ');
                const qsizetype eq = pair.indexOf('=');
                params.insert(QUrl::fromPercentEncoding(pair.left(eq)),
                              eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1)));
            }
            return params;
        }
    };

    Reply send(const QByteArray &method, const QString &path, const Headers &headers = {},
               const QByteArray &body = {});
    Reply post(const QString &path, const Fields &fields, const Headers &headers = {})
    {
        Headers h = headers;
        h.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        return send("POST", path, h, formEncoded(fields));
    }
    Fields authorizeFields(
        const QString &state = QStringLiteral("xyz"),
        const QString &scope = QStringLiteral("openid profile email offline_access")) const;
    // Signs ada in and allows; the code from the redirect, or an empty string.
    QString signIn(const Fields &fields);
    // A code for the public client and RFC 7636's example verifier, exchanged for tokens.
    QJsonObject
    publicTokens(const QString &scope = QStringLiteral("openid profile email offline_access"));
    Reply userinfoWith(const QString &accessToken)
    {
        return send("GET", QStringLiteral("/oidc/userinfo"),
                    {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    }

    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
};

TstSandboxOidc::Reply TstSandboxOidc::send(const QByteArray &method, const QString &path,
                                           const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + path));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(12000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Fields TstSandboxOidc::authorizeFields(const QString &state, const QString &scope) const
{
    return {{QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
            {QStringLiteral("redirect_uri"), Redirect},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("state"), state},
            {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
            {QStringLiteral("code_challenge"), Challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
}

QString TstSandboxOidc::signIn(const Fields &fields)
{
    Fields form = fields;
    form.append({QStringLiteral("username"), Sandbox::oidcUsername()});
    form.append({QStringLiteral("password"), Sandbox::oidcPassword()});
    form.append({QStringLiteral("decision"), QStringLiteral("allow")});
    const Reply r = post(QStringLiteral("/oidc/authorize"), form);
    if (r.status != 302)
        return {};
    return r.redirectQuery().value(QStringLiteral("code"));
}

QJsonObject TstSandboxOidc::publicTokens(const QString &scope)
{
    const QString code = signIn(authorizeFields(QStringLiteral("s"), scope));
    return post(QStringLiteral("/oidc/token"),
                {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), Redirect},
                 {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
                 {QStringLiteral("code_verifier"), Verifier}})
        .json();
}

void TstSandboxOidc::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->listen());
}

void TstSandboxOidc::init()
{
    m_sandbox->setClockSpeed(1.0);
    m_sandbox->setTokenLifetime(Sandbox::Vendor::Oidc, 3600);
    m_sandbox->setDeviceInterval(5);
}

void TstSandboxOidc::discovery()
{
    const QString issuer = m_sandbox->oidcIssuer().toString();
    QCOMPARE(issuer, m_sandbox->baseUrl().toString() + QStringLiteral("/oidc"));
    // OpenID Connect Discovery 1.0 section 4, and RFC 8414 section 3 for an issuer with a path.
    for (const char *path : {"/oidc/.well-known/openid-configuration",
                             "/.well-known/oauth-authorization-server/oidc"}) {
        const Reply r = send("GET", QString::fromLatin1(path));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QLatin1String("issuer")).toString(), issuer);
        QCOMPARE(doc.value(QLatin1String("authorization_endpoint")).toString(),
                 issuer + QStringLiteral("/authorize"));
        QCOMPARE(doc.value(QLatin1String("token_endpoint")).toString(),
                 issuer + QStringLiteral("/token"));
        QCOMPARE(doc.value(QLatin1String("device_authorization_endpoint")).toString(),
                 issuer + QStringLiteral("/device_authorization"));
        QCOMPARE(doc.value(QLatin1String("userinfo_endpoint")).toString(),
                 issuer + QStringLiteral("/userinfo"));
        QCOMPARE(doc.value(QLatin1String("revocation_endpoint")).toString(),
                 issuer + QStringLiteral("/revoke"));
        QCOMPARE(doc.value(QLatin1String("jwks_uri")).toString(), issuer + QStringLiteral("/jwks"));
        const auto list = [&doc](const char *key) {
            QStringList items;
            for (const QJsonValue &v : doc.value(QLatin1String(key)).toArray())
                items.append(v.toString());
            return items;
        };
        QCOMPARE(list("response_types_supported"), QStringList{QStringLiteral("code")});
        QCOMPARE(list("code_challenge_methods_supported"), QStringList{QStringLiteral("S256")});
        QCOMPARE(list("grant_types_supported"),
                 (QStringList{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                              QStringLiteral("client_credentials"), DeviceGrant}));
        QCOMPARE(list("token_endpoint_auth_methods_supported"),
                 (QStringList{QStringLiteral("client_secret_basic"),
                              QStringLiteral("client_secret_post"), QStringLiteral("none")}));
        QCOMPARE(list("scopes_supported"),
                 (QStringList{QStringLiteral("openid"), QStringLiteral("profile"),
                              QStringLiteral("email"), QStringLiteral("offline_access")}));
        QCOMPARE(list("subject_types_supported"), QStringList{QStringLiteral("public")});
        QCOMPARE(list("id_token_signing_alg_values_supported"),
                 (QStringList{QStringLiteral("RS256"), QStringLiteral("ES256"),
                              QStringLiteral("EdDSA")}));
    }
    QCOMPARE(send("POST", QStringLiteral("/oidc/.well-known/openid-configuration")).status, 405);

    const Reply keys = send("GET", QStringLiteral("/oidc/jwks"));
    QCOMPARE(keys.status, 200);
    const QJsonArray list = keys.json().value(QLatin1String("keys")).toArray();
    QCOMPARE(list.size(), 3);
    for (const auto &entry : list) {
        const QJsonObject jwk = entry.toObject();
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QVERIFY(!jwk.value(QLatin1String("kid")).toString().isEmpty());
    }
    const QJsonObject key = list.first().toObject();
    QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(key.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QVERIFY(!key.value(QLatin1String("kid")).toString().isEmpty());
    QCOMPARE(base64UrlDecode(key.value(QLatin1String("n")).toString().toLatin1()).size(), 256);
    QCOMPARE(key.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));

    // The sandbox's own API document lists the provider too.
    const QJsonObject paths = send("GET", QStringLiteral("/openapi.json"))
                                  .json()
                                  .value(QLatin1String("paths"))
                                  .toObject();
    for (const char *path :
         {"/oidc/.well-known/openid-configuration", "/oidc/authorize", "/oidc/token",
          "/oidc/device_authorization", "/oidc/userinfo", "/oidc/revoke", "/oidc/jwks"})
        QVERIFY2(paths.contains(QLatin1String(path)), path);
}

void TstSandboxOidc::authorizationCodeRfc7636Example()
{
    // A state with characters a sloppy encoder would change; it must come back byte for byte.
    const QString state = QStringLiteral("a+b c/d&e=f%41é");
    const Fields fields = authorizeFields(state);
    const QByteArray encoded = formEncoded(fields);
    const Reply page =
        send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(encoded));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(QLatin1String("<form method=\"post\" action=\"/oidc/authorize\">")));
    QVERIFY(html.contains(QLatin1String("name=\"username\"")));
    QVERIFY(html.contains(QLatin1String("type=\"password\" name=\"password\"")));
    QVERIFY(html.contains(QLatin1String("name=\"decision\" value=\"allow\"")));
    QVERIFY(html.contains(QLatin1String("name=\"decision\" value=\"deny\"")));
    QVERIFY(html.contains(QStringLiteral("name=\"code_challenge\" value=\"%1\"").arg(Challenge)));
    QVERIFY(
        html.contains(QStringLiteral("name=\"state\" value=\"%1\"").arg(state.toHtmlEscaped())));

    // A wrong password shows the page again.
    Fields wrong = fields;
    wrong.append({QStringLiteral("username"), Sandbox::oidcUsername()});
    wrong.append({QStringLiteral("password"), QStringLiteral("not-it")});
    wrong.append({QStringLiteral("decision"), QStringLiteral("allow")});
    const Reply again = post(QStringLiteral("/oidc/authorize"), wrong);
    QCOMPARE(again.status, 200);
    QVERIFY(again.body.contains("wrong"));
    QVERIFY(again.header("Location").isEmpty());

    Fields allow = fields;
    allow.append({QStringLiteral("username"), Sandbox::oidcUsername()});
    allow.append({QStringLiteral("password"), Sandbox::oidcPassword()});
    allow.append({QStringLiteral("decision"), QStringLiteral("allow")});
    const Reply redirect = post(QStringLiteral("/oidc/authorize"), allow);
    QCOMPARE(redirect.status, 302);
    const QString location = QString::fromUtf8(redirect.header("Location"));
    QVERIFY2(location.startsWith(Redirect + QLatin1Char('?')), qPrintable(location));
    const auto back = redirect.redirectQuery();
    QCOMPARE(back.value(QStringLiteral("state")), state);
    const QString code = back.value(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const Fields exchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), Redirect},
                          {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
                          {QStringLiteral("code_verifier"), Verifier}};
    const Reply tokens = post(QStringLiteral("/oidc/token"), exchange);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject body = tokens.json();
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 3600);
    QCOMPARE(body.value(QLatin1String("scope")).toString(),
             QStringLiteral("openid profile email offline_access"));
    QVERIFY(!body.value(QLatin1String("refresh_token")).toString().isEmpty());
    const QString accessToken = body.value(QLatin1String("access_token")).toString();
    const QString idToken = body.value(QLatin1String("id_token")).toString();

    // The ID token: OpenID Connect Core 1.0 section 3.1.3.7, checked with the published key.
    const QJsonObject jwk = send("GET", QStringLiteral("/oidc/jwks"))
                                .json()
                                .value(QLatin1String("keys"))
                                .toArray()
                                .first()
                                .toObject();
    const QJsonObject header = jwtPart(idToken, 0);
    QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(header.value(QLatin1String("kid")), jwk.value(QLatin1String("kid")));
    QVERIFY(rs256Valid(idToken, jwk));
    QVERIFY(rs256Valid(accessToken, jwk));
    QVERIFY(!rs256Valid(idToken.left(idToken.size() - 4) + QStringLiteral("AAAA"), jwk));
    const QJsonObject claims = jwtPart(idToken, 1);
    QCOMPARE(claims.value(QLatin1String("iss")).toString(), m_sandbox->oidcIssuer().toString());
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), Sandbox::oidcPublicClientId());
    QCOMPARE(claims.value(QLatin1String("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), Sandbox::oidcUserSubject());
    QCOMPARE(claims.value(QLatin1String("name")).toString(), Sandbox::oidcUserFullName());
    QCOMPARE(claims.value(QLatin1String("email")).toString(), Sandbox::oidcUserEmail());
    const qint64 now = m_sandbox->nowMs() / 1000;
    QVERIFY(qAbs(claims.value(QLatin1String("iat")).toInteger() - now) < 60);
    QVERIFY(claims.value(QLatin1String("exp")).toInteger() > now);
    QVERIFY(claims.contains(QLatin1String("auth_time")));
    const QByteArray digest =
        QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256);
    QCOMPARE(base64UrlDecode(claims.value(QLatin1String("at_hash")).toString().toLatin1()),
             digest.left(16));
    QCOMPARE(jwtPart(accessToken, 0).value(QLatin1String("typ")).toString(),
             QStringLiteral("at+jwt"));
    QCOMPARE(userinfoWith(accessToken).status, 200);

    // RFC 6749 section 4.1.2: the code is one-time, and its second use revokes what it gave.
    const Reply reuse = post(QStringLiteral("/oidc/token"), exchange);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.string("error"), QStringLiteral("invalid_grant"));
    QCOMPARE(reuse.header("Cache-Control"), QByteArray("no-store"));
    QCOMPARE(userinfoWith(accessToken).status, 401);
    const Reply refresh = post(
        QStringLiteral("/oidc/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("refresh_token"), body.value(QLatin1String("refresh_token")).toString()},
         {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(refresh.string("error"), QStringLiteral("invalid_grant"));
}

void TstSandboxOidc::ecAndEdwardsKeys_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("thumbprintInput"); // RFC 7638, with %1 and %2 for x and y
    QTest::newRow("ES256") << Sandbox::oidcPublicEs256ClientId() << QStringLiteral("ES256")
                           << QStringLiteral("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%1\","
                                             "\"y\":\"%2\"}");
    QTest::newRow("EdDSA") << Sandbox::oidcPublicEdDsaClientId() << QStringLiteral("EdDSA")
                           << QStringLiteral("{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"%1\"}");
}

// A client registered for ES256 or EdDSA gets its tokens signed so, with a key of the JWKS.
void TstSandboxOidc::ecAndEdwardsKeys()
{
    QFETCH(QString, clientId);
    QFETCH(QString, alg);
    QFETCH(QString, thumbprintInput);

    Fields fields = authorizeFields();
    for (auto &field : fields) {
        if (field.first == QLatin1String("client_id"))
            field.second = clientId;
    }
    const QString code = signIn(fields);
    QVERIFY(!code.isEmpty());
    const Reply r = post(QStringLiteral("/oidc/token"),
                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), Redirect},
                          {QStringLiteral("client_id"), clientId},
                          {QStringLiteral("code_verifier"), Verifier}});
    QCOMPARE(r.status, 200);
    const QString idToken = r.string("id_token");
    const QString accessToken = r.string("access_token");

    QJsonObject jwk;
    const QJsonArray keys =
        send("GET", QStringLiteral("/oidc/jwks")).json().value(QLatin1String("keys")).toArray();
    for (const auto &entry : keys) {
        if (entry.toObject().value(QLatin1String("alg")).toString() == alg)
            jwk = entry.toObject();
    }
    QVERIFY(!jwk.isEmpty());
    QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
    const QString x = jwk.value(QLatin1String("x")).toString();
    const QString y = jwk.value(QLatin1String("y")).toString();
    QCOMPARE(base64UrlDecode(x.toLatin1()).size(), 32);
    const QString input =
        alg == QLatin1String("ES256") ? thumbprintInput.arg(x, y) : thumbprintInput.arg(x);
    QCOMPARE(jwk.value(QLatin1String("kid")).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(input.toLatin1(), QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));

    const auto valid = [&](const QString &jwt) {
        return alg == QLatin1String("ES256") ? es256Valid(jwt, jwk) : eddsaValid(jwt, jwk);
    };
    for (const QString &token : {idToken, accessToken}) {
        const QJsonObject header = jwtPart(token, 0);
        QCOMPARE(header.value(QLatin1String("alg")).toString(), alg);
        QCOMPARE(header.value(QLatin1String("kid")), jwk.value(QLatin1String("kid")));
        QCOMPARE(base64UrlDecode(token.toLatin1().split('.').value(2)).size(), 64);
        QVERIFY(valid(token));
        QVERIFY(!valid(withChangedSignature(token)));
    }
    QCOMPARE(jwtPart(idToken, 1).value(QLatin1String("aud")).toString(), clientId);
    // The provider accepts its own access token back, and not one with a changed byte.
    QCOMPARE(userinfoWith(accessToken).status, 200);
    QCOMPARE(userinfoWith(withChangedSignature(accessToken)).status, 401);
}

void TstSandboxOidc::wrongVerifierRefused()
{
    const QString code = signIn(authorizeFields());
    QVERIFY(!code.isEmpty());
    Fields exchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("redirect_uri"), Redirect},
                    {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}};
    // Without a verifier, with a wrong one, with a malformed one, with another redirect URI.
    Reply r = post(QStringLiteral("/oidc/token"), exchange);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_grant"));
    Fields wrong = exchange;
    wrong.append(
        {QStringLiteral("code_verifier"), QString(Verifier).replace(0, 1, QLatin1Char('e'))});
    r = post(QStringLiteral("/oidc/token"), wrong);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_grant"));
    QVERIFY(!r.string("error_description").isEmpty());
    Fields shortOne = exchange;
    shortOne.append({QStringLiteral("code_verifier"), QStringLiteral("short")});
    QCOMPARE(post(QStringLiteral("/oidc/token"), shortOne).string("error"),
             QStringLiteral("invalid_grant"));
    Fields otherRedirect = exchange;
    otherRedirect[2].second = QStringLiteral("http://127.0.0.1:53123/other");
    otherRedirect.append({QStringLiteral("code_verifier"), Verifier});
    QCOMPARE(post(QStringLiteral("/oidc/token"), otherRedirect).string("error"),
             QStringLiteral("invalid_grant"));
    // Another client cannot redeem it.
    Fields otherClient = exchange;
    otherClient.removeLast();
    otherClient.append({QStringLiteral("code_verifier"), Verifier});
    QCOMPARE(post(QStringLiteral("/oidc/token"), otherClient,
                  {{"Authorization",
                    basic(Sandbox::oidcConfidentialClientId(), Sandbox::oidcClientSecret())}})
                 .string("error"),
             QStringLiteral("invalid_grant"));

    // Failed attempts do not spend the code: the right verifier still works.
    exchange.append({QStringLiteral("code_verifier"), Verifier});
    QCOMPARE(post(QStringLiteral("/oidc/token"), exchange).status, 200);
}

void TstSandboxOidc::codeExpires()
{
    const QString code = signIn(authorizeFields());
    QVERIFY(!code.isEmpty());
    m_sandbox->advanceClock(61);
    const Reply r = post(QStringLiteral("/oidc/token"),
                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), Redirect},
                          {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
                          {QStringLiteral("code_verifier"), Verifier}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_grant"));
}

void TstSandboxOidc::authorizeErrorsRedirect()
{
    // Deny: access_denied with the state.
    Fields deny = authorizeFields(QStringLiteral("st 1"));
    deny.append({QStringLiteral("decision"), QStringLiteral("deny")});
    Reply r = post(QStringLiteral("/oidc/authorize"), deny);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.redirectQuery().value(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(r.redirectQuery().value(QStringLiteral("state")), QStringLiteral("st 1"));
    QVERIFY(!r.redirectQuery().contains(QStringLiteral("code")));

    // No state sent: none comes back.
    Fields noState = authorizeFields();
    noState.removeAt(4);
    const QString code = signIn(noState);
    QVERIFY(!code.isEmpty());
    noState.append({QStringLiteral("decision"), QStringLiteral("deny")});
    r = post(QStringLiteral("/oidc/authorize"), noState);
    QVERIFY(!r.redirectQuery().contains(QStringLiteral("state")));

    // RFC 7636 section 4.4.1: a public client without PKCE, or with plain.
    Fields noPkce = authorizeFields();
    noPkce.removeLast();
    noPkce.removeLast();
    r = send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(formEncoded(noPkce)));
    QCOMPARE(r.status, 302);
    QCOMPARE(r.redirectQuery().value(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(r.redirectQuery().value(QStringLiteral("state")), QStringLiteral("xyz"));
    Fields plain = authorizeFields();
    plain.last().second = QStringLiteral("plain");
    r = send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(formEncoded(plain)));
    QCOMPARE(r.redirectQuery().value(QStringLiteral("error")), QStringLiteral("invalid_request"));
    Fields token = authorizeFields();
    token.first().second = QStringLiteral("token");
    r = send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(formEncoded(token)));
    QCOMPARE(r.redirectQuery().value(QStringLiteral("error")),
             QStringLiteral("unsupported_response_type"));
    Fields scope = authorizeFields(QStringLiteral("xyz"), QStringLiteral("openid admin"));
    r = send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(formEncoded(scope)));
    QCOMPARE(r.redirectQuery().value(QStringLiteral("error")), QStringLiteral("invalid_scope"));
}

void TstSandboxOidc::unregisteredRedirectRefused_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    const QString pub = Sandbox::oidcPublicClientId();
    QTest::newRow("https") << pub << QStringLiteral("https://127.0.0.1:4000/cb");
    QTest::newRow("localhost") << pub << QStringLiteral("http://localhost:4000/cb");
    QTest::newRow("other host") << pub << QStringLiteral("http://evil.example/cb");
    QTest::newRow("lookalike") << pub << QStringLiteral("http://127.0.0.1.evil.example/cb");
    QTest::newRow("user info") << pub << QStringLiteral("http://127.0.0.1:80@evil.example/cb");
    QTest::newRow("fragment") << pub << QStringLiteral("http://127.0.0.1:4000/cb#x");
    QTest::newRow("custom scheme") << pub << QStringLiteral("com.example.app:/cb");
    QTest::newRow("missing") << pub << QString();
    QTest::newRow("unknown client") << QStringLiteral("someone") << Redirect;
}

void TstSandboxOidc::unregisteredRedirectRefused()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    Fields fields = authorizeFields();
    fields[1].second = clientId;
    fields[2].second = redirectUri;
    if (redirectUri.isEmpty())
        fields.removeAt(2);
    // RFC 6749 section 4.1.2.1: an error page, never a redirect.
    const Reply get =
        send("GET", QStringLiteral("/oidc/authorize?") + QString::fromLatin1(formEncoded(fields)));
    QCOMPARE(get.status, 400);
    QVERIFY(get.header("Location").isEmpty());
    QVERIFY(get.header("Content-Type").startsWith("text/html"));
    fields.append({QStringLiteral("username"), Sandbox::oidcUsername()});
    fields.append({QStringLiteral("password"), Sandbox::oidcPassword()});
    fields.append({QStringLiteral("decision"), QStringLiteral("allow")});
    const Reply post_ = post(QStringLiteral("/oidc/authorize"), fields);
    QCOMPARE(post_.status, 400);
    QVERIFY(post_.header("Location").isEmpty());
}

void TstSandboxOidc::confidentialClient()
{
    // The port of a loopback redirect is not compared (RFC 8252 section 7.3), and [::1] works.
    Fields fields = authorizeFields();
    fields[1].second = Sandbox::oidcConfidentialClientId();
    fields[2].second = QStringLiteral("http://[::1]:61000/done?keep=1");
    fields.removeLast();
    fields.removeLast(); // no PKCE: allowed for a confidential client
    const QString code = signIn(fields);
    QVERIFY(!code.isEmpty());
    const Fields exchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("redirect_uri"), fields[2].second}};
    const QByteArray goodBasic =
        basic(Sandbox::oidcConfidentialClientId(), Sandbox::oidcClientSecret());
    Reply r = post(
        QStringLiteral("/oidc/token"), exchange,
        {{"Authorization", basic(Sandbox::oidcConfidentialClientId(), QStringLiteral("wrong"))}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_client"));
    QVERIFY(r.header("WWW-Authenticate").startsWith("Basic"));
    r = post(QStringLiteral("/oidc/token"), exchange, {{"Authorization", goodBasic}});
    QCOMPARE(r.status, 200);
    QCOMPARE(jwtPart(r.string("id_token"), 1).value(QLatin1String("aud")).toString(),
             Sandbox::oidcConfidentialClientId());

    // No client authentication at all.
    r = post(QStringLiteral("/oidc/token"),
             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.string("error"), QStringLiteral("invalid_client"));
    // client_secret_post, client credentials: an access token and nothing for a user.
    r = post(QStringLiteral("/oidc/token"),
             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
              {QStringLiteral("client_id"), Sandbox::oidcConfidentialClientId()},
              {QStringLiteral("client_secret"), Sandbox::oidcClientSecret()}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.string("access_token").isEmpty());
    QVERIFY(!r.json().contains(QLatin1String("id_token")));
    QVERIFY(!r.json().contains(QLatin1String("refresh_token")));
    QCOMPARE(jwtPart(r.string("access_token"), 1).value(QLatin1String("sub")).toString(),
             Sandbox::oidcConfidentialClientId());
    // Both methods at once, and the public client asking for client credentials.
    r = post(QStringLiteral("/oidc/token"),
             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
              {QStringLiteral("client_secret"), Sandbox::oidcClientSecret()}},
             {{"Authorization", goodBasic}});
    QCOMPARE(r.string("error"), QStringLiteral("invalid_request"));
    r = post(QStringLiteral("/oidc/token"),
             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
              {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(r.string("error"), QStringLiteral("unauthorized_client"));
    r = post(QStringLiteral("/oidc/token"),
             {{QStringLiteral("grant_type"), QStringLiteral("password")}},
             {{"Authorization", goodBasic}});
    QCOMPARE(r.string("error"), QStringLiteral("unsupported_grant_type"));
}

void TstSandboxOidc::refreshRotation()
{
    const QJsonObject first = publicTokens();
    const QString r1 = first.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!r1.isEmpty());
    const auto refresh = [this](const QString &token, const QString &scope = {}) {
        Fields fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), token},
                      {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}};
        if (!scope.isEmpty())
            fields.append({QStringLiteral("scope"), scope});
        return post(QStringLiteral("/oidc/token"), fields);
    };
    const Reply second = refresh(r1);
    QCOMPARE(second.status, 200);
    const QString r2 = second.string("refresh_token");
    QVERIFY(!r2.isEmpty());
    QVERIFY(r2 != r1);
    QVERIFY(second.string("access_token") != first.value(QLatin1String("access_token")).toString());
    QCOMPARE(userinfoWith(second.string("access_token")).status, 200);

    // A narrower scope; a wider one is refused.
    const Reply narrow = refresh(r2, QStringLiteral("openid"));
    QCOMPARE(narrow.status, 200);
    QCOMPARE(narrow.string("scope"), QStringLiteral("openid"));
    const QJsonObject narrowInfo = userinfoWith(narrow.string("access_token")).json();
    QVERIFY(!narrowInfo.contains(QLatin1String("email")));
    const QString r3 = narrow.string("refresh_token");
    const Reply wider = refresh(r3, QStringLiteral("openid admin"));
    QCOMPARE(wider.string("error"), QStringLiteral("invalid_scope"));

    // Reuse of a rotated token: refused, and the whole family with it.
    const Reply reuse = refresh(r1);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.string("error"), QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(r3).string("error"), QStringLiteral("invalid_grant"));
    QCOMPARE(userinfoWith(second.string("access_token")).status, 401);

    // Without offline_access there is no refresh token.
    QVERIFY(!publicTokens(QStringLiteral("openid")).contains(QLatin1String("refresh_token")));
}

void TstSandboxOidc::deviceFlow()
{
    const Reply start = post(QStringLiteral("/oidc/device_authorization"),
                             {{QStringLiteral("client_id"), Sandbox::oidcPublicClientId()},
                              {QStringLiteral("scope"), QStringLiteral("openid profile")}});
    QCOMPARE(start.status, 200);
    const QString userCode = start.string("user_code");
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"))
            .match(userCode)
            .hasMatch(),
        qPrintable(userCode));
    const QString verification = m_sandbox->oidcIssuer().toString() + QStringLiteral("/device");
    QCOMPARE(start.string("verification_uri"), verification);
    QCOMPARE(start.string("verification_uri_complete"),
             verification + QStringLiteral("?user_code=") + userCode);
    QCOMPARE(start.json().value(QLatin1String("expires_in")).toInt(), 600);
    QCOMPARE(start.json().value(QLatin1String("interval")).toInt(), 5);
    const QString deviceCode = start.string("device_code");
    const auto poll = [&] {
        return post(QStringLiteral("/oidc/token"),
                    {{QStringLiteral("grant_type"), DeviceGrant},
                     {QStringLiteral("device_code"), deviceCode},
                     {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    };

    Reply r = poll();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("authorization_pending"));
    r = poll(); // sooner than the interval
    QCOMPARE(r.string("error"), QStringLiteral("slow_down"));
    m_sandbox->advanceClock(5); // the interval is 10 s now
    QCOMPARE(poll().string("error"), QStringLiteral("slow_down"));
    m_sandbox->advanceClock(15);
    QCOMPARE(poll().string("error"), QStringLiteral("authorization_pending"));

    // The verification page, then the person approves in lower case without the dash.
    const Reply page = send("GET", QUrl(start.string("verification_uri_complete"))
                                       .toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains(userCode.toLatin1()));
    QVERIFY(page.body.contains("name=\"password\""));
    const QString typed = userCode.toLower().remove(QLatin1Char('-'));
    Reply answer = post(QStringLiteral("/oidc/device"),
                        {{QStringLiteral("user_code"), typed},
                         {QStringLiteral("username"), Sandbox::oidcUsername()},
                         {QStringLiteral("password"), QStringLiteral("nope")},
                         {QStringLiteral("decision"), QStringLiteral("allow")}});
    QVERIFY(answer.body.contains("wrong"));
    QCOMPARE(poll().string("error"), QStringLiteral("slow_down")); // 20 s now
    m_sandbox->advanceClock(20);
    answer = post(QStringLiteral("/oidc/device"),
                  {{QStringLiteral("user_code"), typed},
                   {QStringLiteral("username"), Sandbox::oidcUsername()},
                   {QStringLiteral("password"), Sandbox::oidcPassword()},
                   {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("id=\"done\""));

    r = poll();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!r.string("access_token").isEmpty());
    QCOMPARE(jwtPart(r.string("id_token"), 1).value(QLatin1String("name")).toString(),
             Sandbox::oidcUserFullName());
    QCOMPARE(userinfoWith(r.string("access_token"))
                 .json()
                 .value(QLatin1String("preferred_username"))
                 .toString(),
             Sandbox::oidcUsername());
    m_sandbox->advanceClock(30);
    QCOMPARE(poll().string("error"), QStringLiteral("invalid_grant"));
}

void TstSandboxOidc::deviceDenied()
{
    m_sandbox->setDeviceInterval(0);
    const Reply start = post(QStringLiteral("/oidc/device_authorization"),
                             {{QStringLiteral("scope"), QStringLiteral("openid")}},
                             {{"Authorization", basic(Sandbox::oidcConfidentialClientId(),
                                                      Sandbox::oidcClientSecret())}});
    QCOMPARE(start.status, 200);
    QCOMPARE(start.json().value(QLatin1String("interval")).toInt(), 0);
    const Reply answer = post(QStringLiteral("/oidc/device"),
                              {{QStringLiteral("user_code"), start.string("user_code")},
                               {QStringLiteral("decision"), QStringLiteral("deny")}});
    QCOMPARE(answer.status, 200);
    const Reply r = post(QStringLiteral("/oidc/token"),
                         {{QStringLiteral("grant_type"), DeviceGrant},
                          {QStringLiteral("device_code"), start.string("device_code")}},
                         {{"Authorization", basic(Sandbox::oidcConfidentialClientId(),
                                                  Sandbox::oidcClientSecret())}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("access_denied"));
}

void TstSandboxOidc::deviceExpired()
{
    const Reply start = post(QStringLiteral("/oidc/device_authorization"),
                             {{QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(start.status, 200);
    m_sandbox->advanceClock(601);
    const Reply answer = post(QStringLiteral("/oidc/device"),
                              {{QStringLiteral("user_code"), start.string("user_code")},
                               {QStringLiteral("username"), Sandbox::oidcUsername()},
                               {QStringLiteral("password"), Sandbox::oidcPassword()},
                               {QStringLiteral("decision"), QStringLiteral("allow")}});
    QVERIFY(answer.body.contains("expired"));
    const Reply r = post(QStringLiteral("/oidc/token"),
                         {{QStringLiteral("grant_type"), DeviceGrant},
                          {QStringLiteral("device_code"), start.string("device_code")},
                          {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.string("error"), QStringLiteral("expired_token"));
}

void TstSandboxOidc::userinfo()
{
    const QJsonObject tokens = publicTokens();
    const Reply r = userinfoWith(tokens.value(QLatin1String("access_token")).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.string("sub"), Sandbox::oidcUserSubject());
    QCOMPARE(r.string("name"), Sandbox::oidcUserFullName());
    QCOMPARE(r.string("email"), Sandbox::oidcUserEmail());
    QCOMPARE(r.string("preferred_username"), Sandbox::oidcUsername());
    // POST works too (OpenID Connect Core 1.0 section 5.3.1).
    QCOMPARE(send("POST", QStringLiteral("/oidc/userinfo"),
                  {{"Authorization",
                    "Bearer " + tokens.value(QLatin1String("access_token")).toString().toLatin1()}})
                 .status,
             200);

    const QJsonObject openidOnly = publicTokens(QStringLiteral("openid"));
    const QJsonObject bare =
        userinfoWith(openidOnly.value(QLatin1String("access_token")).toString()).json();
    QCOMPARE(bare.keys(), QStringList{QStringLiteral("sub")});

    // An ID token, a made-up token, none: refused.
    Reply refused = userinfoWith(tokens.value(QLatin1String("id_token")).toString());
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    refused = userinfoWith(QStringLiteral("abc.def.ghi"));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    refused = send("GET", QStringLiteral("/oidc/userinfo"));
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").startsWith("Bearer"));

    // Expiry follows the sandbox clock.
    m_sandbox->advanceClock(3601);
    refused = userinfoWith(tokens.value(QLatin1String("access_token")).toString());
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
}

void TstSandboxOidc::revocation()
{
    const QJsonObject tokens = publicTokens();
    const QString access = tokens.value(QLatin1String("access_token")).toString();
    const QString refresh = tokens.value(QLatin1String("refresh_token")).toString();
    const auto revoke = [this](const QString &token, const QString &hint) {
        return post(QStringLiteral("/oidc/revoke"),
                    {{QStringLiteral("token"), token},
                     {QStringLiteral("token_type_hint"), hint},
                     {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    };
    // RFC 7009 section 2.2: an unknown token is no error.
    QCOMPARE(revoke(QStringLiteral("no-such-token"), QStringLiteral("access_token")).status, 200);
    // Client authentication as at the token endpoint.
    QCOMPARE(post(QStringLiteral("/oidc/revoke"), {{QStringLiteral("token"), access}}).status, 401);

    QCOMPARE(revoke(access, QStringLiteral("access_token")).status, 200);
    const Reply refused = userinfoWith(access);
    QCOMPARE(refused.status, 401);
    QVERIFY(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));

    // The refresh token still works; revoking it takes its access tokens along.
    const Reply renewed = post(QStringLiteral("/oidc/token"),
                               {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), refresh},
                                {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(renewed.status, 200);
    QCOMPARE(userinfoWith(renewed.string("access_token")).status, 200);
    // A wrong hint does not matter.
    QCOMPARE(revoke(renewed.string("refresh_token"), QStringLiteral("access_token")).status, 200);
    QCOMPARE(userinfoWith(renewed.string("access_token")).status, 401);
    const Reply again = post(QStringLiteral("/oidc/token"),
                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                              {QStringLiteral("refresh_token"), renewed.string("refresh_token")},
                              {QStringLiteral("client_id"), Sandbox::oidcPublicClientId()}});
    QCOMPARE(again.string("error"), QStringLiteral("invalid_grant"));
    // Revoking twice is fine too.
    QCOMPARE(revoke(renewed.string("refresh_token"), QStringLiteral("refresh_token")).status, 200);
}

void TstSandboxOidc::revokeTokensHook()
{
    const QJsonObject tokens = publicTokens();
    const QString access = tokens.value(QLatin1String("access_token")).toString();
    QCOMPARE(userinfoWith(access).status, 200);
    m_sandbox->revokeTokens(Sandbox::Vendor::Oidc);
    QCOMPARE(userinfoWith(access).status, 401);
    // Signing in again still works.
    QCOMPARE(userinfoWith(publicTokens().value(QLatin1String("access_token")).toString()).status,
             200);
}

void TstSandboxOidc::executableDeviceInterval()
{
    QProcess process;
    process.start(QStringLiteral(TOKENBENCH_SANDBOX),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                   QStringLiteral("--device-interval"), QStringLiteral("7")});
    QVERIFY(process.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor([&process] { return process.canReadLine(); }, 5000));
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const auto match =
        QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)$")).match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));

    QNetworkRequest request(QUrl(match.captured(1) + QStringLiteral("/oidc/device_authorization")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    QNetworkReply *reply =
        m_nam.post(request, "client_id=" + Sandbox::oidcPublicClientId().toLatin1());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("interval")).toInt(),
        7);
    reply->deleteLater();
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
}

QTEST_GUILESS_MAIN(TstSandboxOidc)
#include "tst_sandboxoidc.moc"
