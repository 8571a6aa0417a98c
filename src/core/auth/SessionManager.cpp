#include "SessionManager.h"

#include "auth/AuthenticatorFactory.h"
#include "auth/CredentialPrompter.h"
#include "auth/LoginAttempt.h"
#include "util/Clock.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

namespace {

const QString SessionField = QStringLiteral("session");

// Calls `handler` later, on the context's thread, unless the context is gone by then.
template<typename T>
void answer(QObject *context, std::function<void(const T &)> handler, T value)
{
    if (!handler)
        return;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, handler = std::move(handler), value = std::move(value)] {
        if (guard)
            handler(value);
    });
}

// A handler that does nothing once its context is gone.
template<typename T>
std::function<void(const T &)> guarded(QObject *context, std::function<void(const T &)> handler)
{
    QPointer<QObject> guard(context);
    return [guard, handler = std::move(handler)](const T &value) {
        if (guard && handler)
            handler(value);
    };
}

Error noProfile()
{
    return Error::make(Error::Kind::NotFound, QStringLiteral("session.no_profile"),
                       SessionManager::tr("There is no such profile."));
}

// What an authenticator is made from: an edit of any of these needs a new one. Fields the
// authenticator learned itself (and the service wrote back) are no edit.
bool sameLogin(const Profile &a, const Profile &b, const QStringList &learned)
{
    auto fields = [&learned](QMap<QString, QString> f) {
        for (const QString &key : learned)
            f.remove(key);
        return f;
    };
    return a.vendor == b.vendor && a.method == b.method && a.baseUrl == b.baseUrl &&
           fields(a.fields) == fields(b.fields);
}

} // namespace

// The session's keychain item: the raw token, or a small JSON object when an OAuth refresh token
// or ID token comes with it (one item, so that forgetting the session forgets them all).
const QString EnvelopeMark = QStringLiteral("tokenbench.session");

