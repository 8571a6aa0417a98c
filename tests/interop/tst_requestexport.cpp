#include "Sandbox.h"
#include "compose/RequestBuilder.h"
#include "interop/CurlImport.h"
#include "interop/RequestExport.h"
#include "net/HttpClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Format = RequestExport::Format;
Q_DECLARE_METATYPE(RequestExport::Format)

// Each export format's exact text, and the real test of it: the exported command, run against
// the sandbox, makes the request Tokenbench itself makes.
class TstRequestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void curlCarriesTheProfilesNetwork();
    void initTestCase();
    void exactText_data();
    void exactText();
    void pythonStringEscapes();
    void sameRequestAsTokenbench_data();
    void sameRequestAsTokenbench();
    void curlExportImportsBack_data();
    void curlExportImportsBack();
    void typedSecretsArePlaceholdersInEveryTool_data();
    void typedSecretsArePlaceholdersInEveryTool();

private:
    struct Case
    {
        HttpRequest request;
        RequestExport::Options options;
        QByteArray secret;   // what the credential really is, for Tokenbench's own request
        bool cookie = false; // the credential is a session cookie
    };
    Case makeCase(const QString &name, const QUrl &base) const;
    QJsonObject echoFromTokenbench(const Case &c);
    QJsonObject echoFromTool(Format format, const QString &text, const QString &token,
                             const QHash<QString, QString> &environment = {});
    static QString missingTool(Format format);

    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<HttpClient> m_http;
    QTemporaryDir m_dir;
};

void TstRequestExport::initTestCase()
{
    QVERIFY(m_sandbox.listen());
    m_http = std::make_unique<HttpClient>(&m_nam);
    QVERIFY(m_dir.isValid());
}

static QByteArray allBytes()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    return bytes;
}

TstRequestExport::Case TstRequestExport::makeCase(const QString &name, const QUrl &base) const
{
    Case c;
    HttpRequest &r = c.request;
    const auto url = [&](const QString &path) {
        return QUrl(base.toString() + path, QUrl::StrictMode);
    };
    const auto bearer = [&](const QString &secret) {
        c.options.auth = RequestExport::Auth{TokenDelivery::bearer(), Origin::of(base), secret};
    };
    if (name == QLatin1String("get")) {
        r.url = url(QStringLiteral("/api/echo?q=a%20b&tag=x&tag=y"));
        r.headers = {{"Accept", "application/json"}, {"X-Custom", "it's \"quoted\" & $5"}};
        bearer({});
        c.secret = "env-token.with+chars=";
    } else if (name == QLatin1String("json-revealed")) {
        r.method = "POST";
        r.url = url(QStringLiteral("/api/echo"));
        r.headers = {{"Content-Type", "application/json"}};
        r.body =
            QStringLiteral("{\"name\":\"O'Brien\",\"city\":\"Z\u00fcrich\",\"note\":\"a\\nb\"}")
                .toUtf8();
        bearer(QStringLiteral("s3cr3t'tok"));
        c.secret = "s3cr3t'tok";
    } else if (name == QLatin1String("form")) {
        r.method = "POST";
        r.url = url(QStringLiteral("/api/echo"));
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                     {"X-Eq", "=starts with equals"},
                     {"X-Empty", ""}};
        r.body = "a=1&b=two%20words&c=%C3%A9";
    } else if (name == QLatin1String("binary")) {
        r.method = "PUT";
        r.url = url(QStringLiteral("/api/echo"));
        r.headers = {{"Content-Type", "application/octet-stream"}};
        r.body = allBytes();
    } else if (name == QLatin1String("file")) {
        r.method = "PATCH";
        r.url = url(QStringLiteral("/api/echo"));
        r.headers = {{"Content-Type", "text/plain; charset=utf-8"}};
        r.body = QStringLiteral("from a file: caf\u00e9\n").toUtf8();
        c.options.bodyFile = m_dir.filePath(QStringLiteral("body it's.txt"));
        QFile file(c.options.bodyFile);
        if (file.open(QIODevice::WriteOnly))
            file.write(r.body);
    } else if (name == QLatin1String("cookie")) {
        r.method = "DELETE";
        r.url = url(QStringLiteral("/api/echo?id=7"));
        c.options.auth =
            RequestExport::Auth{TokenDelivery::cookie(QStringLiteral("ASP.NET_SessionId")),
                                Origin::of(base), QString()};
        c.secret = "session-4f2a";
        c.cookie = true;
    } else if (name == QLatin1String("api-key")) {
        r.url = url(QStringLiteral("/api/echo"));
        c.options.auth =
            RequestExport::Auth{TokenDelivery::custom(QStringLiteral("X-Api-Key"), QString()),
                                Origin::of(base), QString()};
        c.secret = "key-123";
    } else if (name == QLatin1String("cross-origin")) {
        r.url = url(QStringLiteral("/api/echo"));
        QUrl elsewhere = base;
        elsewhere.setHost(QStringLiteral("localhost"));
        c.options.auth =
            RequestExport::Auth{TokenDelivery::bearer(), Origin::of(elsewhere), QString()};
        c.secret = "not-for-this-origin";
    } else if (name == QLatin1String("head")) {
        r.method = "HEAD";
        r.url = url(QStringLiteral("/api/x"));
    }
    return c;
}

