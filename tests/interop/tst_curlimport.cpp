#include "interop/CurlImport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

// curl commands as people paste them (vendor docs, Swagger UI, browsers' "Copy as cURL") turned
// into drafts; what cannot be carried over is listed; malformed commands fail clearly.
class TstCurlImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkOptionsBecomeProfileSettings_data();
    void networkOptionsBecomeProfileSettings();
    void imports_data();
    void imports();
    void errors_data();
    void errors();
    void looksLikeCurl_data();
    void looksLikeCurl();
    void splitsWordsAsBashDoes_data();
    void splitsWordsAsBashDoes();
    void notes_data();
    void notes();
    void secretsStayOutOfNotes();

private:
    static QString file(const QString &name);
};

using Kind = RequestDraft::BodyKind;

QString TstCurlImport::file(const QString &name)
{
    QFile f(QStringLiteral(TOKENBENCH_CURL_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Test tables in plain literals (the project builds with QT_NO_CAST_FROM_ASCII).
static QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

static QStringList rows(const QList<KeyValueRow> &list, const QString &separator)
{
    QStringList out;
    for (const auto &row : list)
        out.append(row.name + separator + row.value);
    return out;
}

void TstCurlImport::imports_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers"); // "Name: value", in order
    QTest::addColumn<int>("bodyKind");
    QTest::addColumn<QString>("body");           // bodyText, or the file path for File
    QTest::addColumn<QStringList>("formFields"); // "name=value", decoded
    QTest::addColumn<QStringList>("unmapped");   // each is found at the start of one entry
    QTest::addColumn<bool>("credential");

    const QStringList none;
    const auto k = [](Kind kind) {
        return int(kind);
    };

    QTest::newRow("RegScale Swagger login")
        << file(QStringLiteral("regscale-swagger-login.txt")) << "POST"
        << "https://sandbox.regscale.com/api/authentication/login"
        << list({"accept: */*", "Content-Type: application/json"}) << k(Kind::Json)
        << "{\n  \"userName\": \"analyst\",\n  \"password\": \"p@ss w0rd\",\n  \"oldPassword\": "
           "\"\"\n}"
        << none << none << false;
    QTest::newRow("RegScale Swagger bearer")
        << file(QStringLiteral("regscale-swagger-license.txt")) << "GET"
        << "https://sandbox.regscale.com/api/config/getLicense"
        << list({"accept: text/plain", "Authorization: Bearer "
                                       "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmFseXN0In0.c2lnbmF0dXJl"})
        << k(Kind::None) << QString() << none << none << true;
    QTest::newRow("Scantrust UAT") << file(QStringLiteral("scantrust-uat.txt")) << "GET"
                                   << "https://api.staging.scantrust.io/api/v2/me/"
                                   << list({"Authorization: UAT 3b1f0c9e2d7a4b5c8e6f1a2b"})
                                   << k(Kind::None) << QString() << none << none << true;
    QTest::newRow("Scantrust JWT login")
        << file(QStringLiteral("scantrust-jwt-login.txt")) << "POST"
        << "https://api.staging.scantrust.io/api/v2/auth/jwt/"
        << list({"Content-Type: application/json"}) << k(Kind::Json)
        << "{\"email\": \"user@example.com\", \"password\": \"p@sSw0rd\"}" << none << none << false;
    QTest::newRow("Password Safe SignAppin")
        << file(QStringLiteral("passwordsafe-signappin.txt")) << "POST"
        << "https://pws.example.com/BeyondTrust/api/public/v3/Auth/SignAppin"
        << list({"Authorization: PS-Auth key=c479a66f2b4b4a3c9d0e; runas=DEMO\\analyst; "
                 "pwd=[s3cr3t];",
                 "Content-Type: application/json"})
        << k(Kind::None) << QString() << none << none << true;
    QTest::newRow("Password Safe OAuth token")
        << file(QStringLiteral("passwordsafe-oauth-token.txt")) << "POST"
        << "https://pws.example.com/BeyondTrust/api/public/v3/Auth/connect/token"
        << list({"Content-Type: application/x-www-form-urlencoded"}) << k(Kind::Form) << QString()
        << list({"grant_type=client_credentials", "client_id=6138d050-e266-4b05",
                 "client_secret=Vq8+kT=="})
        << none << false;
    QTest::newRow("OAuth client credentials with -u")
        << file(QStringLiteral("oauth-client-credentials.txt")) << "POST"
        << "https://auth.example.com/oauth/token"
        << QStringList{QStringLiteral("Authorization: Basic ") +
                       QString::fromLatin1(QByteArray("sandbox-client:s3cret").toBase64())}
        << k(Kind::Form) << QString() << list({"grant_type=client_credentials", "scope=read write"})
        << none << true;
    QTest::newRow("Chrome copy as cURL (bash)")
        << file(QStringLiteral("chrome-bash.txt")) << "POST"
        << "https://api.example.com/v1/graphql?op=Viewer"
        << list({"accept: application/json", "accept-language: en-GB,en-US;q=0.9,en;q=0.8",
                 "content-type: application/json", "origin: https://app.example.com",
                 "priority: u=1, i", "referer: https://app.example.com/",
                 "sec-ch-ua: \"Chromium\";v=\"124\", \"Google Chrome\";v=\"124\", "
                 "\"Not-A.Brand\";v=\"99\"",
                 "sec-ch-ua-mobile: ?0", "sec-ch-ua-platform: \"Linux\"", "sec-fetch-dest: empty",
                 "sec-fetch-mode: cors", "sec-fetch-site: same-site",
                 "user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, "
                 "like Gecko) Chrome/124.0.0.0 Safari/537.36",
                 "Cookie: _ga=GA1.1.1234567890.1700000000; session=abc123"})
        << k(Kind::Json)
        << "{\"query\":\"query Viewer {\\n  viewer { login }\\n}\",\"variables\":{\"note\":"
           "\"it's\",\"city\":\"Z\\u00fcrich\"}}"
        << none << list({"--compressed (ignored"}) << true;
    QTest::newRow("Chrome copy as cURL (cmd)")
        << file(QStringLiteral("chrome-cmd.txt")) << "POST"
        << "https://api.example.com/v1/items"
        << list({"accept: application/json", "content-type: application/json"}) << k(Kind::Json)
        << "{\"name\":\"Widget 100%\",\"tags\":[\"a\"]}" << none << list({"--compressed"}) << false;
    QTest::newRow("Firefox copy as cURL")
        << file(QStringLiteral("firefox.txt")) << "POST"
        << "https://app.example.com/api/items?page=2"
        << list({"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 "
                 "Firefox/125.0",
                 "Accept: application/json, text/plain, */*", "Accept-Language: en-US,en;q=0.5",
                 "Accept-Encoding: gzip, deflate, br",
                 "Content-Type: application/x-www-form-urlencoded",
                 "Origin: https://app.example.com", "Connection: keep-alive",
                 "Sec-Fetch-Dest: empty", "Sec-Fetch-Mode: cors", "Sec-Fetch-Site: same-origin"})
        << k(Kind::Form) << QString() << list({"name=Widget One", "tags=a,b", "note=caf\u00e9"})
        << none << false;
    QTest::newRow("GitHub docs: create an issue")
        << file(QStringLiteral("github-create-issue.txt")) << "POST"
        << "https://api.github.com/repos/OWNER/REPO/issues"
        << list({"Accept: application/vnd.github+json", "X-GitHub-Api-Version: 2022-11-28"})
        << k(Kind::Json)
        << "{\"title\":\"Found a bug\",\"body\":\"I'm having a problem with this.\",\"assignees\":"
           "[\"octocat\"],\"milestone\":1,\"labels\":[\"bug\"]}"
        << none << list({"-L (ignored", "-H Authorization: Bearer <YOUR-TOKEN> (not carried over"})
        << false;
    QTest::newRow("GitHub docs: list issues, prompt and pipe")
        << file(QStringLiteral("github-list-issues.txt")) << "GET"
        << "https://api.github.com/repos/OWNER/REPO/issues?state=open&per_page=2"
        << list({"Accept: application/vnd.github+json", "X-GitHub-Api-Version: 2022-11-28"})
        << k(Kind::None) << QString() << none
        << list({"-L", "-H Authorization: Bearer $GITHUB_TOKEN", "| jq '.[].title'"}) << false;

    QTest::newRow("--json") << "curl --json '{\"name\":\"x\"}' https://api.example.com/things"
                            << "POST"
                            << "https://api.example.com/things"
                            << list({"Accept: application/json"}) << k(Kind::Json)
                            << "{\"name\":\"x\"}" << none << none << false;
    QTest::newRow("-G with -d and --data-urlencode")
        << "curl -G https://api.example.com/search -d q=hello%20world -d limit=10 "
           "--data-urlencode 'filter=a&b c'"
        << "GET"
        << "https://api.example.com/search?q=hello%20world&limit=10&filter=a%26b%20c" << none
        << k(Kind::None) << QString() << none << none << false;
    QTest::newRow("--data-urlencode body")
        << QStringLiteral("curl https://example.com/form --data-urlencode 'comment=\u00c7a va? "
                          "100%' -d x=1")
        << "POST"
        << "https://example.com/form" << none << k(Kind::Form) << QString()
        << list({"comment=\u00c7a va? 100%", "x=1"}) << none << false;
    QTest::newRow("--url-query") << "curl --url-query 'q=a b' --url-query n=1 'https://e.x/s?x=0'"
                                 << "GET"
                                 << "https://e.x/s?x=0&q=a%20b&n=1" << none << k(Kind::None)
                                 << QString() << none << none << false;
    QTest::newRow("-b cookies") << "curl -b 'theme=dark; lang=en' -b 'x=1' https://example.com/"
                                << "GET"
                                << "https://example.com/"
                                << list({"Cookie: theme=dark; lang=en; x=1"}) << k(Kind::None)
                                << QString() << none << none << true;
    QTest::newRow("-b from a file")
        << "curl -b cookies.txt -c jar.txt https://example.com/"
        << "GET"
        << "https://example.com/" << none << k(Kind::None) << QString() << none
        << list({"-b cookies.txt (not carried over", "-c jar.txt (ignored"}) << false;
    QTest::newRow("-F multipart listed")
        << "curl -F 'file=@report.pdf' -F 'title=Q1' https://example.com/upload"
        << "POST"
        << "https://example.com/upload" << none << k(Kind::None) << QString() << none
        << list({"-F file (not carried over", "-F title (not carried over"}) << false;
    QTest::newRow("combined short options")
        << "curl -sSL -XPUT -H'X-Trace: 1' https://api.example.com/x -d 'a=1'"
        << "PUT"
        << "https://api.example.com/x" << list({"X-Trace: 1"}) << k(Kind::Form) << QString()
        << list({"a=1"}) << list({"-s (", "-S (", "-L ("}) << false;
    QTest::newRow("$'...' with escapes, prompt")
        << "$ curl https://example.com/api --data-raw $'line1\\nline2\\tcaf\\u00e9 \\x41\\'' -H "
           "'Content-Type: text/plain'"
        << "POST"
        << "https://example.com/api" << list({"Content-Type: text/plain"}) << k(Kind::Raw)
        << QStringLiteral("line1\nline2\tcaf\u00e9 A'") << none << none << false;
    QTest::newRow("UTF-8 bytes in $'\\x..'")
        << "curl https://e.x/ --data-raw $'{\"c\":\"\\xc3\\xa9\"}'"
        << "POST"
        << "https://e.x/" << none << k(Kind::Json) << QStringLiteral("{\"c\":\"\u00e9\"}") << none
        << none << false;
    QTest::newRow("double quotes and escapes")
        << "curl \"https://e.x/a b\" -H \"X-Q: say \\\"hi\\\" \\$5 \\\\ \\n\" -H X-U:\\ v"
        << "GET"
        << "https://e.x/a b" << list({"X-Q: say \"hi\" $5 \\ \\n", "X-U: v"}) << k(Kind::None)
        << QString() << none << none << false;
    QTest::newRow("--data-binary @file")
        << "curl -X PUT --data-binary @payload.bin -H 'Content-Type: application/octet-stream' "
           "https://example.com/blob"
        << "PUT"
        << "https://example.com/blob" << list({"Content-Type: application/octet-stream"})
        << k(Kind::File) << "payload.bin" << none << none << false;
    QTest::newRow("-T upload") << "curl -T report.csv https://example.com/upload/report.csv"
                               << "PUT"
                               << "https://example.com/upload/report.csv" << none << k(Kind::File)
                               << "report.csv" << none << none << false;
    QTest::newRow("data from stdin") << "curl -d @- https://example.com/x"
                                     << "POST"
                                     << "https://example.com/x" << none << k(Kind::None)
                                     << QString() << none << list({"-d @- (not carried"}) << false;
    QTest::newRow("text that is not a form")
        << "curl https://e.x/ -d 'just some words'"
        << "POST"
        << "https://e.x/" << none << k(Kind::Raw) << "just some words" << none << none << false;
    QTest::newRow("XML") << "curl -H 'Content-Type: text/xml' -d '<a>1</a>' https://e.x/soap"
                         << "POST"
                         << "https://e.x/soap" << list({"Content-Type: text/xml"}) << k(Kind::Raw)
                         << "<a>1</a>" << none << none << false;
    QTest::newRow("HEAD and ignored options")
        << "curl -I -k --max-time 10 --http1.1 --frobnicate https://example.com/"
        << "HEAD"
        << "https://example.com/" << none << k(Kind::None) << QString() << none
        << list({"-k (not carried over", "--max-time 10 (ignored", "--http1.1 (ignored",
                 "--frobnicate (not carried over"})
        << false;
    QTest::newRow("--url, -A, -e, empty and removed headers")
        << "curl --url https://example.com/a -A 'agent/1.0' -e 'https://ref.example/;auto' -H "
           "'X-Empty;' -H 'Accept:'"
        << "GET"
        << "https://example.com/a"
        << list({"User-Agent: agent/1.0", "Referer: https://ref.example/", "X-Empty: "})
        << k(Kind::None) << QString() << none << list({"-H Accept: (not carried over"}) << false;
    QTest::newRow("no scheme") << "curl example.com/api"
                               << "GET"
                               << "http://example.com/api" << none << k(Kind::None) << QString()
                               << none << none << false;
    QTest::newRow("our own export")
        << "curl -X POST 'http://127.0.0.1:8080/api/echo' -H \"Authorization: Bearer $TOKEN\" -H "
           "'Content-Type: application/json' --data-raw '{\"a\":1}'"
        << "POST"
        << "http://127.0.0.1:8080/api/echo" << list({"Content-Type: application/json"})
        << k(Kind::Json) << "{\"a\":1}" << none
        << list({"-H Authorization: Bearer $TOKEN (not carried over"}) << false;
    QTest::newRow("--oauth2-bearer and --next")
        << "curl --oauth2-bearer abc.def https://e.x/1 --next https://e.x/2"
        << "GET"
        << "https://e.x/1" << list({"Authorization: Bearer abc.def"}) << k(Kind::None) << QString()
        << none << list({"--next (not carried over"}) << true;
    QTest::newRow("second URL") << "curl https://e.x/1 https://e.x/2"
                                << "GET"
                                << "https://e.x/1" << none << k(Kind::None) << QString() << none
                                << list({"https://e.x/2 (not carried over"}) << false;
}

void TstCurlImport::imports()
{
    QFETCH(QString, command);
    QFETCH(QString, method);
    QFETCH(QString, url);
    QFETCH(QStringList, headers);
    QFETCH(int, bodyKind);
    QFETCH(QString, body);
    QFETCH(QStringList, formFields);
    QFETCH(QStringList, unmapped);
    QFETCH(bool, credential);
    QVERIFY2(!command.isEmpty(), "test data missing");

    const auto imported = CurlImport::parse(command);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const RequestDraft &d = imported->draft;
    QCOMPARE(d.method, method);
    QCOMPARE(d.url, url);
    QCOMPARE(rows(d.headers, QStringLiteral(": ")), headers);
    QCOMPARE(RequestDraft::bodyKindKey(d.bodyKind), RequestDraft::bodyKindKey(Kind(bodyKind)));
    if (d.bodyKind == Kind::File)
        QCOMPARE(d.bodyFilePath, body);
    else if (d.bodyKind != Kind::Form)
        QCOMPARE(d.bodyText, body);
    QCOMPARE(rows(d.formFields, QStringLiteral("=")), formFields);
    // Every option left out is listed with a reason, and nothing else is.
    QCOMPARE(imported->unmapped.size(), unmapped.size());
    for (const QString &expected : unmapped) {
        bool found = false;
        for (const QString &entry : imported->unmapped)
            found = found || entry.startsWith(expected);
        QVERIFY2(found, qPrintable(expected + QLatin1String(" not in: ") +
                                   imported->unmapped.join(QLatin1String(" | "))));
    }
    QCOMPARE(imported->carriesCredential, credential);
}

void TstCurlImport::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("code");

    QTest::newRow("unterminated single quote") << "curl 'https://e.x/"
                                               << "curl.unterminated_quote";
    QTest::newRow("unterminated double quote") << "curl -H \"Accept: x https://e.x/"
                                               << "curl.unterminated_quote";
    QTest::newRow("unterminated $'") << "curl https://e.x/ --data-raw $'abc\\'"
                                     << "curl.unterminated_quote";
    QTest::newRow("no URL") << "curl -X POST -H 'Accept: x' -d a=b"
                            << "curl.no_url";
    QTest::newRow("-H at the end") << "curl https://e.x/ -H"
                                   << "curl.missing_argument";
    QTest::newRow("-X at the end of a cluster") << "curl https://e.x/ -sX"
                                                << "curl.missing_argument";
    QTest::newRow("wget") << "wget https://e.x/"
                          << "curl.not_curl";
    QTest::newRow("empty") << "   "
                           << "curl.not_curl";
    QTest::newRow("a URL") << "https://e.x/?a='b"
                           << "curl.not_curl";
}

void TstCurlImport::errors()
{
    QFETCH(QString, command);
    QFETCH(QString, code);
    const auto imported = CurlImport::parse(command);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, Error::Kind::Parse);
    QCOMPARE(imported.error().code, code);
    QVERIFY(!imported.error().message.isEmpty());
}

