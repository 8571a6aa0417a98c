#include "profiles/Profile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

class TstProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesInEveryIsoForm_data();
    void timesInEveryIsoForm();
    void jsonRoundTrip();
    void jsonWithoutLastTokenOmitsIt();
    void fromJsonRequires_data();
    void fromJsonRequires();
    void fromJsonIsLenientAboutTheRest();
    void setOptions_data();
    void setOptions();
    void setRejects_data();
    void setRejects();
    void setCaFile();
    void setNetworkOptions();
    void setFields();
};

static Profile sample()
{
    Profile p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("Prod RegScale");
    p.vendor = QStringLiteral("regscale");
    p.method = QStringLiteral("password");
    p.baseUrl = QUrl(QStringLiteral("https://regscale.example.com/api"));
    p.fields.insert(QStringLiteral("username"), QStringLiteral("alice"));
    p.fields.insert(QStringLiteral("runas"), QStringLiteral("svc"));
    p.options.autoRelogin = false;
    p.options.timeoutSeconds = 45;
    p.options.caFile = QStringLiteral("/etc/ssl/ca.pem");
    p.options.insecureTls = true;
    p.options.clipboardClearSeconds = 0;
    p.notes = QStringLiteral("Ünïcödé notes\nline two");
    p.colour = QStringLiteral("#12ab9f");
    p.created = QDateTime(QDate(2024, 3, 1), QTime(8, 0, 0), Qt::UTC);
    p.updated = QDateTime(QDate(2024, 3, 2), QTime(9, 30, 15), Qt::UTC);
    p.lastToken.expiresAt = QDateTime(QDate(2024, 3, 2), QTime(10, 30, 15), Qt::UTC);
    p.lastToken.expirySource = QStringLiteral("exp_claim");
    p.lastToken.source = QStringLiteral("login");
    p.lastToken.obtainedAt = QDateTime(QDate(2024, 3, 2), QTime(9, 30, 15), Qt::UTC);
    return p;
}

void TstProfile::jsonRoundTrip()
{
    const Profile p = sample();
    const QJsonObject json = p.toJson();
    QCOMPARE(json.value(QStringLiteral("id")).toString(), p.id.toString(QUuid::WithoutBraces));
    QVERIFY(!json.value(QStringLiteral("id")).toString().contains(QLatin1Char('{')));
    QCOMPARE(json.value(QStringLiteral("baseUrl")).toString(),
             QStringLiteral("https://regscale.example.com/api"));
    QCOMPARE(json.value(QStringLiteral("created")).toString(),
             QStringLiteral("2024-03-01T08:00:00Z"));
    const QJsonObject options = json.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("timeoutSeconds")).toInt(), 45);
    QCOMPARE(options.value(QStringLiteral("insecureTls")).toBool(), true);
    const QJsonObject last = json.value(QStringLiteral("lastToken")).toObject();
    QCOMPARE(last.value(QStringLiteral("expiresAt")).toString(),
             QStringLiteral("2024-03-02T10:30:15Z"));
    QCOMPARE(last.value(QStringLiteral("source")).toString(), QStringLiteral("login"));

    const Result<Profile> back = Profile::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    const Profile &q = back.value();
    QCOMPARE(q.id, p.id);
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.vendor, p.vendor);
    QCOMPARE(q.method, p.method);
    QCOMPARE(q.baseUrl, p.baseUrl);
    QCOMPARE(q.fields, p.fields);
    QCOMPARE(q.options.autoRelogin, false);
    QCOMPARE(q.options.timeoutSeconds, 45);
    QCOMPARE(q.options.caFile, p.options.caFile);
    QCOMPARE(q.options.insecureTls, true);
    QCOMPARE(q.options.clipboardClearSeconds, 0);
    QCOMPARE(q.notes, p.notes);
    QCOMPARE(q.colour, p.colour);
    QCOMPARE(q.created, p.created);
    QCOMPARE(q.updated, p.updated);
    QCOMPARE(q.lastToken.expiresAt, p.lastToken.expiresAt);
    QCOMPARE(q.lastToken.expirySource, p.lastToken.expirySource);
    QCOMPARE(q.lastToken.source, p.lastToken.source);
    QCOMPARE(q.lastToken.obtainedAt, p.lastToken.obtainedAt);
    QCOMPARE(q.toJson(), json);
}

