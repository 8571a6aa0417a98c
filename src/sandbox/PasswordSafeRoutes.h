#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

#include <QHash>
#include <QString>

#include <optional>

class Sandbox;

// BeyondTrust Password Safe public API v3 under /passwordsafe/BeyondTrust/api/public/v3/ (and
// the legacy /passwordsafe/eEye.RetinaCS.Server/api/public/v3/): PS-Auth and OAuth sign-in, a
// second factor in the same cookie session, cookie sessions that end on sign-out or when idle,
// API calls by cookie or by a signed-in OAuth Bearer token until it expires, and the licence
// (403) and disabled-version (410) refusals. Paths compare case-insensitively, as IIS does.
class PasswordSafeRoutes
{
public:
    // The parsed PS-Auth header: `key=..; runas=..; pwd=[..]; challenge=..;`.
    struct PsAuth
    {
        QString key;
        QString runAs;
        std::optional<QString> password;
        std::optional<QString> challenge;
    };
    static std::optional<PsAuth> parsePsAuth(const QByteArray &credentials);

    explicit PasswordSafeRoutes(const Sandbox &sandbox);

    // `path` is the part after "/passwordsafe".
    SandboxResponse handle(const SandboxRequest &request, const QString &path);
    // Signed-in cookie sessions that have not idled out.
    int openSessions() const;

private:
    struct Session
    {
        int userIndex = -1;
        bool awaitingChallenge = false;
        qint64 lastSeenMs = 0;
    };
    struct AccessToken
    {
        qint64 expiresMs = 0;  // since the epoch
        bool signedIn = false; // presented at Auth/SignAppIn: from then on it opens API calls
    };

    SandboxResponse signIn(const SandboxRequest &request);
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse signedIn(int userIndex, const QByteArray &sessionId);
    // The live session the request's cookie names (its idle timer restarted), or nullptr.
    Session *liveSession(const SandboxRequest &request, QByteArray *id = nullptr);
    bool isIdle(const Session &session) const;
    // The unexpired access token of the request's Bearer header, or nullptr.
    AccessToken *liveAccessToken(const SandboxRequest &request);
    QByteArray newSessionId() const;

    const Sandbox &m_sandbox;
    QHash<QByteArray, Session> m_sessions;
    QHash<QByteArray, AccessToken> m_accessTokens;
};