QString SessionManager::storedForm(const Session &session)
{
    if (session.refreshToken.isEmpty() && session.idToken.isEmpty())
        return session.token.raw();
    QJsonObject envelope{{EnvelopeMark, 1}, {QStringLiteral("access_token"), session.token.raw()}};
    if (!session.refreshToken.isEmpty())
        envelope.insert(QStringLiteral("refresh_token"), session.refreshToken);
    if (!session.idToken.isEmpty())
        envelope.insert(QStringLiteral("id_token"), session.idToken);
    return QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

Session SessionManager::rememberedSession(const Profile &profile, const QString &stored)
{
    QString raw = stored;
    Session session;
    // No raw token starts with '{': an access token is a JWT or an opaque word.
    const QJsonObject envelope = stored.startsWith(QLatin1Char('{'))
                                     ? QJsonDocument::fromJson(stored.toUtf8()).object()
                                     : QJsonObject();
    if (envelope.contains(EnvelopeMark)) {
        raw = envelope.value(QLatin1String("access_token")).toString();
        session.refreshToken = envelope.value(QLatin1String("refresh_token")).toString();
        session.idToken = envelope.value(QLatin1String("id_token")).toString();
    }
    const Profile::LastToken &last = profile.lastToken;
    session.baseUrl = profile.baseUrl;
    session.token = Token::fromRaw(raw, Token::sourceFromKey(last.source), deliveryOf(profile),
                                   last.obtainedAt.isValid() ? last.obtainedAt : Clock::now());
    if (session.token.expirySource() != Token::ExpirySource::ExpClaim && last.expiresAt)
        session.token.restoreExpiry(*last.expiresAt, Token::expirySourceFromKey(last.expirySource));
    return session;
}

TokenDelivery SessionManager::deliveryOf(const Profile &profile)
{
    const TokenDelivery own =
        AuthenticatorFactory::deliveryFor(profile.vendor, profile.method, profile.fields);
    const auto chosen = TokenDelivery::fromChoice(profile.options.sendAs);
    return chosen && own.kind != TokenDelivery::Kind::Cookie ? *chosen : own;
}

Session SessionManager::asSent(const Profile &profile, Session session)
{
    const auto chosen = TokenDelivery::fromChoice(profile.options.sendAs);
    if (chosen && session.token.delivery().kind != TokenDelivery::Kind::Cookie)
        session.token.setDelivery(*chosen);
    return session;
}

Profile::LastToken SessionManager::lastTokenOf(const Token &token)
{
    Profile::LastToken last;
    last.obtainedAt = token.obtainedAt();
    last.expiresAt = token.expiresAt();
    last.source = Token::sourceKey(token.source());
    last.expirySource = Token::expirySourceKey(token.expirySource());
    return last;
}

bool SessionManager::hasLifeLeft(const Token &token)
{
    const TokenTiming timing = token.timing();
    return timing.state != TokenTiming::State::Expired &&
           (!timing.msecsLeft || *timing.msecsLeft > MinimumLifeMs);
}

Credentials SessionManager::credentialsOf(const Profile &profile)
{
    Credentials credentials;
    credentials.baseUrl = profile.baseUrl;
    credentials.fields = profile.fields;
    credentials.network = profile.network();
    credentials.timeoutMs = profile.timeoutMs();
    return credentials;
}

struct SessionManager::Entry
{
    enum class Busy
    {
        None,
        Unattended, // logging in with what is stored or given
        Attempt,    // a person is being asked (LoginAttempt)
        Test,
        SignOut,
    };

    Profile profile; // what the authenticator was made from
    MethodDescriptor method;
    std::unique_ptr<Authenticator> auth;
    QHash<QString, QString> stored; // read from the SecretStore
    bool restored = false;
    bool restoring = false;
    QList<std::function<void()>> waitingForRestore;

    Busy busy = Busy::None;
    QList<SessionHandler> waiting;      // answered when the login in flight ends
    QList<std::function<void()>> later; // what waits for a test or sign-out to end
    bool askOnFailure = false;          // a refused stored secret goes to the prompter
    bool secondFactorUsed = false;      // the given code went once in this login
    bool answeringSecondFactor = false; // a person's code is with the server
    bool secondFactorRefused = false;   // ...and the server refused it, ending the sign-in
    int cancellationsToIgnore = 0;      // failed(Cancelled) we caused ourselves
    QPointer<LoginAttempt> attempt;
    QHash<QString, QString> submitted; // by the person, for the attempt in flight
    bool rememberSubmitted = false;
};

SessionManager::SessionManager(ProfileStore *profiles, SecretStore *secrets, HttpClient *http,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_http(http)
{
    connect(m_profiles, &ProfileStore::changed, this, &SessionManager::followProfiles);
}

SessionManager::~SessionManager()
{
    for (const auto &e : std::as_const(m_entries))
        if (e->attempt)
            delete e->attempt.data();
}

void SessionManager::setPrompter(CredentialPrompter *prompter)
{
    m_prompter = prompter;
}

void SessionManager::provideSecrets(const QUuid &id, const QHash<QString, QString> &secrets)
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        Redactor::registerSecret(it.value());
    m_given[id] = secrets;
    // Read again at the next use, so a token given here makes the session.
    if (const auto it = m_entries.constFind(id); it != m_entries.cend() && !(*it)->restoring)
        (*it)->restored = false;
}

QStringList SessionManager::networkSecretFieldsOf(const Profile &profile) const
{
    QStringList fields = profile.usedNetworkSecretFields();
    const bool followsApp = profile.options.proxy.trimmed().isEmpty();
    if (followsApp && !m_appProxyUser.isEmpty() &&
        !fields.contains(QStringLiteral("proxy_password")))
        fields.append(QStringLiteral("proxy_password"));
    return fields;
}

NetworkSettings SessionManager::networkFor(const QUuid &id) const
{
    const auto it = m_entries.constFind(id);
    if (it != m_entries.cend())
        return credentialsFor(**it).network;
    const auto profile = m_profiles->find(id);
    if (!profile)
        return {};
    NetworkSettings network = profile->network();
    const auto given = m_given.value(id);
    network.proxy.password = given.value(QStringLiteral("proxy_password"));
    network.clientKeyPassphrase = given.value(QStringLiteral("client_key_passphrase"));
    return network;
}

void SessionManager::saveNetworkSecret(const QUuid &id, const QString &field, const QString &value)
{
    if (!Profile::networkSecretFields().contains(field) || value.isEmpty())
        return;
    Redactor::registerSecret(value);
    m_given[id].insert(field, value);
    if (Entry *e = entry(id)) {
        e->stored.insert(field, value);
        e->auth->setCredentials(credentialsFor(*e));
    }
    if (!m_remembering)
        return;
    storeWrite(SecretStore::key(id, field), value, this, [this, id](const Result<bool> &written) {
        if (!written)
            Q_EMIT problem(id, written.error());
    });
}

std::optional<MethodDescriptor> SessionManager::method(const QUuid &id) const
{
    const auto profile = m_profiles->find(id);
    return profile ? AuthenticatorFactory::find(profile->vendor, profile->method) : std::nullopt;
}

std::shared_ptr<SessionManager::Entry> SessionManager::makeEntry(const Profile &profile)
{
    const auto descriptor = AuthenticatorFactory::find(profile.vendor, profile.method);
    if (!descriptor)
        return nullptr;
    auto auth = AuthenticatorFactory::create(profile.vendor, profile.method, m_http,
                                             credentialsOf(profile));
    if (!auth)
        return nullptr;
    auto created = std::make_shared<Entry>();
    created->profile = profile;
    created->method = *descriptor;
    created->auth = std::move(auth);
    Authenticator *raw = created->auth.get();
    raw->setAutoRelogin(profile.options.autoRelogin);
    const QUuid id = profile.id;
    // Signals of an authenticator that was replaced (an edited profile) reach nobody.
    const std::weak_ptr<Entry> weak = created;
    auto current = [this, id, weak] {
        const auto e = weak.lock();
        return e && m_entries.value(id) == e;
    };
    connect(raw, &Authenticator::loggedIn, this, [this, id, current] {
        if (current())
            onLoggedIn(id);
    });
    connect(raw, &Authenticator::failed, this, [this, id, current](const Error &error) {
        if (current())
            onLoginFailed(id, error);
    });
    connect(raw, &Authenticator::secondFactorRequired, this,
            [this, id, current](const QString &prompt) {
                if (current())
                    onSecondFactor(id, prompt);
            });
    connect(raw, &Authenticator::sessionChanged, this, [this, id, current] {
        if (current())
            Q_EMIT sessionChanged(id);
    });
    connect(raw, &Authenticator::signInStepRequired, this,
            [this, id, current](const SignInStep &step) {
                if (current())
                    onSignInStep(id, step);
            });
    return created;
}

SessionManager::Entry *SessionManager::entry(const QUuid &id)
{
    if (auto it = m_entries.find(id); it != m_entries.end())
        return it->get();
    const auto profile = m_profiles->find(id);
    if (!profile)
        return nullptr;
    auto created = makeEntry(*profile);
    if (!created)
        return nullptr;
    m_entries.insert(id, created);
    return created.get();
}

// An edited profile gets a fresh authenticator; a removed one loses its entry. A session that
// belonged to the old server or account is signed out (where the vendor has sign-out) and
// forgotten; a change of options alone (timeout, CA file, re-login) keeps the session.
void SessionManager::followProfiles()
{
    const QList<QUuid> ids = m_entries.keys();
    for (const QUuid &id : ids) {
        const auto old = m_entries.value(id);
        const auto profile = m_profiles->find(id);
        if (!profile) {
            m_entries.remove(id);
            m_given.remove(id);
            retire(old, true);
            continue;
        }
        const bool loginChanged = !sameLogin(old->profile, *profile, old->method.learnedFields);
        const bool optionsChanged =
            old->profile.network() != profile->network() ||
            old->profile.timeoutMs() != profile->timeoutMs() ||
            old->profile.options.autoRelogin != profile->options.autoRelogin;
        if (!loginChanged && !optionsChanged) {
            old->profile = *profile;
            continue;
        }
        if (!loginChanged && old->busy == Entry::Busy::Attempt && old->attempt &&
            !old->attempt->isBusy()) {
            // A person is asked and nothing is in flight: how to reach the server changed (a
            // certificate authority trusted from the login's own error), and the next submit
            // builds its credentials from this profile.
            old->profile = *profile;
            continue;
        }
        if (old->busy != Entry::Busy::None) {
            // Not in the middle of a login: once it ends, the next use sees the edit.
            old->later.append([this] { followProfiles(); });
            continue;
        }
        auto fresh = makeEntry(*profile);
        if (!fresh) {
            m_entries.remove(id);
            retire(old, true);
            continue;
        }
        fresh->stored = old->stored;
        // A proxy user or client certificate added: its secret is read at the next use.
        const QStringList readBefore = networkSecretFieldsOf(old->profile);
        const QStringList readNow = networkSecretFieldsOf(*profile);
        const bool newSecrets =
            std::any_of(readNow.cbegin(), readNow.cend(), [&readBefore](const QString &field) {
                return !readBefore.contains(field);
            });
        fresh->restored = old->restored && !newSecrets;
        if (!loginChanged && old->auth->session().isValid()) {
            fresh->auth->setCredentials(credentialsFor(*fresh));
            fresh->auth->setSession(old->auth->session());
        }
        m_entries.insert(id, fresh);
        if (loginChanged) {
            const bool hadSession = old->auth->session().isValid();
            retire(old, true);
            if (hadSession) {
                // The remembered token is the old server's or account's: it goes too.
                storeRemove(SecretStore::key(id, SessionField), this, [](const Result<bool> &) {});
                auto p = *profile;
                if (!p.lastToken.isEmpty()) {
                    p.lastToken = Profile::LastToken();
                    (void)m_profiles->update(p);
                }
                Q_EMIT sessionChanged(id);
            }
        } else {
            retire(old, false);
        }
    }
}

// Lets an authenticator that was replaced finish: a session that can be ended on the server is
// signed out first, so none is left behind on the old one.
void SessionManager::retire(std::shared_ptr<Entry> old, bool signOut)
{
    if (!old)
        return;
    // A login in flight for a profile that is gone ends here, with whoever waited for it.
    const auto waiting = std::exchange(old->waiting, {});
    for (const SessionHandler &handler : waiting)
        handler(noProfile());
    if (QPointer<LoginAttempt> attempt = std::exchange(old->attempt, nullptr)) {
        attempt->setBusy(false);
        attempt->finish();
    }
    Authenticator *auth = old->auth.get();
    if (!signOut || !auth->canSignOut() || !auth->session().isValid()) {
        // Deleted later: this may run inside one of its own signals.
        old->auth.release()->deleteLater();
        return;
    }
    auto *waiter = new QObject(this);
    auto done = [waiter, old] {
        waiter->deleteLater();
        old->auth.release()->deleteLater();
    };
    connect(auth, &Authenticator::signedOut, waiter, done);
    connect(auth, &Authenticator::failed, waiter, done);
    auth->signOut();
}

std::optional<Session> SessionManager::session(const QUuid &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || !(*it)->auth->session().isValid())
        return std::nullopt;
    return asSent((*it)->profile, (*it)->auth->session());
}

