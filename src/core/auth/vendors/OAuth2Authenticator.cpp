#include "OAuth2Authenticator.h"

#include "auth/oauth/LoopbackReceiver.h"
#include "auth/oauth/Pkce.h"
#include "auth/vendors/GenericAuthenticator.h"
#include "jwt/Jwt.h"
#include "net/FormEncoding.h"
#include "net/HttpErrors.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const QString DeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

QString field(const Credentials &credentials, const char *key)
{
    return credentials.field(QLatin1String(key)).trimmed();
}

} // namespace

OAuth2Authenticator::OAuth2Authenticator(Method, HttpClient *http, const Credentials &credentials,
                                         QObject *parent)
    : Authenticator(http, credentials, parent)
{
    m_waitTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_waitTimer, &DeadlineTimer::timeout, this, [this] {
        const bool device = !m_deviceCode.isEmpty();
        stopWaiting();
        fail(device
                 ? Error::make(Error::Kind::Authentication, QStringLiteral("oauth2.expired_token"),
                               tr("The code expired before anyone entered it; log in again "
                                  "for a new one."))
                 : Error::make(Error::Kind::Authentication,
                               QStringLiteral("oauth2.browser_timeout"),
                               tr("No answer came from the browser within %n second(s); log "
                                  "in again to start over.",
                                  nullptr, waitSeconds())));
    });
    connect(&m_pollTimer, &DeadlineTimer::timeout, this, &OAuth2Authenticator::poll);
}

OAuth2Authenticator::~OAuth2Authenticator() = default;

MethodDescriptor OAuth2Authenticator::describe(Method)
{
    // The generic vendor's group, icon and placeholder: one more of its methods.
    MethodDescriptor d = GenericAuthenticator::describe(GenericAuthenticator::Method::Basic);
    d.method = QStringLiteral("oauth2");
    d.methodName = tr("OAuth 2.0");
    d.tokenIsSecret = false;
    d.hasSignOut = true;
    d.delivery = [](const QMap<QString, QString> &) {
        return TokenDelivery::bearer();
    };
    // Only the client-credentials grant cannot do without the client's secret.
    d.requiredWhen = [](const QString &key, const QMap<QString, QString> &fields) {
        const QString grant = fields.value(QStringLiteral("grant")).trimmed();
        return key == QLatin1String("client_secret") &&
               (grant.isEmpty() || grant == QLatin1String("client_credentials"));
    };
    d.fields = {
        {QStringLiteral("grant"),
         tr("Grant"),
         FieldSpec::Kind::Choice,
         true,
         {},
         {QStringLiteral("client_credentials"), QStringLiteral("authorization_code"),
          QStringLiteral("device_code")},
         QStringLiteral("client_credentials")},
        {QStringLiteral("issuer"), tr("Issuer (discovery)"), FieldSpec::Kind::Url, true,
         QStringLiteral("https://login.example.com/realms/main")},
        {QStringLiteral("token_url"), tr("Token URL"), FieldSpec::Kind::Url, true,
         tr("from the issuer")},
        {QStringLiteral("authorize_url"), tr("Authorization URL"), FieldSpec::Kind::Url, true,
         tr("from the issuer")},
        {QStringLiteral("device_url"), tr("Device authorization URL"), FieldSpec::Kind::Url, true,
         tr("from the issuer")},
        {QStringLiteral("client_id"), tr("Client ID"), FieldSpec::Kind::Text},
        {QStringLiteral("scope"), tr("Scope"), FieldSpec::Kind::Text, true,
         QStringLiteral("openid profile offline_access")},
        {QStringLiteral("audience"), tr("Audience"), FieldSpec::Kind::Text, true},
        {QStringLiteral("resource"), tr("Resource (RFC 8707)"), FieldSpec::Kind::Text, true},
        {QStringLiteral("extra_params"), tr("Extra parameters"), FieldSpec::Kind::Text, true,
         QStringLiteral("prompt=login&login_hint=ada")},
        {QStringLiteral("redirect_port"), tr("Redirect port"), FieldSpec::Kind::Text, true,
         tr("any free port")},
        {QStringLiteral("client_auth"),
         tr("Client authentication"),
         FieldSpec::Kind::Choice,
         true,
         {},
         {QStringLiteral("basic"), QStringLiteral("body"), QStringLiteral("none")},
         QStringLiteral("basic")},
        {QStringLiteral("test_path"), tr("\"Who am I\" path"), FieldSpec::Kind::Text, true,
         tr("userinfo of the issuer")},
        {QStringLiteral("client_secret"), tr("Client secret"), FieldSpec::Kind::Secret, true},
    };
    return d;
}

