#include "compose/DraftSecrets.h"
#include "compose/RequestBuilder.h"
#include "compose/Variables.h"
#include "interop/CurlImport.h"
#include "util/Redactor.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// What a saved request may keep: every secret typed into it becomes a {{variable}}, and the
// request with those variables resolves back to exactly what was typed.
class TstDraftSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindFromACurlCommand();
    void aSecretInEachPlace_data();
    void aSecretInEachPlace();
    void keptNamesAreReusedOrAvoided();
    void variablesAndMasksAreLeftAlone();
    void aTokenOfThisSessionAnywhere();
    void variableNames_data();
    void variableNames();

private:
    static QString everything(const RequestDraft &d)
    {
        return QString::fromUtf8(QJsonDocument(d.toJson()).toJson());
    }
    // The request both drafts send, the extracted one with its variables' values.
    static void sameRequest(const RequestDraft &typed, const DraftSecrets::Extraction &extraction);
};

void TstDraftSecrets::sameRequest(const RequestDraft &typed,
                                  const DraftSecrets::Extraction &extraction)
{
    const QUrl base(u"https://api.example.com/v1"_s);
    // Variables the person wrote themselves have their values either way.
    Variables own;
    own.set(u"id"_s, u"7"_s, QString());
    Variables values = own;
    for (const DraftSecrets::Found &f : extraction.found)
        values.set(f.name, f.value, QString());
    const auto before = RequestBuilder::build(typed, base, own);
    const auto after = RequestBuilder::build(extraction.draft, base, values);
    QVERIFY2(before.ok(), qPrintable(before.ok() ? QString() : before.error().message));
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QCOMPARE(after->url, before->url);
    QCOMPARE(after->headers, before->headers);
    QCOMPARE(after->body, before->body);
}

