#pragma once

#include "profiles/ProfileStore.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUuid>

class SessionManager;

// What tests of requests share: a profile added to a store, a login done the way a person does
// it (through the session service's prompter, a script here), and reading the sandbox echo's
// answer.
namespace TestSessions {

QUuid addProfile(ProfileStore &store, const QUrl &baseUrl, const QString &vendor,
                 const QString &method, QMap<QString, QString> fields, bool autoRelogin = true);

// False when the profile is unknown or the login did not succeed within 10 s.
bool logIn(SessionManager &sessions, const QUuid &id, const QHash<QString, QString> &secrets,
           bool remember = true);

// The value of a request header as the sandbox's /api/echo reported it, or empty.
QString echoedHeader(const QJsonObject &echo, const QString &name);

} // namespace TestSessions