int OAuth2Authenticator::waitSeconds() const
{
    return m_credentials.signInWaitSeconds > 0 ? m_credentials.signInWaitSeconds
                                               : DefaultWaitSeconds;
}

OAuth2Authenticator::Grant OAuth2Authenticator::grant() const
{
    const QString g = field(m_credentials, "grant");
    if (g == QLatin1String("authorization_code"))
        return Grant::AuthorizationCode;
    if (g == QLatin1String("device_code"))
        return Grant::DeviceCode;
    return Grant::ClientCredentials;
}

bool OAuth2Authenticator::canLogInAgain() const
{
    if (!m_session.refreshToken.isEmpty())
        return true;
    return !isInteractive() && !field(m_credentials, "client_id").isEmpty() &&
           m_credentials.hasSecret(QStringLiteral("client_secret"));
}

bool OAuth2Authenticator::needsPerson() const
{
    return isInteractive() && m_session.refreshToken.isEmpty();
}

bool OAuth2Authenticator::waitsForPerson() const
{
    return (m_receiver && m_receiver->isListening()) || m_pollTimer.isActive();
}

bool OAuth2Authenticator::stopWaitingForPerson()
{
    const bool waited = waitsForPerson();
    stopWaiting();
    return waited;
}

void OAuth2Authenticator::stopWaiting()
{
    m_waitTimer.stop();
    m_pollTimer.stop();
    if (m_receiver)
        m_receiver->close();
    m_verifier.clear();
    m_state.clear();
    m_deviceCode.clear();
}

QUrl OAuth2Authenticator::endpoint(const QString &key, QUrl OAuthMetadata::*discovered) const
{
    const QString own = m_credentials.field(key).trimmed();
    if (!own.isEmpty())
        return QUrl(own);
    return m_metadata ? (*m_metadata).*discovered : QUrl();
}

void OAuth2Authenticator::withMetadata(std::function<void()> next)
{
    const QString issuer = field(m_credentials, "issuer");
    if (issuer.isEmpty() || m_metadata)
        return next();
    OAuthMetadata::discover(
        [this](const HttpRequest &request, std::function<void(const Result<HttpResponse> &)> done) {
            send(request, false, std::move(done));
        },
        issuer,
        [this, next](const Result<OAuthMetadata> &metadata) {
            if (!metadata)
                return fail(metadata.error());
            m_metadata = metadata.value();
            next();
        });
}

OAuth2Authenticator::Form OAuth2Authenticator::extraParameters() const
{
    Form form;
    for (const char *key : {"audience", "resource"}) {
        const QString value = field(m_credentials, key);
        if (!value.isEmpty())
            form.append({QLatin1String(key), value});
    }
    const QUrlQuery extra(field(m_credentials, "extra_params"));
    const auto items = extra.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        if (!item.first.isEmpty())
            form.append(item);
    return form;
}

HttpRequest OAuth2Authenticator::formPost(const QUrl &url, Form form) const
{
    const QString clientId = field(m_credentials, "client_id");
    const QString secret = m_credentials.secret(QStringLiteral("client_secret"));
    const QString how = field(m_credentials, "client_auth");
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.bodyIsSecret = true; // a client secret, code, verifier or refresh token
    request.stayOnOrigin = true; // a sign-in follows no redirect off its server
    if (secret.isEmpty() || how == QLatin1String("none")) {
        // A public client names itself (RFC 6749 section 3.2.1).
        form.append({QStringLiteral("client_id"), clientId});
    } else if (how == QLatin1String("body")) {
        form.append({QStringLiteral("client_id"), clientId});
        form.append({QStringLiteral("client_secret"), secret});
    } else {
        // RFC 6749 section 2.3.1: both parts form-encoded before they are joined.
        request.credential.origin = Origin::of(url);
        request.credential.headers = {
            {"Authorization",
             "Basic " + (FormEncoding::component(clientId) + ':' + FormEncoding::component(secret))
                            .toBase64()}};
    }
    request.body = FormEncoding::encode(form);
    return request;
}

