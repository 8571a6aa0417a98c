#pragma once

#include "AppSettings.h"
#include "auth/SessionManager.h"
#include "compose/SecretVariables.h"
#include "history/HistoryStore.h"
#include "net/HttpClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class RequestRunner;

// What both faces stand on: the profiles, the secret store, the HTTP client, the one session
// service and the history, made once per process (the app's main(), each CLI command; tests
// make their own with a scratch folder and memory secrets). The faces add only what is theirs:
// the prompter that asks a person, and what they show.
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
        // Watch profiles.json for changes made by another process (the app: yes; a CLI
        // command, done in a moment: no).
        bool watchProfiles = true;
    };

    explicit AppServices(const Options &options, QObject *parent = nullptr);
    ~AppServices() override;

    ProfileStore &profiles() { return *m_profiles; }
    SecretStore &secrets() { return *m_secrets; }
    HttpClient &http() { return *m_http; }
    SessionManager &sessions() { return *m_sessions; }
    // Secrets typed into requests and kept as {{variables}} (saved requests, API addresses).
    SecretVariables &secretVariables() { return *m_secretVariables; }
    // Made closed: a face opens it when it first needs it (see historyPath()).
    HistoryStore &history() { return *m_history; }
    QString historyPath() const { return m_historyPath; }

    // The preferences that belong to the core: the default timeout, the history's retention and
    // body cap. The app calls it at start and after Preferences; the CLI once.
    void applySettings(const AppSettings &settings);

    // A sender over this process's profiles, sessions, HTTP client and history, owned by
    // `parent`.
    RequestRunner *makeRunner(QObject *parent);

    // What loading the profiles said: a corrupt file moved aside, say. Empty when all was well.
    QString loadProblem() const { return m_loadProblem; }
    // How the profile file's load went: false only when the store cannot be used at all.
    bool profilesUsable() const { return m_profilesUsable; }

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
    bool m_profilesUsable = true;
};
