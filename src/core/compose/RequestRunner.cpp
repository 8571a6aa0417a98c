#include "compose/RequestRunner.h"

#include "auth/CredentialPrompter.h"
#include "compose/RequestBuilder.h"
#include "compose/Variables.h"
#include "history/HistoryStore.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"

#include <QFile>

RequestRunner::Target RequestRunner::target(const Profile &profile, const Session *session,
                                            const QString &draftUrl,
                                            const Variables &secretVariables)
{
    Target t;
    Variables variables = Variables::forProfile(profile, session);
    variables.merge(secretVariables);
    const QString resolved = variables.resolve(draftUrl, &t.unresolved);
    if (!t.unresolved.isEmpty() || draftUrl.trimmed().isEmpty())
        return t;
    t.url = RequestBuilder::resolveUrl(profile.baseUrl, resolved);
    if (!t.url.isValid() || t.url.host().isEmpty())
        return t;
    // The one answer to "does the credential go there?": the base URL's scheme, host and port.
    t.offOrigin = Origin::of(t.url) != Origin::of(profile.baseUrl);
    t.credentialGoes = !t.offOrigin;
    return t;
}

RequestRunner::RequestRunner(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
                             HistoryStore *history, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_sessions(sessions)
    , m_http(http)
    , m_history(history)
{}

RequestRunner::~RequestRunner()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
}

void RequestRunner::send(const QUuid &profileId, const RequestDraft &draft, const Options &options)
{
    cancel();
    m_outcome = Outcome{};
    m_outcome.profileId = profileId;
    m_outcome.draft = draft;
    m_options = options;
    m_withoutSession = false;
    m_askedFields.clear();
    m_running = true;
    const quint64 generation = ++m_generation;
    if (profileId.isNull()) {
        sendWith({});
        return;
    }
    const auto profile = m_profiles->find(profileId);
    if (!profile) {
        finish(Error::make(Error::Kind::NotFound, QStringLiteral("compose.no_profile"),
                           tr("The profile no longer exists.")));
        return;
    }
    // A URL off the profile's origin gets no credential, so it needs no login either. Only the
    // URL is worked out here: the body (a file, maybe) is read once, when the request is built.
    if (target(*profile, nullptr, draft.url, options.secretVariables).offOrigin) {
        // No login, but the profile's network secrets (a proxy password) are read first.
        m_sessions->restore(profileId, this, [this, generation](const Result<Session> &) {
            if (generation == m_generation)
                sendWith({});
        });
        return;
    }
    fetchSessionAndSend();
}

void RequestRunner::fetchSessionAndSend()
{
    const quint64 generation = m_generation;
    const SessionManager::Ask ask =
        m_options.credentialRequired ? m_options.ask : SessionManager::Ask::Never;
    m_sessions->freshSession(
        m_outcome.profileId, this,
        [this, generation](const Result<Session> &session) {
            if (generation != m_generation)
                return;
            if (session)
                return sendWith(session->credential());
            // The login itself went through a proxy that wants its password.
            if (askNetworkSecret(session.error(), [this] { fetchSessionAndSend(); }))
                return;
            if (!m_options.credentialRequired &&
                session.error().kind == Error::Kind::LoginRequired) {
                m_withoutSession = true;
                return sendWith({});
            }
            finish(session.error());
        },
        ask);
}

void RequestRunner::sendWith(const Credential &credential)
{
    const QUuid id = m_outcome.profileId;
    const auto profile = id.isNull() ? std::nullopt : m_profiles->find(id);
    Variables variables;
    if (profile) {
        const auto session = m_sessions->session(id);
        variables = Variables::forProfile(*profile, session ? &*session : nullptr);
    }
    variables.merge(m_options.secretVariables);
    auto built = RequestBuilder::build(m_outcome.draft, profile ? profile->baseUrl : QUrl(),
                                       variables, credential);
    if (!built) {
        finish(built.error());
        return;
    }
    HttpRequest request = std::move(built).value();
    if (profile) {
        // The profile's CA file, TLS switch, proxy, client certificate and timeout go with this
        // request alone.
        request.network = m_sessions->networkFor(id);
        request.timeoutMs = profile->timeoutMs();
    }
    request.saveToFile = m_options.saveToFile;
    m_outcome.sent = request;
    m_outcome.credentialAttached = RequestBuilder::credentialApplies(request.url, credential);
    m_running = true;
    Q_EMIT started(request.url, m_outcome.credentialAttached);
    HttpCall *call = m_http->send(request);
    m_call = call;
    connect(call, &HttpCall::downloadProgress, this, &RequestRunner::progress);
    const quint64 generation = m_generation;
    connect(call, &HttpCall::finished, this, [this, call, generation] {
        if (generation == m_generation)
            onAnswer(call);
    });
}

