#include "history/HistoryScrubber.h"
#include "history/HistoryStore.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The request history on disk: what goes in comes back out (summaries without bodies, entries
// with them), nothing secret goes in at all, bodies are cut at the cap, old entries go, and a
// damaged or unreachable file is reported or replaced without stopping anybody.
class TstHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordSearchEntryRoundTrip();
    void searchMatchesEveryWordAndProfile();
    void failedRequestKeepsItsError();
    void handTypedSecretHeadersAreMasked();
    void secretHeadersKnownByPartOfTheirName_data();
    void secretHeadersKnownByPartOfTheirName();
    void urlQuerySecretsAreMasked();
    void jsonPasswordFieldsAreMaskedKeepingLayout();
    void registeredAndGivenSecretsAreMaskedInEveryEncoding();
    void variablesInSecretHeadersAreKept();
    void bodyCapAndTruncation();
    void noBodiesAtCapZero();
    void secretAcrossTheCapIsNotKeptInPart();
    void bodyFileIsReadUpToTheCap();
    void binaryBodyKeptButMasked();
    void retentionByDays();
    void retentionByCount();
    void retentionZeroDaysKeepsNothing();
    void removeOne();
    void clearLeavesNoTraceInTheFile();
    void damagedFileIsMovedAside();
    void unwritablePathIsAnError();
    void newerSchemaIsLeftAlone();
    void versionOneFileIsSearchableAfterUpgrade();
    void persistsAcrossReopen();
    void permissionsArePrivate();
    void connectionsAreUniqueAndRemoved();
    void closedStoreFailsQuietly();

private:
    QString dbPath() const { return m_dir->filePath(u"history.sqlite"_s); }
    Result<qint64> record(HistoryStore &store, const RequestDraft &draft, const HttpRequest &sent,
                          const HttpResponse &response, const QStringList &secrets = {},
                          const QString &profileName = u"Demo"_s);
    static QByteArray fileBytes(const QString &path);
    static void backdate(const QString &path, qint64 id, int days);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    QUuid m_profile = QUuid::createUuid();
};

namespace {

HttpRequest get(const QString &url, HttpHeaders headers = {})
{
    HttpRequest r;
    r.method = "GET";
    r.url = QUrl(url);
    r.headers = std::move(headers);
    return r;
}

HttpResponse json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = body;
    r.bodySize = body.size();
    r.elapsedMs = 42;
    return r;
}

RequestDraft draftFor(const QString &method, const QString &url)
{
    RequestDraft d;
    d.method = method;
    d.url = url;
    return d;
}

} // namespace

void TstHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>();
    const auto opened = m_store->open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY(m_store->problem().isEmpty());
}

void TstHistoryStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<qint64> TstHistoryStore::record(HistoryStore &store, const RequestDraft &draft,
                                       const HttpRequest &sent, const HttpResponse &response,
                                       const QStringList &secrets, const QString &profileName)
{
    return store.record(m_profile, profileName, draft, sent, response, secrets);
}

QByteArray TstHistoryStore::fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Moves an entry into the past, as if it had been recorded `days` ago.
void TstHistoryStore::backdate(const QString &path, qint64 id, int days)
{
    const QString name = u"backdate"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(u"UPDATE entries SET at_ms = ? WHERE id = ?"_s);
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
        q.addBindValue(id);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(name);
}

