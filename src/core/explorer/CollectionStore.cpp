#include "explorer/CollectionStore.h"

#include "profiles/ProfileStore.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CollectionStore)
};

constexpr int FormatVersion = 1;

Error badIndex()
{
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.no_such_item"),
                       Text::tr("That collection or request no longer exists."));
}

bool validIndex(qsizetype index, qsizetype size)
{
    return index >= 0 && index < size;
}

} // namespace

CollectionStore::CollectionStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_dir(directory)
{}

CollectionStore::~CollectionStore() = default;

QString CollectionStore::directoryFor(const ProfileStore &profiles)
{
    return profiles.directory() + QStringLiteral("/collections");
}

QString CollectionStore::filePath(const QUuid &profileId) const
{
    return m_dir + QLatin1Char('/') + profileId.toString(QUuid::WithoutBraces) +
           QStringLiteral(".json");
}

QList<RequestCollection> &CollectionStore::loaded(const QUuid &profileId) const
{
    auto it = m_cache.find(profileId);
    if (it != m_cache.end())
        return it.value();
    QList<RequestCollection> collections;
    QFile file(filePath(profileId));
    if (file.open(QIODevice::ReadOnly)) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject()) {
            m_problems.insert(
                profileId,
                Text::tr("%1 could not be read: %2.").arg(file.fileName(), error.errorString()));
        }
        for (const QJsonValue &c : doc.object().value(QStringLiteral("collections")).toArray()) {
            RequestCollection collection;
            collection.name = c.toObject().value(QStringLiteral("name")).toString();
            for (const QJsonValue &r : c.toObject().value(QStringLiteral("requests")).toArray()) {
                auto draft = RequestDraft::fromJson(
                    r.toObject().value(QStringLiteral("request")).toObject());
                if (!draft)
                    continue;
                SavedRequest saved{
                    r.toObject().value(QStringLiteral("name")).toString(), draft.value(), {}, {}};
                // Files written before checks existed have neither list.
                for (const QJsonValue &a :
                     r.toObject().value(QStringLiteral("assertions")).toArray())
                    if (const auto assertion = Assertion::fromJson(a.toObject()))
                        saved.assertions.append(*assertion);
                for (const QJsonValue &k : r.toObject().value(QStringLiteral("captures")).toArray())
                    if (const auto capture = Capture::fromJson(k.toObject()))
                        saved.captures.append(*capture);
                collection.requests.append(saved);
            }
            collections.append(collection);
        }
    }
    return m_cache.insert(profileId, collections).value();
}

QList<RequestCollection> CollectionStore::collections(const QUuid &profileId) const
{
    return loaded(profileId);
}

Result<bool> CollectionStore::save(const QUuid &profileId)
{
    if (!m_problems.value(profileId).isEmpty()) {
        // Never overwrite a file we could not read: it may be someone's work.
        return Error::make(Error::Kind::Io, QStringLiteral("collections.unreadable"),
                           m_problems.value(profileId));
    }
    QJsonArray collections;
    for (const RequestCollection &c : loaded(profileId)) {
        QJsonArray requests;
        for (const SavedRequest &r : c.requests) {
            QJsonObject request{{QStringLiteral("name"), r.name},
                                {QStringLiteral("request"), r.draft.toJson()}};
            QJsonArray assertions;
            for (const Assertion &a : r.assertions)
                assertions.append(a.toJson());
            QJsonArray captures;
            for (const Capture &capture : r.captures)
                captures.append(capture.toJson());
            if (!assertions.isEmpty())
                request.insert(QStringLiteral("assertions"), assertions);
            if (!captures.isEmpty())
                request.insert(QStringLiteral("captures"), captures);
            requests.append(request);
        }
        collections.append(
            QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("requests"), requests}});
    }
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("collections"), collections}};
    // Saved requests are nobody else's business: 0600 files in a 0700 folder.
    if (const auto written = PrivateFiles::write(filePath(profileId), QJsonDocument(root).toJson());
        !written) {
        return Error::make(
            Error::Kind::Io, QStringLiteral("collections.write_failed"),
            Text::tr("The collections could not be saved: %1.").arg(written.error().message));
    }
    Q_EMIT changed(profileId);
    return true;
}