// A proxy that refused or wanted its password, or a client key that wants its passphrase (for
// the request or the login before it): a person is asked once per send, the answer kept like
// any secret, and `retry` runs. False when nobody is to be asked: the caller reports the error.
bool RequestRunner::askNetworkSecret(const Error &error, std::function<void()> retry)
{
    // Which secret the refusal asks for: the proxy's password, or the passphrase of the
    // client certificate's key (a PKCS#12 file or an encrypted PEM key).
    QString field;
    if (error.code == QLatin1String("net.proxy_auth"))
        field = QStringLiteral("proxy_password");
    else if (error.code == QLatin1String("net.client_key_locked") ||
             error.code == QLatin1String("net.client_cert_pkcs12"))
        field = QStringLiteral("client_key_passphrase");
    if (field.isEmpty() || m_askedFields.contains(field) || m_outcome.profileId.isNull() ||
        m_options.ask != SessionManager::Ask::IfNeeded || !m_sessions->prompter())
        return false;
    m_askedFields.insert(field);
    m_outcome.askedNetworkSecret = true;
    const quint64 generation = m_generation;
    m_sessions->prompter()->askNetworkSecret(
        error.message, this, [this, generation, error, retry, field](const QString &secret) {
            if (generation != m_generation)
                return;
            if (secret.isEmpty())
                return finish(error);
            m_sessions->saveNetworkSecret(m_outcome.profileId, field, secret);
            retry();
        });
    return true;
}

void RequestRunner::onAnswer(HttpCall *call)
{
    m_call.clear();
    const Result<HttpResponse> result = call->result();
    if (!result) {
        const Credential credential = m_outcome.sent.credential;
        if (askNetworkSecret(result.error(), [this, credential] { sendWith(credential); }))
            return;
    }
    // A server that answered a request made with the session counts it as use (an idle clock).
    if (result && result->status != 401 && m_outcome.credentialAttached)
        m_sessions->noteSessionUsed(m_outcome.profileId);
    // A refused credential, or a server that wants one where none was at hand.
    if (result && result->status == 401 && !m_outcome.renewedSession &&
        (m_outcome.credentialAttached || m_withoutSession))
        return renew(result);
    finish(result);
}

// The one 401 policy: renew once, as the session service decides (stored secrets when they
// give a new token and the profile may log in by itself, else a person, else a typed failure).
void RequestRunner::renew(const Result<HttpResponse> &refused)
{
    m_outcome.renewedSession = true;
    // The refused answer is not shown: its body, if it went to a file, goes now.
    if (!refused->bodyFile.isEmpty() && refused->bodyFile != m_options.saveToFile)
        QFile::remove(refused->bodyFile);
    const quint64 generation = m_generation;
    auto resend = [this, generation](const Result<Session> &session) {
        if (generation != m_generation)
            return;
        if (!session)
            return finish(session.error());
        sendWith(session->credential());
    };
    if (std::exchange(m_withoutSession, false))
        m_sessions->freshSession(m_outcome.profileId, this, resend, m_options.ask);
    else
        m_sessions->renewSession(m_outcome.profileId, this, resend, m_options.ask);
}

void RequestRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_call) {
        HttpCall *call = m_call;
        m_call.clear();
        call->abort();
    }
    finish(Error::make(Error::Kind::Cancelled, QStringLiteral("compose.cancelled"),
                       tr("The request was cancelled.")));
}

void RequestRunner::finish(Result<HttpResponse> response)
{
    m_running = false;
    m_outcome.response = std::move(response);
    if (m_options.recordHistory)
        record();
    Q_EMIT finished(m_outcome);
    m_outcome.sent.credential = Credential{};
}

void RequestRunner::record()
{
    // Nothing was sent (a missing variable, a cancelled login): nothing to keep.
    if (!m_history || !m_history->isOpen() || m_outcome.sent.url.isEmpty())
        return;
    QStringList secrets = m_sessions->knownSecrets(m_outcome.profileId);
    for (const auto &header : m_outcome.sent.credential.headers)
        secrets << QString::fromUtf8(header.second);
    const auto profile = m_profiles->find(m_outcome.profileId);
    const auto recorded =
        m_history->record(m_outcome.profileId, profile ? profile->name : QString(), m_outcome.draft,
                          m_outcome.sent, m_outcome.response, secrets);
    if (recorded)
        m_outcome.historyId = recorded.value();
}