void OAuth2Authenticator::requestTokens(const Form &form, TokenHandler handler)
{
    const QUrl tokenUrl = endpoint(QStringLiteral("token_url"), &OAuthMetadata::tokenEndpoint);
    if (!tokenUrl.isValid() || tokenUrl.isRelative())
        return fail(missing(tr("A token URL (or an issuer)")));
    send(formPost(tokenUrl, form), false,
         [handler = std::move(handler)](const Result<HttpResponse> &result) {
             if (!result)
                 return handler(result.error());
             handler(OAuthTokenResponse::parse(result.value()));
         });
}

void OAuth2Authenticator::logIn()
{
    // A refresh already on its way answers this login too: two with one refresh token would
    // look like a stolen token being replayed to a server that rotates them.
    if (isBusy() && !waitsForPerson())
        return;
    stopWaiting();
    if (field(m_credentials, "client_id").isEmpty())
        return fail(missing(tr("A client ID")));
    withMetadata([this] {
        if (!m_session.refreshToken.isEmpty())
            return refresh();
        startGrant();
    });
}

void OAuth2Authenticator::startGrant()
{
    switch (grant()) {
    case Grant::ClientCredentials:
        return clientCredentials();
    case Grant::AuthorizationCode:
        return authorizationCode();
    case Grant::DeviceCode:
        return deviceCode();
    }
}

void OAuth2Authenticator::refresh()
{
    // Section 6; the scope stays what was granted.
    requestTokens({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), m_session.refreshToken}},
                  [this](const Result<OAuthTokenResponse> &tokens) {
                      if (tokens)
                          return finishWith(tokens.value());
                      // Only a refusal ends the refresh token; a network failure keeps it.
                      if (tokens.error().kind != Error::Kind::Authentication)
                          return fail(tokens.error());
                      m_session.refreshToken.clear();
                      // A refused refresh falls back to the grant itself (a browser sign-in
                      // goes through a person: the session service sees to that).
                      startGrant();
                  });
}

void OAuth2Authenticator::clientCredentials()
{
    if (!m_credentials.hasSecret(QStringLiteral("client_secret")))
        return fail(missing(tr("A client secret")));
    Form form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    const QString scope = field(m_credentials, "scope");
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    form += extraParameters();
    requestTokens(form, [this](const Result<OAuthTokenResponse> &tokens) {
        if (!tokens)
            return fail(tokens.error());
        finishWith(tokens.value());
    });
}

