#include "Authenticator.h"

#include "net/HttpErrors.h"
#include "util/Clock.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

Authenticator::Authenticator(HttpClient *http, const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_http(http)
{
    m_reloginTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_reloginTimer, &DeadlineTimer::timeout, this, [this] {
        if (m_autoRelogin && canLogInAgain() && !isBusy())
            logIn();
    });
    for (const QString &secret : credentials.secretValues())
        Redactor::registerSecret(secret);
}

Authenticator::~Authenticator()
{
    for (const QPointer<HttpCall> &call : std::as_const(m_calls))
        if (call)
            call->abort();
}

void Authenticator::provideSecondFactor(const QString &)
{
    fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("auth.no_second_factor"),
                     tr("This sign-in method has no second step.")));
}

void Authenticator::signOut()
{
    fail(Error::make(Error::Kind::InvalidInput, QStringLiteral("auth.no_sign_out"),
                     tr("%1 has no sign-out; the token stays valid until it expires.")
                         .arg(descriptor().vendorName)));
}

void Authenticator::cancel()
{
    const auto calls = m_calls;
    m_calls.clear();
    for (const QPointer<HttpCall> &call : calls)
        if (call)
            call->abort();
    const bool waited = stopWaitingForPerson();
    if (!calls.isEmpty() || waited)
        fail(Error::make(Error::Kind::Cancelled, QStringLiteral("auth.cancelled"),
                         tr("Cancelled.")));
}

void Authenticator::setSession(const Session &session)
{
    m_session = session;
    for (const QString &secret : {session.token.raw(), session.refreshToken, session.idToken})
        Redactor::registerSecret(secret);
    scheduleRelogin();
    Q_EMIT sessionChanged();
}

void Authenticator::setAutoRelogin(bool enabled, int leadSeconds)
{
    m_autoRelogin = enabled;
    m_reloginLeadSeconds = qMax(1, leadSeconds);
    scheduleRelogin();
}

void Authenticator::scheduleRelogin()
{
    m_reloginTimer.stop();
    const auto &expiresAt = m_session.token.expiresAt();
    if (!m_autoRelogin || !expiresAt || !canLogInAgain())
        return;
    const qint64 lifetimeMs = m_session.token.obtainedAt().msecsTo(*expiresAt);
    // A short-lived token is renewed when a tenth of its life is left, never in a tight loop.
    const qint64 leadMs = qMin<qint64>(m_reloginLeadSeconds * 1000LL, lifetimeMs / 10);
    m_reloginTimer.start(qMax(Clock::now().addSecs(1), expiresAt->addMSecs(-leadMs)));
}

QUrl Authenticator::url(const QString &relativePath) const
{
    QUrl base = m_credentials.baseUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path);
    return base.resolved(QUrl(relativePath));
}

void Authenticator::send(HttpRequest request, bool authenticated,
                         std::function<void(const Result<HttpResponse> &)> handler)
{
    if (authenticated)
        request.credential = m_session.credential();
    request.network = m_credentials.network;
    if (request.timeoutMs <= 0)
        request.timeoutMs = m_credentials.timeoutMs;
    HttpCall *call = m_http->send(request);
    m_calls.append(call);
    connect(call, &HttpCall::finished, this, [this, call, handler = std::move(handler)] {
        const bool wasTracked = m_calls.removeAll(call) > 0;
        if (!wasTracked)
            return; // cancelled: cancel() already reported it
        handler(call->result());
    });
}

void Authenticator::finishLogin(Session session)
{
    for (const QString &secret : {session.token.raw(), session.refreshToken, session.idToken})
        Redactor::registerSecret(secret);
    m_session = std::move(session);
    scheduleRelogin();
    // Always later, never inside logIn(): a face connects after calling it as often as before.
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT sessionChanged();
            Q_EMIT loggedIn();
        },
        Qt::QueuedConnection);
}

void Authenticator::fail(const Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
}

void Authenticator::failWithResponse(const HttpResponse &response)
{
    Error error = HttpErrors::fromResponse(response);
    // Vendors answer refused credentials with 400 as often as with 401 (RegScale, Scantrust).
    if (response.status == 400)
        error.kind = Error::Kind::Authentication;
    error.message = tr("%1: %2").arg(descriptor().vendorName, error.message);
    fail(error);
}