void TstProfile::jsonWithoutLastTokenOmitsIt()
{
    Profile p = sample();
    p.lastToken = {};
    QVERIFY(!p.toJson().contains(QStringLiteral("lastToken")));
    const Result<Profile> back = Profile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QVERIFY(back->lastToken.isEmpty());
}

void TstProfile::fromJsonRequires_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("name") << QStringLiteral("name");
    QTest::newRow("vendor") << QStringLiteral("vendor");
    QTest::newRow("method") << QStringLiteral("method");
}

void TstProfile::fromJsonRequires()
{
    QFETCH(QString, key);
    QJsonObject json = sample().toJson();
    json.remove(key);
    const Result<Profile> missing = Profile::fromJson(json);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("profile.missing_field"));
    QVERIFY2(missing.error().message.contains(key), qPrintable(missing.error().message));

    json.insert(key, QStringLiteral("   "));
    QVERIFY(!Profile::fromJson(json).ok());

    if (key == QLatin1String("id")) {
        json.insert(key, QStringLiteral("not-a-uuid"));
        const Result<Profile> bad = Profile::fromJson(json);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("profile.invalid_id"));
    }
}

void TstProfile::fromJsonIsLenientAboutTheRest()
{
    const QJsonObject json{
        {QStringLiteral("id"), QStringLiteral("{6f1c5a0e-4d2b-4c1e-9a57-3f6c2b8d9e10}")},
        {QStringLiteral("name"), QStringLiteral("Minimal")},
        {QStringLiteral("vendor"), QStringLiteral("generic")},
        {QStringLiteral("method"), QStringLiteral("token")},
        {QStringLiteral("fields"), QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")},
                                               {QStringLiteral("number"), 7}}},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("timeoutSeconds"), -5},
                     {QStringLiteral("clipboardClearSeconds"), 99999},
                     {QStringLiteral("insecureTls"), QStringLiteral("yes")}}},
        {QStringLiteral("created"), QStringLiteral("yesterday")},
        {QStringLiteral("lastToken"), QJsonArray{}},
    };
    const Result<Profile> result = Profile::fromJson(json);
    QVERIFY(result.ok());
    const Profile &p = result.value();
    QCOMPARE(p.id, QUuid(QStringLiteral("6f1c5a0e-4d2b-4c1e-9a57-3f6c2b8d9e10")));
    QVERIFY(p.baseUrl.isEmpty());
    QCOMPARE(p.fields.size(), 1);
    QCOMPARE(p.fields.value(QStringLiteral("username")), QStringLiteral("bob"));
    const Profile::Options defaults;
    QCOMPARE(p.options.timeoutSeconds, defaults.timeoutSeconds);
    QCOMPARE(p.options.clipboardClearSeconds, defaults.clipboardClearSeconds);
    QCOMPARE(p.options.insecureTls, defaults.insecureTls);
    QCOMPARE(p.options.autoRelogin, defaults.autoRelogin);
    QVERIFY(!p.created.isValid());
    QVERIFY(p.lastToken.isEmpty());
}

void TstProfile::setOptions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("jsonOption"); // "options/<name>" or a top-level key
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("timeout") << "timeout"
                             << "90"
                             << "options/timeoutSeconds" << QVariant(90);
    QTest::newRow("timeout spaces") << "timeout"
                                    << " 5 "
                                    << "options/timeoutSeconds" << QVariant(5);
    for (const char *key : {"insecure_tls", "auto_relogin"}) {
        const QString option = QLatin1String(key) == QLatin1String("insecure_tls")
                                   ? QStringLiteral("options/insecureTls")
                                   : QStringLiteral("options/autoRelogin");
        for (const char *yes : {"true", "yes", "1", "TRUE", "Yes"})
            QTest::addRow("%s=%s", key, yes) << key << yes << option << QVariant(true);
        for (const char *no : {"false", "no", "0", "No"})
            QTest::addRow("%s=%s", key, no) << key << no << option << QVariant(false);
    }
    QTest::newRow("clipboard 0") << "clipboard_clear"
                                 << "0"
                                 << "options/clipboardClearSeconds" << QVariant(0);
    QTest::newRow("clipboard 3600") << "clipboard_clear"
                                    << "3600"
                                    << "options/clipboardClearSeconds" << QVariant(3600);
    QTest::newRow("send_as jwt") << "send_as"
                                 << " Authorization:JWT "
                                 << "options/sendAs"
                                 << QVariant(QStringLiteral("Authorization: JWT"));
    QTest::newRow("send_as bare header")
        << "send_as"
        << "X-Api-Key:"
        << "options/sendAs" << QVariant(QStringLiteral("X-Api-Key"));
    QTest::newRow("notes") << "notes"
                           << "call ops first"
                           << "notes" << QVariant(QStringLiteral("call ops first"));
    QTest::newRow("colour") << "colour"
                            << "#AABBCC"
                            << "colour" << QVariant(QStringLiteral("#aabbcc"));
    QTest::newRow("colour empty") << "colour"
                                  << ""
                                  << "colour" << QVariant(QString());
}