void TstCurlImport::looksLikeCurl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("curl");
    QTest::newRow("plain") << "curl https://e.x/" << true;
    QTest::newRow("prompt") << "  $ curl -s https://e.x/" << true;
    QTest::newRow("continued") << "curl \\\n  -H 'a: b' https://e.x/" << true;
    QTest::newRow("curl.exe") << "curl.exe \"https://e.x/\"" << true;
    QTest::newRow("url") << "https://curl.se/docs/" << false;
    QTest::newRow("curly") << "curly https://e.x/" << false;
    QTest::newRow("path") << "api/curl/x" << false;
}

void TstCurlImport::looksLikeCurl()
{
    QFETCH(QString, text);
    QFETCH(bool, curl);
    QCOMPARE(CurlImport::looksLikeCurl(text), curl);
}

void TstCurlImport::splitsWordsAsBashDoes_data()
{
    QTest::addColumn<QString>("command");
    const QStringList files = QDir(QStringLiteral(TOKENBENCH_CURL_DATA))
                                  .entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString text = file(name);
        // cmd.exe syntax, a prompt and a pipeline are not for bash to run.
        if (!text.contains(QLatin1Char('^')) && !text.startsWith(QLatin1Char('$')))
            QTest::newRow(qPrintable(name)) << text;
    }
    QTest::newRow("mixed quoting") << "curl a\"b c\"'d e'$'f\\tg'\\ h \"\\a\\\"\" '' \"\" x\\\n  y";
    QTest::newRow("comment") << "curl https://e.x/ # -H 'not: this'\n";
}

