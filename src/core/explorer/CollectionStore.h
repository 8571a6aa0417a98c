#pragma once

#include "checks/Assertion.h"
#include "checks/Capture.h"
#include "compose/RequestDraft.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

class ProfileStore;

struct SavedRequest
{
    QString name;
    RequestDraft draft;
    // Checked on its response by a run; without any, a run passes it when its status is below
    // 400. Captures feed {{variables}} to the requests after it in the same run.
    QList<Assertion> assertions;
    QList<Capture> captures;
};

struct RequestCollection
{
    QString name;
    QList<SavedRequest> requests;
};

// Named lists of composed requests, per profile, kept as JSON beside the profiles (one file per
// profile, written atomically, 0600 in a 0700 folder). Drafts hold no credential, and a secret
// typed into one is turned into a {{variable}} before it is saved (DraftSecrets), so nothing here
// is secret.
class CollectionStore : public QObject
{
    Q_OBJECT

public:
    explicit CollectionStore(const QString &directory, QObject *parent = nullptr);
    ~CollectionStore() override;

    // <profiles directory>/collections
    static QString directoryFor(const ProfileStore &profiles);
    QString directory() const { return m_dir; }

    // A file that cannot be read yields no collections and is left alone; loadProblem() says why.
    QList<RequestCollection> collections(const QUuid &profileId) const;
    QString loadProblem(const QUuid &profileId) const { return m_problems.value(profileId); }

    // Collection names are unique per profile (case-insensitive) and not empty.
    Result<int> addCollection(const QUuid &profileId, const QString &name);
    // With its requests (an import): written once, not once a request, and not left half-made.
    Result<int> addCollection(const QUuid &profileId, const RequestCollection &collection);
    Result<bool> renameCollection(const QUuid &profileId, int index, const QString &name);
    Result<bool> removeCollection(const QUuid &profileId, int index);
    Result<bool> moveCollection(const QUuid &profileId, int from, int to);

    Result<int> addRequest(const QUuid &profileId, int collection, const SavedRequest &request);
    Result<bool> updateRequest(const QUuid &profileId, int collection, int index,
                               const SavedRequest &request);
    Result<bool> renameRequest(const QUuid &profileId, int collection, int index,
                               const QString &name);
    Result<bool> removeRequest(const QUuid &profileId, int collection, int index);
    Result<bool> moveRequest(const QUuid &profileId, int collection, int from, int to);

Q_SIGNALS:
    void changed(const QUuid &profileId);

private:
    QString filePath(const QUuid &profileId) const;
    QList<RequestCollection> &loaded(const QUuid &profileId) const;
    Result<bool> save(const QUuid &profileId);

    QString m_dir;
    mutable QHash<QUuid, QList<RequestCollection>> m_cache;
    mutable QHash<QUuid, QString> m_problems;
};