void TstHistoryStore::recordSearchEntryRoundTrip()
{
    QSignalSpy changed(m_store.get(), &HistoryStore::changed);
    RequestDraft draft = draftFor(u"POST"_s, u"api/items?page=2"_s);
    draft.headers = {{u"Accept"_s, u"application/json"_s, true}, {u"X-Trace"_s, u"off"_s, false}};
    draft.bodyKind = RequestDraft::BodyKind::Json;
    draft.bodyText = u"{\n    \"name\": \"widget\"\n}"_s;
    HttpRequest sent = get(u"https://api.example.com/v1/api/items?page=2"_s,
                           {{"Accept", "application/json"}, {"Content-Type", "application/json"}});
    sent.method = "POST";
    sent.body = R"({"name":"widget"})";
    HttpResponse response = json(201, R"({"id":7,"name":"widget"})");
    response.headers.append({QByteArray("X-Request-Id"), QByteArray("abc-123")});

    const auto id = record(*m_store, draft, sent, response);
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);
    QCOMPARE(changed.count(), 1);

    const QList<HistoryEntry> list = m_store->search(QString());
    QCOMPARE(list.size(), 1);
    const HistoryEntry &summary = list.first();
    QCOMPARE(summary.id, id.value());
    QVERIFY(!summary.hasDetails);
    QVERIFY(summary.responseBody.isEmpty());
    QCOMPARE(summary.method, u"POST"_s);
    QCOMPARE(summary.url, u"https://api.example.com/v1/api/items?page=2"_s);
    QCOMPARE(summary.status, 201);
    QCOMPARE(summary.elapsedMs, qint64(42));
    QCOMPARE(summary.responseSize, qint64(response.body.size()));
    QCOMPARE(summary.profileId, m_profile);
    QCOMPARE(summary.profileName, u"Demo"_s);
    QCOMPARE(summary.responseContentType, u"application/json"_s);
    QCOMPARE(summary.when.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(summary.when.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const auto entry = m_store->entry(id.value());
    QVERIFY(entry);
    QVERIFY(entry->hasDetails);
    QCOMPARE(entry->draft, draft); // nothing secret in it: it comes back as typed
    QCOMPARE(entry->requestBody, sent.body);
    QCOMPARE(entry->responseBody, response.body);
    QVERIFY(!entry->requestBodyTruncated);
    QVERIFY(!entry->responseBodyTruncated);
    QCOMPARE(entry->requestHeaders, sent.headers);
    QCOMPARE(entry->responseHeaders, response.headers);
    QVERIFY(!m_store->entry(id.value() + 100));
    QCOMPARE(m_store->count(), 1);
}

void TstHistoryStore::searchMatchesEveryWordAndProfile()
{
    const QUuid other = QUuid::createUuid();
    QVERIFY(record(*m_store, draftFor(u"GET"_s, u"api/users"_s),
                   get(u"https://a.example/api/users"_s), json(200, "[]"), {}, u"Alpha"_s));
    QVERIFY(m_store->record(other, u"Beta"_s, draftFor(u"DELETE"_s, u"api/users/9"_s),
                            [] {
                                auto r = get(u"https://b.example/api/users/9"_s);
                                r.method = "DELETE";
                                return r;
                            }(),
                            json(404, "{}"), {}));
    QVERIFY(record(*m_store, draftFor(u"GET"_s, u"api/assets"_s),
                   get(u"https://a.example/api/assets"_s), json(500, "{}"), {}, u"Alpha"_s));

    const auto urls = [](const QList<HistoryEntry> &list) {
        QStringList out;
        for (const auto &e : list)
            out << e.url;
        return out;
    };
    // Newest first.
    QCOMPARE(urls(m_store->search(QString())),
             QStringList({u"https://a.example/api/assets"_s, u"https://b.example/api/users/9"_s,
                          u"https://a.example/api/users"_s}));
    QCOMPARE(m_store->search(u"USERS"_s).size(), 2);
    QCOMPARE(urls(m_store->search(u"users delete"_s)),
             QStringList{u"https://b.example/api/users/9"_s});
    QCOMPARE(urls(m_store->search(u"404"_s)), QStringList{u"https://b.example/api/users/9"_s});
    QCOMPARE(m_store->search(u"beta"_s).size(), 1);
    QCOMPARE(m_store->search(u"alpha"_s).size(), 2);
    QCOMPARE(m_store->search(u"%"_s).size(), 0);
    QCOMPARE(m_store->search(u"_"_s).size(), 0);
    QCOMPARE(m_store->search(QString(), 1).size(), 1);
    QCOMPARE(m_store->search(QString(), 200, other).size(), 1);
    QCOMPARE(m_store->search(u"assets"_s, 200, other).size(), 0);
    QCOMPARE(m_store->search(u"assets"_s, 200, m_profile).size(), 1);
}

void TstHistoryStore::failedRequestKeepsItsError()
{
    const Result<HttpResponse> timedOut = Error::make(Error::Kind::Timeout, u"net.timeout"_s,
                                                      u"The server did not answer within 30 s."_s);
    const auto id = m_store->record(m_profile, u"Demo"_s, draftFor(u"GET"_s, u"api/slow"_s),
                                    get(u"https://a.example/api/slow"_s), timedOut, {});
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry);
    QVERIFY(entry->failed());
    QCOMPARE(entry->status, 0);
    QCOMPARE(entry->error, u"The server did not answer within 30 s."_s);
    QCOMPARE(m_store->search(u"answer"_s).size(), 1);
}