void TstCurlImport::splitsWordsAsBashDoes()
{
    QFETCH(QString, command);
    QProcess bash;
    bash.start(QStringLiteral("bash"),
               {QStringLiteral("-c"),
                QStringLiteral("curl() { printf '%s\\0' curl \"$@\"; }; ") + command});
    QVERIFY(bash.waitForFinished(10000));
    QStringList expected = QString::fromUtf8(bash.readAllStandardOutput())
                               .split(QLatin1Char('\0'), Qt::KeepEmptyParts);
    expected.removeLast(); // after the last NUL
    const auto words = CurlImport::splitWords(command);
    QVERIFY(words.ok());
    QCOMPARE(words.value(), expected);
}

void TstCurlImport::notes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("note"); // found in one of the notes
    QTest::newRow("-u") << "curl -u a:b https://e.x/"
                        << "-u are in an Authorization header";
    QTest::newRow("JSON without a type") << "curl -d '{\"a\":1}' https://e.x/"
                                         << "curl would send it as a form";
    QTest::newRow("-d @file") << "curl -d @body.json https://e.x/"
                              << "line breaks of body.json";
    QTest::newRow("no scheme") << "curl e.x/a"
                               << "e.x/a has no scheme";
    QTest::newRow("shell variable") << "curl \"https://$HOST/api\""
                                    << "$HOST is a shell variable";
}