Credentials SessionManager::credentialsFor(const Entry &e,
                                           const QHash<QString, QString> &extra) const
{
    Credentials credentials = credentialsOf(e.profile);
    credentials.signInWaitSeconds = m_signInWaitSeconds;
    credentials.secrets = e.stored;
    const auto given = m_given.value(e.profile.id);
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        credentials.secrets.insert(it.key(), it.value());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        credentials.secrets.insert(it.key(), it.value());
    // The network's own secrets go with every request of the login too.
    credentials.network.proxy.password = credentials.secret(QStringLiteral("proxy_password"));
    credentials.network.clientKeyPassphrase =
        credentials.secret(QStringLiteral("client_key_passphrase"));
    return credentials;
}

// Every secret the method needs (second factors aside) is at hand: a login needs nobody.
bool SessionManager::secretsComplete(const Entry &e) const
{
    const Credentials credentials = credentialsFor(e);
    for (const FieldSpec &field : e.method.fields) {
        if (e.method.isOptional(field, e.profile.fields) || e.method.isOneTimeField(field.key))
            continue;
        const bool present = field.isSecret() ? credentials.hasSecret(field.key)
                                              : !credentials.field(field.key).trimmed().isEmpty();
        if (!present)
            return false;
    }
    return true;
}

void SessionManager::restore(const QUuid &id, QObject *context, SessionHandler done)
{
    Entry *e = entry(id);
    if (!e) {
        answer<Result<Session>>(context, std::move(done), noProfile());
        return;
    }
    auto finish = [this, id, context, done] {
        if (const auto s = session(id))
            answer<Result<Session>>(context, done, *s);
        else
            answer<Result<Session>>(context, done,
                                    Error::make(Error::Kind::LoginRequired,
                                                QStringLiteral("session.none"),
                                                tr("This profile has no token yet.")));
    };
    if (e->restored) {
        finish();
        return;
    }
    e->waitingForRestore.append(finish);
    if (e->restoring)
        return;
    e->restoring = true;
    // Removals that failed in an earlier run go first: what was logged out stays out.
    retryPendingRemovals([this, id] { readStored(id); });
}