void TstHistoryStore::handTypedSecretHeadersAreMasked()
{
    const QString bearer = u"hand-typed-bearer-0123456789"_s;
    const QString cookie = u"cookie-value-abcdef"_s;
    const QString apiKey = u"api-key-value-987654"_s;
    RequestDraft draft = draftFor(u"GET"_s, u"https://echo.example/api/echo"_s);
    draft.headers = {{u"Authorization"_s, u"Bearer "_s + bearer, true},
                     {u"Cookie"_s, u"sid="_s + cookie + u"; theme=dark"_s, true},
                     {u"X-Api-Key"_s, apiKey, false}};
    const HttpRequest sent =
        get(draft.url, {{"Authorization", "Bearer " + bearer.toUtf8()},
                        {"Cookie", "sid=" + cookie.toUtf8() + "; theme=dark"}});
    // An echo: the headers come back in the body, where no header rule reaches.
    const QByteArray echoed = QJsonDocument(QJsonObject{{u"headers"_s,
                                                         QJsonObject{
                                                             {u"auth"_s, u"Bearer "_s + bearer},
                                                             {u"c"_s, cookie},
                                                         }}})
                                  .toJson();
    // No secrets given: the store learns them from the headers themselves.
    const auto id = record(*m_store, draft, sent, json(200, echoed));
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry);
    QCOMPARE(entry->draft.headers.at(0).value, u"Bearer [redacted]"_s);
    QCOMPARE(entry->draft.headers.at(1).value, u"sid=[redacted]; theme=[redacted]"_s);
    QCOMPARE(entry->draft.headers.at(2).value, u"[redacted]"_s);
    QVERIFY(!entry->draft.headers.at(2).enabled);
    QCOMPARE(entry->requestHeaders.at(0).second, QByteArray("Bearer [redacted]"));
    QVERIFY(!entry->responseBody.contains(bearer.toUtf8()));
    QVERIFY(!entry->responseBody.contains(cookie.toUtf8()));
    m_store->close();
    const QByteArray raw = fileBytes(dbPath());
    for (const QString &s : {bearer, cookie, apiKey})
        QVERIFY2(!raw.contains(s.toUtf8()), qPrintable(s));
}

