// The profile file as found on disk (edited by hand, from an older version, half-written by a
// crash) and profiles imported from a file someone shared.
#include "FuzzSupport.h"

#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
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

    // fromJson() on a single object, as the editor's "paste profile" would.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject())
        (void)Profile::fromJson(doc.object());
    return 0;
}