void TstRequestExport::exactText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("expected");

    const char *pythonGet = R"(import os

import requests

url = "http://api.example.com/api/echo?q=a%20b&tag=x&tag=y"
headers = {
    "Authorization": "Bearer " + os.environ["TOKEN"],
    "Accept": "application/json",
    "X-Custom": "it's \"quoted\" & $5",
}

response = requests.request("GET", url, headers=headers)
print(response.status_code)
print(response.text)
)";
    QTest::newRow("curl get") << "get" << Format::Curl
                              << "curl 'http://api.example.com/api/echo?q=a%20b&tag=x&tag=y' -H "
                                 "\"Authorization: Bearer $TOKEN\" -H 'Accept: application/json' "
                                 "-H 'X-Custom: it'\\''s \"quoted\" & $5'";
    QTest::newRow("httpie get")
        << "get" << Format::HTTPie
        << "http --ignore-stdin GET 'http://api.example.com/api/echo?q=a%20b&tag=x&tag=y' "
           "\"Authorization:Bearer $TOKEN\" 'Accept:application/json' 'X-Custom:it'\\''s "
           "\"quoted\" & $5'";
    QTest::newRow("python get") << "get" << Format::PythonRequests << pythonGet;

    QTest::newRow("curl json revealed")
        << "json-revealed" << Format::Curl
        << QStringLiteral(
               "curl -X POST 'http://api.example.com/api/echo' -H 'Authorization: "
               "Bearer s3cr3t'\\''tok' -H 'Content-Type: application/json' --data-raw "
               "'{\"name\":\"O'\\''Brien\",\"city\":\"Z\u00fcrich\",\"note\":\"a\\nb\"}'");
    QTest::newRow("httpie json revealed")
        << "json-revealed" << Format::HTTPie
        << QStringLiteral("http --ignore-stdin --raw '{\"name\":\"O'\\''Brien\",\"city\":\"Z\u00fc"
                          "rich\",\"note\":\"a\\nb\"}' POST 'http://api.example.com/api/echo' "
                          "'Authorization:Bearer s3cr3t'\\''tok' 'Content-Type:application/json'");
    QTest::newRow("python json revealed")
        << "json-revealed" << Format::PythonRequests
        << QStringLiteral(R"(import requests

url = "http://api.example.com/api/echo"
headers = {
    "Authorization": "Bearer s3cr3t'tok",
    "Content-Type": "application/json",
}
data = "{\"name\":\"O'Brien\",\"city\":\"Z)"
                          "\u00fc"
                          R"(rich\",\"note\":\"a\\nb\"}".encode("utf-8")

response = requests.request("POST", url, headers=headers, data=data)
print(response.status_code)
print(response.text)
)");

    QTest::newRow("curl form, escaped headers")
        << "form" << Format::Curl
        << "curl -X POST 'http://api.example.com/api/echo' -H 'Content-Type: "
           "application/x-www-form-urlencoded' -H 'X-Eq: =starts with equals' -H 'X-Empty;' "
           "--data-raw 'a=1&b=two%20words&c=%C3%A9'";
    QTest::newRow("httpie form, escaped headers")
        << "form" << Format::HTTPie
        << "http --ignore-stdin --raw 'a=1&b=two%20words&c=%C3%A9' POST "
           "'http://api.example.com/api/echo' 'Content-Type:application/x-www-form-urlencoded' "
           "'X-Eq:\\=starts with equals' 'X-Empty;'";

    QTest::newRow("curl cookie") << "cookie" << Format::Curl
                                 << "curl -X DELETE 'http://api.example.com/api/echo?id=7' -b "
                                    "\"ASP.NET_SessionId=$TOKEN\"";
    QTest::newRow("httpie cookie")
        << "cookie" << Format::HTTPie
        << "http --ignore-stdin DELETE 'http://api.example.com/api/echo?id=7' "
           "\"Cookie:ASP.NET_SessionId=$TOKEN\"";
    QTest::newRow("python cookie") << "cookie" << Format::PythonRequests << R"(import os

