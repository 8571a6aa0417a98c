#include "LoginAttempt.h"

#include "auth/SessionManager.h"

LoginAttempt::LoginAttempt(SessionManager *service, const Profile &profile,
                           const MethodDescriptor &method, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_profile(profile)
    , m_method(method)
{}

LoginAttempt::~LoginAttempt() = default;

void LoginAttempt::submit(const QHash<QString, QString> &secrets, bool remember)
{
    if (m_service && !m_finished)
        m_service->submitAttempt(this, secrets, remember && m_canRemember);
}

void LoginAttempt::provideSecondFactor(const QString &code)
{
    if (!m_service || m_finished || !m_waitsForSecondFactor || code.trimmed().isEmpty())
        return;
    m_waitsForSecondFactor = false;
    setBusy(true);
    m_service->provideSecondFactorFor(this, code.trimmed());
}

void LoginAttempt::cancel()
{
    if (m_service && !m_finished)
        m_service->cancelAttempt(this);
}

void LoginAttempt::abandon(const std::optional<Error> &why)
{
    if (m_service && !m_finished)
        m_service->abandonAttempt(this, why);
    else if (!m_finished)
        finish();
}

void LoginAttempt::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void LoginAttempt::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