void SessionManager::readStored(const QUuid &id)
{
    Entry *e = entry(id);
    if (!e)
        return;
    // Every kept secret field and the session, read one after another (QtKeychain serialises
    // them anyway); none whose removal is still pending. The chain keeps itself alive through
    // the pending read's handler.
    QStringList fields;
    for (const QString &field : e->method.storedSecretFields() + networkSecretFieldsOf(e->profile) +
                                    QStringList{SessionField})
        if (!pendingRemovals().contains(SecretStore::key(id, field)))
            fields.append(field);
    auto secrets = std::make_shared<QHash<QString, QString>>();
    auto next = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakNext = next;
    *next = [this, id, fields, secrets, weakNext](int index) {
        if (index < fields.size()) {
            m_secrets->read(SecretStore::key(id, fields.at(index)), this,
                            [next = weakNext.lock(), secrets, field = fields.at(index),
                             index](const Result<std::optional<QString>> &value) {
                                if (value && value.value())
                                    secrets->insert(field, *value.value());
                                (*next)(index + 1);
                            });
            return;
        }
        Entry *target = entry(id);
        if (!target)
            return;
        const QString raw = secrets->take(SessionField);
        for (auto it = secrets->cbegin(); it != secrets->cend(); ++it)
            Redactor::registerSecret(it.value());
        target->stored = *secrets;
        target->auth->setCredentials(credentialsFor(*target));
        const QHash<QString, QString> given = m_given.value(id);
        const QStringList kept = target->method.storedSecretFields();
        const bool givenToken =
            target->method.tokenIsSecret &&
            std::any_of(kept.cbegin(), kept.cend(),
                        [&given](const QString &field) { return !given.value(field).isEmpty(); });
        if (!target->auth->session().isValid()) {
            // A token given for this run wins over the one remembered from an earlier one.
            const auto fromSecret = target->method.tokenIsSecret
                                        ? target->auth->sessionFromSecrets()
                                        : std::optional<Session>();
            if (fromSecret && (givenToken || raw.isEmpty()))
                target->auth->setSession(*fromSecret);
            else if (!raw.isEmpty())
                target->auth->setSession(rememberedSession(target->profile, raw));
        }
        target->restored = true;
        target->restoring = false;
        const auto waiting = std::exchange(target->waitingForRestore, {});
        for (const auto &callback : waiting)
            callback();
    };
    (*next)(0);
}

void SessionManager::freshSession(const QUuid &id, QObject *context, SessionHandler done, Ask ask)
{
    obtain(id, Need::Fresh, ask, context, std::move(done));
}

void SessionManager::renewSession(const QUuid &id, QObject *context, SessionHandler done, Ask ask)
{
    obtain(id, Need::Renew, ask, context, std::move(done));
}

void SessionManager::logIn(const QUuid &id, QObject *context, SessionHandler done)
{
    obtain(id, Need::Person, Ask::IfNeeded, context, std::move(done));
}

void SessionManager::obtain(const QUuid &id, Need need, Ask ask, QObject *context,
                            SessionHandler done)
{
    SessionHandler reply = guarded<Result<Session>>(context, std::move(done));
    restore(id, this, [this, id, need, ask, reply](const Result<Session> &) {
        Entry *e = entry(id);
        if (!e)
            return reply(noProfile());
        if (need == Need::Fresh) {
            if (const auto s = session(id); s && hasLifeLeft(s->token))
                return reply(*s);
        }
        if (e->busy == Entry::Busy::Test || e->busy == Entry::Busy::SignOut) {
            // A test or sign-out is using the authenticator: decide once it is done.
            e->later.append([this, id, need, ask, reply] { obtain(id, need, ask, this, reply); });
            return;
        }
        e->waiting.append(reply);
        if (e->busy != Entry::Busy::None)
            return; // answered with the login in flight
        const QString name = e->profile.name;
        const bool mayAsk = ask == Ask::IfNeeded && m_prompter;
        e->askOnFailure = mayAsk;
        e->auth->setCredentials(credentialsFor(*e));
        bool unattended = false;
        if (need == Need::Fresh)
            unattended = secretsComplete(*e) && !e->auth->needsPerson();
        else if (need == Need::Renew)
            unattended = e->profile.options.autoRelogin && e->auth->canLogInAgain() &&
                         secretsComplete(*e) && !e->auth->needsPerson();
        if (unattended)
            return logInUnattended(id);
        std::optional<Error> reason;
        if (need == Need::Renew)
            reason = Error::make(
                Error::Kind::LoginRequired, QStringLiteral("session.refused"),
                tr("The server no longer takes the token of %1: log in again.").arg(name));
        if (need == Need::Person || mayAsk)
            return askPerson(id, reason, std::nullopt, need == Need::Person);
        answerWaiting(id, reason ? *reason
                                 : Error::make(Error::Kind::LoginRequired,
                                               QStringLiteral("session.needs_login"),
                                               tr("Log in to %1 first.").arg(name)));
    });
}

void SessionManager::logInUnattended(const QUuid &id)
{
    Entry *e = entry(id);
    e->busy = Entry::Busy::Unattended;
    e->secondFactorUsed = false;
    e->submitted.clear();
    e->auth->logIn();
}