void TstProfile::setOptions()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, jsonOption);
    QFETCH(QVariant, expected);

    Profile p = sample();
    p.options.insecureTls = !expected.toBool();
    p.options.autoRelogin = !expected.toBool();
    const Result<bool> result = p.set(key, value);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const QJsonObject json = p.toJson();
    const QJsonValue actual =
        jsonOption.startsWith(QLatin1String("options/"))
            ? json.value(QStringLiteral("options")).toObject().value(jsonOption.mid(8))
            : json.value(jsonOption);
    QCOMPARE(actual.toVariant(), expected.toJsonValue().toVariant());
    QCOMPARE(p.fields, sample().fields); // an option is not a field
}

void TstProfile::setRejects_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("timeout zero") << "timeout"
                                  << "0";
    QTest::newRow("timeout negative") << "timeout"
                                      << "-3";
    QTest::newRow("timeout words") << "timeout"
                                   << "soon";
    QTest::newRow("timeout empty") << "timeout"
                                   << "";
    QTest::newRow("insecure maybe") << "insecure_tls"
                                    << "maybe";
    QTest::newRow("auto_relogin 2") << "auto_relogin"
                                    << "2";
    QTest::newRow("clipboard negative") << "clipboard_clear"
                                        << "-1";
    QTest::newRow("clipboard too long") << "clipboard_clear"
                                        << "3601";
    QTest::newRow("clipboard words") << "clipboard_clear"
                                     << "ten";
    QTest::newRow("colour name") << "colour"
                                 << "red";
    QTest::newRow("colour short") << "colour"
                                  << "#abc";
    QTest::newRow("colour bad hex") << "colour"
                                    << "#ggghhh";
    QTest::newRow("send_as spaced name") << "send_as"
                                         << "X Api Key";
    QTest::newRow("send_as two words") << "send_as"
                                       << "Authorization: Bearer JWT";
    QTest::newRow("send_as no name") << "send_as"
                                     << ": Bearer";
    QTest::newRow("ca_file missing") << "ca_file"
                                     << "/nonexistent/tokenbench/ca.pem";
}

void TstProfile::setRejects()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Profile p = sample();
    const QJsonObject before = p.toJson();
    const Result<bool> result = p.set(key, value);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(result.error().message.contains(key), qPrintable(result.error().message));
    QCOMPARE(p.toJson(), before); // nothing changed
}

void TstProfile::setCaFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();

    Profile p = sample();
    QVERIFY(p.set(QStringLiteral("ca_file"), ca.fileName()).ok());
    QCOMPARE(p.options.caFile, QFileInfo(ca.fileName()).absoluteFilePath());

    // A folder of certificates (issue 17) is taken as it is; a missing path is not.
    QVERIFY(p.set(QStringLiteral("ca_file"), dir.path()).ok());
    QCOMPARE(p.options.caFile, QFileInfo(dir.path()).absoluteFilePath());
    QVERIFY(!p.set(QStringLiteral("ca_file"), dir.filePath(QStringLiteral("missing"))).ok());
    // Empty clears it.
    QVERIFY(p.set(QStringLiteral("ca_file"), QString()).ok());
    QVERIFY(p.options.caFile.isEmpty());
}

