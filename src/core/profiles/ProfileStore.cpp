#include "ProfileStore.h"

#include "ProfileFileReader.h"
#include "net/CaTrust.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

Q_LOGGING_CATEGORY(lcProfiles, "tokenbench.profiles", QtInfoMsg)

// On-disk schemas.
//
// Version 1 (current): {"schema": 1, "profiles": [Profile::toJson(), ...]}.
//
// Version 0 (legacy, before the file carried a version): a bare JSON array of profiles, each with
// "url" instead of "baseUrl", the options flattened into the profile ("autoRelogin",
// "timeoutSeconds", "caFile", "insecureTls", "clipboardClearSeconds") and the id optional. It is
// migrated in memory on load; the file is rewritten as version 1 by the next change, so loading
// (and a read-only CLI command) never writes.
//
// A version newer than SchemaVersion was written by a newer Tokenbench. It is not corrupt, so it
// is not moved aside: its profiles are read as far as this version understands them, and every
// change is refused ("profiles.newer_schema") so that nothing the newer version wrote is lost.
//
// Corrupt (invalid JSON, wrong shape, a profile without id/name/vendor/method) or unreadable
// files are never overwritten: under the lock they are renamed to
// "profiles.json.corrupt-YYYYMMDD-HHMMSS" (copied if renaming fails) and the store goes on empty.
// A single bad profile makes the whole file corrupt: skipping it would drop it on the next write.

namespace {

const auto FileName = QLatin1String("profiles.json");
const auto LockName = QLatin1String("profiles.lock");
constexpr int LockTimeoutMs = 5000;
constexpr int StaleLockMs = 30000;
constexpr int ReloadDelayMs = 50;

// What the file held when it was last read.
struct FileState
{
    enum class Status
    {
        Missing,
        Ok,
        Newer,
        Corrupt,
        Unreadable,
        Unchanged, // the same bytes as last time; not parsed again, profiles left empty
    };
    Status status = Status::Missing;
    QList<Profile> profiles;
    int schema = 0;
    QByteArray bytes;
    QString reason; // why it is corrupt or unreadable, for people
};

bool isBad(const FileState &state)
{
    return state.status == FileState::Status::Corrupt ||
           state.status == FileState::Status::Unreadable;
}

// Version 0 -> 1, one profile at a time (see the comment at the top).
QJsonObject migrateProfile0To1(QJsonObject legacy)
{
    if (legacy.contains(QStringLiteral("url")) && !legacy.contains(QStringLiteral("baseUrl")))
        legacy.insert(QStringLiteral("baseUrl"), legacy.take(QStringLiteral("url")));
    QJsonObject options = legacy.value(QStringLiteral("options")).toObject();
    for (const char *key :
         {"autoRelogin", "timeoutSeconds", "caFile", "insecureTls", "clipboardClearSeconds"}) {
        const QString k = QString::fromLatin1(key);
        if (legacy.contains(k))
            options.insert(k, legacy.take(k));
    }
    legacy.insert(QStringLiteral("options"), options);
    if (legacy.value(QStringLiteral("id")).toString().isEmpty())
        legacy.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    return legacy;
}

// Brings the profiles array of `schema` up to SchemaVersion. Each future version adds a step.
QJsonArray migrate(QJsonArray profiles, int schema)
{
    if (schema == 0) {
        for (qsizetype i = 0; i < profiles.size(); ++i)
            profiles[i] = migrateProfile0To1(profiles.at(i).toObject());
        schema = 1;
    }
    return profiles;
}

FileState corrupt(FileState state, const QString &reason)
{
    state.status = FileState::Status::Corrupt;
    state.reason = reason;
    state.profiles.clear();
    return state;
}

FileState parse(const QByteArray &bytes)
{
    FileState state;
    state.bytes = bytes;
    // The form we write, read without a document tree; anything else the general way below.
    if (auto written = ProfileFileReader::readWrittenForm(bytes, ProfileStore::SchemaVersion)) {
        state.schema = ProfileStore::SchemaVersion;
        state.profiles = std::move(*written);
        state.status = FileState::Status::Ok;
        return state;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(state, QCoreApplication::translate("ProfileStore",
                                                          "it is not valid JSON (%1 at byte %2)")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset));

    QJsonArray profiles;
    if (doc.isArray()) {
        state.schema = 0;
        profiles = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QJsonValue schema = root.value(QStringLiteral("schema"));
        const QJsonValue list = root.value(QStringLiteral("profiles"));
        if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
            return corrupt(state, QCoreApplication::translate("ProfileStore",
                                                              "it has no valid \"schema\" number"));
        if (!list.isArray())
            return corrupt(
                state, QCoreApplication::translate("ProfileStore", "it has no \"profiles\" list"));
        state.schema = schema.toInt();
        profiles = list.toArray();
    }
    state.profiles.reserve(profiles.size());

    if (state.schema > ProfileStore::SchemaVersion) {
        // Read what we can; unknown shapes are skipped, never written back.
        state.status = FileState::Status::Newer;
        for (const QJsonValue &value : std::as_const(profiles)) {
            const Result<Profile> profile = Profile::fromJson(value.toObject());
            if (profile)
                state.profiles.append(profile.value());
        }
        return state;
    }

    profiles = migrate(profiles, state.schema);
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (!profiles.at(i).isObject())
            return corrupt(state, QCoreApplication::translate(
                                      "ProfileStore", "entry %1 of its profiles is not an object")
                                      .arg(i + 1));
        const Result<Profile> profile = Profile::fromJson(profiles.at(i).toObject());
        if (!profile)
            return corrupt(state, QCoreApplication::translate(
                                      "ProfileStore", "entry %1 of its profiles is invalid: %2")
                                      .arg(i + 1)
                                      .arg(profile.error().message));
        state.profiles.append(profile.value());
    }
    state.status = FileState::Status::Ok;
    return state;
}