void OAuth2Authenticator::authorizationCode()
{
    const QUrl authorizationUrl =
        endpoint(QStringLiteral("authorize_url"), &OAuthMetadata::authorizationEndpoint);
    if (!authorizationUrl.isValid() || authorizationUrl.host().isEmpty())
        return fail(missing(tr("An authorization URL (or an issuer)")));
    // RFC 8252 section 7.3: a loopback redirect on a port chosen now, or on the one a server
    // that compares ports insists on.
    quint16 port = 0;
    const QString fixedPort = field(m_credentials, "redirect_port");
    if (!fixedPort.isEmpty()) {
        bool ok = false;
        const uint number = fixedPort.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return fail(Error::make(Error::Kind::InvalidInput,
                                    QStringLiteral("oauth2.redirect_port"),
                                    tr("The redirect port must be a number from 1 to 65535, not "
                                       "\"%1\".")
                                        .arg(fixedPort)));
        port = quint16(number);
    }
    if (!m_receiver) {
        m_receiver = std::make_unique<LoopbackReceiver>();
        connect(m_receiver.get(), &LoopbackReceiver::received, this,
                &OAuth2Authenticator::onRedirect);
    }
    const Result<QUrl> listening = m_receiver->listen(port, QStringLiteral("/callback"));
    if (!listening)
        return fail(listening.error());
    m_redirectUri = listening->toString(QUrl::FullyEncoded);
    m_verifier = Pkce::makeVerifier();
    m_state = Pkce::makeNonce();
    const QString scope = field(m_credentials, "scope");
    m_nonce = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("openid"))
                  ? Pkce::makeNonce()
                  : QString();

    QUrl request = authorizationUrl;
    QUrlQuery query(authorizationUrl);
    Form parameters{{QStringLiteral("response_type"), QStringLiteral("code")},
                    {QStringLiteral("client_id"), field(m_credentials, "client_id")},
                    {QStringLiteral("redirect_uri"), m_redirectUri}};
    if (!scope.isEmpty())
        parameters.append({QStringLiteral("scope"), scope});
    parameters.append({QStringLiteral("state"), m_state});
    if (!m_nonce.isEmpty())
        parameters.append({QStringLiteral("nonce"), m_nonce});
    parameters.append({QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier)});
    parameters.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    parameters += extraParameters();
    for (const auto &p : std::as_const(parameters))
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(p.first)),
                           QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    request.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    const QString state = m_state;
    m_receiver->setPage([state](const QUrlQuery &answer) {
        if (answer.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != state)
            return tr("This answer does not belong to the sign-in Tokenbench started, so it was "
                      "ignored. You can close this tab.");
        const QString error = answer.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        if (!error.isEmpty())
            return tr("The sign-in did not complete (%1). You can close this tab and try again "
                      "in Tokenbench.")
                .arg(error);
        return tr("Signed in. You can close this tab and go back to Tokenbench.");
    });
    m_waitTimer.start(Clock::now().addSecs(waitSeconds()));
    SignInStep step;
    step.kind = SignInStep::Kind::OpenBrowser;
    step.url = request;
    step.expiresAt = m_waitTimer.deadline();
    requireSignInStep(step);
}

void OAuth2Authenticator::onRedirect(const QUrlQuery &query)
{
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString expected = m_state;
    const QString verifier = m_verifier;
    const QString redirectUri = m_redirectUri;
    m_waitTimer.stop();
    m_verifier.clear();
    m_state.clear();
    // RFC 6749 section 10.12: an answer without this sign-in's state is someone else's.
    if (expected.isEmpty() || state != expected)
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("oauth2.state"),
                                tr("The browser came back with an answer that does not belong to "
                                   "this sign-in (its state differs); nothing was accepted.")));
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const QString words = description.isEmpty()
                                  ? error
                                  : description + QLatin1String(" (") + error + QLatin1Char(')');
        return fail(Error::make(error == QLatin1String("access_denied")
                                    ? Error::Kind::Authentication
                                    : Error::Kind::Server,
                                QStringLiteral("oauth2.") + error,
                                tr("The sign-in in the browser did not complete: %1").arg(words)));
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return fail(Error::make(Error::Kind::Parse, QStringLiteral("oauth2.no_code"),
                                tr("The browser came back without an authorization code.")));
    requestTokens({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), redirectUri},
                   {QStringLiteral("code_verifier"), verifier}},
                  [this](const Result<OAuthTokenResponse> &tokens) {
                      if (!tokens)
                          return fail(tokens.error());
                      if (const auto problem = checkIdToken(tokens->idToken))
                          return fail(*problem);
                      finishWith(tokens.value());
                  });
}

