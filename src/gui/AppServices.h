#pragma once

#include "auth/SessionManager.h"
#include "compose/SecretVariables.h"
#include "history/HistoryStore.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

// What the desktop app's windows share: the profiles, the secret store, the HTTP client and the
// sessions. Made once in main(); tests make their own with a scratch folder and memory secrets.
class AppServices : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString configDir;         // empty: the platform's configuration folder
        bool sessionOnly = false;  // secrets in memory only (tests, --no-keychain, --demo)
        QString sessionOnlyReason; // what the banner says then; empty: the usual words
        // The request history's database; empty: history.sqlite in configDir when one is
        // given (tests, --demo, --config-dir keep everything together), else the data folder.
        QString historyPath;
    };

    explicit AppServices(const Options &options, QObject *parent = nullptr);
    ~AppServices() override;

    ProfileStore &profiles() { return *m_profiles; }
    SecretStore &secrets() { return *m_secrets; }
    HttpClient &http() { return *m_http; }
    SessionManager &sessions() { return *m_sessions; }
    // Secrets typed into requests and kept as {{variables}} (saved requests, API addresses).
    SecretVariables &secretVariables() { return *m_secretVariables; }
    // Made closed: the window opens it once it is on screen (see historyPath()).
    HistoryStore &history() { return *m_history; }
    QString historyPath() const { return m_historyPath; }

    // What loading the profiles said: a corrupt file moved aside, say. Empty when all was well.
    QString loadProblem() const { return m_loadProblem; }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<SecretVariables> m_secretVariables;
    std::unique_ptr<HistoryStore> m_history;
    QString m_historyPath;
    QString m_loadProblem;
};
