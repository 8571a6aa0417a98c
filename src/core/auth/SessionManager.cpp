#include "SessionManager.h"

#include "auth/AuthenticatorFactory.h"
#include "util/Redactor.h"

#include <QPointer>
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

} // namespace

bool SessionManager::isOneTimeField(const QString &field)
{
    return field == QLatin1String("mfa") || field == QLatin1String("challenge");
}

Session SessionManager::rememberedSession(const Profile &profile, const QString &raw)
{
    const Profile::LastToken &last = profile.lastToken;
    Session session;
    session.baseUrl = profile.baseUrl;
    session.token = Token::fromRaw(
        raw, Token::sourceFromKey(last.source),
        AuthenticatorFactory::deliveryFor(profile.vendor, profile.method, profile.fields),
        last.obtainedAt.isValid() ? last.obtainedAt : QDateTime::currentDateTimeUtc());
    if (session.token.expirySource() != Token::ExpirySource::ExpClaim && last.expiresAt)
        session.token.restoreExpiry(*last.expiresAt, Token::expirySourceFromKey(last.expirySource));
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

struct SessionManager::Entry
{
    std::unique_ptr<Authenticator> auth;
    bool restored = false;
    bool restoring = false;
    QList<std::function<void()>> waitingForRestore;
};

SessionManager::SessionManager(ProfileStore *profiles, SecretStore *secrets, HttpClient *http,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_http(http)
{
    // A profile removed elsewhere (another window, the CLI) loses its authenticator here too.
    connect(m_profiles, &ProfileStore::changed, this, [this] {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (!m_profiles->find(it.key().toString(QUuid::WithoutBraces)))
                it = m_entries.erase(it);
            else
                ++it;
        }
    });
}

SessionManager::~SessionManager() = default;

SessionManager::Entry *SessionManager::entry(const QUuid &id)
{
    if (auto it = m_entries.find(id); it != m_entries.end())
        return it->get();
    const auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces));
    if (!profile)
        return nullptr;
    Credentials credentials;
    credentials.baseUrl = profile->baseUrl;
    credentials.fields = profile->fields;
    auto auth = AuthenticatorFactory::create(profile->vendor, profile->method, m_http, credentials);
    if (!auth)
        return nullptr;
    auto created = std::make_shared<Entry>();
    created->auth = std::move(auth);
    Authenticator *raw = created->auth.get();
    raw->setAutoRelogin(profile->options.autoRelogin);
    // A login the authenticator did by itself (before expiry) is kept like any other.
    connect(raw, &Authenticator::loggedIn, this, [this, id, raw] {
        if (raw->session().isValid())
            recordLastToken(id, raw->session());
    });
    connect(raw, &Authenticator::sessionChanged, this, [this, id] { Q_EMIT sessionChanged(id); });
    m_entries.insert(id, created);
    return created.get();
}

Authenticator *SessionManager::authenticator(const QUuid &id)
{
    Entry *e = entry(id);
    return e ? e->auth.get() : nullptr;
}

std::optional<Session> SessionManager::session(const QUuid &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || !(*it)->auth->session().isValid())
        return std::nullopt;
    return (*it)->auth->session();
}

QStringList SessionManager::secretFieldsOf(const Profile &profile) const
{
    QStringList fields;
    if (const auto d = AuthenticatorFactory::find(profile.vendor, profile.method))
        for (const FieldSpec &f : d->secretFields())
            if (!SessionManager::isOneTimeField(f.key))
                fields.append(f.key);
    return fields;
}

