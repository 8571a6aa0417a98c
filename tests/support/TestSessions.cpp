#include "TestSessions.h"

#include "ScriptedPrompter.h"
#include "auth/SessionManager.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

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
    // The way a person logs in: through the session service's prompter, here a script.
    ScriptedPrompter script;
    script.secrets.insert(id, secrets);
    script.remember = remember;
    CredentialPrompter *previous = sessions.prompter();
    sessions.setPrompter(&script);
    std::optional<bool> ok;
    QObject context;
    sessions.logIn(id, &context, [&ok](const Result<Session> &session) { ok = session.ok(); });
    const bool answered = QTest::qWaitFor([&ok] { return ok.has_value(); }, 10000);
    sessions.setPrompter(previous);
    return answered && *ok;
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
