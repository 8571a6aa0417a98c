#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <unistd.h>

// Re-invoking this binary with this argument makes it a writer for the multi-process test.
static const char WriterArgument[] = "--add-profiles";

class TstProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultDirectoryHonoursXdg();
    void missingFileIsEmpty();
    void addFindUpdateRemove();
    void addRejectsIncompleteProfiles();
    void duplicateNames();
    void persistsAcrossInstances();
    void createsPrivateDirectoryAndFile();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void fileCorruptedLaterIsNotOverwritten();
    void unreadableFileIsMovedAside();
    void legacySchemaIsMigrated();
    void newerSchemaIsNotOverwritten();
    void exportHasNoIds();
    void importRenamesDuplicates();
    void importAcceptsBareArray();
    void importRejectsGarbage();
    void twoInstancesAlternating();
    void twoProcessesConcurrently();
    void watcherSeesOtherInstance();
    void watcherSeesCorruption();
    void unwatchedStoreStillKeepsOthersProfiles();

private:
    QString dir() const { return m_dir->path(); }
    QString file() const { return m_dir->filePath(QStringLiteral("profiles.json")); }
    static Profile profile(const QString &name);
    static QByteArray readAll(const QString &path);
    static void writeAll(const QString &path, const QByteArray &bytes);
    QStringList asideCopies() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

Profile TstProfileStore::profile(const QString &name)
{
    Profile p;
    p.name = name;
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("token");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.fields.insert(QStringLiteral("username"), name.toLower());
    return p;
}

QByteArray TstProfileStore::readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void TstProfileStore::writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QStringList TstProfileStore::asideCopies() const
{
    return QDir(dir()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
}

void TstProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstProfileStore::cleanup()
{
    QFile::setPermissions(file(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_dir.reset();
}

void TstProfileStore::defaultDirectoryHonoursXdg()
{
    const QByteArray old = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir().toUtf8());
    const QString got = ProfileStore::defaultDirectory();
    if (old.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", old);
    QCOMPARE(got, dir() + QStringLiteral("/tokenbench"));
}

void TstProfileStore::missingFileIsEmpty()
{
    ProfileStore store(dir());
    const Result<bool> loaded = store.load();
    QVERIFY(loaded.ok());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(file())); // loading never writes
    QCOMPARE(store.filePath(), file());
}

void TstProfileStore::addFindUpdateRemove()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QSignalSpy changed(&store, &ProfileStore::changed);

    const Result<Profile> added = store.add(profile(QStringLiteral("Staging")));
    QVERIFY(added.ok());
    QVERIFY(!added->id.isNull());
    QVERIFY(added->created.isValid());
    QCOMPARE(added->updated, added->created);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.profiles().size(), 1);

    QVERIFY(store.find(QStringLiteral("staging")));
    QVERIFY(store.find(QStringLiteral("STAGING")));
    QCOMPARE(store.find(added->id)->name, QStringLiteral("Staging"));
    QCOMPARE(store.find(added->id.toString(QUuid::WithoutBraces))->name, QStringLiteral("Staging"));
    QVERIFY(!store.find(QUuid()));
    QVERIFY(!store.find(QUuid::createUuid()));
    QCOMPARE(store.find(added->id.toString())->name, QStringLiteral("Staging"));
    QVERIFY(!store.find(QStringLiteral("Production")));
    QVERIFY(!store.find(QUuid::createUuid().toString()));

    Profile edited = *store.find(QStringLiteral("Staging"));
    const QDateTime created = edited.created;
    edited.updated = created.addDays(-10);
    QVERIFY(edited.set(QStringLiteral("timeout"), QStringLiteral("12")).ok());
    edited.name = QStringLiteral("Staging EU");
    QVERIFY(store.update(edited).ok());
    QCOMPARE(changed.count(), 2);
    const Profile after = *store.find(QStringLiteral("staging eu"));
    QCOMPARE(after.options.timeoutSeconds, 12);
    QCOMPARE(after.created, created);
    QVERIFY(after.updated >= created); // bumped, not what the caller passed

    Profile ghost = profile(QStringLiteral("Ghost"));
    ghost.id = QUuid::createUuid();
    const Result<bool> updateGhost = store.update(ghost);
    QVERIFY(!updateGhost.ok());
    QCOMPARE(updateGhost.error().kind, Error::Kind::NotFound);

    const Result<bool> removeGhost = store.remove(ghost.id);
    QVERIFY(!removeGhost.ok());
    QCOMPARE(removeGhost.error().kind, Error::Kind::NotFound);
    QCOMPARE(changed.count(), 2);

    QVERIFY(store.remove(added->id).ok());
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(changed.count(), 3);
}