void TstHistoryStore::secretHeadersKnownByPartOfTheirName_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"X-Auth-Key", "Ocp-Apim-Subscription-Key", "X-Authorization",
                          "Authentication", "X-Session", "X-Signature", "X-Vendor-Password"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void TstHistoryStore::secretHeadersKnownByPartOfTheirName()
{
    QFETCH(QString, name);
    const QString secret = u"typed-header-secret-13579"_s;
    RequestDraft draft = draftFor(u"GET"_s, u"https://echo.example/api/echo"_s);
    draft.headers = {{name, secret, true}};
    const HttpRequest sent = get(draft.url, {{name.toUtf8(), secret.toUtf8()}});
    const QByteArray echoed = QJsonDocument(QJsonObject{{u"got"_s, secret}}).toJson();
    const auto id = record(*m_store, draft, sent, json(200, echoed));
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry);
    QCOMPARE(entry->draft.headers.at(0).value, u"[redacted]"_s);
    QCOMPARE(entry->requestHeaders.at(0).second, QByteArray("[redacted]"));
    m_store->close();
    QVERIFY2(!fileBytes(dbPath()).contains(secret.toUtf8()), qPrintable(name));
}

void TstHistoryStore::urlQuerySecretsAreMasked()
{
    const QString key = u"query-secret-key-55555"_s;
    const RequestDraft draft = draftFor(u"GET"_s, u"api/items?api_key="_s + key + u"&page=2"_s);
    const HttpRequest sent =
        get(u"https://user:url-password-1@a.example/api/items?api_key="_s + key + u"&page=2"_s);
    const auto id = record(*m_store, draft, sent, json(200, "{}"));
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QCOMPARE(entry->url, u"https://a.example/api/items?api_key=[redacted]&page=2"_s);
    QCOMPARE(entry->draft.url, u"api/items?api_key=[redacted]&page=2"_s);
    m_store->close();
    const QByteArray raw = fileBytes(dbPath());
    QVERIFY(!raw.contains(key.toUtf8()));
    QVERIFY(!raw.contains("url-password-1"));
}

void TstHistoryStore::jsonPasswordFieldsAreMaskedKeepingLayout()
{
    const QString password = u"json-password-value!"_s;
    RequestDraft draft = draftFor(u"POST"_s, u"api/authentication/login"_s);
    draft.bodyKind = RequestDraft::BodyKind::Json;
    draft.bodyText =
        u"{\n    \"userName\": \"ada\",\n    \"password\": \""_s + password + u"\"\n}"_s;
    HttpRequest sent = get(u"https://a.example/api/authentication/login"_s,
                           {{"Content-Type", "application/json"}});
    sent.method = "POST";
    sent.body = QJsonDocument::fromJson(draft.bodyText.toUtf8()).toJson(QJsonDocument::Compact);
    const auto id = record(*m_store, draft, sent,
                           json(200, R"({"auth_token":"issued-token-value-1234","id":"u1"})"));
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QCOMPARE(entry->draft.bodyText,
             u"{\n    \"userName\": \"ada\",\n    \"password\": \"[redacted]\"\n}"_s);
    QVERIFY(entry->requestBody.contains("\"password\":\"[redacted]\""));
    QVERIFY(entry->requestBody.contains("\"userName\":\"ada\""));
    QVERIFY(entry->responseBody.contains("\"auth_token\":\"[redacted]\""));
    QVERIFY(entry->responseBody.contains("\"id\":\"u1\""));
    m_store->close();
    const QByteArray raw = fileBytes(dbPath());
    QVERIFY(!raw.contains(password.toUtf8()));
    QVERIFY(!raw.contains("issued-token-value-1234"));
}

