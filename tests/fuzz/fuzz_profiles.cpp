// The profile file as found on disk (edited by hand, from an older version, half-written by a
// crash) and profiles imported from a file someone shared.
#include "FuzzSupport.h"

#include "profiles/ProfileFileReader.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // load(): the whole file, migrations included. A file it cannot read is moved aside; clear
    // the folder so each input starts alone.
    {
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(bytes);
        file.close();
        ProfileStore store(dir.path());
        const Result<bool> loaded = store.load();
        if (loaded) {
            // What loaded must save and load again unchanged.
            for (const Profile &profile : store.profiles()) {
                const Result<Profile> again = Profile::fromJson(profile.toJson());
                if (!again || again->toJson() != profile.toJson())
                    __builtin_trap();
            }
            (void)store.exportJson();
        }
        QDir d(dir.path());
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden))
            d.remove(name);
    }

    // importJson(): a shared export, into an empty store (it saves: the folder is cleared below).
    {
        ProfileStore store(dir.path());
        (void)store.importJson(bytes);
        QDir d(dir.path());
        for (const QString &name : d.entryList(QDir::Files | QDir::Hidden))
            d.remove(name);
    }

    // The fast reader of the written form: whatever it accepts, the general way (a document
    // tree, Profile::fromJson) must accept too and read as the same profiles.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (const auto fast = ProfileFileReader::readWrittenForm(bytes, ProfileStore::SchemaVersion)) {
        const QJsonValue schema = doc.object().value(QStringLiteral("schema"));
        const QJsonArray list = doc.object().value(QStringLiteral("profiles")).toArray();
        if (!doc.isObject() || schema.toInt() != ProfileStore::SchemaVersion ||
            list.size() != fast->size())
            __builtin_trap();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Result<Profile> slow = Profile::fromJson(list.at(i).toObject());
            if (!slow || slow->toJson() != fast->at(i).toJson())
                __builtin_trap();
        }
    }

    // fromJson() on a single object, as the editor's "paste profile" would.
    if (doc.isObject())
        (void)Profile::fromJson(doc.object());
    return 0;
}
