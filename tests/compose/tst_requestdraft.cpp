#include "auth/Session.h"
#include "compose/RequestBuilder.h"
#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "profiles/Profile.h"

#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

// What a person types into the composer and what goes on the wire: the query table and the URL
// kept in step, {{variables}}, each body kind, switched-off rows and relative paths.
class TstRequestDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queryRowsFollowTheUrl_data();
    void queryRowsFollowTheUrl();
    void editingRowsRewritesOnlyTheQuery();
    void jsonRoundTrip();
    void variablesResolveAndReportWhatIsMissing();
    void variablesComeFromProfileAndSession();
    void relativePathsKeepTheBasePath_data();
    void relativePathsKeepTheBasePath();
    void bodyKinds_data();
    void bodyKinds();
    void headerSetByHandWins();
    void switchedOffRowsAreNotSent();
    void fileBody();
    void badInput_data();
    void badInput();
    void credentialOnlyOnItsOrigin();
};

using Rows = QList<KeyValueRow>;

void TstRequestDraft::queryRowsFollowTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("none") << u"api/x"_s << QStringList{} << QStringList{};
    QTest::newRow("two") << u"api/x?a=1&b=two"_s << QStringList{u"a"_s, u"b"_s}
                         << QStringList{u"1"_s, u"two"_s};
    QTest::newRow("encoded") << u"https://h/x?q=a%20b%26c&plus=1+2"_s
                             << QStringList{u"q"_s, u"plus"_s} << QStringList{u"a b&c"_s, u"1 2"_s};
    QTest::newRow("flag") << u"x?verbose&n="_s << QStringList{u"verbose"_s, u"n"_s}
                          << QStringList{u""_s, u""_s};
    QTest::newRow("fragment") << u"x?a=1#top"_s << QStringList{u"a"_s} << QStringList{u"1"_s};
    QTest::newRow("variable") << u"x?id={{userId}}"_s << QStringList{u"id"_s}
                              << QStringList{u"{{userId}}"_s};
}

void TstRequestDraft::queryRowsFollowTheUrl()
{
    QFETCH(QString, url);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    RequestDraft d;
    d.url = url;
    const Rows rows = d.queryRows();
    QCOMPARE(rows.size(), names.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).name, names.at(i));
        QCOMPARE(rows.at(i).value, values.at(i));
    }
    // Writing the rows back gives a URL with the same rows.
    RequestDraft again = d;
    again.setQueryRows(rows);
    QCOMPARE(again.queryRows(), rows);
}

void TstRequestDraft::editingRowsRewritesOnlyTheQuery()
{
    RequestDraft d;
    d.url = QStringLiteral("{{baseUrl}}/api/items?old=1#section");
    d.setQueryRows({{QStringLiteral("q"), QStringLiteral("a b&c=d")},
                    {QStringLiteral("off"), QStringLiteral("x"), false},
                    {QStringLiteral("id"), QStringLiteral("{{userId}}")}});
    QCOMPARE(d.url, QStringLiteral("{{baseUrl}}/api/items?q=a%20b%26c%3Dd&id={{userId}}#section"));
    d.setQueryRows({});
    QCOMPARE(d.url, QStringLiteral("{{baseUrl}}/api/items#section"));
}

void TstRequestDraft::jsonRoundTrip()
{
    RequestDraft d;
    d.method = QStringLiteral("PATCH");
    d.url = QStringLiteral("api/x?a=1");
    d.headers = {{QStringLiteral("X-One"), QStringLiteral("1")},
                 {QStringLiteral("X-Off"), QStringLiteral("2"), false}};
    d.bodyKind = RequestDraft::BodyKind::Form;
    d.formFields = {{QStringLiteral("a"), QStringLiteral("b")}};
    const auto back = RequestDraft::fromJson(d.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), d);

    // Only the chosen kind's body is kept.
    d.bodyKind = RequestDraft::BodyKind::Raw;
    d.formFields.clear();
    d.bodyText = QStringLiteral("<x/>");
    d.rawContentType = QStringLiteral("application/xml");
    QCOMPARE(RequestDraft::fromJson(d.toJson()).value(), d);

    QJsonObject bad = d.toJson();
    bad.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("?")}});
    QCOMPARE(RequestDraft::fromJson(bad).error().code, QStringLiteral("draft.body_kind"));
}

