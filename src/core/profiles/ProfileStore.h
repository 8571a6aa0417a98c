#pragma once

#include "profiles/Profile.h"
#include "util/Result.h"

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>

#include <memory>

// The profiles, as one JSON file ("profiles.json", with a schema version) in the configuration
// folder. Every change is a read-modify-write under a lock file, so the app and the CLI can run
// at once; the file is written atomically (QSaveFile) and watched, so a change made by another
// process is picked up. A file that cannot be read is never overwritten: it is moved aside with a
// timestamp and the store carries on empty, saying where the copy is.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 1;

    explicit ProfileStore(const QString &directory = defaultDirectory(), QObject *parent = nullptr);
    ~ProfileStore() override;

    // Whether the file is watched for changes made elsewhere (on by default). A short-lived face
    // such as the CLI turns it off before load(): it re-reads under the lock before each write
    // anyway, and an inotify watch costs some 5 ms when the process exits (the kernel's teardown
    // of the watch), a third of a CLI command's time.
    void setWatching(bool watching);

    // $XDG_CONFIG_HOME/tokenbench (or the platform's equivalent).
    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString filePath() const;

    // Reads the file. A missing file is an empty store. A corrupt or unreadable one is moved
    // aside: the Error (code "profiles.corrupt") names the copy, and the store is empty and usable.
    Result<bool> load();

    const QList<Profile> &profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &nameOrId) const;
    // By id only; nothing for a null id.
    std::optional<Profile> find(const QUuid &id) const;

    // Names are unique (case-insensitive). add() fills id and times when missing.
    Result<Profile> add(Profile profile);
    Result<bool> update(const Profile &profile);
    Result<bool> remove(const QUuid &id);

    // Profiles as shareable JSON (never a secret), and back. Imported profiles get new ids;
    // a name already taken gets " (2)" added.
    QByteArray exportJson(const QList<QUuid> &ids = {}) const;
    Result<QList<Profile>> importJson(const QByteArray &json);

Q_SIGNALS:
    void changed();
    // Something went wrong in the background (a reload found a corrupt file...).
    void problem(const Error &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_directory;
    QList<Profile> m_profiles;
};