void TstDraftSecrets::everyKindFromACurlCommand()
{
    // What vendor docs and browsers hand out: Basic from -u, a bearer token, a session cookie, an
    // API key header of no well-known name, a key in the query, a password and a client secret
    // deep in the JSON body.
    const auto imported = CurlImport::parse(
        u"curl -u 'ada:basic-pass-1111' "
        "'https://api.example.com/v1/items?page=2&api_key=query-key-2222' "
        "-H 'Authorization: Bearer bearer-token-3333' "
        "-H 'Cookie: theme=dark; sid=session-cookie-4444' "
        "-H 'Ocp-Apim-Subscription-Key: subscription-key-5555' "
        "-H 'Accept: application/json' "
        "--data-raw '{\"user\":\"ada\",\"password\":\"json-pass-6666\",\"pin\":123456,"
        "\"deep\":{\"client_secret\":\"client-secret-7777\",\"list\":[1,2]}}'"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const RequestDraft typed = imported->draft;
    const DraftSecrets::Extraction extraction = DraftSecrets::extract(typed);

    const QString kept = everything(extraction.draft);
    for (const char *secret :
         {"query-key-2222", "bearer-token-3333", "session-cookie-4444", "subscription-key-5555",
          "json-pass-6666", "client-secret-7777", "YWRhOmJhc2ljLXBhc3MtMTExMQ"})
        QVERIFY2(!kept.contains(QLatin1String(secret)), secret);
    // What is not secret stays as typed.
    QVERIFY(kept.contains(u"page=2"_s));
    QVERIFY(kept.contains(u"application/json"_s));
    for (const char *plain : {"\"user\":\"ada\"", "\"list\":[1,2]"})
        QVERIFY2(extraction.draft.bodyText.contains(QLatin1String(plain)), plain);

    QStringList names;
    for (const DraftSecrets::Found &f : extraction.found)
        names.append(f.name);
    // -u and the Authorization header set the same header: the later one, curl's too, wins.
    QVERIFY2(names.contains(u"authorization"_s), qPrintable(names.join(u", "_s)));
    for (const QString &name : {u"api_key"_s, u"cookie"_s, u"ocp-apim-subscription-key"_s,
                                u"password"_s, u"client_secret"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
    QVERIFY(extraction.draft.url.contains(u"api_key={{api_key}}"_s));
    QVERIFY(extraction.draft.header(u"Authorization"_s)->startsWith(u"B"_s)); // scheme kept
    QVERIFY(extraction.draft.bodyText.contains(u"\"password\":\"{{password}}\""_s));
    QVERIFY(extraction.summary().contains(u"{{api_key}} (the query parameter api_key)"_s));
    QCOMPARE(extraction.newValues().size(), extraction.found.size());
    sameRequest(typed, extraction);
}

void TstDraftSecrets::aSecretInEachPlace_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("name");
    const int none = int(RequestDraft::BodyKind::None);
    const int json = int(RequestDraft::BodyKind::Json);
    const int form = int(RequestDraft::BodyKind::Form);
    const int raw = int(RequestDraft::BodyKind::Raw);
    QTest::newRow("URL password") << u"https://ada:url-pass-1@api.example.com/x"_s << QString()
                                  << QString() << none << QString() << u"url-pass-1"_s
                                  << u"password"_s;
    QTest::newRow("encoded query value")
        << u"api/x?access_token=a%2Bb%2Fc-22"_s << QString() << QString() << none << QString()
        << u"a%2Bb%2Fc-22"_s << u"access_token"_s;
    QTest::newRow("fragment") << u"api/x#token=frag-333"_s << QString() << QString() << none
                              << QString() << u"frag-333"_s << u"token"_s;
    QTest::newRow("Basic") << u"api/x"_s << u"Authorization"_s << u"Basic YWRhOnB3LTQ0NDQ="_s
                           << none << QString() << u"YWRhOnB3LTQ0NDQ="_s << u"authorization"_s;
    QTest::newRow("PS-Auth") << u"api/x"_s << u"Authorization"_s
                             << u"PS-Auth key=k-55555; runas=ada; pwd=[p-55];"_s << none
                             << QString() << u"k-55555"_s << u"authorization"_s;
    QTest::newRow("header by part of its name")
        << u"api/x"_s << u"X-Vendor-Auth-Key"_s << u"vendor key 6666"_s << none << QString()
        << u"vendor key 6666"_s << u"x-vendor-auth-key"_s;
    QTest::newRow("escaped JSON string") << u"api/x"_s << QString() << QString() << json
                                         << u"{\n  \"secret\": \"quote\\\"and\\\\slash-77\"\n}"_s
                                         << u"quote\\\"and\\\\slash-77"_s << u"secret"_s;
    QTest::newRow("JSON number") << u"api/x"_s << QString() << QString() << json
                                 << u"{\"challenge\": 88888888}"_s << u"88888888"_s
                                 << u"challenge"_s;
    QTest::newRow("JSON object under a secret name")
        << u"api/x"_s << QString() << QString() << json
        << u"{\"token\": {\"value\": \"nested-999\"}}"_s << u"nested-999"_s << u"token"_s;
    QTest::newRow("JSON with variables outside strings")
        << u"api/x"_s << QString() << QString() << json
        << u"{\"id\": {{id}}, \"api_key\": \"json-key-1010\"}"_s << u"json-key-1010"_s
        << u"api_key"_s;
    QTest::newRow("raw form body")
        << u"api/x"_s << u"Content-Type"_s << u"application/x-www-form-urlencoded"_s << raw
        << u"grant_type=password&password=raw-form-1111"_s << u"raw-form-1111"_s << u"password"_s;
    QTest::newRow("form field") << u"api/x"_s << QString() << QString() << form << QString()
                                << u"form-field-1212"_s << u"client_secret"_s;
}

void TstDraftSecrets::aSecretInEachPlace()
{
    QFETCH(QString, url);
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, body);
    QFETCH(QString, secret);
    QFETCH(QString, name);
    RequestDraft typed;
    typed.method = u"POST"_s;
    typed.url = url;
    if (!header.isEmpty())
        typed.headers.append({header, value, true});
    typed.bodyKind = RequestDraft::BodyKind(kind);
    typed.bodyText = body;
    if (typed.bodyKind == RequestDraft::BodyKind::Raw)
        typed.rawContentType = value;
    if (typed.bodyKind == RequestDraft::BodyKind::Form)
        typed.formFields = {{u"client_id"_s, u"app"_s, true}, {name, secret, true}};
    const DraftSecrets::Extraction extraction = DraftSecrets::extract(typed);
    QVERIFY2(!everything(extraction.draft).contains(secret),
             qPrintable(everything(extraction.draft)));
    QVERIFY2(!extraction.found.isEmpty(), qPrintable(everything(extraction.draft)));
    QCOMPARE(extraction.found.first().name, name);
    QVERIFY(!extraction.found.first().where.isEmpty());
    // A Basic credential, a URL's user info or a PS-Auth line: URL user info is never sent
    // (HttpClient drops it), the rest must resolve back byte for byte.
    sameRequest(typed, extraction);
}

void TstDraftSecrets::keptNamesAreReusedOrAvoided()
{
    RequestDraft typed;
    typed.url = u"api/x?api_key=same-value-1"_s;
    typed.headers = {{u"X-Api-Key"_s, u"other-value-2"_s, true}};
    const QHash<QString, QString> kept{{u"api_key"_s, u"same-value-1"_s},
                                       {u"x-api-key"_s, u"older-value-3"_s}};
    const DraftSecrets::Extraction extraction = DraftSecrets::extract(typed, kept);
    QCOMPARE(extraction.draft.url, u"api/x?api_key={{api_key}}"_s);
    // The name is taken by another value: the new one gets a name of its own.
    QCOMPARE(extraction.draft.headers.first().value, u"{{x-api-key_2}}"_s);
    QCOMPARE(extraction.found.size(), 2);
    QVERIFY(extraction.found.at(0).kept);
    QVERIFY(!extraction.found.at(1).kept);
    // Only the new value is to be stored.
    QCOMPARE(extraction.newValues(),
             (QHash<QString, QString>{{u"x-api-key_2"_s, u"other-value-2"_s}}));

    // The same value typed twice is one variable.
    typed.url = u"api/x?api_key=twice-typed-4"_s;
    typed.headers = {{u"X-Api-Key"_s, u"twice-typed-4"_s, true}};
    const auto twice = DraftSecrets::extract(typed);
    QCOMPARE(twice.found.size(), 1);
    QCOMPARE(twice.draft.headers.first().value, u"{{api_key}}"_s);
}

void TstDraftSecrets::variablesAndMasksAreLeftAlone()
{
    RequestDraft typed;
    typed.url = u"api/x?api_key={{api_key}}&page=1"_s;
    typed.headers = {{u"Authorization"_s, u"Bearer {{token}}"_s, true},
                     {u"X-Api-Key"_s, u"[redacted]"_s, true},
                     {u"Accept"_s, u"text/plain"_s, true}};
    typed.bodyKind = RequestDraft::BodyKind::Json;
    typed.bodyText = u"{\"password\": null, \"name\": \"ada\"}"_s;
    const DraftSecrets::Extraction extraction = DraftSecrets::extract(typed);
    QVERIFY(extraction.isEmpty());
    QCOMPARE(extraction.draft, typed);
}

void TstDraftSecrets::aTokenOfThisSessionAnywhere()
{
    const QString token = u"session-token-abcdef-123456"_s;
    Redactor::registerSecret(token);
    RequestDraft typed;
    typed.bodyKind = RequestDraft::BodyKind::Raw;
    typed.rawContentType = u"text/plain"_s;
    typed.bodyText = u"note: my token is "_s + token + u" for now"_s;
    typed.url = u"api/x"_s;
    const DraftSecrets::Extraction extraction = DraftSecrets::extract(typed);
    Redactor::forgetSecret(token);
    QCOMPARE(extraction.draft.bodyText, u"note: my token is {{secret}} for now"_s);
    sameRequest(typed, extraction);
}

void TstDraftSecrets::variableNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("kept") << u"api_key"_s << u"api_key"_s;
    QTest::newRow("dashes and dots") << u"x-api.key"_s << u"x-api.key"_s;
    QTest::newRow("spaces") << u"my key"_s << u"my_key"_s;
    QTest::newRow("digit first") << u"2fa"_s << u"_2fa"_s;
    QTest::newRow("not ASCII") << u"schl\u00fcssel"_s << u"schl_ssel"_s;
    QTest::newRow("empty") << QString() << u"_"_s;
}

void TstDraftSecrets::variableNames()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QCOMPARE(DraftSecrets::variableName(text), name);
    QCOMPARE(Variables::references(u"{{"_s + name + u"}}"_s).value(0).name, name);
}

QTEST_GUILESS_MAIN(TstDraftSecrets)
#include "tst_draftsecrets.moc"
