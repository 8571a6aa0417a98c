#include "compose/RequestRunner.h"

#include "auth/SessionManager.h"
#include "compose/RequestBuilder.h"
#include "compose/Variables.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"

RequestRunner::RequestRunner(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
                             QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_sessions(sessions)
    , m_http(http)
{}

RequestRunner::~RequestRunner()
{
    ++m_generation;
    if (m_call)
        m_call->abort();
}

QUrl RequestRunner::baseUrlOf(const QUuid &id) const
{
    if (id.isNull())
        return {};
    const auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces));
    return profile ? profile->baseUrl : QUrl();
}

void RequestRunner::send(const QUuid &profileId, const RequestDraft &draft,
                         const Variables &secretVariables)
{
    cancel();
    m_outcome = Outcome{};
    m_secretVariables = secretVariables;
    m_outcome.profileId = profileId;
    m_outcome.draft = draft;
    m_running = true;
    const quint64 generation = ++m_generation;
    if (profileId.isNull()) {
        sendWith({});
        return;
    }
    if (!m_profiles->find(profileId.toString(QUuid::WithoutBraces))) {
        finish(Error::make(Error::Kind::NotFound, QStringLiteral("compose.no_profile"),
                           tr("The profile no longer exists.")));
        return;
    }
    // A URL off the profile's origin gets no credential, so it needs no login either. Only the
    // URL is worked out here: the body (a file, maybe) is read once, when the request is built.
    const QUrl base = baseUrlOf(profileId);
    QStringList unresolved;
    Variables variables =
        Variables::forProfile(*m_profiles->find(profileId.toString(QUuid::WithoutBraces)));
    variables.merge(m_secretVariables);
    const QString target = variables.resolve(draft.url, &unresolved);
    const QUrl url = RequestBuilder::resolveUrl(base, target);
    if (unresolved.isEmpty() && url.isValid() && !url.host().isEmpty() &&
        Origin::of(url) != Origin::of(base)) {
        sendWith({});
        return;
    }
    m_sessions->freshSession(profileId, this, [this, generation](const Result<Session> &session) {
        if (generation != m_generation)
            return;
        if (!session) {
            m_running = false;
            if (session.error().code == QLatin1String("session.needs_login"))
                Q_EMIT needsLogin(m_outcome.profileId, session.error());
            else
                finish(session.error());
            return;
        }
        sendWith(session->credential());
    });
}

void RequestRunner::sendWith(const Credential &credential)
{
    const QUuid id = m_outcome.profileId;
    const auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces));
    Variables variables;
    if (profile) {
        const auto session = m_sessions->session(id);
        variables = Variables::forProfile(*profile, session ? &*session : nullptr);
    }
    variables.merge(m_secretVariables);
    auto built = RequestBuilder::build(m_outcome.draft, baseUrlOf(id), variables, credential);
    if (!built) {
        finish(built.error());
        return;
    }
    HttpRequest request = std::move(built).value();
    if (profile && profile->options.timeoutSeconds > 0)
        request.timeoutMs = profile->options.timeoutSeconds * 1000;
    m_outcome.sent = request;
    m_outcome.credentialAttached = RequestBuilder::credentialApplies(request.url, credential);
    m_running = true;
    Q_EMIT started(request.url, m_outcome.credentialAttached);
    HttpCall *call = m_http->send(request);
    m_call = call;
    const quint64 generation = m_generation;
    connect(call, &HttpCall::downloadProgress, this, &RequestRunner::progress);
    connect(call, &HttpCall::finished, this, [this, call, generation] {
        if (generation != m_generation)
            return;
        m_call.clear();
        const Result<HttpResponse> result = call->result();
        if (result && result->status == 401 && m_outcome.credentialAttached &&
            !m_outcome.renewedSession) {
            const auto current =
                m_profiles->find(m_outcome.profileId.toString(QUuid::WithoutBraces));
            if (current && current->options.autoRelogin) {
                m_outcome.response = result;
                renew();
                return;
            }
            m_outcome.response = result;
            Q_EMIT unauthorized(m_outcome.profileId);
        }
        finish(result);
    });
}

void RequestRunner::renewAndResend()
{
    if (m_running || m_outcome.profileId.isNull())
        return;
    m_running = true;
    ++m_generation;
    renew();
}

void RequestRunner::renew()
{
    m_outcome.renewedSession = true;
    const quint64 generation = m_generation;
    m_sessions->renewSession(m_outcome.profileId, this,
                             [this, generation](const Result<Session> &session) {
                                 if (generation != m_generation)
                                     return;
                                 if (!session) {
                                     m_running = false;
                                     Q_EMIT needsLogin(m_outcome.profileId, session.error());
                                     return;
                                 }
                                 sendWith(session->credential());
                             });
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
    Q_EMIT finished(m_outcome);
    m_outcome.sent.credential = Credential{};
}