void TstProfileStore::addRejectsIncompleteProfiles()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    Profile p = profile(QStringLiteral("No vendor"));
    p.vendor.clear();
    const Result<Profile> added = store.add(p);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind, Error::Kind::InvalidInput);
    QVERIFY(!QFile::exists(file()));
}

void TstProfileStore::duplicateNames()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(profile(QStringLiteral("Prod"))).ok());
    const Result<Profile> again = store.add(profile(QStringLiteral("pROD")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("profiles.duplicate_name"));
    QCOMPARE(again.error().kind, Error::Kind::InvalidInput);
    QVERIFY(again.error().message.contains(QStringLiteral("pROD")));

    const Result<Profile> other = store.add(profile(QStringLiteral("Dev")));
    QVERIFY(other.ok());
    Profile renamed = other.value();
    renamed.name = QStringLiteral("prod");
    QVERIFY(!store.update(renamed).ok());
    // Renaming a profile to its own name in another case is fine.
    renamed.name = QStringLiteral("DEV");
    QVERIFY(store.update(renamed).ok());
    QCOMPARE(store.profiles().size(), 2);
}

void TstProfileStore::persistsAcrossInstances()
{
    QUuid id;
    {
        ProfileStore store(dir());
        QVERIFY(store.load().ok());
        Profile p = profile(QStringLiteral("Persisted"));
        p.notes = QStringLiteral("kept");
        p.lastToken.obtainedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        p.lastToken.source = QStringLiteral("login");
        const Result<Profile> added = store.add(p);
        QVERIFY(added.ok());
        id = added->id;
        QVERIFY(store.add(profile(QStringLiteral("Second"))).ok());
    }
    ProfileStore again(dir());
    QVERIFY(again.load().ok());
    QCOMPARE(again.profiles().size(), 2);
    const std::optional<Profile> p = again.find(QStringLiteral("persisted"));
    QVERIFY(p);
    QCOMPARE(p->id, id);
    QCOMPARE(p->notes, QStringLiteral("kept"));
    QCOMPARE(p->lastToken.source, QStringLiteral("login"));
    QCOMPARE(again.profiles().at(1).name, QStringLiteral("Second")); // order kept

    const QJsonObject root = QJsonDocument::fromJson(readAll(file())).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 2);
}

void TstProfileStore::createsPrivateDirectoryAndFile()
{
    const QString nested = dir() + QStringLiteral("/config/tokenbench");
    ProfileStore store(nested);
    QVERIFY(store.load().ok());
    QVERIFY(!QFileInfo::exists(nested));
    QVERIFY(store.add(profile(QStringLiteral("First"))).ok());
    QCOMPARE(QFileInfo(nested).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileDevice::Permissions filePerms =
        QFileInfo(nested + QStringLiteral("/profiles.json")).permissions() & 0x7077;
    QCOMPARE(filePerms, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Still 0600 after a rewrite.
    QVERIFY(store.add(profile(QStringLiteral("Second"))).ok());
    QCOMPARE(QFileInfo(nested + QStringLiteral("/profiles.json")).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TstProfileStore::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe garbage {{{", 16);
    QTest::newRow("truncated") << QByteArray(R"({"schema": 1, "profiles": [{"id": )");
    QTest::newRow("object without schema") << QByteArray(R"({"foo": 1})");
    QTest::newRow("profiles not a list") << QByteArray(R"({"schema": 1, "profiles": {}})");
    QTest::newRow("string schema") << QByteArray(R"({"schema": "1", "profiles": []})");
    QTest::newRow("profile without id")
        << QByteArray(R"({"schema": 1, "profiles": [{"name": "x", "vendor": "generic",
                       "method": "token"}]})");
    QTest::newRow("profile not an object") << QByteArray(R"({"schema": 1, "profiles": [42]})");
    QTest::newRow("number") << QByteArray("42");
}

void TstProfileStore::corruptFileIsMovedAside()
{
    QFETCH(QByteArray, bytes);
    writeAll(file(), bytes);

    ProfileStore store(dir());
    const Result<bool> loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("profiles.corrupt"));

    const QStringList copies = asideCopies();
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().contains(
        QRegularExpression(QStringLiteral("^profiles\\.json\\.corrupt-\\d{8}-\\d{6}$"))));
    const QString copy = QDir(dir()).filePath(copies.first());
    QVERIFY2(loaded.error().message.contains(copy), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(file()));
    QCOMPARE(readAll(copy), bytes); // the original, byte for byte
    QVERIFY(!QFile::exists(file()));

    // Empty and usable; the next write makes a fresh file.
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.add(profile(QStringLiteral("Fresh"))).ok());
    ProfileStore again(dir());
    QVERIFY(again.load().ok());
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(readAll(copy), bytes);
}