void Authenticator::failWithDocumentedStatus(const HttpResponse &response, const QString &meaning)
{
    Error error = HttpErrors::fromResponse(response);
    const QString host =
        response.finalUrl.host().isEmpty() ? tr("the server") : response.finalUrl.host();
    error.message = tr("%1: %2 (HTTP %3 from %4).")
                        .arg(descriptor().vendorName, meaning)
                        .arg(response.status)
                        .arg(host);
    const QString words = HttpErrors::vendorMessage(response.body, response.header("Content-Type"));
    if (!words.isEmpty())
        error.message += QLatin1Char(' ') + tr("The server said: %1").arg(words);
    fail(error);
}

Error Authenticator::noToken(const HttpResponse &response, const QString &code,
                             const QString &field) const
{
    QString type = QString::fromLatin1(response.header("Content-Type")).trimmed();
    if (type.isEmpty())
        type = tr("none");
    const auto json = HttpErrors::jsonObject(response);
    const QString what = json ? tr("its JSON has no \"%1\"").arg(field) : json.error().message;
    return Error::make(Error::Kind::Parse, code,
                       tr("%1 answered the login without a token: %2 (Content-Type: %3).")
                           .arg(descriptor().vendorName, what, type));
}

Error Authenticator::missing(const QString &what) const
{
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("auth.missing_field"),
                       tr("%1 is needed to sign in.").arg(what));
}

Result<Session> Authenticator::sessionFromTokenSecret(const QString &secretField,
                                                      Token::Source source,
                                                      const QString &expiryField,
                                                      const QString &missingWhat,
                                                      const QDateTime &obtainedAt) const
{
    const QString raw = m_credentials.secret(secretField).trimmed();
    if (raw.isEmpty())
        return missing(missingWhat);
    Session session;
    session.baseUrl = m_credentials.baseUrl;
    session.token = Token::fromRaw(raw, source, descriptor().deliveryFor(m_credentials.fields),
                                   obtainedAt.isValid() ? obtainedAt : Clock::now());
    const QString stated =
        expiryField.isEmpty() ? QString() : m_credentials.field(expiryField).trimmed();
    if (session.token.expirySource() != Token::ExpirySource::ExpClaim && !stated.isEmpty()) {
        QDateTime when = QDateTime::fromString(stated, Qt::ISODate);
        if (!when.isValid())
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("auth.bad_date"),
                               tr("\"%1\" is not a date; write it as 2026-12-31 or "
                                  "2026-12-31T18:00:00Z.")
                                   .arg(stated));
        if (stated.size() == 10) // a date alone: the token lasts through that day
            when = QDateTime(when.date(), QTime(23, 59, 59), Qt::LocalTime);
        session.token.setStatedExpiry(when);
    }
    return session;
}

void Authenticator::requireSignInStep(const SignInStep &step)
{
    QMetaObject::invokeMethod(
        this, [this, step] { Q_EMIT signInStepRequired(step); }, Qt::QueuedConnection);
}

void Authenticator::testWithGet(const QUrl &url, const Credential &credential)
{
    HttpRequest request;
    request.url = url;
    request.headers = {{"Accept", "application/json"}};
    request.credential = credential;
    send(request, credential.isEmpty(), [this](const Result<HttpResponse> &result) {
        if (!result)
            return fail(result.error());
        if (!result->isSuccess())
            return failWithResponse(result.value());
        Identity identity;
        const QJsonObject json = QJsonDocument::fromJson(result->body).object();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it)
            if (it.value().isString() || it.value().isDouble() || it.value().isBool())
                identity.facts.insert(it.key(), it.value().toVariant().toString());
        for (const char *key :
             {"name", "authenticated_as", "username", "preferred_username", "email", "sub", "id"}) {
            if (identity.facts.contains(QLatin1String(key))) {
                identity.displayName = identity.facts.value(QLatin1String(key));
                break;
            }
        }
        if (identity.displayName.isEmpty())
            identity.displayName = tr("accepted (HTTP %1)").arg(result->status);
        Q_EMIT tested(identity);
    });
}
