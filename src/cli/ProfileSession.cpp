#include "ProfileSession.h"

#include "auth/AuthenticatorFactory.h"
#include "auth/SessionManager.h"
#include "util/Durations.h"
#include "util/Redactor.h"

#include <QEventLoop>

ProfileSession::ProfileSession(CliContext &context, Profile profile)
    : m_context(context)
    , m_profile(std::move(profile))
    , m_descriptor(AuthenticatorFactory::find(m_profile.vendor, m_profile.method)
                       .value_or(MethodDescriptor{}))
{
    m_context.applyProfileOptions(m_profile);
    if (m_profile.options.insecureTls)
        m_context.err << tr("Warning: certificate checks are OFF for %1 (insecure_tls=true); "
                            "anyone on the network path can read its secrets.")
                             .arg(m_profile.name)
                      << '\n';
}

ProfileSession::~ProfileSession() = default;

QString ProfileSession::sessionKey() const
{
    return SecretStore::key(m_profile.id, QStringLiteral("session"));
}

Credentials ProfileSession::credentials() const
{
    Credentials c;
    c.baseUrl = m_profile.baseUrl;
    c.fields = m_profile.fields;
    c.secrets = m_secrets;
    return c;
}

int ProfileSession::gatherSecrets(bool fromStdin)
{
    if (fromStdin) {
        const auto given = m_context.readSecretsFromStdin();
        if (!given)
            return m_context.fail(CliContext::Usage, given.error().message);
        m_secrets = given.value();
        m_secretsFromStdin = true;
    }
    for (const FieldSpec &field : m_descriptor.secretFields()) {
        if (m_secrets.contains(field.key) || SessionManager::isOneTimeField(field.key))
            continue;
        const auto stored = m_context.readSecret(SecretStore::key(m_profile.id, field.key));
        if (!stored) {
            m_keychainFailed = true;
            continue;
        }
        if (stored.value())
            m_secrets.insert(field.key, *stored.value());
    }
    if (m_context.secrets().isSessionOnly() && !m_context.noKeychain())
        m_keychainFailed = true;
    for (const QString &value : std::as_const(m_secrets))
        Redactor::registerSecret(value);
    return CliContext::Ok;
}

int ProfileSession::askForMissingSecrets()
{
    for (const FieldSpec &field : m_descriptor.secretFields()) {
        if (field.optional || SessionManager::isOneTimeField(field.key) ||
            !m_secrets.value(field.key).isEmpty())
            continue;
        const QString value =
            m_context.promptHidden(tr("%1 for %2:").arg(field.label, m_profile.name));
        if (value.isEmpty()) {
            if (m_keychainFailed && !m_secretsFromStdin)
                return m_context.fail(
                    CliContext::KeychainUnavailable,
                    tr("%1 of %2 is needed, the keychain is unavailable (%3), "
                       "and there is no terminal to ask on: give it with "
                       "--secrets-stdin.")
                        .arg(field.label, m_profile.name, m_context.secrets().sessionOnlyReason()));
            return m_context.fail(CliContext::Usage,
                                  tr("%1 of %2 is needed: give it with --secrets-stdin "
                                     "(%3=...).")
                                      .arg(field.label, m_profile.name, field.key));
        }
        m_secrets.insert(field.key, value);
    }
    return CliContext::Ok;
}

int ProfileSession::logIn(bool remember)
{
    if (m_descriptor.vendor.isEmpty())
        return m_context.fail(CliContext::Usage,
                              tr("Profile %1 names an unknown vendor or method "
                                 "(%2/%3).")
                                  .arg(m_profile.name, m_profile.vendor, m_profile.method));
    if (const int code = askForMissingSecrets(); code != CliContext::Ok)
        return code;

    m_auth = AuthenticatorFactory::create(m_profile.vendor, m_profile.method, &m_context.http(),
                                          credentials());
    std::optional<Error> error;
    bool done = false;
    QEventLoop loop;
    QObject guard;
    QObject::connect(m_auth.get(), &Authenticator::loggedIn, &guard, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(m_auth.get(), &Authenticator::failed, &guard, [&](const Error &e) {
        error = e;
        done = true;
        loop.quit();
    });
    QObject::connect(
        m_auth.get(), &Authenticator::secondFactorRequired, &guard, [&](const QString &prompt) {
            // The server's own words, then the code: from stdin once, else asked.
            const QString field = m_profile.vendor == QLatin1String("passwordsafe")
                                      ? QStringLiteral("challenge")
                                      : QStringLiteral("mfa");
            QString code = m_secrets.take(field);
            if (code.isEmpty()) {
                const QString shown = prompt.isEmpty() ? tr("Verification code") : prompt;
                code = m_context.promptHidden(tr("%1 (%2):").arg(shown, m_profile.name));
            }
            if (code.isEmpty()) {
                error =
                    Error::make(Error::Kind::Authentication, QStringLiteral("cli.second_factor"),
                                tr("The server asks for a second factor: %1. Give it with "
                                   "--secrets-stdin (%2=...) or run on a terminal.")
                                    .arg(prompt, field));
                done = true;
                loop.quit();
                return;
            }
            m_auth->provideSecondFactor(code);
        });
    m_auth->logIn();
    if (!done)
        loop.exec();
    if (error)
        return m_context.fail(CliContext::exitCodeFor(*error), error->message);
    m_session = m_auth->session();
    return saveSession(remember);
}

int ProfileSession::saveSession(bool remember)
{
    m_profile.lastToken = SessionManager::lastTokenOf(m_session.token);
    if (const auto updated = m_context.profiles().update(m_profile); !updated)
        m_context.fail(CliContext::Failure, updated.error().message);

    if (!remember || m_context.noKeychain())
        return CliContext::Ok;
    QStringList failures;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        if (SessionManager::isOneTimeField(it.key()) || it.value().isEmpty())
            continue;
        const auto written =
            m_context.writeSecret(SecretStore::key(m_profile.id, it.key()), it.value());
        if (!written)
            failures.append(written.error().message);
    }
    const auto written = m_context.writeSecret(sessionKey(), m_session.token.raw());
    if (!written)
        failures.append(written.error().message);
    if (!failures.isEmpty()) {
        failures.removeDuplicates();
        return m_context.fail(CliContext::KeychainUnavailable,
                              tr("Logged in, but nothing could be remembered: %1")
                                  .arg(failures.join(QLatin1Char(' '))));
    }
    m_remembered = true;
    return CliContext::Ok;
}