void TstHistoryStore::registeredAndGivenSecretsAreMaskedInEveryEncoding()
{
    const QString given = u"given/secret+value=1"_s;
    const QString registered = u"registered-secret-xyz"_s;
    Redactor::registerSecret(registered);
    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {u"plain"_s, given},
                          {u"b64"_s, QString::fromLatin1(given.toUtf8().toBase64())},
                          {u"inBasic"_s, QString::fromLatin1(("me:" + given.toUtf8()).toBase64())},
                          {u"pct"_s, QString::fromLatin1(QUrl::toPercentEncoding(given))},
                          {u"note"_s, registered},
                      })
            .toJson();
    RequestDraft draft = draftFor(u"POST"_s, u"api/notes"_s);
    draft.bodyKind = RequestDraft::BodyKind::Raw;
    draft.bodyText = u"note: "_s + given;
    HttpRequest sent = get(u"https://a.example/api/notes?q="_s +
                           QString::fromLatin1(QUrl::toPercentEncoding(given)));
    sent.method = "POST";
    sent.body = draft.bodyText.toUtf8();
    const auto id = record(*m_store, draft, sent, json(200, body), {given});
    Redactor::forgetSecret(registered);
    QVERIFY(id);
    const auto entry = m_store->entry(id.value());
    QCOMPARE(entry->draft.bodyText, u"note: [redacted]"_s);
    QCOMPARE(entry->url, u"https://a.example/api/notes?q=[redacted]"_s);
    m_store->close();
    const QByteArray raw = fileBytes(dbPath());
    QVERIFY(!raw.contains(given.toUtf8()));
    QVERIFY(!raw.contains(given.toUtf8().toBase64()));
    QVERIFY(!raw.contains(("me:" + given.toUtf8()).toBase64()));
    QVERIFY(!raw.contains(QUrl::toPercentEncoding(given)));
    QVERIFY(!raw.contains(registered.toUtf8()));
}

void TstHistoryStore::variablesInSecretHeadersAreKept()
{
    RequestDraft draft = draftFor(u"GET"_s, u"{{baseUrl}}/api/me?token={{token}}"_s);
    draft.headers = {{u"Authorization"_s, u"Bearer {{token}}"_s, true},
                     {u"X-Api-Key"_s, u"{{apiKey}}"_s, true}};
    const auto id = record(*m_store, draft, get(u"https://a.example/api/me"_s), json(200, "{}"));
    QVERIFY(id);
    // {{variables}} never hold secrets: they re-open as written.
    QCOMPARE(m_store->entry(id.value())->draft, draft);
}

void TstHistoryStore::bodyCapAndTruncation()
{
    QCOMPARE(m_store->bodyCap(), HistoryStore::DefaultBodyCap);
    m_store->setBodyCap(16);
    const QByteArray big(100, 'x');
    HttpRequest sent = get(u"https://a.example/upload"_s, {{"Content-Type", "text/plain"}});
    sent.method = "PUT";
    sent.body = big;
    HttpResponse response = json(200, "{\"ok\":true}");
    response.headers = {{"Content-Type", "text/plain"}};
    response.body = QByteArray(50, 'y');
    response.bodySize = 50;
    const auto id = record(*m_store, draftFor(u"PUT"_s, u"upload"_s), sent, response);
    QVERIFY(id);
    auto entry = m_store->entry(id.value());
    QCOMPARE(entry->requestBody, QByteArray(16, 'x'));
    QVERIFY(entry->requestBodyTruncated);
    QCOMPARE(entry->responseBody, QByteArray(16, 'y'));
    QVERIFY(entry->responseBodyTruncated);
    QCOMPARE(entry->responseSize, qint64(50));

    // A draft's body is kept whole or not at all: a cut one could not be sent again.
    RequestDraft draft = draftFor(u"POST"_s, u"x"_s);
    draft.bodyKind = RequestDraft::BodyKind::Raw;
    draft.bodyText = QString(40, u'z');
    const auto id2 = record(*m_store, draft, sent, response);
    QVERIFY(m_store->entry(id2.value())->draft.bodyText.isEmpty());
    draft.bodyText = u"short"_s;
    const auto id3 = record(*m_store, draft, get(u"https://a.example/x"_s), json(204, {}));
    entry = m_store->entry(id3.value());
    QCOMPARE(entry->draft.bodyText, u"short"_s);
    QVERIFY(!entry->responseBodyTruncated);
    QVERIFY(!entry->requestBodyTruncated);
}

