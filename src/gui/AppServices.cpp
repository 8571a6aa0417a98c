#include "AppServices.h"

#include <QDir>

AppServices::AppServices(const Options &options, QObject *parent)
    : QObject(parent)
    , m_profiles(std::make_unique<ProfileStore>(
          options.configDir.isEmpty() ? ProfileStore::defaultDirectory() : options.configDir))
    , m_http(std::make_unique<HttpClient>(&m_nam))
{
    // Making a KeychainSecretStore touches nothing: the keychain is first asked when a profile
    // is used, never on the way to the first window.
    if (options.sessionOnly)
        m_secrets = std::make_unique<MemorySecretStore>(options.sessionOnlyReason);
    else
        m_secrets = std::make_unique<KeychainSecretStore>();
    if (const auto loaded = m_profiles->load(); !loaded)
        m_loadProblem = loaded.error().message;
    m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
    m_history = std::make_unique<HistoryStore>();
    m_historyPath = !options.historyPath.isEmpty() ? options.historyPath
                    : !options.configDir.isEmpty()
                        ? QDir(options.configDir).filePath(QStringLiteral("history.sqlite"))
                        : HistoryStore::defaultPath();
}

AppServices::~AppServices() = default;