void ProfileSession::loadRememberedSession()
{
    const auto stored = m_context.readSecret(sessionKey());
    if (!stored) {
        m_keychainFailed = true;
        return;
    }
    if (!stored.value() || stored.value()->isEmpty())
        return;
    const Session session = SessionManager::rememberedSession(m_profile, *stored.value());
    Redactor::registerSecret(session.token.raw());
    m_session = session;
    m_remembered = true;
}

int ProfileSession::ensureSession(bool allowLogin)
{
    loadRememberedSession();
    const TokenTiming timing = m_session.token.timing();
    // A token about to die is no use to the script asking for it: renew it a little early.
    const bool usable = m_session.isValid() && SessionManager::hasLifeLeft(m_session.token);
    if (usable)
        return CliContext::Ok;
    if (!allowLogin) {
        return m_context.fail(
            CliContext::AuthRefused,
            m_session.isValid()
                ? tr("The token of %1 expired %2.")
                      .arg(m_profile.name, Durations::relative(*timing.msecsLeft / 1000))
                : tr("%1 has no token; run: tokenbench-cli login %1").arg(m_profile.name));
    }
    auto probe = AuthenticatorFactory::create(m_profile.vendor, m_profile.method, &m_context.http(),
                                              credentials());
    const bool canLogIn = probe && (probe->canLogInAgain() || m_context.stdinIsTerminal());
    if (!canLogIn) {
        if (m_keychainFailed)
            return m_context.fail(
                CliContext::KeychainUnavailable,
                tr("The keychain is unavailable (%1), so %2 cannot log in by "
                   "itself; give its secrets with --secrets-stdin.")
                    .arg(m_context.secrets().sessionOnlyReason(), m_profile.name));
        return m_context.fail(
            CliContext::AuthRefused,
            m_session.isValid()
                ? tr("The token of %1 expired and no stored credentials allow a new login; run: "
                     "tokenbench-cli login %1")
                      .arg(m_profile.name)
                : tr("%1 has no token; run: tokenbench-cli login %1").arg(m_profile.name));
    }
    return logIn(!m_context.noKeychain() && !m_keychainFailed);
}

int ProfileSession::logOut()
{
    loadRememberedSession();
    int code = CliContext::Ok;
    if (m_session.isValid() && m_descriptor.hasSignOut) {
        m_auth = AuthenticatorFactory::create(m_profile.vendor, m_profile.method, &m_context.http(),
                                              credentials());
        m_auth->setSession(m_session);
        std::optional<Error> error;
        bool done = false;
        QEventLoop loop;
        QObject guard;
        QObject::connect(m_auth.get(), &Authenticator::signedOut, &guard, [&] {
            done = true;
            loop.quit();
        });
        QObject::connect(m_auth.get(), &Authenticator::failed, &guard, [&](const Error &e) {
            error = e;
            done = true;
            loop.quit();
        });
        m_auth->signOut();
        if (!done)
            loop.exec();
        if (error)
            code = m_context.fail(CliContext::exitCodeFor(*error),
                                  tr("Signing out failed (%1); the session is forgotten all the "
                                     "same.")
                                      .arg(error->message));
    }
    const auto removed = m_context.removeSecret(sessionKey());
    m_profile.lastToken = Profile::LastToken();
    if (const auto updated = m_context.profiles().update(m_profile); !updated)
        m_context.fail(CliContext::Failure, updated.error().message);
    if (!removed && code == CliContext::Ok)
        code = m_context.fail(CliContext::KeychainUnavailable, removed.error().message);
    m_session = Session();
    return code;
}
