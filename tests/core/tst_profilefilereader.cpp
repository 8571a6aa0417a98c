// The fast reader of profiles.json against the general way (a QJsonDocument tree read by
// Profile::fromJson): the same profiles from what we write, and no answer at all, so that the
// general way decides, for anything else.
#include "profiles/ProfileFileReader.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstProfileFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheStoreWrites();
    void readsLikeTheGeneralWay_data();
    void readsLikeTheGeneralWay();
    void leavesEverythingElseToTheGeneralWay_data();
    void leavesEverythingElseToTheGeneralWay();

private:
    static QList<QJsonObject> generalWay(const QByteArray &bytes);
};

namespace {

Profile sample(int i)
{
    Profile p;
    p.id = QUuid::createUuid();
    p.name = u"Prod \"EU\" \\ %1 — ünïcødé 🔑"_s.arg(i);
    p.vendor = u"regscale"_s;
    p.method = u"password"_s;
    p.baseUrl = QUrl(u"https://regscale.example.com/api/v%1"_s.arg(i));
    p.fields.insert(u"username"_s, u"analyst/%1\ttab"_s.arg(i));
    p.fields.insert(u"domain"_s, u"CORP"_s);
    p.notes = u"line one\nline two\r\n\f\b"_s;
    p.colour = u"#2e7d32"_s;
    p.options.timeoutSeconds = 45 + i;
    p.options.autoRelogin = i % 2 == 0;
    p.options.insecureTls = i % 3 == 0;
    p.options.clipboardClearSeconds = i;
    p.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    p.updated = p.created.addDays(i);
    if (i % 2) {
        p.lastToken.obtainedAt = p.updated;
        p.lastToken.expiresAt = p.updated.addSecs(3600);
        p.lastToken.source = u"login"_s;
        p.lastToken.expirySource = u"exp_claim"_s;
    }
    return p;
}

QByteArray fileOf(const QJsonArray &profiles, const QJsonValue &schema = 1)
{
    return QJsonDocument(QJsonObject{{u"profiles"_s, profiles}, {u"schema"_s, schema}})
        .toJson(QJsonDocument::Indented);
}

QJsonObject plainProfile()
{
    Profile p = sample(0);
    p.id = QUuid(u"3f2cae9b-8161-46ff-8b82-8dccb45f79d4"_s);
    return p.toJson();
}

// A profiles file around one profile written by hand; `profile` is the text of its object.
QByteArray handWritten(const QByteArray &profile)
{
    return "{\"profiles\": [" + profile + "], \"schema\": 1}";
}

} // namespace

QList<QJsonObject> TstProfileFileReader::generalWay(const QByteArray &bytes)
{
    QList<QJsonObject> out;
    const QJsonArray list = QJsonDocument::fromJson(bytes).object().value(u"profiles"_s).toArray();
    for (const QJsonValue &value : list) {
        const Result<Profile> profile = Profile::fromJson(value.toObject());
        if (profile)
            out.append(profile->toJson());
    }
    return out;
}