void TstHistoryStore::noBodiesAtCapZero()
{
    m_store->setBodyCap(0);
    RequestDraft draft = draftFor(u"POST"_s, u"x"_s);
    draft.bodyKind = RequestDraft::BodyKind::Json;
    draft.bodyText = u"{\"a\":1}"_s;
    HttpRequest sent = get(u"https://a.example/x"_s);
    sent.body = "{\"a\":1}";
    const auto id = record(*m_store, draft, sent, json(200, "{\"b\":2}"));
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry->requestBody.isEmpty());
    QVERIFY(entry->responseBody.isEmpty());
    QVERIFY(entry->requestBodyTruncated);
    QVERIFY(entry->responseBodyTruncated);
    QVERIFY(entry->draft.bodyText.isEmpty());
    QCOMPARE(entry->draft.bodyKind, RequestDraft::BodyKind::Json);
}

void TstHistoryStore::secretAcrossTheCapIsNotKeptInPart()
{
    const QString token = u"straddling-token-"_s + QString(40, u'Q');
    m_store->setBodyCap(32);
    // The token starts before the cap and ends after it.
    const QByteArray body = QByteArray(20, 'a') + token.toUtf8() + QByteArray(20, 'b');
    HttpResponse response = json(200, body);
    response.headers = {{"Content-Type", "text/plain"}};
    const auto id = record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                           response, {token});
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry->responseBodyTruncated);
    QVERIFY(entry->responseBody.startsWith(QByteArray(20, 'a') + "[redacted]"));
    QVERIFY(!entry->responseBody.contains("straddling"));
}

void TstHistoryStore::bodyFileIsReadUpToTheCap()
{
    m_store->setBodyCap(1024);
    const QString file = m_dir->filePath(u"body.bin"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray line = "{\"access_token\":\"streamed-secret-0001\"}\n";
        for (int i = 0; i < 10000; ++i)
            f.write(line);
    }
    HttpResponse response;
    response.status = 200;
    response.headers = {{"Content-Type", "application/x-ndjson"}};
    response.bodyFile = file;
    response.bodySize = QFileInfo(file).size();
    const auto id =
        record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s), response);
    const auto entry = m_store->entry(id.value());
    QVERIFY(entry->responseBodyTruncated);
    QCOMPARE(entry->responseBody.size(), 1024);
    QCOMPARE(entry->responseSize, response.bodySize);
    QVERIFY(entry->responseBody.startsWith("{\"access_token\":\"[redacted]\"}\n"));
    QVERIFY(!entry->responseBody.contains("streamed-secret"));
}

void TstHistoryStore::binaryBodyKeptButMasked()
{
    const QByteArray secret = "binary-secret-4242";
    QByteArray body("\x89PNG\r\n\x1a\n\x00\x01\xff", 11);
    body += secret + QByteArray("\x00\xfe", 2);
    HttpResponse response = json(200, body);
    response.headers = {{"Content-Type", "image/png"}};
    const auto id = record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                           response, {QString::fromLatin1(secret)});
    const auto entry = m_store->entry(id.value());
    QCOMPARE(entry->responseBody, QByteArray("\x89PNG\r\n\x1a\n\x00\x01\xff", 11) + "[redacted]" +
                                      QByteArray("\x00\xfe", 2));
}

void TstHistoryStore::retentionByDays()
{
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                      json(200, "{}"))
                   .value();
    backdate(dbPath(), ids[0], 40);
    backdate(dbPath(), ids[1], 31);
    backdate(dbPath(), ids[2], 29);
    QSignalSpy changed(m_store.get(), &HistoryStore::changed);
    const auto deleted = m_store->applyRetention(30);
    QVERIFY(deleted);
    QCOMPARE(deleted.value(), 2);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->entry(ids[0]));
    QVERIFY(!m_store->entry(ids[1]));
    QVERIFY(m_store->entry(ids[2]));
    QVERIFY(m_store->entry(ids[3]));
    QCOMPARE(m_store->applyRetention(30).value(), 0);
    QCOMPARE(changed.count(), 1);
}

