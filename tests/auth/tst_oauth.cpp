// The pieces of OAuth 2.0 for native apps, checked against the RFCs' own examples: PKCE
// (RFC 7636 appendix B), the metadata location (RFC 8414 section 3.1), token answers (RFC 6749
// sections 5.1 and 5.2), and the loopback redirect (RFC 8252 section 7.3) over a real socket.
#include "auth/oauth/LoopbackReceiver.h"
#include "auth/oauth/OAuthMetadata.h"
#include "auth/oauth/OAuthTokenResponse.h"
#include "auth/oauth/Pkce.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

class TstOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfc7636AppendixB();
    void verifiersAreFreshAndWellFormed();
    void metadataLivesWhereRfc8414Says();
    void metadataForAnotherIssuerIsRefused();
    void metadataWithPlainHttpEndpointsOfAnHttpsIssuerIsRefused();
    void tokenAnswerOfRfc6749IsRead();
    void errorAnswerOfRfc6749SaysTheServersWords();
    void tokenAnswerWithoutATokenSaysWhatCame();
    void loopbackTakesOneRedirectOfItsPath();

private:
    static HttpResponse response(int status, const QByteArray &body,
                                 const QByteArray &type = "application/json;charset=UTF-8");
    QNetworkAccessManager m_nam;
};

HttpResponse TstOAuth::response(int status, const QByteArray &body, const QByteArray &type)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = {{"Content-Type", type}};
    r.finalUrl = QUrl(QStringLiteral("https://server.example.com/token"));
    return r;
}

void TstOAuth::pkceMatchesRfc7636AppendixB()
{
    // The verifier the RFC derives from its 32 octets, and the challenge it computes.
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(Pkce::challengeS256(verifier),
             QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TstOAuth::verifiersAreFreshAndWellFormed()
{
    const QString a = Pkce::makeVerifier();
    const QString b = Pkce::makeVerifier();
    QCOMPARE(a.size(), 43);
    QVERIFY(Pkce::isValidVerifier(a));
    QVERIFY(a != b);
    QVERIFY(Pkce::makeNonce() != Pkce::makeNonce());
    QVERIFY(Pkce::makeNonce().size() >= 22); // 128 bits
    QVERIFY(!Pkce::isValidVerifier(QStringLiteral("too-short")));
    QVERIFY(!Pkce::isValidVerifier(QString(43, QLatin1Char('=')))); // not unreserved
}

void TstOAuth::metadataLivesWhereRfc8414Says()
{
    // RFC 8414 section 3.1's example: the well-known part goes between host and path.
    const QList<QUrl> urls =
        OAuthMetadata::discoveryUrls(QStringLiteral("https://example.com/issuer1"));
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0).toString(),
             QStringLiteral("https://example.com/issuer1/.well-known/openid-configuration"));
    QCOMPARE(urls.at(1).toString(),
             QStringLiteral("https://example.com/.well-known/oauth-authorization-server/issuer1"));
    const QList<QUrl> root = OAuthMetadata::discoveryUrls(QStringLiteral("https://example.com/"));
    QCOMPARE(root.at(1).toString(),
             QStringLiteral("https://example.com/.well-known/oauth-authorization-server"));
}

void TstOAuth::metadataForAnotherIssuerIsRefused()
{
    const QByteArray json = R"({"issuer":"https://evil.example.com",
        "token_endpoint":"https://evil.example.com/token"})";
    const auto parsed = OAuthMetadata::parse(json, QStringLiteral("https://server.example.com"),
                                             QUrl(QStringLiteral("https://server.example.com/x")));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("oidc.issuer"));
    QVERIFY(parsed.error().message.contains(QLatin1String("evil.example.com")));

    // RFC 8414 section 3.2's example answer, for its own issuer, is taken whole.
    const QByteArray good = R"({
       "issuer": "https://server.example.com",
       "authorization_endpoint": "https://server.example.com/authorize",
       "token_endpoint": "https://server.example.com/token",
       "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt"],
       "jwks_uri": "https://server.example.com/jwks.json",
       "registration_endpoint": "https://server.example.com/register",
       "scopes_supported": ["openid", "profile", "email", "address", "phone", "offline_access"],
       "response_types_supported": ["code", "code token"],
       "service_documentation": "http://server.example.com/service_documentation.html",
       "ui_locales_supported": ["en-US", "en-GB", "en-CA", "fr-FR", "fr-CA"]})";
    const auto ok = OAuthMetadata::parse(good, QStringLiteral("https://server.example.com"),
                                         QUrl(QStringLiteral("https://server.example.com/x")));
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
    QCOMPARE(ok->tokenEndpoint.toString(), QStringLiteral("https://server.example.com/token"));
    QCOMPARE(ok->authorizationEndpoint.toString(),
             QStringLiteral("https://server.example.com/authorize"));
    QCOMPARE(ok->tokenEndpointAuthMethods, QStringList({QStringLiteral("client_secret_basic"),
                                                        QStringLiteral("private_key_jwt")}));
    QVERIFY(ok->deviceAuthorizationEndpoint.isEmpty());
}