void TstProfileFileReader::readsWhatTheStoreWrites()
{
    // Written by the store itself, then read back: the fast reader must be the one that reads
    // it, and read what was written.
    QTemporaryDir dir;
    QList<Profile> written;
    {
        ProfileStore store(dir.path());
        QVERIFY(store.load());
        for (int i = 0; i < 25; ++i) {
            const auto added = store.add(sample(i));
            QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            written.append(added.value());
        }
    }
    QFile file(QDir(dir.path()).filePath(u"profiles.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    const auto fast = ProfileFileReader::readWrittenForm(bytes, ProfileStore::SchemaVersion);
    QVERIFY2(fast, "the store's own file went the slow way");
    QCOMPARE(fast->size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        QCOMPARE(fast->at(i).toJson(), written.at(i).toJson());
        QCOMPARE(fast->at(i).name, written.at(i).name);
        QCOMPARE(fast->at(i).notes, u"line one\nline two\r\n\f\b"_s);
        QCOMPARE(fast->at(i).fields.value(u"username"_s), u"analyst/%1\ttab"_s.arg(i));
        QCOMPARE(fast->at(i).lastToken.expiresAt, written.at(i).lastToken.expiresAt);
    }

    ProfileStore again(dir.path());
    QVERIFY(again.load());
    QCOMPARE(again.profiles().size(), written.size());
    QCOMPARE(again.profiles().at(7).toJson(), written.at(7).toJson());
}

void TstProfileFileReader::readsLikeTheGeneralWay_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray id = "\"id\": \"3f2cae9b-8161-46ff-8b82-8dccb45f79d4\"";
    const QByteArray base =
        id + ", \"name\": \"n\", \"vendor\": \"generic\", \"method\": \"bearer\"";
    QTest::newRow("no profiles") << fileOf(QJsonArray{});
    QTest::newRow("written") << fileOf(QJsonArray{plainProfile(), sample(3).toJson()});
    QTest::newRow("compact") << QJsonDocument(
                                    QJsonObject{{u"schema"_s, 1},
                                                {u"profiles"_s, QJsonArray{plainProfile()}}})
                                    .toJson(QJsonDocument::Compact);
    // Members of the wrong type read as QJsonValue reads them: empty, or the default.
    QTest::newRow("wrong types") << handWritten(
        "{" + base +
        ", \"baseUrl\": 7, \"notes\": null, \"colour\": true, \"fields\": {\"a\": 1, \"b\": "
        "\"x\", \"c\": null, \"d\": [1], \"e\": {\"f\": \"g\"}}, \"options\": {\"autoRelogin\": "
        "\"no\", \"timeoutSeconds\": \"30\", \"insecureTls\": 1, \"clipboardClearSeconds\": "
        "true, \"caFile\": 3}, \"lastToken\": [\"x\"], \"created\": 20260101}");
    QTest::newRow("options out of range") << handWritten(
        "{" + base +
        ", \"options\": {\"timeoutSeconds\": -5, \"clipboardClearSeconds\": 999999999}}");
    QTest::newRow("unknown members") << handWritten(
        "{" + base +
        ", \"future\": {\"deep\": [[{\"x\": [true, false, null, \"s\", 1.5e3]}]]}, \"tags\": "
        "[], \"more\": {}}");
    QTest::newRow("escapes") << handWritten(
        "{" + base + ", \"notes\": \"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\"}");
    QTest::newRow("empty lastToken") << handWritten("{" + base + ", \"lastToken\": {}}");
    QTest::newRow("odd dates") << handWritten(
        "{" + base +
        ", \"created\": \"2026-02-30T00:00:00Z\", \"updated\": \"2026-01-01T10:00:00+02:00\", "
        "\"lastToken\": {\"expiresAt\": \"soon\", \"obtainedAt\": \"-001-01-01T00:00:00Z\"}}");
}

void TstProfileFileReader::readsLikeTheGeneralWay()
{
    QFETCH(QByteArray, bytes);
    const auto fast = ProfileFileReader::readWrittenForm(bytes, ProfileStore::SchemaVersion);
    QVERIFY2(fast, "went the general way");
    const QList<QJsonObject> expected = generalWay(bytes);
    QCOMPARE(fast->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(fast->at(i).toJson(), expected.at(i));
}

void TstProfileFileReader::leavesEverythingElseToTheGeneralWay_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray id = "\"id\": \"3f2cae9b-8161-46ff-8b82-8dccb45f79d4\"";
    const QByteArray base =
        id + ", \"name\": \"n\", \"vendor\": \"generic\", \"method\": \"bearer\"";
    const QByteArray good = fileOf(QJsonArray{plainProfile()});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>profiles</html>");
    QTest::newRow("cut short") << good.left(good.size() / 2);
    QTest::newRow("trailing data") << good + "x";
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + good;
    QTest::newRow("legacy array") << QJsonDocument(QJsonArray{plainProfile()}).toJson();
    QTest::newRow("schema 0") << fileOf(QJsonArray{plainProfile()}, 0);
    QTest::newRow("newer schema") << fileOf(QJsonArray{plainProfile()}, 2);
    QTest::newRow("schema 1.0")
        << handWritten("{" + base + "}").replace("\"schema\": 1", "\"schema\": 1.0");
    QTest::newRow("schema as text") << fileOf(QJsonArray{plainProfile()}, u"1"_s);
    QTest::newRow("no schema") << QByteArray("{\"profiles\": []}");
    QTest::newRow("no profiles") << QByteArray("{\"schema\": 1}");
    QTest::newRow("profiles twice")
        << QByteArray("{\"profiles\": [], \"profiles\": [], \"schema\": 1}");
    QTest::newRow("another root member")
        << QByteArray("{\"profiles\": [], \"schema\": 1, \"x\": 0}");
    QTest::newRow("entry not an object") << handWritten("3");
    QTest::newRow("invalid profile") << handWritten("{" + id + ", \"name\": \"n\"}");
    QTest::newRow("bad id") << handWritten(
        "{\"id\": \"nope\", \"name\": \"n\", \"vendor\": \"generic\", \"method\": \"bearer\"}");
    QTest::newRow("member named twice") << handWritten("{" + base + ", \"name\": \"m\"}");
    QTest::newRow("field named twice")
        << handWritten("{" + base + ", \"fields\": {\"a\": \"1\", \"a\": \"2\"}}");
    QTest::newRow("fraction") << handWritten("{" + base +
                                             ", \"options\": {\"timeoutSeconds\": 30.0}}");
    QTest::newRow("exponent") << handWritten("{" + base +
                                             ", \"options\": {\"timeoutSeconds\": 3e1}}");
    QTest::newRow("ten digits") << handWritten("{" + base +
                                               ", \"options\": {\"timeoutSeconds\": 1234567890}}");
    QTest::newRow("unicode escape") << handWritten("{" + base + ", \"notes\": \"\\u00e9\"}");
    QTest::newRow("escaped key") << handWritten("{" + base + ", \"no\\u0074es\": \"x\"}");
    QTest::newRow("invalid UTF-8") << handWritten("{" + base + ", \"notes\": \"\xC3\x28\"}");
    QByteArray deep;
    for (int i = 0; i < 100; ++i)
        deep += "[";
    for (int i = 0; i < 100; ++i)
        deep += "]";
    QTest::newRow("deep nesting") << handWritten("{" + base + ", \"x\": " + deep + "}");
}

void TstProfileFileReader::leavesEverythingElseToTheGeneralWay()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!ProfileFileReader::readWrittenForm(bytes, ProfileStore::SchemaVersion));
}

QTEST_GUILESS_MAIN(TstProfileFileReader)
#include "tst_profilefilereader.moc"