void OAuth2Authenticator::deviceCode()
{
    const QUrl url =
        endpoint(QStringLiteral("device_url"), &OAuthMetadata::deviceAuthorizationEndpoint);
    if (!url.isValid() || url.host().isEmpty())
        return fail(missing(tr("A device authorization URL (or an issuer)")));
    Form form;
    const QString scope = field(m_credentials, "scope");
    if (!scope.isEmpty())
        form.append({QStringLiteral("scope"), scope});
    form += extraParameters();
    send(formPost(url, form), false, [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (const auto error = OAuthTokenResponse::errorOf(result.value()))
            return fail(OAuthTokenResponse::toError(result.value(), *error));
        const auto json = HttpErrors::jsonObject(result.value());
        if (!json)
            return fail(json.error());
        // RFC 8628 section 3.2 (some servers still say verification_url).
        const QString deviceCode = json->value(QLatin1String("device_code")).toString();
        const QString userCode = json->value(QLatin1String("user_code")).toString();
        QUrl verification(json->value(QLatin1String("verification_uri")).toString());
        if (verification.isEmpty())
            verification = QUrl(json->value(QLatin1String("verification_url")).toString());
        if (deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty())
            return fail(Error::make(Error::Kind::Parse, QStringLiteral("oauth2.device_answer"),
                                    tr("The device authorization answer lacks device_code, "
                                       "user_code or verification_uri.")));
        const qint64 expiresIn =
            qMax<qint64>(1, json->value(QLatin1String("expires_in")).toInteger(600));
        m_intervalSeconds = qMax(1, json->value(QLatin1String("interval")).toInt(5));
        m_deviceCode = deviceCode;
        m_waitTimer.start(Clock::now().addSecs(qMin<qint64>(expiresIn, waitSeconds())));
        m_pollTimer.start(Clock::now().addSecs(m_intervalSeconds));
        SignInStep step;
        step.kind = SignInStep::Kind::EnterCode;
        step.url = verification;
        step.completeUrl = QUrl(json->value(QLatin1String("verification_uri_complete")).toString());
        step.userCode = userCode;
        step.expiresAt = m_waitTimer.deadline();
        requireSignInStep(step);
    });
}

void OAuth2Authenticator::poll()
{
    if (m_deviceCode.isEmpty())
        return;
    requestTokens(
        {{QStringLiteral("grant_type"), DeviceGrant},
         {QStringLiteral("device_code"), m_deviceCode}},
        [this](const Result<OAuthTokenResponse> &tokens) {
            if (m_deviceCode.isEmpty())
                return; // expired meanwhile
            if (tokens) {
                stopWaiting();
                return finishWith(tokens.value());
            }
            const QString code = tokens.error().code;
            // RFC 8628 section 3.5.
            if (code == QLatin1String("oauth2.authorization_pending") ||
                code == QLatin1String("oauth2.slow_down")) {
                if (code == QLatin1String("oauth2.slow_down"))
                    m_intervalSeconds += 5;
                m_pollTimer.start(Clock::now().addSecs(m_intervalSeconds));
                return;
            }
            stopWaiting();
            if (code == QLatin1String("oauth2.access_denied"))
                return fail(Error::make(Error::Kind::Authentication, code,
                                        tr("The sign-in was declined on the other device.")));
            if (code == QLatin1String("oauth2.expired_token"))
                return fail(Error::make(Error::Kind::Authentication, code,
                                        tr("The code expired before anyone entered it; log in "
                                           "again for a new one.")));
            fail(tokens.error());
        });
}

std::optional<Error> OAuth2Authenticator::checkIdToken(const QString &idToken) const
{
    if (idToken.isEmpty())
        return std::nullopt;
    // Straight from the token endpoint over the checked connection: its signature may go
    // unverified (OpenID Connect Core 3.1.3.7, item 6), its claims may not.
    const auto jwt = Jwt::decode(idToken.toLatin1());
    auto refused = [](const QString &why) {
        return Error::make(Error::Kind::Authentication, QStringLiteral("oidc.id_token"),
                           tr("The ID token was refused: %1").arg(why));
    };
    if (!jwt)
        return refused(jwt.error().message);
    const RegisteredClaims &claims = jwt->claims();
    const QString issuer = m_metadata ? m_metadata->issuer : field(m_credentials, "issuer");
    if (!issuer.isEmpty() && claims.issuer.value_or(QString()) != issuer)
        return refused(tr("it was issued by \"%1\", not \"%2\".")
                           .arg(claims.issuer.value_or(QString()), issuer));
    const QString clientId = field(m_credentials, "client_id");
    if (!claims.audience.contains(clientId))
        return refused(tr("it is meant for \"%1\", not this client (\"%2\").")
                           .arg(claims.audience.join(QLatin1String(", ")), clientId));
    if (claims.expiresAt && Clock::msecsTo(*claims.expiresAt) < -60 * 1000)
        return refused(tr("it expired at %1.").arg(claims.expiresAt->toString(Qt::ISODate)));
    const QString nonce = jwt->payload().value(QLatin1String("nonce")).toString();
    if (!m_nonce.isEmpty() && nonce != m_nonce)
        return refused(tr("its nonce is not the one this sign-in sent (a replayed token?)."));
    return std::nullopt;
}

