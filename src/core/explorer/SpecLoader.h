#pragma once

#include "compose/RequestRunner.h"
#include "compose/Variables.h"
#include "explorer/ApiSpec.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <memory>

class HttpClient;
class ProfileStore;
class SecretVariables;
class SessionManager;
class QThread;

// Finds, fetches, caches and parses the API description of each profile. The document comes from
// a file, from the profile's override URL, or from its vendor's usual place (the descriptor's
// API document sources), fetched through the one send path as the profile. The bytes
// are kept on disk per profile so the explorer opens without a network; parsing and indexing run
// on a worker thread and only the finished, read-only ApiSpec comes back to the caller's thread.
// The cache is private (0600 files in a 0700 folder) and keeps no secret: an address is kept
// without user info, and a secret in its query (?api_key=) becomes a {{variable}} whose value
// lives in the keychain (SecretVariables).
class SpecLoader : public QObject
{
    Q_OBJECT

public:
    struct CacheInfo
    {
        QString fetchedFrom; // URL or file path
        QDateTime fetchedAt;
        qint64 bytes = 0;
    };

    // `storageDir` empty: defaultStorageDir(). Tests pass a scratch folder.
    SpecLoader(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
               const QString &storageDir = {}, QObject *parent = nullptr);
    ~SpecLoader() override;

    // <CacheLocation>/explorer: the documents are copies, safe to lose.
    static QString defaultStorageDir();
    QString storageDir() const { return m_dir; }

    // Where a secret typed into an address goes, and where its value is read back from when the
    // address is fetched. Without it such an address is refused.
    void setSecretVariables(SecretVariables *variables) { m_secretVariables = variables; }

    // The largest description read (bytes): larger ones are refused, naming their address.
    static constexpr qint64 DefaultDocumentLimit = qint64(128) * 1024 * 1024;
    static void setDocumentLimit(qint64 bytes);

    // Where a vendor usually serves its description, tried in order: relative entries are under
    // the profile's base URL, those starting with "/" at its origin's root.
    static QStringList defaultSources(const QString &vendor);

    // A person's own source for a profile: an http(s) URL, a path relative to the base URL, or a
    // local file. Empty: the vendor's defaults. Kept beside the cache, as it reads after
    // setSourceOverride() took its secrets out ("?api_key={{api_key}}").
    QString sourceOverride(const QUuid &profileId) const;
    // Sets the source. User info is dropped (HttpClient never sends it); a secret query or
    // fragment value goes to the keychain as a secret variable. Returns what is kept.
    QString setSourceOverride(const QUuid &profileId, const QString &source);
    // The absolute URLs (or file paths) a refresh tries, in order; {{variables}} unresolved.
    QStringList candidates(const QUuid &profileId) const;

    std::optional<CacheInfo> cacheInfo(const QUuid &profileId) const;
    // The last document parsed for a profile in this run, if any.
    ApiSpecPtr spec(const QUuid &profileId) const { return m_specs.value(profileId); }

    // The cached document if there is one, else a refresh.
    void load(const QUuid &profileId);
    // Fetches from the source now and replaces the cache when it parses. Only with
    // `mayAskToLogIn` (a person's click) does a server that wants a login open the login.
    void refresh(const QUuid &profileId, bool mayAskToLogIn = false);
    // Reads a local file (JSON or YAML), caches it and makes it the profile's source.
    void loadFile(const QUuid &profileId, const QString &path);
    // Parses bytes already at hand (no cache, no source change).
    void loadBytes(const QUuid &profileId, const QByteArray &bytes, const QString &origin);

    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // What is happening, for a status line ("Fetching https://…").
    void progress(const QString &text);
    void loaded(const QUuid &profileId, ApiSpecPtr spec);
    void failed(const QUuid &profileId, const Error &error);

private:
    // Each address a refresh tries: as kept (for people and the cache) and as sent.
    struct Address
    {
        QString kept;
        QUrl url;
    };
    QStringList candidates(const QUuid &profileId, const Variables &variables,
                           QStringList *unresolved) const;
    void fetchAll(const QUuid &id, quint64 generation, bool mayAsk);
    void fetchNext(const QUuid &id, QList<Address> urls, quint64 generation, bool mayAsk,
                   const Error &lastError);
    void onFetched(const RequestRunner::Outcome &outcome);
    void parseAsync(const QUuid &id, const QByteArray &bytes, const QString &origin,
                    bool storeInCache, quint64 generation);
    void fail(const QUuid &id, const Error &error, quint64 generation);
    void setBusy(bool busy);
    QString pathFor(const QUuid &id, const char *suffix) const;
    QJsonObject readMeta(const QUuid &id) const;
    bool writeMeta(const QUuid &id, const QJsonObject &meta) const;
    bool storeCache(const QUuid &id, const QByteArray &bytes, const QString &origin) const;

    // The fetch in flight: which profile, which address, and those left to try after it.
    struct Fetch
    {
        QUuid id;
        QString url; // as shown and cached
        QList<Address> rest;
        quint64 generation = 0;
        bool mayAsk = false;
    };

    ProfileStore *m_profiles;
    RequestRunner *m_runner; // the one path that sends as a profile
    Fetch m_fetch;
    SecretVariables *m_secretVariables = nullptr;
    QString m_dir;
    QHash<QUuid, ApiSpecPtr> m_specs;
    struct Worker
    {
        QPointer<QThread> thread;
        std::shared_ptr<std::atomic_bool> cancel;
    };
    QList<Worker> m_workers;
    quint64 m_generation = 0;
    bool m_busy = false;
};
