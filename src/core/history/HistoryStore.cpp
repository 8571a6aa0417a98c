#include "history/HistoryStore.h"

#include "AppPaths.h"

#include "history/HistoryScrubber.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

// On-disk schema, versioned by `PRAGMA user_version`.
//
// Version 1 (current): one table `entries`, one row per exchange; headers as a JSON array of
// [name, value] pairs, bodies as BLOBs already redacted and cut, the draft as its JSON, and
// `search_text` (method, URL, status, profile name, error in lower case) for search. Indexes on
// the time (lists are newest first, and a filtered list stops after `limit` rows walking it) and
// on the profile.
//
// Version 2: `entry_search` (id, at_ms, profile_id, search_text), kept by triggers on `entries`.
// A search reads this narrow table only: in `entries`, search_text sits behind the bodies, and
// SQLite walks a row's overflow pages to reach it, so a search read the whole file (400 ms
// for 100,000 entries, bench_history).
//
// A file with a newer version was written by a newer Tokenbench: it is left alone and the app
// goes on without history. A damaged file is moved aside, never overwritten.

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

const auto Columns = QLatin1String(
    "id, at_ms, profile_id, profile_name, method, url, status, error, elapsed_ms, response_size, "
    "response_type");
const auto DetailColumns = QLatin1String(", request_headers, response_headers, request_body, "
                                         "request_truncated, response_body, response_truncated, "
                                         "draft");

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tokenbench-history-%1").arg(++counter);
}