void SessionManager::restore(const QUuid &id, QObject *context, SessionHandler done)
{
    Entry *e = entry(id);
    const auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces));
    if (!e || !profile) {
        answer<Result<Session>>(context, std::move(done),
                                Error::make(Error::Kind::NotFound,
                                            QStringLiteral("session.no_profile"),
                                            tr("There is no such profile.")));
        return;
    }
    auto finish = [this, id, context, done] {
        if (const auto s = session(id))
            answer<Result<Session>>(context, done, *s);
        else
            answer<Result<Session>>(context, done,
                                    Error::make(Error::Kind::Authentication,
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

    // Every secret field and the session, read one after another (QtKeychain serialises anyway).
    QStringList fields = secretFieldsOf(*profile);
    fields.append(SessionField);
    auto secrets = std::make_shared<QHash<QString, QString>>();
    // The chain keeps itself alive through the pending read's handler, never through itself.
    auto next = std::make_shared<std::function<void(int)>>();
    std::weak_ptr<std::function<void(int)>> weakNext = next;
    *next = [this, id, fields, secrets, weakNext, profile = *profile](int index) {
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
        Credentials credentials = target->auth->credentials();
        credentials.secrets = *secrets;
        target->auth->setCredentials(credentials);
        if (!raw.isEmpty() && !target->auth->session().isValid()) {
            const Session session = rememberedSession(profile, raw);
            target->auth->setSession(session);
        }
        target->restored = true;
        target->restoring = false;
        const auto waiting = std::exchange(target->waitingForRestore, {});
        for (const auto &callback : waiting)
            callback();
    };
    (*next)(0);
}

void SessionManager::freshSession(const QUuid &id, QObject *context, SessionHandler done)
{
    restore(id, context, [this, id, context, done](const Result<Session> &restored) {
        if (restored) {
            if (hasLifeLeft(restored->token)) {
                done(restored);
                return;
            }
        }
        logInWithStored(id, done);
        Q_UNUSED(context)
    });
}

void SessionManager::renewSession(const QUuid &id, QObject *context, SessionHandler done)
{
    restore(id, context, [this, id, done](const Result<Session> &) { logInWithStored(id, done); });
}

QStringList SessionManager::knownSecrets(const QUuid &id) const
{
    QStringList secrets;
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return secrets;
    const Authenticator *auth = (*it)->auth.get();
    if (auth->session().isValid())
        secrets.append(auth->session().token.raw());
    const auto stored = auth->credentials().secrets;
    for (auto s = stored.cbegin(); s != stored.cend(); ++s)
        if (!s.value().isEmpty())
            secrets.append(s.value());
    return secrets;
}

void SessionManager::logInWithStored(const QUuid &id, SessionHandler done)
{
    Authenticator *auth = authenticator(id);
    if (!auth || !auth->canLogInAgain()) {
        done(Error::make(Error::Kind::Authentication, QStringLiteral("session.needs_login"),
                         tr("Log in to use this profile.")));
        return;
    }
    // Log in with what is stored; one answer, whichever signal comes first. The waiter
    // object owns the connections and goes away with them once answered.
    auto *waiter = new QObject(this);
    auto fired = std::make_shared<bool>(false);
    auto reply = [waiter, fired, done](const Result<Session> &r) {
        if (std::exchange(*fired, true))
            return;
        waiter->deleteLater();
        done(r);
    };
    connect(auth, &Authenticator::loggedIn, waiter, [this, id, auth, reply] {
        adopt(id, auth->session(), true);
        reply(auth->session());
    });
    connect(auth, &Authenticator::failed, waiter, [reply](const Error &error) { reply(error); });
    connect(auth, &Authenticator::secondFactorRequired, waiter, [reply](const QString &) {
        reply(Error::make(Error::Kind::Authentication, QStringLiteral("session.needs_login"),
                          tr("This profile needs a second factor: log in.")));
    });
    auth->logIn();
}

void SessionManager::adopt(const QUuid &id, const Session &session, bool persist)
{
    recordLastToken(id, session);
    if (!persist || session.token.isEmpty())
        return;
    m_secrets->write(SecretStore::key(id, SessionField), session.token.raw(), this,
                     [this, id](const Result<bool> &written) {
                         if (!written)
                             Q_EMIT problem(id, written.error());
                     });
}

void SessionManager::recordLastToken(const QUuid &id, const Session &session)
{
    auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces));
    if (!profile)
        return;
    profile->lastToken = lastTokenOf(session.token);
    if (const auto updated = m_profiles->update(*profile); !updated)
        Q_EMIT problem(id, updated.error());
}

void SessionManager::recordLogin(const QUuid &id, const QHash<QString, QString> &secrets,
                                 bool remember)
{
    Entry *e = entry(id);
    if (!e || !e->auth->session().isValid())
        return;
    Credentials credentials = e->auth->credentials();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        Redactor::registerSecret(it.value());
        if (!SessionManager::isOneTimeField(it.key()))
            credentials.secrets.insert(it.key(), it.value());
    }
    e->auth->setCredentials(credentials);
    e->restored = true;
    adopt(id, e->auth->session(), remember);
    if (!remember)
        return;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (SessionManager::isOneTimeField(it.key()) || it.value().isEmpty())
            continue;
        m_secrets->write(SecretStore::key(id, it.key()), it.value(), this,
                         [this, id](const Result<bool> &written) {
                             if (!written)
                                 Q_EMIT problem(id, written.error());
                         });
    }
}

void SessionManager::logOut(const QUuid &id, QObject *context,
                            std::function<void(const Result<bool> &)> done)
{
    Entry *e = entry(id);
    auto forget = [this, id, context, done](const Result<bool> &signOut) {
        m_secrets->remove(SecretStore::key(id, SessionField), this,
                          [context, done, signOut](const Result<bool> &) {
                              answer<Result<bool>>(context, done, signOut);
                          });
        if (auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces))) {
            profile->lastToken = Profile::LastToken();
            (void)m_profiles->update(*profile);
        }
        if (Entry *again = entry(id))
            again->auth->setSession(Session());
        Q_EMIT sessionChanged(id);
    };
    if (!e || !e->auth->session().isValid() || !e->auth->canSignOut()) {
        forget(true);
        return;
    }
    Authenticator *auth = e->auth.get();
    auto *waiter = new QObject(this);
    auto fired = std::make_shared<bool>(false);
    auto once = [waiter, fired, forget](const Result<bool> &result) {
        if (std::exchange(*fired, true))
            return;
        waiter->deleteLater();
        forget(result);
    };
    connect(auth, &Authenticator::signedOut, waiter, [once] { once(true); });
    connect(auth, &Authenticator::failed, waiter, [once](const Error &error) { once(error); });
    auth->signOut();
}

void SessionManager::forgetSecrets(const QUuid &id, QObject *context,
                                   std::function<void(const Result<bool> &)> done)
{
    QStringList fields{SessionField};
    if (const auto profile = m_profiles->find(id.toString(QUuid::WithoutBraces)))
        fields += secretFieldsOf(*profile);
    else
        fields += {QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("api_key"),
                   QStringLiteral("client_secret")};
    m_entries.remove(id);
    auto remaining = std::make_shared<int>(int(fields.size()));
    auto firstError = std::make_shared<std::optional<Error>>();
    for (const QString &field : std::as_const(fields)) {
        m_secrets->remove(SecretStore::key(id, field), this,
                          [remaining, firstError, context, done](const Result<bool> &removed) {
                              if (!removed && !*firstError)
                                  *firstError = removed.error();
                              if (--*remaining == 0)
                                  answer<Result<bool>>(context, done,
                                                       *firstError ? Result<bool>(**firstError)
                                                                   : Result<bool>(true));
                          });
    }
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