void TstProfile::setNetworkOptions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile cert(dir.filePath(QStringLiteral("me.p12")));
    QVERIFY(cert.open(QIODevice::WriteOnly));
    cert.close();

    Profile p = sample();
    QVERIFY(p.usedNetworkSecretFields().isEmpty());
    QVERIFY(p.set(QStringLiteral("proxy"), QStringLiteral("http://proxy.corp:3128")).ok());
    QVERIFY(p.set(QStringLiteral("no_proxy"), QStringLiteral(".corp, 10.0.0.0/8")).ok());
    QVERIFY(p.set(QStringLiteral("proxy_user"), QStringLiteral("carol")).ok());
    QVERIFY(p.set(QStringLiteral("client_cert"), cert.fileName()).ok());
    QVERIFY(!p.set(QStringLiteral("client_key"), dir.filePath(QStringLiteral("no.key"))).ok());
    QVERIFY(!p.set(QStringLiteral("proxy"), QStringLiteral("ftp://x")).ok());
    const auto withPassword = p.set(QStringLiteral("proxy"), QStringLiteral("http://u:pw@h:1"));
    QVERIFY(!withPassword.ok());
    QVERIFY(!withPassword.error().message.contains(QLatin1String("pw@")));

    const NetworkSettings network = p.network();
    QCOMPARE(network.proxy.mode, ProxySettings::Mode::Manual);
    QCOMPARE(network.proxy.url.toString(), QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(network.proxy.exclusions,
             (QStringList{QStringLiteral(".corp"), QStringLiteral("10.0.0.0/8")}));
    QCOMPARE(network.proxy.user, QStringLiteral("carol"));
    QVERIFY(network.proxy.password.isEmpty());
    QCOMPARE(network.clientCertificate, QFileInfo(cert.fileName()).absoluteFilePath());
    QCOMPARE(p.usedNetworkSecretFields(), (QStringList{QStringLiteral("proxy_password"),
                                                       QStringLiteral("client_key_passphrase")}));

    // Kept in the file (never a password), read back the same.
    const auto back = Profile::fromJson(p.toJson());
    QVERIFY(back);
    QCOMPARE(back->network(), network);
    QVERIFY(p.set(QStringLiteral("proxy"), QStringLiteral("none")).ok());
    QCOMPARE(p.network().proxy.mode, ProxySettings::Mode::None);
    QVERIFY(p.set(QStringLiteral("proxy"), QString()).ok());
    QCOMPARE(p.network().proxy.mode, ProxySettings::Mode::Inherit);
}

void TstProfile::setFields()
{
    Profile p = sample();
    QVERIFY(p.set(QStringLiteral("tenant"), QStringLiteral("acme")).ok());
    QCOMPARE(p.fields.value(QStringLiteral("tenant")), QStringLiteral("acme"));
    QVERIFY(p.set(QStringLiteral("username"), QStringLiteral("carol")).ok());
    QCOMPARE(p.fields.value(QStringLiteral("username")), QStringLiteral("carol"));
    QVERIFY(p.set(QStringLiteral("runas"), QString()).ok());
    QVERIFY(!p.fields.contains(QStringLiteral("runas")));
    QCOMPARE(p.fields.size(), 2);
    QVERIFY(!p.set(QString(), QStringLiteral("x")).ok());
}

void TstProfile::timesInEveryIsoForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime eight(QDate(2024, 3, 1), QTime(8, 0, 0), Qt::UTC);
    // The form Tokenbench writes (read by a fast path), and what a person or another tool writes.
    QTest::newRow("written") << QStringLiteral("2024-03-01T08:00:00Z") << eight;
    QTest::newRow("offset") << QStringLiteral("2024-03-01T09:00:00+01:00") << eight;
    QTest::newRow("milliseconds") << QStringLiteral("2024-03-01T08:00:00.000Z") << eight;
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T08:00:00Z") << QDateTime();
    QTest::newRow("letters") << QStringLiteral("2024-0x-01T08:00:00Z") << QDateTime();
    // Found by fuzz_profiles: a sign in the year must not read as year -1.
    QTest::newRow("sign in the year") << QStringLiteral("20+4-01-02T01:00:00Z") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TstProfile::timesInEveryIsoForm()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QJsonObject json{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("name"), QStringLiteral("p")},
                     {QStringLiteral("vendor"), QStringLiteral("generic")},
                     {QStringLiteral("method"), QStringLiteral("bearer")},
                     {QStringLiteral("created"), text}};
    const auto profile = Profile::fromJson(json);
    QVERIFY(profile.ok());
    QCOMPARE(profile->created, expected);
    if (expected.isValid())
        QCOMPARE(profile->created.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TstProfile)
#include "tst_profile.moc"
