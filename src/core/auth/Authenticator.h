#pragma once

#include "auth/Credentials.h"
#include "auth/Session.h"
#include "auth/SignInStep.h"
#include "net/HttpClient.h"
#include "util/DeadlineTimer.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

// Speaks one vendor's login protocol. Faces hand it credentials and listen: a login ends in
// loggedIn(), failed(), or secondFactorRequired() with the server's own prompt, answered by
// provideSecondFactor(). Every signal comes later, never inside the call that started it. It never
// touches widgets, settings or the keychain; every request goes through HttpClient, which alone
// attaches credentials.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    Authenticator(HttpClient *http, const Credentials &credentials, QObject *parent = nullptr);
    ~Authenticator() override;

    virtual MethodDescriptor descriptor() const = 0;

    virtual void logIn() = 0;
    // The MFA code (RegScale) or challenge answer (Password Safe) the server asked for.
    virtual void provideSecondFactor(const QString &code);
    // The vendor's cheapest "is this alive and who am I" call.
    virtual void testToken() = 0;
    virtual bool canSignOut() const { return false; }
    virtual void signOut();
    // Called after every request made with the session: a vendor whose server ends a session
    // after some time without calls (Password Safe) restarts its idle clock here.
    virtual void noteSessionUsed() {}

    // Stops whatever is in flight or waits for a person; emits failed() with
    // Error::Kind::Cancelled.
    void cancel();
    bool isBusy() const { return !m_calls.isEmpty() || waitsForPerson(); }
    // A login cannot go on without a person (a sign-in in the browser): the session service
    // asks one before it starts, instead of starting it unattended.
    virtual bool needsPerson() const { return false; }

    const Session &session() const { return m_session; }
    void setSession(const Session &session); // a session restored from the keychain
    const Credentials &credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }

    // True when the stored secrets give a new token without a person.
    virtual bool canLogInAgain() const = 0;
    // For a method whose secret is the token itself: the session that secret makes, built here
    // without asking the server (what only reports, like `status`, needs no network).
    virtual std::optional<Session> sessionFromSecrets() const { return std::nullopt; }
    // Log in again by itself this long before the token expires (when it can).
    void setAutoRelogin(bool enabled, int leadSeconds = 60);
    bool autoRelogin() const { return m_autoRelogin; }

Q_SIGNALS:
    void loggedIn();
    void secondFactorRequired(const QString &prompt);
    // The login waits for the person to do `step` outside Tokenbench; it goes on by itself.
    void signInStepRequired(const SignInStep &step);
    void failed(const Error &error);
    void tested(const Identity &identity);
    void signedOut();
    void sessionChanged();

protected:
    // Sends `request` with the session's credential when `authenticated` (else with whatever
    // credential the request already holds), and calls `handler` with
    // the result unless the call was cancelled. The base URL is joined with relative paths.
    void send(HttpRequest request, bool authenticated,
              std::function<void(const Result<HttpResponse> &)> handler);
    QUrl url(const QString &relativePath) const;

    void finishLogin(Session session);
    void fail(const Error &error);
    // For an HTTP answer that is not a success: the vendor's words, with the vendor's name.
    void failWithResponse(const HttpResponse &response);
    // For a status the vendor documents: what the document says it means, then the server's
    // own words when it gave some.
    void failWithDocumentedStatus(const HttpResponse &response, const QString &meaning);
    Error missing(const QString &what) const;
    // A login answered without a token where `field` was due: says what came instead (an HTML
    // page, malformed JSON, JSON without the field) and its Content-Type.
    Error noToken(const HttpResponse &response, const QString &code, const QString &field) const;
    // The session of a token given as the secret `secretField`, with the expiry a person
    // stated in `expiryField` (a date, or a date and time) when the token does not say.
    Result<Session> sessionFromTokenSecret(const QString &secretField, Token::Source source,
                                           const QString &expiryField, const QString &missingWhat,
                                           const QDateTime &obtainedAt = {}) const;
    // Plans the automatic re-login again, for a session whose expiry moved.
    void scheduleRelogin();
    // Whether the login waits for a person (a browser, a code) rather than for a request.
    virtual bool waitsForPerson() const { return false; }
    // Stops waiting for a person; says whether it was waiting.
    virtual bool stopWaitingForPerson() { return false; }
    // Emits signInStepRequired later, not inside the call that started the login.
    void requireSignInStep(const SignInStep &step);
    // Tests the token with a GET of `url`: its JSON's plain values become the identity's facts.
    // The credential goes with it when `credential` is empty, else `credential` does.
    void testWithGet(const QUrl &url, const Credential &credential = {});

    Session m_session;
    Credentials m_credentials;

private:
    HttpClient *m_http;
    QList<QPointer<HttpCall>> m_calls;
    DeadlineTimer m_reloginTimer;
    bool m_autoRelogin = false;
    int m_reloginLeadSeconds = 60;
};

Q_DECLARE_METATYPE(Error)
Q_DECLARE_METATYPE(Identity)
