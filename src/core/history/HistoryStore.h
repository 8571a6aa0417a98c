#pragma once

#include "history/HistoryEntry.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

class QSqlQuery;

// The request history: every exchange the composer sends, redacted by HistoryScrubber before it is
// written, in a SQLite file of the app's data folder. Failing to open it never stops the app: the
// store then stays closed and every call fails or returns nothing.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint64 DefaultBodyCap = 64 * 1024;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (or creates, folder 0700 and file 0600) the database; an empty path means
    // defaultPath(). A damaged file is moved aside as "<path>.corrupt-YYYYMMDD-HHMMSS" and a new
    // one started: that succeeds, and problem() says what happened.
    Result<bool> open(const QString &path = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // What opening found and put right (a damaged file moved aside); empty when all was well.
    QString problem() const { return m_problem; }

    // Bytes of each body kept; 0 keeps no bodies.
    void setBodyCap(qint64 bytes);
    qint64 bodyCap() const { return m_bodyCap; }
    // Days entries are kept (the preference); 0 keeps nothing: record() then writes nothing.
    void setRetentionDays(int days) { m_retentionDays = days; }
    int retentionDays() const { return m_retentionDays; }

    // Keeps one exchange (0, and nothing written, when the retention is 0). `secrets` are the raw
    // values the caller knows (token, password, client secret...); the store also learns what the
    // exchange itself shows to be secret.
    Result<qint64> record(const QUuid &profileId, const QString &profileName,
                          const RequestDraft &draft, const HttpRequest &sent,
                          const Result<HttpResponse> &outcome, const QStringList &secrets);

    // Summaries (no draft, headers or bodies), newest first. Every word of `text` must appear in
    // the method, URL, status, profile name or error; empty text lists the latest.
    QList<HistoryEntry> search(const QString &text, int limit = 200,
                               const std::optional<QUuid> &profile = {}) const;
    // One entry with everything.
    std::optional<HistoryEntry> entry(qint64 id) const;
    int count() const;

    // Deletes entries older than `days` (0 deletes them all, as the setting "keep nothing" says)
    // and, when `maxEntries` is positive, the oldest beyond that many. Returns how many went.
    Result<int> applyRetention(int days, int maxEntries = 0);
    Result<bool> remove(qint64 id);
    // Deletes everything and compacts the file so nothing deleted lingers in free pages.
    Result<bool> clear();

Q_SIGNALS:
    void changed();

private:
    Result<bool> openAt(const QString &path);
    Result<bool> prepareSchema();
    Result<bool> migrate(int from);
    Result<bool> moveAside(const QString &reason);
    Error failure(const QString &code, const QString &reason) const;
    Error notOpen() const;

    QString m_connection;
    QString m_path;
    int m_retentionDays = 30;
    QString m_problem;
    qint64 m_bodyCap = DefaultBodyCap;
    std::unique_ptr<QSqlQuery> m_insert;
};