// SQLITE_CORRUPT and SQLITE_NOTADB, with or without their extended codes.
bool isDamaged(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

QString headersToJson(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &h : headers)
        array.append(QJsonArray{QString::fromUtf8(h.first), QString::fromUtf8(h.second)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpHeaders headersFromJson(const QString &json)
{
    HttpHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &item : array) {
        const QJsonArray pair = item.toArray();
        headers.append({pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QString searchText(const HistoryEntry &e)
{
    return QStringList{e.method, e.url, e.status > 0 ? QString::number(e.status) : QString(),
                       e.profileName, e.error}
        .join(QLatin1Char(' '))
        .toLower();
}

HistoryEntry summaryFrom(const QSqlQuery &q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.when = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.profileId = QUuid::fromString(q.value(2).toString());
    e.profileName = q.value(3).toString();
    e.method = q.value(4).toString();
    e.url = q.value(5).toString();
    e.status = q.value(6).toInt();
    e.error = q.value(7).toString();
    e.elapsedMs = q.value(8).toLongLong();
    e.responseSize = q.value(9).toLongLong();
    e.responseContentType = q.value(10).toString();
    return e;
}

} // namespace

QString HistoryStore::defaultPath()
{
    // The app's data folder, named here rather than by the running program's name, so that the
    // app and tokenbench-cli keep one history.
    return AppPaths::dataDir() + QStringLiteral("/history.sqlite");
}

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{}

HistoryStore::~HistoryStore()
{
    close();
}

Error HistoryStore::failure(const QString &code, const QString &reason) const
{
    return Error::make(Error::Kind::Io, code,
                       Text::tr("The history database at %1 cannot be opened: %2")
                           .arg(QDir::toNativeSeparators(m_path), reason),
                       reason);
}

Error HistoryStore::notOpen() const
{
    return Error::make(Error::Kind::Io, QStringLiteral("history.closed"),
                       Text::tr("The request history is not available."));
}

bool HistoryStore::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::setBodyCap(qint64 bytes)
{
    m_bodyCap = std::max<qint64>(bytes, 0);
}

void HistoryStore::close()
{
    m_insert.reset();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Result<bool> HistoryStore::open(const QString &path)
{
    close();
    m_problem.clear();
    m_path = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();

    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return failure(QStringLiteral("history.folder"),
                           Text::tr("its folder %1 could not be created")
                               .arg(QDir::toNativeSeparators(folder)));
        // The history is redacted, yet what people called and when is nobody else's business.
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    if (info.isDir())
        return failure(QStringLiteral("history.is_folder"), Text::tr("it is a folder"));
    if (!info.exists()) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return failure(QStringLiteral("history.create"), file.errorString());
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFileInfo(m_path).isWritable())
        return failure(QStringLiteral("history.read_only"), Text::tr("the file is read-only"));

    Result<bool> opened = openAt(m_path);
    if (!opened && opened.error().code == QLatin1String("history.damaged")) {
        const Result<bool> moved = moveAside(opened.error().detail);
        if (!moved)
            return moved;
        opened = openAt(m_path);
    }
    return opened;
}

Result<bool> HistoryStore::openAt(const QString &path)
{
    m_connection = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        // Two Tokenbench windows may share the file; wait for the other's write, briefly.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            close();
            return failure(QStringLiteral("history.open"), error.text());
        }
    }
    const Result<bool> schema = prepareSchema();
    if (!schema) {
        close();
        return schema;
    }
    m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
    const bool prepared = m_insert->prepare(QStringLiteral(
        "INSERT INTO entries (at_ms, profile_id, profile_name, method, url, status, error, "
        "elapsed_ms, response_size, response_type, request_headers, response_headers, "
        "request_body, request_truncated, response_body, response_truncated, draft, search_text) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared) {
        const QString reason = m_insert->lastError().text();
        close();
        return failure(QStringLiteral("history.prepare"), reason);
    }
    return true;
}

Result<bool> HistoryStore::prepareSchema()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto damagedOr = [this, &q](const QString &code) -> Error {
        const QSqlError error = q.lastError();
        if (isDamaged(error))
            return Error::make(Error::Kind::Io, QStringLiteral("history.damaged"), error.text(),
                               error.text());
        return failure(code, error.text());
    };
    // Deleted rows are overwritten with zeros rather than left in free pages.
    if (!q.exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return damagedOr(QStringLiteral("history.pragma"));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return damagedOr(QStringLiteral("history.version"));
    const int version = q.value(0).toInt();
    // Reading the schema touches more than the header: a file cut short fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return damagedOr(QStringLiteral("history.schema"));
    if (version > SchemaVersion)
        return failure(QStringLiteral("history.newer_schema"),
                       Text::tr("it was written by a newer version of Tokenbench"));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return damagedOr(QStringLiteral("history.wal"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.finish();
    return migrate(version);
}

Result<bool> HistoryStore::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return failure(QStringLiteral("history.migrate"), db.lastError().text());
    QSqlQuery q(db);
    QStringList steps;
    if (from < 1) {
        steps << QStringLiteral(
                     "CREATE TABLE IF NOT EXISTS entries ("
                     "id INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, "
                     "profile_id TEXT, profile_name TEXT, method TEXT NOT NULL, url TEXT NOT NULL, "
                     "status INTEGER NOT NULL DEFAULT 0, error TEXT, elapsed_ms INTEGER, "
                     "response_size INTEGER, response_type TEXT, request_headers TEXT, "
                     "response_headers TEXT, request_body BLOB, request_truncated INTEGER, "
                     "response_body BLOB, response_truncated INTEGER, draft TEXT, "
                     "search_text TEXT NOT NULL)")
              << QStringLiteral("CREATE INDEX IF NOT EXISTS entries_at ON entries (at_ms, id)")
              << QStringLiteral(
                     "CREATE INDEX IF NOT EXISTS entries_profile ON entries (profile_id, at_ms)");
    }
    if (from < 2) {
        steps << QStringLiteral("CREATE TABLE IF NOT EXISTS entry_search ("
                                "id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, profile_id TEXT, "
                                "search_text TEXT NOT NULL)")
              << QStringLiteral(
                     "CREATE INDEX IF NOT EXISTS entry_search_at ON entry_search (at_ms, id)")
              << QStringLiteral("INSERT OR REPLACE INTO entry_search "
                                "SELECT id, at_ms, profile_id, search_text FROM entries")
              << QStringLiteral(
                     "CREATE TRIGGER IF NOT EXISTS entries_search_insert AFTER INSERT ON entries "
                     "BEGIN INSERT INTO entry_search (id, at_ms, profile_id, search_text) "
                     "VALUES (new.id, new.at_ms, new.profile_id, new.search_text); END")
              << QStringLiteral(
                     "CREATE TRIGGER IF NOT EXISTS entries_search_update AFTER UPDATE OF at_ms, "
                     "profile_id, search_text ON entries BEGIN UPDATE entry_search SET "
                     "at_ms = new.at_ms, profile_id = new.profile_id, search_text = "
                     "new.search_text WHERE id = new.id; END")
              << QStringLiteral(
                     "CREATE TRIGGER IF NOT EXISTS entries_search_delete AFTER DELETE ON entries "
                     "BEGIN DELETE FROM entry_search WHERE id = old.id; END");
    }
    // Later versions add their steps here, each guarded by `from < N`.

    // Written even when nothing changed: a read-only file fails here rather than at the first
    // request.
    steps << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);
    for (const QString &sql : std::as_const(steps)) {
        if (!q.exec(sql)) {
            const QString reason = q.lastError().text();
            q.finish();
            db.rollback();
            return failure(QStringLiteral("history.migrate"), reason);
        }
    }
    q.finish();
    if (!db.commit())
        return failure(QStringLiteral("history.migrate"), db.lastError().text());
    return true;
}

Result<bool> HistoryStore::moveAside(const QString &reason)
{
    close();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside =
            m_path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, aside))
        return failure(QStringLiteral("history.damaged"),
                       Text::tr("it is damaged (%1) and could not be moved aside").arg(reason));
    // The journal files belong to the damaged file; a new database must not replay them.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix))
            QFile::remove(m_path + suffix);
    }
    QFile created(m_path);
    if (created.open(QIODevice::WriteOnly))
        created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_problem = Text::tr("The history database at %1 was damaged (%2). It was moved to %3 and a "
                         "new, empty history started.")
                    .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(aside));
    return true;
}