void TstHistoryStore::retentionByCount()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                      json(200, "{}"))
                   .value();
    QCOMPARE(m_store->applyRetention(365, 3).value(), 2);
    QCOMPARE(m_store->count(), 3);
    QVERIFY(!m_store->entry(ids[0]));
    QVERIFY(!m_store->entry(ids[1]));
    QVERIFY(m_store->entry(ids[4]));
}

void TstHistoryStore::retentionZeroDaysKeepsNothing()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                       json(200, "{}")));
    QCOMPARE(m_store->applyRetention(0).value(), 3);
    QCOMPARE(m_store->count(), 0);
}

void TstHistoryStore::removeOne()
{
    const qint64 a =
        record(*m_store, draftFor(u"GET"_s, u"a"_s), get(u"https://a.example/a"_s), json(200, "{}"))
            .value();
    const qint64 b =
        record(*m_store, draftFor(u"GET"_s, u"b"_s), get(u"https://a.example/b"_s), json(200, "{}"))
            .value();
    QSignalSpy changed(m_store.get(), &HistoryStore::changed);
    QVERIFY(m_store->remove(a));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->entry(a));
    QVERIFY(m_store->entry(b));
    const auto again = m_store->remove(a);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void TstHistoryStore::clearLeavesNoTraceInTheFile()
{
    const QByteArray marker = "marker-not-secret-but-distinctive";
    for (int i = 0; i < 50; ++i)
        QVERIFY(record(*m_store, draftFor(u"GET"_s, u"x"_s),
                       get(u"https://a.example/"_s + QString::fromLatin1(marker)),
                       json(200, "{\"m\":\"" + marker + "\"}")));
    QVERIFY(fileBytes(dbPath()).contains(marker));
    QSignalSpy changed(m_store.get(), &HistoryStore::changed);
    QVERIFY(m_store->clear());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!fileBytes(dbPath()).contains(marker));
    // And the store goes on working.
    QVERIFY(record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                   json(200, "{}")));
    m_store->close();
    QVERIFY(!fileBytes(dbPath()).contains(marker));
}

void TstHistoryStore::damagedFileIsMovedAside()
{
    m_store->close();
    const QByteArray garbage = QByteArray("this is not a database at all ").repeated(200);
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
    }
    HistoryStore store;
    const auto opened = store.open(dbPath());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QVERIFY(store.problem().contains(u"was damaged"_s));
    QVERIFY(store.problem().contains(QDir::toNativeSeparators(dbPath())));
    const QStringList aside =
        QDir(m_dir->path()).entryList({u"history.sqlite.corrupt-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile moved(m_dir->filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    QVERIFY(
        record(store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s), json(200, "{}")));
    QCOMPARE(store.count(), 1);

    // A healthy file the next time: nothing to say.
    store.close();
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.problem().isEmpty());
    QCOMPARE(store.count(), 1);
}

void TstHistoryStore::unwritablePathIsAnError()
{
    m_store->close();
    const QString notAFolder = m_dir->filePath(u"plain-file"_s);
    {
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString path = notAFolder + u"/history.sqlite"_s;
    HistoryStore store;
    const auto opened = store.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Io);
    QVERIFY2(opened.error().message.startsWith(u"The history database at "_s +
                                               QDir::toNativeSeparators(path) +
                                               u" cannot be opened: "_s),
             qPrintable(opened.error().message));
    QVERIFY(!store.isOpen());
    // The app goes on without history: calls fail or return nothing, none crashes.
    QVERIFY(
        !record(store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s), json(200, "{}")));
    QVERIFY(store.search(QString()).isEmpty());

    // A folder where the file should be.
    QVERIFY(QDir(m_dir->path()).mkdir(u"taken"_s));
    QVERIFY(!store.open(m_dir->filePath(u"taken"_s)));
}