void TstCurlImport::notes()
{
    QFETCH(QString, command);
    QFETCH(QString, note);
    const auto imported = CurlImport::parse(command);
    QVERIFY(imported.ok());
    QVERIFY2(imported->notes.join(QLatin1Char('\n')).contains(note),
             qPrintable(imported->notes.join(QLatin1Char('\n'))));
}

void TstCurlImport::secretsStayOutOfNotes()
{
    const auto imported = CurlImport::parse(QStringLiteral(
        "curl -u 'alice:pa55-word' -x http://proxy:p-secret@px:3128 -U bob:proxy-pw --cert "
        "c.pem:cert-pw --pass key-pw -F 'pw=form-pw' https://e.x/"));
    QVERIFY(imported.ok());
    const QString all = imported->unmapped.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                        imported->notes.join(QLatin1Char('\n'));
    for (const char *secret : {"pa55-word", "p-secret", "proxy-pw", "cert-pw", "key-pw", "form-pw"})
        QVERIFY2(!all.contains(QLatin1String(secret)), secret);
    QVERIFY(imported->carriesCredential);
    QVERIFY(imported->notes.join(QLatin1Char(' ')).contains(QLatin1String("-u")));
}

void TstCurlImport::networkOptionsBecomeProfileSettings_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("settings"); // key=value, sorted by key
    QTest::addColumn<bool>("passwordNote");

    QTest::newRow("-x and -U") << "curl -x proxy.corp:3128 -U carol:pw1 https://a.example/"
                               << QStringList{QStringLiteral("proxy=http://proxy.corp:3128"),
                                              QStringLiteral("proxy_user=carol")}
                               << true;
    QTest::newRow("user in the proxy URL")
        << "curl --proxy http://dave:pw2@px:8080 --noproxy '.corp, 10.0.0.0/8' https://a.example/"
        << QStringList{QStringLiteral("no_proxy=.corp,10.0.0.0/8"),
                       QStringLiteral("proxy=http://px:8080"), QStringLiteral("proxy_user=dave")}
        << true;
    QTest::newRow("socks5") << "curl --socks5-hostname px:1080 https://a.example/"
                            << QStringList{QStringLiteral("proxy=socks5://px:1080")} << false;
    QTest::newRow("CA file and folder")
        << "curl --cacert /etc/ca.pem --capath /etc/ssl/corp https://a.example/"
        << QStringList{QStringLiteral("ca_file=/etc/ssl/corp")} << false;
    QTest::newRow("PEM certificate and key")
        << "curl -E /home/me/me.pem --key /home/me/me.key https://a.example/"
        << QStringList{QStringLiteral("client_cert=/home/me/me.pem"),
                       QStringLiteral("client_key=/home/me/me.key")}
        << false;
    QTest::newRow("PKCS#12 with a passphrase")
        << "curl --cert-type P12 --cert /home/me/me.p12:pw3 https://a.example/"
        << QStringList{QStringLiteral("client_cert=/home/me/me.p12")} << true;
}

void TstCurlImport::networkOptionsBecomeProfileSettings()
{
    QFETCH(QString, command);
    QFETCH(QStringList, settings);
    QFETCH(bool, passwordNote);
    const auto imported = CurlImport::parse(command);
    QVERIFY(imported.ok());
    QStringList got;
    for (auto it = imported->network.cbegin(); it != imported->network.cend(); ++it)
        got.append(it.key() + QLatin1Char('=') + it.value());
    QCOMPARE(got, settings);
    const QString all = imported->unmapped.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                        imported->notes.join(QLatin1Char('\n'));
    QVERIFY2(imported->unmapped.isEmpty(), qPrintable(all));
    QCOMPARE(all.contains(QLatin1String("not kept")), passwordNote);
    QVERIFY2(all.contains(QLatin1String("Settings of the profile")) &&
                 all.contains(settings.first()),
             qPrintable(all));
    for (const char *secret : {"pw1", "pw2", "pw3"})
        QVERIFY2(!all.contains(QLatin1String(secret)) &&
                     !got.join(QLatin1Char(' ')).contains(QLatin1String(secret)),
                 secret);
}

QTEST_GUILESS_MAIN(TstCurlImport)
#include "tst_curlimport.moc"