Result<qint64> HistoryStore::record(const QUuid &profileId, const QString &profileName,
                                    const RequestDraft &draft, const HttpRequest &sent,
                                    const Result<HttpResponse> &outcome, const QStringList &secrets)
{
    if (!isOpen())
        return notOpen();
    if (m_retentionDays == 0)
        return qint64(0);
    const HistoryEntry e =
        HistoryScrubber::scrub(profileId, profileName, draft, sent, outcome, secrets, m_bodyCap);
    const auto writeFailed = [](const QString &reason) {
        return Error::make(
            Error::Kind::Io, QStringLiteral("history.write"),
            Text::tr("The request could not be added to the history: %1").arg(reason), reason);
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    QSqlQuery &q = *m_insert;
    q.addBindValue(e.when.toMSecsSinceEpoch());
    q.addBindValue(e.profileId.isNull() ? QString() : e.profileId.toString(QUuid::WithoutBraces));
    q.addBindValue(e.profileName);
    q.addBindValue(e.method);
    q.addBindValue(e.url);
    q.addBindValue(e.status);
    q.addBindValue(e.error);
    q.addBindValue(e.elapsedMs);
    q.addBindValue(e.responseSize);
    q.addBindValue(e.responseContentType);
    q.addBindValue(headersToJson(e.requestHeaders));
    q.addBindValue(headersToJson(e.responseHeaders));
    q.addBindValue(e.requestBody);
    q.addBindValue(int(e.requestBodyTruncated));
    q.addBindValue(e.responseBody);
    q.addBindValue(int(e.responseBodyTruncated));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(e.draft.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(searchText(e));
    if (!q.exec()) {
        const QString reason = q.lastError().text();
        q.finish();
        db.rollback();
        return writeFailed(reason);
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (!db.commit())
        return writeFailed(db.lastError().text());
    Q_EMIT changed();
    return id;
}

QList<HistoryEntry> HistoryStore::search(const QString &text, int limit,
                                         const std::optional<QUuid> &profile) const
{
    QList<HistoryEntry> entries;
    if (!isOpen())
        return entries;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.toLower().split(space, Qt::SkipEmptyParts);
    QStringList where;
    QVariantList values;
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        word.replace(QLatin1Char('%'), QLatin1String("\\%"));
        word.replace(QLatin1Char('_'), QLatin1String("\\_"));
        where << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        values << QString(QLatin1Char('%') + word + QLatin1Char('%'));
    }
    if (profile) {
        where << QStringLiteral("profile_id = ?");
        values << profile->toString(QUuid::WithoutBraces);
    }
    QString sql = QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM entries");
    if (words.isEmpty()) {
        // The time and profile indexes of `entries` serve a plain list.
        if (!where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    } else {
        // Words are looked for in the narrow table; only the rows found are read in full.
        sql += QStringLiteral(" WHERE id IN (SELECT id FROM entry_search WHERE ") +
               where.join(QStringLiteral(" AND ")) +
               QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?)");
        values << std::max(limit, 0);
    }
    sql += QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?");
    values << std::max(limit, 0);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return entries;
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append(summaryFrom(q));
    return entries;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + Columns + DetailColumns +
              QStringLiteral(" FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryEntry e = summaryFrom(q);
    e.hasDetails = true;
    e.requestHeaders = headersFromJson(q.value(11).toString());
    e.responseHeaders = headersFromJson(q.value(12).toString());
    e.requestBody = q.value(13).toByteArray();
    e.requestBodyTruncated = q.value(14).toInt() != 0;
    e.responseBody = q.value(15).toByteArray();
    e.responseBodyTruncated = q.value(16).toInt() != 0;
    const Result<RequestDraft> draft =
        RequestDraft::fromJson(QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object());
    if (draft) {
        e.draft = draft.value();
    } else {
        e.draft.method = e.method;
        e.draft.url = e.url;
    }
    return e;
}

int HistoryStore::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM entries")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<int> HistoryStore::applyRetention(int days, int maxEntries)
{
    if (!isOpen())
        return notOpen();
    const auto failed = [](const QString &reason) {
        return Error::make(
            Error::Kind::Io, QStringLiteral("history.retention"),
            Text::tr("Old requests could not be deleted from the history: %1").arg(reason), reason);
    };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery q(db);
    int deleted = 0;
    bool ok = true;
    if (days <= 0) {
        ok = q.exec(QStringLiteral("DELETE FROM entries"));
    } else {
        ok = q.prepare(QStringLiteral("DELETE FROM entries WHERE at_ms < ?"));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
        ok = ok && q.exec();
    }
    deleted += ok ? std::max(q.numRowsAffected(), 0) : 0;
    if (ok && maxEntries > 0) {
        ok = q.prepare(QStringLiteral("DELETE FROM entries WHERE id IN (SELECT id FROM entries "
                                      "ORDER BY at_ms DESC, id DESC LIMIT -1 OFFSET ?)"));
        q.addBindValue(maxEntries);
        ok = ok && q.exec();
        deleted += ok ? std::max(q.numRowsAffected(), 0) : 0;
    }
    if (!ok) {
        const QString reason = q.lastError().text();
        q.finish();
        db.rollback();
        return failed(reason);
    }
    q.finish();
    if (!db.commit())
        return failed(db.lastError().text());
    if (deleted > 0)
        Q_EMIT changed();
    return deleted;
}

Result<bool> HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM entries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error::make(Error::Kind::Io, QStringLiteral("history.remove"),
                           Text::tr("The entry could not be deleted from the history: %1")
                               .arg(q.lastError().text()),
                           q.lastError().text());
    if (q.numRowsAffected() < 1)
        return Error::make(Error::Kind::NotFound, QStringLiteral("history.not_found"),
                           Text::tr("That entry is no longer in the history."));
    Q_EMIT changed();
    return true;
}

Result<bool> HistoryStore::clear()
{
    if (!isOpen())
        return notOpen();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const auto failed = [&q] {
        return Error::make(
            Error::Kind::Io, QStringLiteral("history.clear"),
            Text::tr("The history could not be cleared: %1").arg(q.lastError().text()),
            q.lastError().text());
    };
    if (!q.exec(QStringLiteral("DELETE FROM entries")))
        return failed();
    Q_EMIT changed();
    // Rebuild the file and empty the write-ahead log, so that nothing deleted stays on disk.
    if (!q.exec(QStringLiteral("VACUUM")))
        return failed();
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return failed();
    return true;
}