void SessionManager::askPerson(const QUuid &id, const std::optional<Error> &reason,
                               const std::optional<SignInStep> &underWay, bool requested)
{
    Entry *e = entry(id);
    if (!m_prompter) {
        e->busy = Entry::Busy::None;
        answerWaiting(
            id,
            Error::make(Error::Kind::LoginRequired, QStringLiteral("session.needs_login"),
                        reason ? reason->message : tr("Log in to %1 first.").arg(e->profile.name)));
        return;
    }
    e->busy = Entry::Busy::Attempt;
    auto *attempt = new LoginAttempt(this, e->profile, e->method, this);
    attempt->m_reason = reason;
    const Credentials known = credentialsFor(*e);
    for (auto it = known.secrets.cbegin(); it != known.secrets.cend(); ++it)
        if (!it.value().isEmpty())
            attempt->m_known.insert(it.key(), it.value());
    attempt->m_canRemember = m_remembering && !m_secrets->isSessionOnly();
    attempt->m_rememberReason =
        m_secrets->isSessionOnly() ? m_secrets->sessionOnlyReason() : QString();
    attempt->m_requested = requested;
    attempt->m_needsPerson = underWay || e->auth->needsPerson();
    if (underWay) {
        attempt->m_signInStep = underWay;
        attempt->m_busy = true;
        e->rememberSubmitted = true;
        e->submitted.clear();
    }
    e->attempt = attempt;
    Q_EMIT loginStarted(id);
    m_prompter->prompt(attempt);
}

void SessionManager::answerWaiting(const QUuid &id, const Result<Session> &result)
{
    Entry *e = entry(id);
    if (!e)
        return;
    const auto waiting = std::exchange(e->waiting, {});
    const Result<Session> sent =
        result ? Result<Session>(asSent(e->profile, result.value())) : result;
    for (const SessionHandler &handler : waiting)
        handler(sent);
    runLater(id);
}

void SessionManager::runLater(const QUuid &id)
{
    Entry *e = entry(id);
    if (!e || e->busy != Entry::Busy::None)
        return;
    const auto later = std::exchange(e->later, {});
    for (const auto &run : later)
        run();
}

void SessionManager::onLoggedIn(const QUuid &id)
{
    Entry *e = entry(id);
    const Session session = e->auth->session();
    switch (e->busy) {
    case Entry::Busy::None: // the authenticator renewed the token by itself before expiry
        adopt(id, session, m_remembering);
        return;
    case Entry::Busy::Unattended:
        e->busy = Entry::Busy::None;
        // A renewal answers whoever waits first, then keeps its books: saving the profile file
        // (its two syncs) was 20 ms of a renewal whose HTTP exchange took 1 (bench_refresh).
        registerSecrets(session);
        answerWaiting(id, session);
        if (!entry(id)) // a handler forgot the profile: nothing of it is kept
            return;
        adopt(id, session, m_remembering);
        // Secrets given for this run are kept like typed ones when the run remembers.
        if (m_remembering)
            writeSecrets(id, m_given.value(id));
        return;
    case Entry::Busy::Attempt: {
        e->busy = Entry::Busy::None;
        // A store that keeps secrets for this session only takes them anyway: that is all it
        // keeps, and it is what a restart of the service in this process finds.
        const bool remember = m_remembering && (e->rememberSubmitted || m_secrets->isSessionOnly());
        for (auto it = e->submitted.cbegin(); it != e->submitted.cend(); ++it)
            if (!e->method.isOneTimeField(it.key()) && !it.value().isEmpty())
                e->stored.insert(it.key(), it.value());
        adopt(id, session, remember);
        if (remember)
            writeSecrets(id, e->submitted);
        e->submitted.clear();
        QPointer<LoginAttempt> attempt = std::exchange(e->attempt, nullptr);
        answerWaiting(id, session);
        if (attempt) {
            attempt->setBusy(false);
            Q_EMIT attempt->succeeded();
            attempt->finish();
        }
        return;
    }
    case Entry::Busy::Test:
    case Entry::Busy::SignOut:
        return;
    }
}

void SessionManager::onLoginFailed(const QUuid &id, const Error &error)
{
    Entry *e = entry(id);
    if (error.kind == Error::Kind::Cancelled && e->cancellationsToIgnore > 0) {
        --e->cancellationsToIgnore;
        return;
    }
    switch (e->busy) {
    case Entry::Busy::None: // a renewal the authenticator tried by itself
        Q_EMIT problem(id, error);
        return;
    case Entry::Busy::Unattended:
        e->busy = Entry::Busy::None;
        // A stored secret the server refused: a person may put it right.
        if (error.kind == Error::Kind::Authentication && e->askOnFailure)
            return askPerson(id, error);
        answerWaiting(id, error);
        return;
    case Entry::Busy::Attempt:
        if (e->attempt) {
            // A code the server refused (Password Safe ends the sign-in) leaves the person on
            // the code, as a server that asks again does: the next code signs in anew.
            const bool codeRefused =
                e->answeringSecondFactor && error.kind == Error::Kind::Authentication;
            e->secondFactorRefused = codeRefused;
            e->answeringSecondFactor = false;
            e->attempt->m_waitsForSecondFactor = codeRefused;
            e->attempt->setBusy(false);
            Q_EMIT e->attempt->failed(error);
        }
        return;
    case Entry::Busy::Test:
    case Entry::Busy::SignOut:
        return; // answered by their own waiters
    }
}