void TstProfileStore::fileCorruptedLaterIsNotOverwritten()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(profile(QStringLiteral("Before"))).ok());
    const QByteArray garbage("this is not json");
    writeAll(file(), garbage);

    QSignalSpy problems(&store, &ProfileStore::problem);
    QVERIFY(store.add(profile(QStringLiteral("After"))).ok());
    QCOMPARE(asideCopies().size(), 1);
    QCOMPARE(readAll(QDir(dir()).filePath(asideCopies().first())), garbage);
    QVERIFY(problems.count() >= 1);
    QCOMPARE(problems.first().first().value<Error>().code, QStringLiteral("profiles.corrupt"));
}

void TstProfileStore::unreadableFileIsMovedAside()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: file permissions do not stop reads.");
    ProfileStore writer(dir());
    QVERIFY(writer.load().ok());
    QVERIFY(writer.add(profile(QStringLiteral("Locked away"))).ok());
    const QByteArray bytes = readAll(file());
    QVERIFY(QFile::setPermissions(file(), {}));
    {
        QFile probe(file());
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("File permissions do not stop reads here.");
    }

    ProfileStore store(dir());
    const Result<bool> loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("profiles.corrupt"));
    QCOMPARE(asideCopies().size(), 1);
    const QString copy = QDir(dir()).filePath(asideCopies().first());
    QVERIFY2(loaded.error().message.contains(copy), qPrintable(loaded.error().message));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.add(profile(QStringLiteral("New"))).ok());

    QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(readAll(copy), bytes);
}

void TstProfileStore::legacySchemaIsMigrated()
{
    const QByteArray legacy = R"([
        {"id": "0b6d2c1e-7f7a-4a52-9d2e-1c3b5a7e9f01", "name": "Old RegScale",
         "vendor": "regscale", "method": "password", "url": "https://old.example.com",
         "fields": {"username": "alice"}, "timeoutSeconds": 77, "insecureTls": true,
         "autoRelogin": false, "clipboardClearSeconds": 5, "caFile": "/etc/ca.pem",
         "notes": "legacy", "created": "2023-05-01T10:00:00Z"},
        {"name": "No id", "vendor": "generic", "method": "token", "url": "https://x.example"}
    ])";
    writeAll(file(), legacy);

    ProfileStore store(dir());
    const Result<bool> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QCOMPARE(store.profiles().size(), 2);
    const Profile old = *store.find(QStringLiteral("old regscale"));
    QCOMPARE(old.id, QUuid(QStringLiteral("0b6d2c1e-7f7a-4a52-9d2e-1c3b5a7e9f01")));
    QCOMPARE(old.baseUrl, QUrl(QStringLiteral("https://old.example.com")));
    QCOMPARE(old.options.timeoutSeconds, 77);
    QCOMPARE(old.options.insecureTls, true);
    QCOMPARE(old.options.autoRelogin, false);
    QCOMPARE(old.options.clipboardClearSeconds, 5);
    QCOMPARE(old.options.caFile, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(old.created, QDateTime(QDate(2023, 5, 1), QTime(10, 0), Qt::UTC));
    QVERIFY(!store.find(QStringLiteral("no id"))->id.isNull());
    QCOMPARE(readAll(file()), legacy); // loading does not write
    QVERIFY(asideCopies().isEmpty());

    // The next change writes schema 1 with the migrated profiles.
    QVERIFY(store.add(profile(QStringLiteral("New"))).ok());
    const QJsonObject root = QJsonDocument::fromJson(readAll(file())).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toInt(), 1);
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("baseUrl")).toString(),
             QStringLiteral("https://old.example.com"));
    QVERIFY(!first.contains(QStringLiteral("url")));
    QVERIFY(!first.contains(QStringLiteral("timeoutSeconds")));
    QCOMPARE(first.value(QStringLiteral("options"))
                 .toObject()
                 .value(QStringLiteral("timeoutSeconds"))
                 .toInt(),
             77);
}