import requests

url = "http://api.example.com/api/echo?id=7"
cookies = {"ASP.NET_SessionId": os.environ["TOKEN"]}

response = requests.request("DELETE", url, cookies=cookies)
print(response.status_code)
print(response.text)
)";

    QTest::newRow("curl api key") << "api-key" << Format::Curl
                                  << "curl 'http://api.example.com/api/echo' -H \"X-Api-Key: "
                                     "$TOKEN\"";
    QTest::newRow("curl cross-origin")
        << "cross-origin" << Format::Curl << "curl 'http://api.example.com/api/echo'";
    QTest::newRow("python cross-origin")
        << "cross-origin" << Format::PythonRequests << R"(import requests

url = "http://api.example.com/api/echo"

response = requests.request("GET", url)
print(response.status_code)
print(response.text)
)";

    QTest::newRow("curl binary") << "binary" << Format::Curl
                                 << QStringLiteral("printf %s '") +
                                        QString::fromLatin1(allBytes().toBase64()) +
                                        QStringLiteral(
                                            "' | base64 -d | curl -X PUT "
                                            "'http://api.example.com/api/echo' -H 'Content-Type: "
                                            "application/octet-stream' --data-binary @-");
    QTest::newRow("httpie binary")
        << "binary" << Format::HTTPie
        << QStringLiteral("printf %s '") + QString::fromLatin1(allBytes().toBase64()) +
               QStringLiteral("' | base64 -d | http PUT 'http://api.example.com/api/echo' "
                              "'Content-Type:application/octet-stream'");
    QTest::newRow("curl head") << "head" << Format::Curl
                               << "curl --head 'http://api.example.com/api/x'";
}

void TstRequestExport::exactText()
{
    QFETCH(QString, name);
    QFETCH(Format, format);
    QFETCH(QString, expected);
    const Case c = makeCase(name, QUrl(QStringLiteral("http://api.example.com")));
    QCOMPARE(RequestExport::exportRequest(format, c.request, c.options), expected);
}

void TstRequestExport::pythonStringEscapes()
{
    QCOMPARE(RequestExport::pythonString(QStringLiteral("a\"b\\c\n\t\x01\u00e9\u200b")),
             QStringLiteral("\"a\\\"b\\\\c\\n\\t\\x01\u00e9\\u200b\""));
    QCOMPARE(RequestExport::pythonString(QString::fromUtf8("\xf0\x9f\x94\x91")),
             QString::fromUtf8("\"\xf0\x9f\x94\x91\""));
    QCOMPARE(RequestExport::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
}

// ---- The real round trip ---------------------------------------------------------------------

void TstRequestExport::sameRequestAsTokenbench_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("name");
    const QList<QPair<Format, const char *>> formats{
        {Format::Curl, "curl"}, {Format::HTTPie, "httpie"}, {Format::PythonRequests, "python"}};
    for (const auto &f : formats) {
        for (const char *name : {"get", "json-revealed", "form", "binary", "file", "cookie",
                                 "api-key", "cross-origin"})
            QTest::addRow("%s %s", f.second, name) << f.first << QString::fromLatin1(name);
    }
}

QJsonObject TstRequestExport::echoFromTokenbench(const Case &c)
{
    HttpRequest request = c.request;
    if (c.options.auth && !c.secret.isEmpty()) {
        request.credential.origin = c.options.auth->origin;
        if (c.cookie)
            request.credential.cookies = {
                QNetworkCookie(c.options.auth->delivery.cookieName.toUtf8(), c.secret)};
        else
            request.credential.headers = {
                {c.options.auth->delivery.headerName.toUtf8(),
                 c.options.auth->delivery.headerValue(QString::fromUtf8(c.secret)).toUtf8()}};
    }
    HttpCall *call = m_http->send(request);
    QSignalSpy finished(call, &HttpCall::finished);
    if (!finished.wait(20000))
        return {};
    const Result<HttpResponse> result = call->result();
    if (!result || result->status != 200)
        return {};
    return QJsonDocument::fromJson(result->body).object();
}