void SessionManager::onSecondFactor(const QUuid &id, const QString &prompt)
{
    Entry *e = entry(id);
    e->answeringSecondFactor = false;
    const QString field = e->method.secondFactorField;
    // A code given up front (standard input, or typed with the rest) answers the first request.
    QString code = e->submitted.value(field);
    if (code.isEmpty())
        code = m_given.value(id).value(field);
    if (!field.isEmpty() && !code.isEmpty() && !e->secondFactorUsed) {
        e->secondFactorUsed = true;
        e->answeringSecondFactor = e->busy == Entry::Busy::Attempt;
        e->auth->provideSecondFactor(code);
        return;
    }
    if (e->busy == Entry::Busy::Unattended) {
        e->busy = Entry::Busy::None;
        if (!e->askOnFailure) {
            answerWaiting(
                id,
                Error::make(
                    Error::Kind::LoginRequired, QStringLiteral("session.second_factor"),
                    tr("%1 asks for a second factor (%2): log in.").arg(e->profile.name, prompt)));
            return;
        }
        askPerson(id, std::nullopt);
        e = entry(id);
    }
    if (e->busy != Entry::Busy::Attempt || !e->attempt)
        return;
    e->attempt->m_waitsForSecondFactor = true;
    e->attempt->m_secondFactorPrompt = prompt;
    e->attempt->setBusy(false);
    Q_EMIT e->attempt->secondFactorRequired(prompt);
}

// The login waits for a person outside Tokenbench (a browser, a code on another device). One
// that started without a person (a refused refresh token falling back to the browser) asks one
// now, or stops when nobody can be asked: a browser never opens unasked.
void SessionManager::onSignInStep(const QUuid &id, const SignInStep &step)
{
    Entry *e = entry(id);
    const auto stop = [this, e](const Error &why) {
        ++e->cancellationsToIgnore;
        e->auth->cancel();
        return why;
    };
    const Error needsPerson =
        Error::make(Error::Kind::LoginRequired, QStringLiteral("session.needs_browser"),
                    tr("%1 needs a sign-in in the browser: log in.").arg(e->profile.name));
    switch (e->busy) {
    case Entry::Busy::None: // a renewal the authenticator tried by itself
        Q_EMIT problem(id, stop(needsPerson));
        return;
    case Entry::Busy::Unattended:
        e->busy = Entry::Busy::None;
        if (!e->askOnFailure || !m_prompter) {
            answerWaiting(id, stop(needsPerson));
            return;
        }
        // The person is asked, and the sign-in already under way is theirs: the prompter
        // finds it in the attempt it is given.
        askPerson(id, std::nullopt, step);
        return;
    case Entry::Busy::Attempt:
        break;
    case Entry::Busy::Test:
    case Entry::Busy::SignOut:
        return;
    }
    if (!e->attempt)
        return;
    e->attempt->m_signInStep = step;
    Q_EMIT e->attempt->signInStepRequired(step);
}

void SessionManager::submitAttempt(LoginAttempt *attempt, const QHash<QString, QString> &secrets,
                                   bool remember)
{
    Entry *e = entry(attempt->profileId());
    if (!e || e->attempt != attempt || attempt->isBusy())
        return;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        Redactor::registerSecret(it.value());
    e->submitted = secrets;
    e->rememberSubmitted = remember;
    e->secondFactorUsed = false;
    e->secondFactorRefused = false;
    attempt->m_waitsForSecondFactor = false;
    attempt->m_signInStep.reset();
    attempt->setBusy(true);
    e->auth->setCredentials(credentialsFor(*e, secrets));
    e->auth->logIn();
}

void SessionManager::provideSecondFactorFor(LoginAttempt *attempt, const QString &code)
{
    Entry *e = entry(attempt->profileId());
    if (!e || e->attempt != attempt)
        return;
    e->answeringSecondFactor = true;
    if (std::exchange(e->secondFactorRefused, false)) {
        // The server ended the sign-in with the refused code: sign in again, and answer its
        // request for a code with this one.
        e->submitted.insert(e->method.secondFactorField, code);
        e->secondFactorUsed = false;
        e->auth->logIn();
        return;
    }
    e->secondFactorUsed = true;
    e->auth->provideSecondFactor(code);
}

void SessionManager::cancelAttempt(LoginAttempt *attempt)
{
    Entry *e = entry(attempt->profileId());
    if (!e || e->attempt != attempt)
        return;
    if (e->auth->isBusy())
        e->auth->cancel(); // answers with failed(Cancelled): the attempt stays open
    else
        attempt->setBusy(false);
}

void SessionManager::abandonAttempt(LoginAttempt *attempt, const std::optional<Error> &why)
{
    Entry *e = entry(attempt->profileId());
    if (!e || e->attempt != attempt)
        return;
    if (e->auth->isBusy()) {
        ++e->cancellationsToIgnore;
        e->auth->cancel();
    }
    e->attempt = nullptr;
    e->busy = Entry::Busy::None;
    e->submitted.clear();
    answerWaiting(attempt->profileId(),
                  why ? *why
                      : Error::make(Error::Kind::Cancelled,
                                    QStringLiteral("session.login_cancelled"),
                                    tr("The login to %1 was cancelled.").arg(e->profile.name)));
    attempt->setBusy(false);
    attempt->finish();
}

void SessionManager::testToken(const QUuid &id, QObject *context,
                               std::function<void(const Result<Identity> &)> done)
{
    auto reply = guarded<Result<Identity>>(context, std::move(done));
    freshSession(id, this, [this, id, reply](const Result<Session> &session) {
        if (!session)
            return reply(session.error());
        Entry *e = entry(id);
        if (!e)
            return reply(noProfile());
        if (e->busy != Entry::Busy::None) {
            e->later.append([this, id, reply] { testToken(id, this, reply); });
            return;
        }
        e->busy = Entry::Busy::Test;
        Authenticator *auth = e->auth.get();
        auto *waiter = new QObject(this);
        auto once = [this, id, waiter, reply](const Result<Identity> &result) {
            waiter->deleteLater();
            if (Entry *again = entry(id))
                again->busy = Entry::Busy::None;
            reply(result);
            runLater(id);
        };
        connect(auth, &Authenticator::tested, waiter, [once](const Identity &who) { once(who); });
        connect(auth, &Authenticator::failed, waiter, [once](const Error &error) { once(error); });
        auth->testToken();
    });
}