void TstRequestDraft::variablesResolveAndReportWhatIsMissing()
{
    Variables v;
    v.set(QStringLiteral("userId"), QStringLiteral("42"), QStringLiteral("test"));
    v.set(QStringLiteral("base.url"), QStringLiteral("http://h"), QStringLiteral("test"));
    QStringList missing;
    QCOMPARE(v.resolve(QStringLiteral("{{base.url}}/u/{{ userId }}/{{nope}}/{{nope}}"), &missing),
             QStringLiteral("http://h/u/42/{{nope}}/{{nope}}"));
    QCOMPARE(missing, QStringList{QStringLiteral("nope")});
    QCOMPARE(v.resolve(QStringLiteral("{single} {{}} plain")),
             QStringLiteral("{single} {{}} plain"));
    const auto refs = Variables::references(QStringLiteral("a {{x}} b {{ y }}"));
    QCOMPARE(refs.size(), 2);
    QCOMPARE(refs.at(1).name, QStringLiteral("y"));
    QCOMPARE(refs.at(1).start, 10);
    QCOMPARE(refs.at(1).length, 7);
}

void TstRequestDraft::variablesComeFromProfileAndSession()
{
    Profile p;
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://regscale.example/app/"));
    p.fields.insert(QStringLiteral("username"), QStringLiteral("ada"));
    Session s;
    s.facts.insert(QStringLiteral("userId"), QStringLiteral("6f1c"));
    const Variables v = Variables::forProfile(p, &s);
    QCOMPARE(v.value(QStringLiteral("baseUrl")).value(),
             QStringLiteral("https://regscale.example/app"));
    QCOMPARE(v.value(QStringLiteral("username")).value(), QStringLiteral("ada"));
    QCOMPARE(v.value(QStringLiteral("userId")).value(), QStringLiteral("6f1c"));
    QCOMPARE(v.value(QStringLiteral("profileName")).value(), QStringLiteral("Prod"));
    QVERIFY(!v.value(QStringLiteral("token")));
    QVERIFY(!v.find(QStringLiteral("userId"))->origin.isEmpty());
    // Without a session the login's facts are simply not there.
    QVERIFY(!Variables::forProfile(p).value(QStringLiteral("userId")));
    // A profile from before user info was refused in URLs: {{baseUrl}} never carries it.
    p.baseUrl = QUrl(QStringLiteral("https://ada:pa55word@regscale.example/app/"));
    QCOMPARE(Variables::forProfile(p).value(QStringLiteral("baseUrl")).value(),
             QStringLiteral("https://regscale.example/app"));
}

void TstRequestDraft::relativePathsKeepTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("base path kept")
        << u"http://h:8080/regscale"_s << u"api/x"_s << u"http://h:8080/regscale/api/x"_s;
    QTest::newRow("leading slash")
        << u"http://h/regscale/"_s << u"/api/x?a=1"_s << u"http://h/regscale/api/x?a=1"_s;
    QTest::newRow("absolute") << u"http://h/regscale"_s << u"https://other.example/y"_s
                              << u"https://other.example/y"_s;
    QTest::newRow("root base") << u"https://h"_s << u"api"_s << u"https://h/api"_s;
    QTest::newRow("a URL in the query")
        << u"http://h/regscale"_s << u"api/login?next=https://o.example/x"_s
        << u"http://h/regscale/api/login?next=https://o.example/x"_s;
}

void TstRequestDraft::relativePathsKeepTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QCOMPARE(RequestBuilder::resolveUrl(QUrl(base), target).toString(), expected);
}

void TstRequestDraft::bodyKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("none") << int(RequestDraft::BodyKind::None) << QByteArray() << QByteArray();
    QTest::newRow("json") << int(RequestDraft::BodyKind::Json)
                          << QByteArray("{\"user\":\"ada\",\"n\":\"\xc3\xa9\"}")
                          << QByteArray("application/json");
    QTest::newRow("form") << int(RequestDraft::BodyKind::Form) << QByteArray("a=1&b=x%20y%26z")
                          << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("raw") << int(RequestDraft::BodyKind::Raw) << QByteArray("<ada/>")
                         << QByteArray("application/xml");
}

void TstRequestDraft::bodyKinds()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    Variables v;
    v.set(QStringLiteral("who"), QStringLiteral("ada"), QString());
    RequestDraft d;
    d.method = QStringLiteral("POST");
    d.url = QStringLiteral("api/echo");
    d.bodyKind = RequestDraft::BodyKind(kind);
    d.bodyText = d.bodyKind == RequestDraft::BodyKind::Json
                     ? QStringLiteral("{\"user\":\"{{who}}\",\"n\":\"\u00e9\"}")
                     : QStringLiteral("<{{who}}/>");
    d.rawContentType = QStringLiteral("application/xml");
    d.formFields = {{QStringLiteral("a"), QStringLiteral("1")},
                    {QStringLiteral("b"), QStringLiteral("x y&z")},
                    {QStringLiteral("c"), QStringLiteral("off"), false}};
    const auto built = RequestBuilder::build(d, QUrl(QStringLiteral("http://h/base")), v);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    QCOMPARE(built->url.toString(), QStringLiteral("http://h/base/api/echo"));
    QCOMPARE(built->method, QByteArray("POST"));
    QCOMPARE(built->body, body);
    QByteArray type;
    for (const auto &h : built->headers)
        if (h.first == "Content-Type")
            type = h.second;
    QCOMPARE(type, contentType);
}