QJsonObject TstRequestExport::echoFromTool(Format format, const QString &text, const QString &token,
                                           const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(RequestExport::TokenVariable, token);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("HTTPIE_CONFIG_DIR"), m_dir.filePath(QStringLiteral("httpie")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (format == Format::PythonRequests) {
        process.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-")});
        process.waitForStarted();
        process.write(text.toUtf8());
        process.closeWriteChannel();
    } else {
        process.start(QStringLiteral("bash"), {QStringLiteral("-c"), text});
    }
    // The sandbox answers from this thread's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        qWarning("timed out: %s", qPrintable(text));
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        qWarning("%s\n%s", qPrintable(text), process.readAllStandardError().constData());
    if (format == Format::PythonRequests) {
        const qsizetype newline = out.indexOf('\n');
        if (out.left(newline) != "200")
            return {};
        out = out.mid(newline + 1);
    }
    return QJsonDocument::fromJson(out).object();
}

// Why the tool `format` needs cannot run here, or nothing when it can.
QString TstRequestExport::missingTool(Format format)
{
    const QString tool = format == Format::Curl     ? QStringLiteral("/usr/bin/curl")
                         : format == Format::HTTPie ? QStringLiteral("/usr/bin/http")
                                                    : QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(tool).isExecutable())
        return tool + QLatin1String(" is not installed (make deps installs it)");
    if (format == Format::PythonRequests) {
        QProcess check;
        check.start(tool, {QStringLiteral("-c"), QStringLiteral("import requests")});
        if (!check.waitForFinished(20000) || check.exitCode() != 0)
            return QStringLiteral("python3-requests is not installed (make deps installs it)");
    }
    return {};
}

// The headers that say something about the request, not about the client that sent it.
static QStringList meaningfulHeaders(const QJsonObject &echo, const HttpRequest &request)
{
    QStringList names{QStringLiteral("authorization"), QStringLiteral("cookie"),
                      QStringLiteral("x-api-key"), QStringLiteral("content-type")};
    for (const auto &h : request.headers)
        names.append(QString::fromUtf8(h.first).toLower());
    QMap<QString, QString> headers;
    const QJsonArray array = echo.value(QLatin1String("headers")).toArray();
    for (const auto &item : array) {
        const QString name = item.toObject().value(QLatin1String("name")).toString().toLower();
        if (!names.contains(name))
            continue;
        QString &value = headers[name];
        if (!value.isEmpty())
            value += QLatin1Char('\n');
        value += item.toObject().value(QLatin1String("value")).toString();
    }
    QStringList lines;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        lines.append(it.key() + QLatin1String(": ") + it.value());
    return lines;
}

void TstRequestExport::sameRequestAsTokenbench()
{
    QFETCH(Format, format);
    QFETCH(QString, name);
    if (const QString missing = missingTool(format); !missing.isEmpty())
        QSKIP(qPrintable(missing));

    const QUrl base = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic);
    const Case c = makeCase(name, base);
    const QString text = RequestExport::exportRequest(format, c.request, c.options);

    const QJsonObject expected = echoFromTokenbench(c);
    QVERIFY2(!expected.isEmpty(), "Tokenbench's own request failed");
    const QJsonObject actual = echoFromTool(format, text, QString::fromUtf8(c.secret));
    QVERIFY2(!actual.isEmpty(), qPrintable(text));

    for (const char *key : {"method", "path", "query", "body"})
        QVERIFY2(actual.value(QLatin1String(key)) == expected.value(QLatin1String(key)),
                 qPrintable(QLatin1String(key) + QLatin1String(" differs for: ") + text));
    const auto headers = meaningfulHeaders(actual, c.request);
    QCOMPARE(headers, meaningfulHeaders(expected, c.request));
    const bool sendsCredential = name != QLatin1String("cross-origin") && !c.secret.isEmpty();
    const QString all = headers.join(QLatin1Char('\n'));
    QCOMPARE(all.contains(QLatin1String("authorization:")) ||
                 all.contains(QLatin1String("cookie:")) ||
                 all.contains(QLatin1String("x-api-key:")),
             sendsCredential);
}