Result<int> CollectionStore::addCollection(const QUuid &profileId, const QString &rawName)
{
    const QString name = rawName.trimmed();
    QList<RequestCollection> &list = loaded(profileId);
    if (name.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.empty_name"),
                           Text::tr("A collection needs a name."));
    }
    for (const RequestCollection &c : list) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.name_taken"),
                               Text::tr("There is already a collection named \"%1\".").arg(name));
        }
    }
    list.append({name, {}});
    const auto saved = save(profileId);
    if (!saved) {
        list.removeLast();
        return saved.error();
    }
    return int(list.size() - 1);
}

Result<int> CollectionStore::addCollection(const QUuid &profileId,
                                           const RequestCollection &collection)
{
    const auto index = addCollection(profileId, collection.name);
    if (!index)
        return index;
    QList<RequestCollection> &list = loaded(profileId);
    list[index.value()].requests = collection.requests;
    if (const auto saved = save(profileId); !saved) {
        list.removeAt(index.value());
        (void)save(profileId);
        return saved.error();
    }
    return index;
}

Result<bool> CollectionStore::renameCollection(const QUuid &profileId, int index,
                                               const QString &rawName)
{
    const QString name = rawName.trimmed();
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(index, list.size()))
        return badIndex();
    if (name.isEmpty()) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.empty_name"),
                           Text::tr("A collection needs a name."));
    }
    for (int i = 0; i < list.size(); ++i) {
        if (i != index && list.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.name_taken"),
                               Text::tr("There is already a collection named \"%1\".").arg(name));
        }
    }
    list[index].name = name;
    return save(profileId);
}

Result<bool> CollectionStore::removeCollection(const QUuid &profileId, int index)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(index, list.size()))
        return badIndex();
    list.removeAt(index);
    return save(profileId);
}

Result<bool> CollectionStore::moveCollection(const QUuid &profileId, int from, int to)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(from, list.size()) || !validIndex(to, list.size()))
        return badIndex();
    list.move(from, to);
    return save(profileId);
}

Result<int> CollectionStore::addRequest(const QUuid &profileId, int collection,
                                        const SavedRequest &request)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(collection, list.size()))
        return badIndex();
    list[collection].requests.append(request);
    const auto saved = save(profileId);
    if (!saved)
        return saved.error();
    return int(list.at(collection).requests.size() - 1);
}

Result<bool> CollectionStore::updateRequest(const QUuid &profileId, int collection, int index,
                                            const SavedRequest &request)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(collection, list.size()) ||
        !validIndex(index, list.at(collection).requests.size()))
        return badIndex();
    list[collection].requests[index] = request;
    return save(profileId);
}

Result<bool> CollectionStore::renameRequest(const QUuid &profileId, int collection, int index,
                                            const QString &name)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(collection, list.size()) ||
        !validIndex(index, list.at(collection).requests.size()))
        return badIndex();
    if (name.trimmed().isEmpty()) {
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("collections.empty_name"),
                           Text::tr("A request needs a name."));
    }
    list[collection].requests[index].name = name.trimmed();
    return save(profileId);
}

Result<bool> CollectionStore::removeRequest(const QUuid &profileId, int collection, int index)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(collection, list.size()) ||
        !validIndex(index, list.at(collection).requests.size()))
        return badIndex();
    list[collection].requests.removeAt(index);
    return save(profileId);
}

Result<bool> CollectionStore::moveRequest(const QUuid &profileId, int collection, int from, int to)
{
    QList<RequestCollection> &list = loaded(profileId);
    if (!validIndex(collection, list.size()))
        return badIndex();
    const qsizetype size = list.at(collection).requests.size();
    if (!validIndex(from, size) || !validIndex(to, size))
        return badIndex();
    list[collection].requests.move(from, to);
    return save(profileId);
}