void TstRequestDraft::headerSetByHandWins()
{
    RequestDraft d;
    d.method = QStringLiteral("POST");
    d.url = QStringLiteral("x");
    d.bodyKind = RequestDraft::BodyKind::Json;
    d.bodyText = QStringLiteral("{}");
    d.headers = {{QStringLiteral("content-type"), QStringLiteral("application/vnd.api+json")}};
    const auto built = RequestBuilder::build(d, QUrl(QStringLiteral("http://h")), {});
    QVERIFY(built.ok());
    QCOMPARE(built->headers.size(), 1);
    QCOMPARE(built->headers.at(0).second, QByteArray("application/vnd.api+json"));
}

void TstRequestDraft::switchedOffRowsAreNotSent()
{
    RequestDraft d;
    d.url = QStringLiteral("x");
    d.headers = {{QStringLiteral("X-On"), QStringLiteral("{{v}}")},
                 {QStringLiteral("X-Off"), QStringLiteral("{{missing}}"), false},
                 {QString(), QStringLiteral("nameless")}};
    Variables v;
    v.set(QStringLiteral("v"), QStringLiteral("yes"), QString());
    const auto built = RequestBuilder::build(d, QUrl(QStringLiteral("http://h")), v);
    QVERIFY(built.ok()); // a switched-off row's variables do not matter
    QCOMPARE(built->headers, (HttpHeaders{qMakePair(QByteArray("X-On"), QByteArray("yes"))}));
}

void TstRequestDraft::fileBody()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray bytes("\x00\x01binary\xff", 9);
    file.write(bytes);
    file.flush();
    RequestDraft d;
    d.method = QStringLiteral("PUT");
    d.url = QStringLiteral("upload");
    d.bodyKind = RequestDraft::BodyKind::File;
    d.bodyFilePath = file.fileName();
    d.fileContentType = QStringLiteral("image/png");
    const auto built = RequestBuilder::build(d, QUrl(QStringLiteral("http://h")), {});
    QVERIFY(built.ok());
    QCOMPARE(built->body, bytes);
    QCOMPARE(built->headers.at(0).second, QByteArray("image/png"));

    d.bodyFilePath = file.fileName() + QStringLiteral(".gone");
    const auto missing = RequestBuilder::build(d, QUrl(QStringLiteral("http://h")), {});
    QCOMPARE(missing.error().code, QStringLiteral("compose.file_unreadable"));
    QVERIFY(missing.error().message.contains(QStringLiteral(".gone")));
}

void TstRequestDraft::badInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("empty") << u"  "_s << u"compose.url_empty"_s << u""_s;
    QTest::newRow("unresolved") << u"u/{{userId}}"_s << u"compose.unresolved"_s << u"{{userId}}"_s;
    QTest::newRow("ftp") << u"ftp://h/x"_s << u"compose.url_invalid"_s << u"ftp://h/x"_s;
}

void TstRequestDraft::badInput()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QFETCH(QString, inMessage);
    RequestDraft d;
    d.url = url;
    const auto built = RequestBuilder::build(d, QUrl(QStringLiteral("http://h")), {});
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, code);
    QVERIFY(built.error().message.contains(inMessage));
}

void TstRequestDraft::credentialOnlyOnItsOrigin()
{
    Credential c;
    c.origin = Origin::of(QUrl(QStringLiteral("https://api.example:443/x")));
    c.headers = {qMakePair(QByteArray("Authorization"), QByteArray("Bearer t"))};
    QVERIFY(RequestBuilder::credentialApplies(QUrl(QStringLiteral("https://api.example/y")), c));
    QVERIFY(!RequestBuilder::credentialApplies(QUrl(QStringLiteral("http://api.example/y")), c));
    QVERIFY(!RequestBuilder::credentialApplies(QUrl(QStringLiteral("https://evil.example/")), c));
    QVERIFY(!RequestBuilder::credentialApplies(QUrl(QStringLiteral("https://api.example/")), {}));
}

QTEST_GUILESS_MAIN(TstRequestDraft)
#include "tst_requestdraft.moc"