// ---- Export, then import: the same draft --------------------------------------------------

void TstRequestExport::curlExportImportsBack_data()
{
    QTest::addColumn<QString>("json"); // the draft, as RequestDraft::toJson writes it
    QTest::newRow("get with query and headers")
        << R"({"method":"GET","url":"http://api.example.com/items?q=a%20b&page=2",
               "headers":[{"name":"Accept","value":"application/json"},
                          {"name":"X-Note","value":"it's \"quoted\""}],
               "body":{"kind":"none"}})";
    QTest::newRow("post json") << R"({"method":"POST","url":"http://api.example.com/people",
               "headers":[{"name":"Content-Type","value":"application/json"}],
               "body":{"kind":"json","text":"{\n  \"name\": \"Zoë O'Brien\"\n}"}})";
    QTest::newRow("put form") << R"({"method":"PUT","url":"http://api.example.com/form",
               "headers":[{"name":"Content-Type","value":"application/x-www-form-urlencoded"}],
               "body":{"kind":"form","fields":[{"name":"grant_type","value":"client_credentials"},
                                                {"name":"scope","value":"read write"},
                                                {"name":"note","value":"a&b=c é"}]}})";
    QTest::newRow("raw xml") << R"({"method":"POST","url":"http://api.example.com/soap",
               "headers":[{"name":"Content-Type","value":"text/xml"}],
               "body":{"kind":"raw","text":"<a>1</a>","contentType":"text/xml"}})";
    QTest::newRow("head") << R"({"method":"HEAD","url":"http://api.example.com/x",
                                  "body":{"kind":"none"}})";
    QTest::newRow("delete") << R"({"method":"DELETE","url":"http://api.example.com/x/1",
                                    "body":{"kind":"none"}})";
}

void TstRequestExport::curlExportImportsBack()
{
    QFETCH(QString, json);
    const auto draft = RequestDraft::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(draft.ok());
    const auto request = RequestBuilder::build(draft.value(), QUrl(), Variables());
    QVERIFY(request.ok());
    RequestExport::Options options;
    options.auth = RequestExport::Auth{TokenDelivery::bearer(), Origin::of(request->url), {}};
    const QString curl = RequestExport::exportRequest(Format::Curl, request.value(), options);

    const auto imported = CurlImport::parse(curl);
    QVERIFY2(imported.ok(), qPrintable(curl));
    QCOMPARE(imported->draft.toJson(), draft->toJson());
    // The placeholder is the only thing left out: the profile's credential stands for it.
    QCOMPARE(imported->unmapped.size(), 1);
    QVERIFY(imported->unmapped.first().contains(QLatin1String("$TOKEN")));
    QVERIFY(!imported->carriesCredential);
}

// ---- Secrets typed into the request: environment variables, as $TOKEN is -----------------

void TstRequestExport::typedSecretsArePlaceholdersInEveryTool_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("curl") << Format::Curl;
    QTest::newRow("httpie") << Format::HTTPie;
    QTest::newRow("python") << Format::PythonRequests;
}