void TstHistoryStore::newerSchemaIsLeftAlone()
{
    QVERIFY(record(*m_store, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s),
                   json(200, "{}")));
    m_store->close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    HistoryStore store;
    const auto opened = store.open(dbPath());
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(u"newer version"_s));
    QVERIFY(QDir(m_dir->path()).entryList({u"*.corrupt-*"_s}).isEmpty());
}

// A history written before the search table existed: its entries are found after the upgrade,
// and what is deleted or added afterwards is found or not, as it should be.
void TstHistoryStore::versionOneFileIsSearchableAfterUpgrade()
{
    const qint64 old = record(*m_store, draftFor(u"GET"_s, u"x"_s),
                              get(u"https://before.example/orders"_s), json(200, "{}"))
                           .value();
    const qint64 gone = record(*m_store, draftFor(u"GET"_s, u"y"_s),
                               get(u"https://before.example/invoices"_s), json(200, "{}"))
                            .value();
    m_store->close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql :
             {u"DROP TRIGGER entries_search_insert"_s, u"DROP TRIGGER entries_search_update"_s,
              u"DROP TRIGGER entries_search_delete"_s, u"DROP TABLE entry_search"_s,
              u"PRAGMA user_version = 1"_s})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"older"_s);

    HistoryStore store;
    QVERIFY(store.open(dbPath()));
    QList<HistoryEntry> found = store.search(u"before.example"_s);
    QCOMPARE(found.size(), 2);
    QVERIFY(store.remove(gone));
    const qint64 added = record(store, draftFor(u"GET"_s, u"z"_s),
                                get(u"https://after.example/orders"_s), json(200, "{}"))
                             .value();
    found = store.search(u"orders"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).id, added); // newest first
    QCOMPARE(found.at(1).id, old);
    QVERIFY(store.search(u"invoices"_s).isEmpty());
}

void TstHistoryStore::persistsAcrossReopen()
{
    const qint64 id = record(*m_store, draftFor(u"GET"_s, u"api/kept"_s),
                             get(u"https://a.example/api/kept"_s), json(200, "{\"k\":1}"))
                          .value();
    m_store.reset();
    HistoryStore again;
    QVERIFY(again.open(dbPath()));
    const auto entry = again.entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->url, u"https://a.example/api/kept"_s);
    QCOMPARE(entry->responseBody, QByteArray("{\"k\":1}"));
    QCOMPARE(entry->draft.url, u"api/kept"_s);
}

void TstHistoryStore::permissionsArePrivate()
{
    m_store->close();
    const QString path = m_dir->filePath(u"new/deeper/history.sqlite"_s);
    HistoryStore store;
    QVERIFY(store.open(path));
    QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::Permissions());
    const auto folder = QFile::permissions(QFileInfo(path).absolutePath());
    QCOMPARE(folder & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                       QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
}

void TstHistoryStore::connectionsAreUniqueAndRemoved()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        HistoryStore a;
        HistoryStore b;
        QVERIFY(a.open(m_dir->filePath(u"a.sqlite"_s)));
        QVERIFY(b.open(m_dir->filePath(u"b.sqlite"_s)));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        QVERIFY(
            record(a, draftFor(u"GET"_s, u"x"_s), get(u"https://a.example/x"_s), json(200, "{}")));
        QCOMPARE(a.count(), 1);
        QCOMPARE(b.count(), 0);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TstHistoryStore::closedStoreFailsQuietly()
{
    HistoryStore store;
    QVERIFY(!store.isOpen());
    QVERIFY(!store.entry(1));
    QCOMPARE(store.count(), 0);
    QVERIFY(!store.applyRetention(1));
    QVERIFY(!store.remove(1));
    QVERIFY(!store.clear());
    QCOMPARE(HistoryStore::defaultPath().section(u'/', -1), u"history.sqlite"_s);
}

QTEST_GUILESS_MAIN(TstHistoryStore)
#include "tst_historystore.moc"