// The whole file in one allocation of its size: readAll() grew its buffer to twice the size of
// a large file (16.8 MB for 8.5 MB, heaptrack). A file whose size is not known up front (a pipe,
// a /proc file) is read the general way; one that grew since size() gets the rest appended, and
// one that shrank is cut to what was read. A read error is left in file.error() for the caller.
QByteArray readExactly(QFile &file)
{
    const qint64 size = file.size();
    if (file.isSequential() || size <= 0)
        return file.readAll();
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    qint64 got = 0;
    while (got < size) {
        const qint64 n = file.read(bytes.data() + got, size - got);
        if (n <= 0)
            break;
        got += n;
    }
    if (got < size) {
        bytes.truncate(qsizetype(got));
        return bytes;
    }
    char probe = 0;
    if (file.read(&probe, 1) == 1) {
        bytes.append(probe);
        bytes.append(file.readAll());
    }
    return bytes;
}

// `known`: bytes already read and parsed. When the file still holds exactly them, the state comes
// back Unchanged without parsing: a change to the folder that is not ours (the history database
// beside the file, a lock file) must not cost a parse of every profile.
FileState readFile(const QString &path, const QByteArray &known = {})
{
    FileState state;
    QFile file(path);
    if (!file.exists())
        return state;
    // Unbuffered: the bytes go straight into ours, and the probe below allocates no buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        state.status = FileState::Status::Unreadable;
        state.reason = QCoreApplication::translate("ProfileStore", "it could not be read (%1)")
                           .arg(file.errorString());
        return state;
    }
    const QByteArray bytes = readExactly(file);
    if (file.error() != QFileDevice::NoError) {
        state.status = FileState::Status::Unreadable;
        state.reason = QCoreApplication::translate("ProfileStore", "it could not be read (%1)")
                           .arg(file.errorString());
        return state;
    }
    if (!known.isNull() && bytes == known) {
        state.status = FileState::Status::Unchanged;
        state.bytes = bytes;
        return state;
    }
    return parse(bytes);
}

