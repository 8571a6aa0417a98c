#include "AppServices.h"

#include "AppSettings.h"
#include "auth/AuthenticatorFactory.h"
#include "compose/RequestRunner.h"
#include "util/Redactor.h"

#include <QDir>

namespace {

// Each profile's credential header is secret whatever its name ("X-Vendor-Id" with a key in
// it), so a value typed under that name is treated like the credential itself.
void markCredentialHeaders(const ProfileStore &profiles)
{
    for (const Profile &p : profiles.profiles())
        Redactor::markSecretHeader(
            AuthenticatorFactory::deliveryFor(p.vendor, p.method, p.fields).headerName.toLatin1());
}

} // namespace

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
    m_profiles->setWatching(options.watchProfiles);
    if (const auto loaded = m_profiles->load(); !loaded) {
        m_loadProblem = loaded.error().message;
        // A corrupt file was moved aside: the store is usable, empty.
        m_profilesUsable = loaded.error().code == QLatin1String("profiles.corrupt");
    }
    markCredentialHeaders(*m_profiles);
    m_secretVariables = std::make_unique<SecretVariables>(m_secrets.get(), m_profiles->directory());
    connect(m_profiles.get(), &ProfileStore::changed, this, [this] {
        markCredentialHeaders(*m_profiles);
        // A deleted profile's secret variables go with it (from the keychain too).
        QSet<QUuid> ids;
        for (const Profile &p : m_profiles->profiles())
            ids.insert(p.id);
        m_secretVariables->keepOnly(ids);
    });
    m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_http.get());
    m_history = std::make_unique<HistoryStore>();
    m_historyPath = !options.historyPath.isEmpty() ? options.historyPath
                    : !options.configDir.isEmpty()
                        ? QDir(options.configDir).filePath(QStringLiteral("history.sqlite"))
                        : HistoryStore::defaultPath();
}

AppServices::~AppServices() = default;

void AppServices::applySettings(const AppSettings &settings)
{
    HttpClient::Options options = m_http->options();
    options.timeoutMs = settings.defaultTimeoutSeconds * 1000;
    m_http->setOptions(options);
    m_http->setDefaultProxy(settings.proxySettings());
    m_sessions->setAppProxyUser(settings.proxyUser.trimmed());
    m_history->setBodyCap(qint64(settings.historyBodyCapKiB) * 1024);
    m_history->setRetentionDays(settings.historyRetentionDays);
    // Headers a person marked secret (Preferences), in both faces.
    Redactor::setMarkedSecretHeaders(settings.secretHeaders);
}

RequestRunner *AppServices::makeRunner(QObject *parent)
{
    return new RequestRunner(m_profiles.get(), m_sessions.get(), m_http.get(), m_history.get(),
                             parent);
}