void TstOAuth::metadataWithPlainHttpEndpointsOfAnHttpsIssuerIsRefused()
{
    const QByteArray json = R"({"issuer":"https://server.example.com",
        "token_endpoint":"http://server.example.com/token"})";
    const auto parsed = OAuthMetadata::parse(json, QStringLiteral("https://server.example.com"),
                                             QUrl(QStringLiteral("https://server.example.com/x")));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("oidc.insecure_endpoint"));
}

void TstOAuth::tokenAnswerOfRfc6749IsRead()
{
    // Section 5.1's example (the refresh token of section 4.1.4's answer).
    const auto parsed = OAuthTokenResponse::parse(response(200, R"({
       "access_token":"2YotnFZFEjr1zCsicMWpAA",
       "token_type":"example",
       "expires_in":3600,
       "refresh_token":"tGzv3JOkF0XG5Qx2TlKWIA",
       "example_parameter":"example_value"})"));
    QVERIFY(parsed);
    QCOMPARE(parsed->accessToken, QStringLiteral("2YotnFZFEjr1zCsicMWpAA"));
    QCOMPARE(parsed->tokenType, QStringLiteral("example"));
    QCOMPARE(parsed->expiresIn.value_or(0), 3600);
    QCOMPARE(parsed->refreshToken, QStringLiteral("tGzv3JOkF0XG5Qx2TlKWIA"));
    QVERIFY(parsed->idToken.isEmpty());

    const auto bearer = OAuthTokenResponse::parse(response(
        200, R"({"access_token":"mF_9.B5f-4.1JqM","token_type":"bearer","expires_in":"60"})"));
    QVERIFY(bearer);
    QCOMPARE(bearer->tokenType, QStringLiteral("Bearer"));
    QCOMPARE(bearer->expiresIn.value_or(0), 60);
}

void TstOAuth::errorAnswerOfRfc6749SaysTheServersWords()
{
    // Section 5.2's example, with a description as servers send it.
    const auto parsed = OAuthTokenResponse::parse(
        response(400, R"({"error":"invalid_grant","error_description":"Refresh token expired"})"));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, QStringLiteral("oauth2.invalid_grant"));
    QCOMPARE(parsed.error().kind, Error::Kind::Authentication);
    QVERIFY(parsed.error().message.contains(QLatin1String("Refresh token expired")));
    QVERIFY(parsed.error().message.contains(QLatin1String("server.example.com")));

    const auto pending =
        OAuthTokenResponse::parse(response(400, R"({"error":"authorization_pending"})"));
    QCOMPARE(pending.error().code, QStringLiteral("oauth2.authorization_pending"));
    QCOMPARE(pending.error().kind, Error::Kind::Server);
}

void TstOAuth::tokenAnswerWithoutATokenSaysWhatCame()
{
    const auto html = OAuthTokenResponse::parse(
        response(200, "<!DOCTYPE html><html><body>Sign in</body></html>", "text/html"));
    QVERIFY(!html);
    QCOMPARE(html.error().code, QStringLiteral("oauth2.no_token"));
    QVERIFY2(html.error().message.contains(QLatin1String("text/html")),
             qPrintable(html.error().message));
}

void TstOAuth::loopbackTakesOneRedirectOfItsPath()
{
    LoopbackReceiver receiver;
    const auto listening = receiver.listen(0, QStringLiteral("/callback"));
    QVERIFY(listening);
    const QUrl redirect = listening.value();
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));
    receiver.setPage([](const QUrlQuery &) { return QStringLiteral("You can close this tab."); });
    QSignalSpy received(&receiver, &LoopbackReceiver::received);

    auto get = [this](const QUrl &url, int *status, QByteArray *body) {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return false;
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        *body = reply->readAll();
        reply->deleteLater();
        return true;
    };
    int status = 0;
    QByteArray body;
    // A browser asks for a favicon too: that is not the answer.
    QUrl favicon = redirect;
    favicon.setPath(QStringLiteral("/favicon.ico"));
    QVERIFY(get(favicon, &status, &body));
    QCOMPARE(status, 404);
    QCOMPARE(received.count(), 0);

    QUrl answer = redirect;
    answer.setQuery(QStringLiteral("code=SplxlOBeZQQYbYS6WxSbIA&state=xyz%20z"));
    QVERIFY(get(answer, &status, &body));
    QCOMPARE(status, 200);
    QVERIFY(body.contains("You can close this tab."));
    QCOMPARE(received.count(), 1);
    const QUrlQuery query = received.first().first().value<QUrlQuery>();
    QCOMPARE(query.queryItemValue(QStringLiteral("code")),
             QStringLiteral("SplxlOBeZQQYbYS6WxSbIA"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
             QStringLiteral("xyz z"));
    // One-shot: a replay finds nobody listening.
    QVERIFY(!receiver.isListening());
    QNetworkReply *again = m_nam.get(QNetworkRequest(answer));
    QVERIFY(QTest::qWaitFor([again] { return again->isFinished(); }, 5000));
    QCOMPARE(again->error(), QNetworkReply::ConnectionRefusedError);
    again->deleteLater();
    QCOMPARE(received.count(), 1);
}

QTEST_GUILESS_MAIN(TstOAuth)
#include "tst_oauth.moc"