void SessionManager::noteSessionUsed(const QUuid &id)
{
    const auto it = m_entries.constFind(id);
    if (it != m_entries.cend())
        (*it)->auth->noteSessionUsed();
}

QStringList SessionManager::knownSecrets(const QUuid &id) const
{
    QStringList secrets;
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return secrets;
    const Authenticator *auth = (*it)->auth.get();
    if (auth->session().isValid()) {
        const Session &held = auth->session();
        for (const QString &secret : {held.token.raw(), held.refreshToken, held.idToken})
            if (!secret.isEmpty())
                secrets.append(secret);
    }
    const auto stored = auth->credentials().secrets;
    for (auto s = stored.cbegin(); s != stored.cend(); ++s)
        if (!s.value().isEmpty())
            secrets.append(s.value());
    return secrets;
}

void SessionManager::registerSecrets(const Session &session)
{
    for (const QString &secret : {session.token.raw(), session.refreshToken, session.idToken})
        Redactor::registerSecret(secret);
}

void SessionManager::adopt(const QUuid &id, const Session &session, bool persist)
{
    registerSecrets(session);
    recordLastToken(id, session);
    if (!persist || session.token.isEmpty())
        return;
    storeWrite(SecretStore::key(id, SessionField), storedForm(session), this,
               [this, id](const Result<bool> &written) {
                   if (!written)
                       Q_EMIT problem(id, written.error());
               });
}

void SessionManager::writeSecrets(const QUuid &id, const QHash<QString, QString> &secrets)
{
    Entry *e = entry(id);
    if (!e)
        return;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (e->method.isOneTimeField(it.key()) || it.value().isEmpty() ||
            (!e->method.storedSecretFields().contains(it.key()) &&
             !networkSecretFieldsOf(e->profile).contains(it.key())))
            continue;
        storeWrite(SecretStore::key(id, it.key()), it.value(), this,
                   [this, id](const Result<bool> &written) {
                       if (!written)
                           Q_EMIT problem(id, written.error());
                   });
    }
}

void SessionManager::recordLastToken(const QUuid &id, const Session &session)
{
    auto profile = m_profiles->find(id);
    if (!profile)
        return;
    profile->lastToken = lastTokenOf(session.token);
    // What the authenticator learned of the server (which login form it takes) is kept for the
    // next run.
    if (const auto d = AuthenticatorFactory::find(profile->vendor, profile->method)) {
        for (const QString &field : d->learnedFields) {
            const QString learned = session.facts.value(field);
            if (!learned.isEmpty())
                profile->fields.insert(field, learned);
        }
    }
    if (const auto updated = m_profiles->update(*profile); !updated)
        Q_EMIT problem(id, updated.error());
}

void SessionManager::logOut(const QUuid &id, QObject *context,
                            std::function<void(const Result<bool> &)> done)
{
    Entry *e = entry(id);
    // What the redactor lets go of once the session is gone (a sign-out clears it first).
    QStringList ended;
    if (e && e->auth->session().isValid()) {
        const Session held = e->auth->session();
        ended << held.token.raw() << held.refreshToken << held.idToken;
        for (const QNetworkCookie &cookie : held.cookies)
            ended << QString::fromUtf8(cookie.value());
    }
    auto forget = [this, id, context, done, ended](const Result<bool> &signOut) {
        storeRemove(SecretStore::key(id, SessionField), this,
                    [context, done, signOut](const Result<bool> &removed) {
                        if (!signOut || removed)
                            return answer<Result<bool>>(context, done, signOut);
                        // Signed out, but the keychain still holds the session: say so.
                        Error error = removed.error();
                        error.message = tr("The session could not be removed from the keychain "
                                           "(%1) Tokenbench removes it when it can reach the "
                                           "keychain again, and never uses it meanwhile.")
                                            .arg(error.message);
                        answer<Result<bool>>(context, done, error);
                    });
        if (auto profile = m_profiles->find(id)) {
            profile->lastToken = Profile::LastToken();
            (void)m_profiles->update(*profile);
        }
        for (const QString &secret : ended)
            Redactor::forgetSecret(secret);
        if (Entry *again = entry(id)) {
            if (again->auth->session().isValid())
                Redactor::forgetSecret(again->auth->session().token.raw());
            again->auth->setSession(Session());
        }
        Q_EMIT sessionChanged(id);
    };
    auto signOutNow = [this, id, forget] {
        Entry *current = entry(id);
        if (!current || !current->auth->session().isValid() || !current->auth->canSignOut()) {
            forget(true);
            return;
        }
        current->busy = Entry::Busy::SignOut;
        Authenticator *auth = current->auth.get();
        auto *waiter = new QObject(this);
        auto once = [this, id, waiter, forget](const Result<bool> &result) {
            waiter->deleteLater();
            if (Entry *again = entry(id))
                again->busy = Entry::Busy::None;
            forget(result);
            runLater(id);
        };
        connect(auth, &Authenticator::signedOut, waiter, [once] { once(true); });
        connect(auth, &Authenticator::failed, waiter, [once](const Error &error) { once(error); });
        auth->signOut();
    };
    if (!e) {
        forget(true);
        return;
    }
    // The remembered session is read first, so a session of an earlier run is signed out too.
    restore(id, this, [this, id, signOutNow](const Result<Session> &) {
        Entry *current = entry(id);
        if (current && current->busy != Entry::Busy::None)
            current->later.append(signOutNow);
        else
            signOutNow();
    });
}