void TstProfileStore::newerSchemaIsNotOverwritten()
{
    const QByteArray newer = R"({"schema": 99, "encryption": "future-thing", "profiles": [
        {"id": "5a0c2b1e-7f7a-4a52-9d2e-1c3b5a7e9f02", "name": "From the future",
         "vendor": "generic", "method": "token", "baseUrl": "https://f.example",
         "hologram": {"x": 1}},
        {"shape": "unknown to us"}
    ]})";
    writeAll(file(), newer);

    ProfileStore store(dir());
    QSignalSpy problems(&store, &ProfileStore::problem);
    const Result<bool> loaded = store.load();
    QVERIFY(loaded.ok()); // readable as far as we understand it
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("From the future"));
    QCOMPARE(problems.count(), 1);
    QCOMPARE(problems.first().first().value<Error>().code, QStringLiteral("profiles.newer_schema"));

    const Result<Profile> added = store.add(profile(QStringLiteral("Mine")));
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, QStringLiteral("profiles.newer_schema"));
    QVERIFY2(added.error().message.contains(QStringLiteral("newer Tokenbench")),
             qPrintable(added.error().message));
    QVERIFY(!store.remove(store.profiles().first().id).ok());
    QVERIFY(!store.update(store.profiles().first()).ok());
    QVERIFY(!store.importJson(store.exportJson()).ok());

    QCOMPARE(readAll(file()), newer);
    QVERIFY(asideCopies().isEmpty());
    QCOMPARE(store.profiles().size(), 1);
}

void TstProfileStore::exportHasNoIds()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    Profile a = profile(QStringLiteral("Alpha"));
    a.lastToken.obtainedAt = QDateTime::currentDateTimeUtc();
    a.lastToken.source = QStringLiteral("login");
    const Result<Profile> alpha = store.add(a);
    QVERIFY(alpha.ok());
    QVERIFY(store.add(profile(QStringLiteral("Beta"))).ok());

    const QByteArray all = store.exportJson();
    QVERIFY(!all.contains(alpha->id.toString(QUuid::WithoutBraces).toLatin1()));
    const QJsonObject root = QJsonDocument::fromJson(all).object();
    QCOMPARE(root.value(QStringLiteral("tokenbench_profiles")).toInt(), 1);
    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(list.size(), 2);
    for (const QJsonValue &value : list) {
        const QJsonObject p = value.toObject();
        QVERIFY(!p.contains(QStringLiteral("id")));
        QVERIFY(!p.contains(QStringLiteral("lastToken")));
        QVERIFY(p.contains(QStringLiteral("fields")));
        QVERIFY(p.contains(QStringLiteral("options")));
    }

    const QJsonArray some = QJsonDocument::fromJson(store.exportJson({alpha->id}))
                                .object()
                                .value(QStringLiteral("profiles"))
                                .toArray();
    QCOMPARE(some.size(), 1);
    QCOMPARE(some.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alpha"));
}

void TstProfileStore::importRenamesDuplicates()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    const Result<Profile> alpha = store.add(profile(QStringLiteral("Alpha")));
    QVERIFY(alpha.ok());
    const QByteArray exported = store.exportJson();

    QSignalSpy changed(&store, &ProfileStore::changed);
    const Result<QList<Profile>> first = store.importJson(exported);
    QVERIFY(first.ok());
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().name, QStringLiteral("Alpha (2)"));
    QVERIFY(first->first().id != alpha->id);
    QCOMPARE(first->first().fields, alpha->fields);
    QCOMPARE(changed.count(), 1);

    const Result<QList<Profile>> second = store.importJson(exported);
    QVERIFY(second.ok());
    QCOMPARE(second->first().name, QStringLiteral("Alpha (3)"));
    QCOMPARE(store.profiles().size(), 3);

    // Into another store: persisted, same names kept.
    QTemporaryDir other;
    ProfileStore elsewhere(other.path());
    QVERIFY(elsewhere.load().ok());
    const Result<QList<Profile>> there = elsewhere.importJson(store.exportJson());
    QVERIFY(there.ok());
    QCOMPARE(there->size(), 3);
    ProfileStore reread(other.path());
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.profiles().size(), 3);
    QVERIFY(reread.find(QStringLiteral("alpha (3)")));
}