void TstRequestExport::typedSecretsArePlaceholdersInEveryTool()
{
    QFETCH(Format, format);
    if (const QString missing = missingTool(format); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    const QString base = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString();
    // The same request twice: with the secrets, and with stand-ins the export writes as
    // environment variables; the shell or Python puts the secrets back.
    const QHash<QString, QString> secrets{{u"tbsecret1z"_s, u"query key/1+"_s},
                                          {u"tbsecret2z"_s, u"header-secret-'2\"$"_s},
                                          {u"tbsecret3z"_s, u"json-pass-3"_s}};
    const auto make = [&](bool real) {
        const auto value = [&](const QString &stand) {
            return real ? secrets.value(stand) : stand;
        };
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(base + u"/api/echo?page=2&api_key="_s +
                     (real ? QString::fromLatin1(QUrl::toPercentEncoding(value(u"tbsecret1z"_s)))
                           : u"tbsecret1z"_s));
        r.headers = {{"X-Auth-Key", value(u"tbsecret2z"_s).toUtf8()},
                     {"Content-Type", "application/json"}};
        r.body = u"{\"user\":\"ada\",\"password\":\""_s.toUtf8() + value(u"tbsecret3z"_s).toUtf8() +
                 "\"}";
        return r;
    };
    RequestExport::Options options;
    // In a URL the value is sent as the environment holds it: percent-encoded beforehand.
    options.placeholders = {{u"tbsecret1z"_s, u"API_KEY"_s},
                            {u"tbsecret2z"_s, u"X_AUTH_KEY"_s},
                            {u"tbsecret3z"_s, u"PASSWORD"_s}};
    const QString text = RequestExport::exportRequest(format, make(false), options);
    for (const QString &secret : secrets)
        QVERIFY2(!text.contains(secret), qPrintable(text));
    QVERIFY(!text.contains(u"tbsecret"_s));

    Case real;
    real.request = make(true);
    const QJsonObject expected = echoFromTokenbench(real);
    QVERIFY(!expected.isEmpty());
    const QJsonObject actual = echoFromTool(
        format, text, QString(),
        {{u"API_KEY"_s, QString::fromLatin1(QUrl::toPercentEncoding(secrets[u"tbsecret1z"_s]))},
         {u"X_AUTH_KEY"_s, secrets[u"tbsecret2z"_s]},
         {u"PASSWORD"_s, secrets[u"tbsecret3z"_s]}});
    QVERIFY2(!actual.isEmpty(), qPrintable(text));
    for (const char *key : {"method", "path", "query", "body"})
        QVERIFY2(actual.value(QLatin1String(key)) == expected.value(QLatin1String(key)),
                 qPrintable(QLatin1String(key) + QLatin1String(" differs for: ") + text));
    QCOMPARE(meaningfulHeaders(actual, real.request), meaningfulHeaders(expected, real.request));

    QCOMPARE(RequestExport::environmentName(u"x-api-key"_s), u"X_API_KEY"_s);
    QCOMPARE(RequestExport::environmentName(u"token"_s), u"TOKEN_TYPED"_s);
    QCOMPARE(RequestExport::environmentName(u"2fa"_s), u"_2FA"_s);
}

void TstRequestExport::curlCarriesTheProfilesNetwork()
{
    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://api.corp.example/v1/things"));
    RequestExport::Options options;
    NetworkSettings network;
    network.origin = Origin::of(request.url);
    network.proxy = ProxySettings::parse(QStringLiteral("http://proxy.corp:3128")).value();
    network.proxy.exclusions = {QStringLiteral(".internal")};
    network.proxy.user = QStringLiteral("carol");
    network.proxy.password = QStringLiteral("never-exported");
    network.caFile = QStringLiteral("/etc/ssl/corp-ca.pem");
    network.clientCertificate = QStringLiteral("/home/me/me.p12");
    network.clientKeyPassphrase = QStringLiteral("never-either");
    options.network = network;
    const QString curl =
        RequestExport::exportRequest(RequestExport::Format::Curl, request, options);
    QVERIFY2(curl.contains(QLatin1String("-x 'http://proxy.corp:3128' --noproxy '.internal' -U "
                                         "'carol' --cacert '/etc/ssl/corp-ca.pem' --cert-type "
                                         "P12 -E '/home/me/me.p12'")),
             qPrintable(curl));
    QVERIFY(!curl.contains(QLatin1String("never")));

    // Read back, the same settings (the passwords are asked for, as before).
    const auto imported = CurlImport::parse(curl);
    QVERIFY(imported);
    QCOMPARE(imported->network.value(QStringLiteral("proxy")),
             QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(imported->network.value(QStringLiteral("no_proxy")), QStringLiteral(".internal"));
    QCOMPARE(imported->network.value(QStringLiteral("proxy_user")), QStringLiteral("carol"));
    QCOMPARE(imported->network.value(QStringLiteral("ca_file")),
             QStringLiteral("/etc/ssl/corp-ca.pem"));
    QCOMPARE(imported->network.value(QStringLiteral("client_cert")),
             QStringLiteral("/home/me/me.p12"));

    // Another origin never gets the client certificate.
    request.url = QUrl(QStringLiteral("https://elsewhere.example/"));
    const QString other =
        RequestExport::exportRequest(RequestExport::Format::Curl, request, options);
    QVERIFY(!other.contains(QLatin1String("-E ")));
    QVERIFY(other.contains(QLatin1String("-x ")));
}

QTEST_GUILESS_MAIN(TstRequestExport)
#include "tst_requestexport.moc"