void SessionManager::forgetSecrets(const QUuid &id, QObject *context,
                                   std::function<void(const Result<bool> &)> done,
                                   const QStringList &extraKeys)
{
    QStringList fields{SessionField};
    fields += Profile::networkSecretFields();
    if (const auto d = method(id))
        fields += d->storedSecretFields();
    else
        fields += {QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("api_key"),
                   QStringLiteral("client_secret")};
    QStringList keys;
    for (const QString &field : std::as_const(fields))
        keys.append(SecretStore::key(id, field));
    keys += extraKeys;
    if (const auto it = m_entries.constFind(id); it != m_entries.cend()) {
        for (const QString &secret : knownSecrets(id))
            Redactor::forgetSecret(secret);
        const auto old = *it;
        m_entries.remove(id);
        retire(old, false);
    }
    m_given.remove(id);
    auto remaining = std::make_shared<int>(int(keys.size()));
    auto failed = std::make_shared<QStringList>();
    auto firstError = std::make_shared<std::optional<Error>>();
    for (const QString &key : std::as_const(keys)) {
        storeRemove(
            key, this,
            [key, remaining, failed, firstError, context, done](const Result<bool> &removed) {
                if (!removed) {
                    failed->append(key.section(QLatin1Char('/'), 1));
                    if (!*firstError)
                        *firstError = removed.error();
                }
                if (--*remaining > 0)
                    return;
                if (failed->isEmpty())
                    return answer<Result<bool>>(context, done, true);
                // Said in full: which secrets remain, why, and that they will go later.
                Error error = **firstError;
                error.message = tr("These could not be removed from the keychain: %1. %2 "
                                   "Tokenbench removes them when it can reach the keychain again.")
                                    .arg(failed->join(QStringLiteral(", ")), error.message);
                answer<Result<bool>>(context, done, error);
            });
    }
}

void SessionManager::storeWrite(const QString &key, const QString &value, QObject *context,
                                SecretStore::WriteHandler handler)
{
    ++m_pendingStoreJobs;
    m_secrets->write(key, value, context, [this, handler](const Result<bool> &written) {
        handler(written);
        storeJobDone();
    });
}

void SessionManager::storeRemove(const QString &key, QObject *context,
                                 SecretStore::WriteHandler handler)
{
    ++m_pendingStoreJobs;
    m_secrets->remove(key, context, [this, key, handler](const Result<bool> &removed) {
        // What the keychain still holds is tried again later and never read back meanwhile.
        setRemovalPending(key, !removed);
        handler(removed);
        storeJobDone();
    });
}

QString SessionManager::pendingRemovalsFile() const
{
    return QDir(m_profiles->directory()).filePath(QStringLiteral("pending-removals.json"));
}

QStringList SessionManager::pendingRemovals() const
{
    if (!m_pendingLoaded) {
        m_pendingLoaded = true;
        QFile file(pendingRemovalsFile());
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray keys = QJsonDocument::fromJson(file.readAll()).array();
            for (const QJsonValue &key : keys)
                if (key.isString())
                    m_pending.append(key.toString());
        }
    }
    return m_pending;
}

void SessionManager::setRemovalPending(const QString &key, bool pending)
{
    QStringList keys = pendingRemovals();
    if (keys.contains(key) == pending)
        return;
    if (pending)
        keys.append(key);
    else
        keys.removeAll(key);
    m_pending = keys;
    // Key names only ("<profile>/<field>"): nothing secret is written.
    QSaveFile file(pendingRemovalsFile());
    if (keys.isEmpty()) {
        QFile::remove(pendingRemovalsFile());
        return;
    }
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void SessionManager::retryPendingRemovals(std::function<void()> done)
{
    const QStringList keys = m_pendingRetried ? QStringList() : pendingRemovals();
    m_pendingRetried = true;
    if (keys.isEmpty())
        return done();
    auto remaining = std::make_shared<int>(int(keys.size()));
    for (const QString &key : keys)
        storeRemove(key, this, [remaining, done](const Result<bool> &) {
            if (--*remaining == 0)
                done();
        });
}

void SessionManager::storeJobDone()
{
    if (--m_pendingStoreJobs > 0)
        return;
    const auto waiting = std::exchange(m_settleWaiters, {});
    for (const auto &done : waiting)
        done();
}

void SessionManager::settle(QObject *context, std::function<void()> done)
{
    auto reply = [guard = QPointer<QObject>(context), done] {
        if (guard)
            done();
    };
    if (m_pendingStoreJobs == 0)
        return reply();
    m_settleWaiters.append(reply);
}

void SessionManager::signOutAll(QObject *context, std::function<void()> done, int timeoutMs)
{
    QList<QUuid> toSignOut;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if ((*it)->auth->canSignOut() && (*it)->auth->session().isValid())
            toSignOut.append(it.key());
    auto remaining = std::make_shared<int>(int(toSignOut.size()));
    auto finished = std::make_shared<bool>(false);
    auto finish = [context, done, finished] {
        if (std::exchange(*finished, true))
            return;
        answer<bool>(
            context, [done](const bool &) { done(); }, true);
    };
    if (toSignOut.isEmpty()) {
        finish();
        return;
    }
    // Quitting must not wait on a server that does not answer.
    QTimer::singleShot(timeoutMs, this, finish);
    for (const QUuid &id : std::as_const(toSignOut)) {
        logOut(id, this, [remaining, finish](const Result<bool> &) {
            if (--*remaining == 0)
                finish();
        });
    }
}