void TstProfileStore::importAcceptsBareArray()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    const QByteArray bare = R"([
        {"name": "One", "vendor": "scantrust", "method": "apikey"},
        {"name": "one", "vendor": "scantrust", "method": "apikey"}
    ])";
    const Result<QList<Profile>> imported = store.importJson(bare);
    QVERIFY(imported.ok());
    QCOMPARE(imported->size(), 2);
    QCOMPARE(imported->at(0).name, QStringLiteral("One"));
    QCOMPARE(imported->at(1).name, QStringLiteral("one (2)"));
    QVERIFY(imported->at(0).id != imported->at(1).id);
}

void TstProfileStore::importRejectsGarbage()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(profile(QStringLiteral("Kept"))).ok());
    const QByteArray before = readAll(file());
    for (const QByteArray &bad :
         {QByteArray("nope"), QByteArray(R"({"something": []})"), QByteArray(R"([{"name": "x"}])"),
          QByteArray(R"({"tokenbench_profiles": 7,
          "profiles": []})")}) {
        const Result<QList<Profile>> imported = store.importJson(bad);
        QVERIFY2(!imported.ok(), bad.constData());
        QCOMPARE(imported.error().code, QStringLiteral("profiles.import_invalid"));
    }
    QCOMPARE(readAll(file()), before);
    QCOMPARE(store.profiles().size(), 1);
}

void TstProfileStore::twoInstancesAlternating()
{
    ProfileStore a(dir());
    ProfileStore b(dir());
    QVERIFY(a.load().ok());
    QVERIFY(b.load().ok());
    // No event loop in between: neither has seen the other's write, yet none is lost.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(a.add(profile(QStringLiteral("A%1").arg(i))).ok());
        QVERIFY(b.add(profile(QStringLiteral("B%1").arg(i))).ok());
    }
    QCOMPARE(b.profiles().size(), 10);
    QVERIFY(b.remove(b.find(QStringLiteral("A0"))->id).ok());
    // A's view of A0 is stale; its next change starts from the file.
    QVERIFY(a.add(profile(QStringLiteral("A5"))).ok());
    QCOMPARE(a.profiles().size(), 10);
    QVERIFY(!a.find(QStringLiteral("A0")));
    // A duplicate is caught against the file, not only against what A had seen.
    QVERIFY(!a.add(profile(QStringLiteral("b4"))).ok());

    ProfileStore c(dir());
    QVERIFY(c.load().ok());
    QCOMPARE(c.profiles().size(), 10);
}

void TstProfileStore::twoProcessesConcurrently()
{
    QElapsedTimer clock;
    clock.start();
    QList<QProcess *> writers;
    for (const QString &prefix : {QStringLiteral("left"), QStringLiteral("right")}) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QString::fromLatin1(WriterArgument), dir(), prefix, QStringLiteral("25")});
        writers.append(process);
    }
    for (QProcess *process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(20000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
        delete process;
    }
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QCOMPARE(store.profiles().size(), 50);
    for (int i = 0; i < 25; ++i) {
        QVERIFY(store.find(QStringLiteral("left %1").arg(i)));
        QVERIFY(store.find(QStringLiteral("right %1").arg(i)));
    }
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
}

