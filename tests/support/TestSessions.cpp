#include "TestSessions.h"

#include "auth/SessionManager.h"

#include <QJsonArray>
#include <QSignalSpy>

namespace TestSessions {

QUuid addProfile(ProfileStore &store, const QUrl &baseUrl, const QString &vendor,
                 const QString &method, QMap<QString, QString> fields, bool autoRelogin)
{
    Profile p;
    p.name = vendor + QLatin1Char(' ') + method + QLatin1Char(' ') +
             QString::number(store.profiles().size() + 1);
    p.vendor = vendor;
    p.method = method;
    p.baseUrl = baseUrl;
    p.fields = std::move(fields);
    p.options.autoRelogin = autoRelogin;
    const auto added = store.add(p);
    return added ? added->id : QUuid();
}

bool logIn(SessionManager &sessions, const QUuid &id, const QHash<QString, QString> &secrets,
           bool remember)
{
    Authenticator *auth = sessions.authenticator(id);
    if (!auth)
        return false;
    Credentials credentials = auth->credentials();
    credentials.secrets = secrets;
    auth->setCredentials(credentials);
    QSignalSpy loggedIn(auth, &Authenticator::loggedIn);
    auth->logIn();
    if (!loggedIn.wait(10000))
        return false;
    sessions.recordLogin(id, secrets, remember);
    return true;
}

QString echoedHeader(const QJsonObject &echo, const QString &name)
{
    const QJsonArray headers = echo.value(QLatin1String("headers")).toArray();
    for (const auto &h : headers) {
        const QJsonObject o = h.toObject();
        if (o.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return o.value(QLatin1String("value")).toString();
    }
    return {};
}

} // namespace TestSessions