void OAuth2Authenticator::finishWith(const OAuthTokenResponse &tokens)
{
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    session.token =
        Token::fromRaw(tokens.accessToken, Token::Source::Login,
                       TokenDelivery::custom(QStringLiteral("Authorization"), tokens.tokenType));
    if (tokens.expiresIn)
        session.token.setExpiresIn(*tokens.expiresIn);
    // Section 6: a server that does not rotate keeps the refresh token it gave before.
    session.refreshToken =
        tokens.refreshToken.isEmpty() ? m_session.refreshToken : tokens.refreshToken;
    session.idToken = tokens.idToken.isEmpty() ? m_session.idToken : tokens.idToken;
    if (!tokens.scope.isEmpty())
        session.facts.insert(QStringLiteral("scope"), tokens.scope);
    if (const auto id = Jwt::decode(session.idToken.toLatin1())) {
        for (const char *claim : {"sub", "name", "email", "preferred_username"}) {
            const QJsonValue value = id->payload().value(QLatin1String(claim));
            if (value.isString())
                session.facts.insert(QLatin1String(claim), value.toString());
        }
    }
    m_nonce.clear();
    finishLogin(session);
}

void OAuth2Authenticator::testToken()
{
    if (!m_session.isValid())
        return fail(Error::make(Error::Kind::Authentication, QStringLiteral("auth.no_session"),
                                tr("There is no token to test; log in first.")));
    const QString path = field(m_credentials, "test_path");
    if (!path.isEmpty())
        return testWithGet(url(path));
    withMetadata([this] {
        const QUrl userinfo = m_metadata ? m_metadata->userinfoEndpoint : QUrl();
        if (userinfo.isEmpty())
            return fail(Error::make(Error::Kind::InvalidInput,
                                    QStringLiteral("generic.no_test_path"),
                                    tr("Name a \"who am I\" path in the profile, or an issuer "
                                       "with a userinfo endpoint, to test this token.")));
        // The access token goes to the issuer's userinfo endpoint by design (OpenID Connect
        // Core 5.3), bound to that origin alone.
        Credential credential;
        credential.origin = Origin::of(userinfo);
        credential.headers = {
            {"Authorization",
             m_session.token.delivery().headerValue(m_session.token.raw()).toUtf8()}};
        testWithGet(userinfo, credential);
    });
}

bool OAuth2Authenticator::canSignOut() const
{
    return !field(m_credentials, "issuer").isEmpty();
}

void OAuth2Authenticator::signOut()
{
    stopWaiting();
    withMetadata([this] {
        const QUrl revocation = m_metadata ? m_metadata->revocationEndpoint : QUrl();
        QStringList tokens;
        QStringList hints;
        // The refresh token first: revoking it ends its access tokens too (RFC 7009 section 2.1).
        if (!m_session.refreshToken.isEmpty()) {
            tokens << m_session.refreshToken;
            hints << QStringLiteral("refresh_token");
        }
        if (m_session.isValid()) {
            tokens << m_session.token.raw();
            hints << QStringLiteral("access_token");
        }
        if (revocation.isEmpty())
            tokens.clear(); // the server offers no revocation: forgetting is all there is
        revokeNext(tokens, hints, std::nullopt);
    });
}

void OAuth2Authenticator::revokeNext(QStringList tokens, QStringList hints,
                                     std::optional<Error> firstError)
{
    if (tokens.isEmpty()) {
        m_session = Session();
        if (firstError)
            return fail(*firstError);
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT signedOut(); }, Qt::QueuedConnection);
        return;
    }
    const QString token = tokens.takeFirst();
    const QString hint = hints.takeFirst();
    send(formPost(m_metadata->revocationEndpoint,
                  {{QStringLiteral("token"), token}, {QStringLiteral("token_type_hint"), hint}}),
         false, [this, tokens, hints, firstError](const Result<HttpResponse> &result) {
             std::optional<Error> error = firstError;
             if (!error && !result)
                 error = result.error();
             else if (!error && !result->isSuccess())
                 error = HttpErrors::fromResponse(result.value());
             revokeNext(tokens, hints, error);
         });
}