void TstProfileStore::unwatchedStoreStillKeepsOthersProfiles()
{
    // The CLI's store: no watch (it lives for one command), but its writes still start from what
    // is on disk, so a profile another process added in between is kept.
    ProfileStore cli(dir());
    cli.setWatching(false);
    ProfileStore app(dir());
    ProfileStore watching(dir()); // hears of the app's write when a watching store would
    QVERIFY(cli.load().ok());
    QVERIFY(app.load().ok());
    QVERIFY(watching.load().ok());
    QSignalSpy cliChanged(&cli, &ProfileStore::changed);
    QVERIFY(app.add(profile(QStringLiteral("From the app"))).ok());
    QTRY_VERIFY(watching.find(QStringLiteral("From the app")));
    QCOMPARE(cliChanged.count(), 0); // nobody told it
    QVERIFY(cli.add(profile(QStringLiteral("From the CLI"))).ok());
    QVERIFY(cli.find(QStringLiteral("From the app")));
    QTRY_VERIFY(app.find(QStringLiteral("From the CLI")));
    ProfileStore fresh(dir());
    QVERIFY(fresh.load().ok());
    QCOMPARE(fresh.profiles().size(), 2);
}

void TstProfileStore::watcherSeesOtherInstance()
{
    ProfileStore a(dir());
    ProfileStore b(dir());
    QVERIFY(a.load().ok());
    QVERIFY(b.load().ok());
    QSignalSpy aChanged(&a, &ProfileStore::changed);
    QSignalSpy bChanged(&b, &ProfileStore::changed);

    // The first write creates the file: A watches the directory for that.
    QVERIFY(b.add(profile(QStringLiteral("From B"))).ok());
    QTRY_VERIFY(a.find(QStringLiteral("From B")));
    QVERIFY(aChanged.count() >= 1);

    // Later writes replace the file by rename; A must keep watching.
    const int seen = aChanged.count();
    QVERIFY(b.add(profile(QStringLiteral("Again from B"))).ok());
    QTRY_VERIFY(a.find(QStringLiteral("Again from B")));
    QVERIFY(aChanged.count() > seen);

    // And the other way round.
    QVERIFY(a.add(profile(QStringLiteral("From A"))).ok());
    QTRY_COMPARE(b.profiles().size(), 3);

    // Our own writes do not come back as a second changed().
    const int bBefore = bChanged.count();
    QVERIFY(b.remove(b.find(QStringLiteral("From A"))->id).ok());
    QCOMPARE(bChanged.count(), bBefore + 1);
    int echoes = 0; // changed() from B before it has A's next write
    connect(&b, &ProfileStore::changed, this, [&] {
        if (!b.find(QStringLiteral("Later from A")))
            ++echoes;
    });
    QTRY_COMPARE(a.profiles().size(), 2);
    // B's watcher hears of its own write (when A does) before it hears of a later one of A's.
    QVERIFY(a.add(profile(QStringLiteral("Later from A"))).ok());
    QTRY_VERIFY(b.find(QStringLiteral("Later from A")));
    QCOMPARE(echoes, 0);
}

void TstProfileStore::watcherSeesCorruption()
{
    ProfileStore store(dir());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(profile(QStringLiteral("Soon gone"))).ok());
    QSignalSpy problems(&store, &ProfileStore::problem);
    QSignalSpy changed(&store, &ProfileStore::changed);

    writeAll(file(), QByteArray("{ broken"));
    QTRY_COMPARE(problems.count(), 1);
    QCOMPARE(problems.first().first().value<Error>().code, QStringLiteral("profiles.corrupt"));
    QVERIFY(changed.count() >= 1);
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(asideCopies().size(), 1);
    QCOMPARE(readAll(QDir(dir()).filePath(asideCopies().first())), QByteArray("{ broken"));
    QVERIFY(store.add(profile(QStringLiteral("Fresh start"))).ok());
}

// The writer side of twoProcessesConcurrently: adds `count` profiles named "<prefix> <n>".
static int runWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 5)
        return 2;
    const QString directory = QString::fromLocal8Bit(argv[2]);
    const QString prefix = QString::fromLocal8Bit(argv[3]);
    const int count = QByteArray(argv[4]).toInt();
    ProfileStore store(directory);
    if (const Result<bool> loaded = store.load(); !loaded.ok()) {
        std::fprintf(stderr, "load: %s\n", qPrintable(loaded.error().message));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        Profile p;
        p.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
        p.vendor = QStringLiteral("generic");
        p.method = QStringLiteral("token");
        const Result<Profile> added = store.add(p);
        if (!added.ok()) {
            std::fprintf(stderr, "add %d: %s\n", i, qPrintable(added.error().message));
            return 1;
        }
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], WriterArgument) == 0)
        return runWriter(argc, argv);
    QCoreApplication app(argc, argv);
    TstProfileStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_profilestore.moc"