QByteArray serialise(const QList<Profile> &profiles)
{
    QJsonArray list;
    for (const Profile &profile : profiles)
        list.append(profile.toJson());
    const QJsonObject root{{QStringLiteral("schema"), ProfileStore::SchemaVersion},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QDateTime nowUtc()
{
    // Whole seconds, so what is in memory equals what the file gives back.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

bool nameTaken(const QList<Profile> &profiles, const QString &name, const QUuid &except = {})
{
    for (const Profile &p : profiles)
        if (p.id != except && p.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

Error duplicateName(const QString &name)
{
    return Error::make(
        Error::Kind::InvalidInput, QStringLiteral("profiles.duplicate_name"),
        QCoreApplication::translate("ProfileStore", "A profile named \"%1\" already exists.")
            .arg(name));
}

std::optional<Error> validate(const Profile &profile)
{
    // fromJson() requires these; a profile without them would make the file corrupt.
    if (profile.name.trimmed().isEmpty() || profile.vendor.trimmed().isEmpty() ||
        profile.method.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("profiles.incomplete"),
                           QCoreApplication::translate(
                               "ProfileStore", "A profile needs a name, a vendor and a method."));
    return std::nullopt;
}

} // namespace

struct ProfileStore::Private
{
    using Change = std::function<std::optional<Error>(QList<Profile> &)>;

    explicit Private(ProfileStore *store)
        : q(store)
    {}

    ProfileStore *q;
    QFileSystemWatcher watcher;
    bool watching = true;
    QTimer reloadTimer;
    QByteArray lastContent; // the bytes last read or written: a change to them is someone else's
    int newerSchema = 0;    // the schema of a newer Tokenbench's file, 0 if none

    QString lockPath() const { return QDir(q->m_directory).filePath(LockName); }

    Error lockError(const QLockFile &lock) const
    {
        return Error::make(
            Error::Kind::Io, QStringLiteral("profiles.locked"),
            tr("The profiles are being changed by another Tokenbench; try again in a moment."),
            QStringLiteral("lock %1 error %2").arg(lockPath()).arg(int(lock.error())));
    }

    Error newerError() const
    {
        return Error::make(Error::Kind::Permission, QStringLiteral("profiles.newer_schema"),
                           tr("%1 was written by a newer Tokenbench (schema %2; this version "
                              "knows %3). It was left as it is; update Tokenbench to change "
                              "profiles.")
                               .arg(QDir::toNativeSeparators(q->filePath()))
                               .arg(newerSchema)
                               .arg(SchemaVersion));
    }

    // Only with the lock held. Never overwrites `state`'s file: renames it, or copies it.
    Error moveAside(const FileState &state, bool *movedOut)
    {
        const QString path = q->filePath();
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString aside = path + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside =
                path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);

        bool moved = QFile::rename(path, aside);
        if (!moved && QFile::copy(path, aside)) {
            moved = true;
            QFile::remove(path); // a leftover original is replaced by the next write anyway
        }
        *movedOut = moved;
        const QString native = QDir::toNativeSeparators(path);
        if (!moved)
            return Error::make(Error::Kind::Io, QStringLiteral("profiles.corrupt"),
                               tr("The profiles file %1 is damaged: %2. It could not be moved "
                                  "aside, so Tokenbench will not change it; move it away "
                                  "yourself to start afresh.")
                                   .arg(native, state.reason));
        return Error::make(state.status == FileState::Status::Unreadable ? Error::Kind::Permission
                                                                         : Error::Kind::Parse,
                           QStringLiteral("profiles.corrupt"),
                           tr("The profiles file %1 is damaged: %2. It was moved to %3 and "
                              "Tokenbench carries on with no profiles; your old profiles are in "
                              "that copy.")
                               .arg(native, state.reason, QDir::toNativeSeparators(aside)));
    }

    // Reads the file under the lock and moves a bad one aside. On success, the state to use.
    Result<FileState> readLocked(std::optional<Error> *problem, int timeoutMs)
    {
        QLockFile lock(lockPath());
        lock.setStaleLockTime(StaleLockMs);
        if (!lock.tryLock(timeoutMs))
            return lockError(lock);
        FileState state = readFile(q->filePath());
        if (isBad(state)) {
            bool moved = false;
            const Error error = moveAside(state, &moved);
            if (!moved)
                return error;
            *problem = error;
            state = FileState{};
        }
        return state;
    }

    void adopt(const FileState &state)
    {
        q->m_profiles = state.profiles;
        lastContent = state.bytes;
        newerSchema = state.status == FileState::Status::Newer ? state.schema : 0;
        watch();
    }

    void watch()
    {
        if (!watching)
            return;
        const QString dir = q->m_directory;
        if (QFileInfo::exists(dir) && !watcher.directories().contains(dir))
            watcher.addPath(dir);
        // QSaveFile replaces the file by rename, which ends the watch on the old inode.
        const QString file = q->filePath();
        if (QFileInfo::exists(file) && !watcher.files().contains(file))
            watcher.addPath(file);
    }

    bool ensureDirectory(Error *error)
    {
        const QString dir = q->m_directory;
        if (QFileInfo(dir).isDir())
            return true;
        if (!QDir().mkpath(dir) ||
            !QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner)) {
            *error = Error::make(Error::Kind::Io, QStringLiteral("profiles.mkdir"),
                                 tr("Could not create the folder %1 for the profiles.")
                                     .arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        return true;
    }

    // The read-modify-write every change goes through: under the lock, re-read the file, apply
    // `change` to what it holds now (so other processes' changes survive), write atomically.
    Result<bool> mutate(const Change &change)
    {
        Error error;
        if (!ensureDirectory(&error))
            return error;

        std::optional<Error> problem;
        {
            QLockFile lock(lockPath());
            lock.setStaleLockTime(StaleLockMs);
            if (!lock.tryLock(LockTimeoutMs))
                return lockError(lock);

            FileState state = readFile(q->filePath());
            if (state.status == FileState::Status::Newer) {
                newerSchema = state.schema;
                return newerError();
            }
            if (isBad(state)) {
                bool moved = false;
                error = moveAside(state, &moved);
                if (!moved)
                    return error;
                problem = error;
                state = FileState{};
            }

            QList<Profile> profiles = state.profiles;
            if (const std::optional<Error> refused = change(profiles))
                return *refused;

            const QByteArray bytes = serialise(profiles);
            QSaveFile file(q->filePath());
            if (!file.open(QIODevice::WriteOnly) ||
                !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                file.write(bytes) != bytes.size() || !file.commit()) {
                return Error::make(
                    Error::Kind::Io, QStringLiteral("profiles.write"),
                    tr("Could not save the profiles to %1: %2")
                        .arg(QDir::toNativeSeparators(q->filePath()), file.errorString()));
            }
            state.status = FileState::Status::Ok;
            state.profiles = profiles;
            state.bytes = bytes;
            adopt(state);
        }
        // After unlocking: a slot may well make the next change.
        if (problem)
            Q_EMIT q->problem(*problem);
        Q_EMIT q->changed();
        return true;
    }

    // Another process (or a person) changed the file: take its content.
    void reload()
    {
        watch();
        FileState state = readFile(q->filePath(), lastContent);
        if (state.status == FileState::Status::Unchanged ||
            (state.bytes == lastContent && !isBad(state)))
            return; // our own write, or nothing new
        std::optional<Error> problem;
        if (isBad(state)) {
            // Short: this runs in the event loop. Whoever holds the lock will deal with the file.
            Result<FileState> locked = readLocked(&problem, 200);
            if (!locked) {
                if (locked.error().code == QLatin1String("profiles.locked"))
                    reloadTimer.start(500);
                else if (!lastContent.isNull() || !q->m_profiles.isEmpty())
                    Q_EMIT q->problem(locked.error());
                return;
            }
            state = locked.value();
        }
        const bool wasNewer = newerSchema != 0;
        adopt(state);
        if (problem)
            Q_EMIT q->problem(*problem);
        if (newerSchema && !wasNewer)
            Q_EMIT q->problem(newerError());
        Q_EMIT q->changed();
    }
};

ProfileStore::ProfileStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
    , m_directory(QDir::cleanPath(directory))
{
    d->reloadTimer.setSingleShot(true);
    d->reloadTimer.setInterval(ReloadDelayMs);
    // Saves arrive as a burst of events (temporary file, rename, lock file): reload once.
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this,
            [this] { d->reloadTimer.start(); });
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { d->reloadTimer.start(); });
    connect(&d->reloadTimer, &QTimer::timeout, this, [this] { d->reload(); });
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::setWatching(bool watching)
{
    d->watching = watching;
    if (watching) {
        d->watch();
        return;
    }
    const QStringList paths = d->watcher.files() + d->watcher.directories();
    if (!paths.isEmpty())
        d->watcher.removePaths(paths);
}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/tokenbench");
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(FileName);
}

Result<bool> ProfileStore::load()
{
    FileState state = readFile(filePath());
    std::optional<Error> problem;
    if (isBad(state)) {
        // Another process may be replacing the file right now: decide under the lock.
        Result<FileState> locked = d->readLocked(&problem, LockTimeoutMs);
        if (!locked) {
            m_profiles.clear();
            d->lastContent.clear();
            d->watch();
            return locked.error();
        }
        state = locked.value();
    }
    d->adopt(state);
    if (problem)
        return *problem;
    // A newer schema is readable, so load() succeeds; changes are refused with newerError().
    if (d->newerSchema)
        Q_EMIT this->problem(d->newerError());
    return true;
}

std::optional<Profile> ProfileStore::find(const QUuid &id) const
{
    if (!id.isNull())
        for (const Profile &p : m_profiles)
            if (p.id == id)
                return p;
    return std::nullopt;
}

std::optional<Profile> ProfileStore::find(const QString &nameOrId) const
{
    const QUuid id = QUuid::fromString(nameOrId.trimmed());
    if (!id.isNull())
        for (const Profile &p : m_profiles)
            if (p.id == id)
                return p;
    for (const Profile &p : m_profiles)
        if (p.name.compare(nameOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

Result<Profile> ProfileStore::add(Profile profile)
{
    if (const std::optional<Error> invalid = validate(profile))
        return *invalid;
    profile.name = profile.name.trimmed();
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    const QDateTime now = nowUtc();
    if (!profile.created.isValid())
        profile.created = now;
    if (!profile.updated.isValid())
        profile.updated = profile.created;

    const Result<bool> result =
        d->mutate([&profile](QList<Profile> &profiles) -> std::optional<Error> {
            if (nameTaken(profiles, profile.name))
                return duplicateName(profile.name);
            for (const Profile &p : std::as_const(profiles))
                if (p.id == profile.id)
                    return Error::make(Error::Kind::InvalidInput,
                                       QStringLiteral("profiles.duplicate_id"),
                                       tr("A profile with the id %1 already exists.")
                                           .arg(profile.id.toString(QUuid::WithoutBraces)));
            profiles.append(profile);
            return std::nullopt;
        });
    if (!result)
        return result.error();
    return profile;
}

Result<bool> ProfileStore::update(const Profile &profile)
{
    if (const std::optional<Error> invalid = validate(profile))
        return *invalid;
    return d->mutate([&profile](QList<Profile> &profiles) -> std::optional<Error> {
        for (Profile &p : profiles) {
            if (p.id != profile.id)
                continue;
            if (nameTaken(profiles, profile.name.trimmed(), profile.id))
                return duplicateName(profile.name.trimmed());
            const QDateTime created = p.created;
            p = profile;
            p.name = profile.name.trimmed();
            if (!p.created.isValid())
                p.created = created;
            p.updated = nowUtc();
            return std::nullopt;
        }
        return Error::make(Error::Kind::NotFound, QStringLiteral("profiles.not_found"),
                           tr("There is no profile \"%1\".").arg(profile.name));
    });
}

Result<bool> ProfileStore::remove(const QUuid &id)
{
    const Result<bool> removed = d->mutate([&id](QList<Profile> &profiles) -> std::optional<Error> {
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            if (profiles.at(i).id == id) {
                profiles.removeAt(i);
                return std::nullopt;
            }
        }
        return Error::make(
            Error::Kind::NotFound, QStringLiteral("profiles.not_found"),
            tr("There is no profile with the id %1.").arg(id.toString(QUuid::WithoutBraces)));
    });
    // The CA file "Trust This Certificate Authority" wrote for it goes with it, here so that every
    // face that deletes a profile does it. A file left behind holds public certificates only, so
    // the removal stands either way and the log says so.
    if (removed && !CaTrust::forget(id))
        qCWarning(lcProfiles).noquote()
            << "the profile's trusted CA file could not be removed:" << CaTrust::fileFor(id);
    return removed;
}

// Shareable: no ids (an import makes its own), no times, no last token; secrets are never in a
// Profile in the first place.
QByteArray ProfileStore::exportJson(const QList<QUuid> &ids) const
{
    QJsonArray list;
    for (const Profile &profile : m_profiles) {
        if (!ids.isEmpty() && !ids.contains(profile.id))
            continue;
        QJsonObject json = profile.toJson();
        for (const char *key : {"id", "lastToken", "created", "updated"})
            json.remove(QString::fromLatin1(key));
        list.append(json);
    }
    const QJsonObject root{{QStringLiteral("tokenbench_profiles"), 1},
                           {QStringLiteral("profiles"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<Profile>> ProfileStore::importJson(const QByteArray &json)
{
    const auto invalid = [](const QString &why) {
        return Error::make(Error::Kind::Parse, QStringLiteral("profiles.import_invalid"),
                           tr("These are not Tokenbench profiles: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));

    // An export, a bare array, or a profiles.json itself.
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const int version = root.value(QStringLiteral("tokenbench_profiles"))
                                .toInt(root.value(QStringLiteral("schema")).toInt(0));
        if (version > SchemaVersion)
            return invalid(tr("they come from a newer Tokenbench."));
        if (version < 1 || !root.value(QStringLiteral("profiles")).isArray())
            return invalid(tr("there is no \"profiles\" list."));
        list = root.value(QStringLiteral("profiles")).toArray();
    }

    QList<Profile> incoming;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject object = list.at(i).toObject();
        object.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Result<Profile> profile = Profile::fromJson(object);
        if (!profile)
            return invalid(tr("entry %1: %2").arg(i + 1).arg(profile.error().message));
        Profile p = profile.value();
        p.lastToken = {};
        p.created = p.updated = nowUtc();
        incoming.append(p);
    }

    QList<Profile> imported;
    const Result<bool> result =
        d->mutate([&incoming, &imported](QList<Profile> &profiles) -> std::optional<Error> {
            imported.clear(); // the change runs once, but keep it honest
            for (Profile p : std::as_const(incoming)) {
                const QString base = p.name;
                for (int n = 2; nameTaken(profiles, p.name); ++n)
                    p.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
                profiles.append(p);
                imported.append(p);
            }
            return std::nullopt;
        });
    if (!result)
        return result.error();
    return imported;
}
