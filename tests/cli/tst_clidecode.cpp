#include "TestTokens.h"
#include "jwt/Base64Url.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Runs the real tokenbench-cli binary, as a script would.
class TstCliDecode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonForTheRfcExample();
    void readsStandardInput_data();
    void readsStandardInput();
    void humanOutput();
    void expiredSecondsAgoIsExpired();
    void encryptedToken();
    void invalidInput_data();
    void invalidInput();
    void oversizedStandardInput();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {});
};

TstCliDecode::Run TstCliDecode::run(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(TOKENBENCH_CLI), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TstCliDecode::jsonForTheRfcExample()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Run r = run({QStringLiteral("decode"), QString::fromLatin1(TestTokens::Rfc7519Example),
                       QStringLiteral("--json")});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.endsWith('\n'));
    QVERIFY(r.out.startsWith(R"({"header":{"typ":"JWT","alg":"HS256"},"payload":{"iss":"joe",)"
                             R"("exp":1300819380,"http://example.com/is_root":true},)"
                             R"("state":"expired","expires_at":"2011-03-22T18:43:00Z",)"));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.keys().size(), 5);
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY(left <= 1300819380 - before && left >= 1300819380 - after - 1);
}

void TstCliDecode::readsStandardInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    const QByteArray token = TestTokens::expiringIn(3600);
    QTest::newRow("dash") << QStringList{QStringLiteral("decode"), QStringLiteral("-"),
                                         QStringLiteral("--json")}
                          << token + '\n';
    QTest::newRow("no argument") << QStringList{QStringLiteral("decode"), QStringLiteral("--json")}
                                 << token;
    QTest::newRow("header line on stdin")
        << QStringList{QStringLiteral("decode"), QStringLiteral("--json"), QStringLiteral("-")}
        << "Authorization: Bearer " + token + "\r\n";
}

void TstCliDecode::readsStandardInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
    QCOMPARE(report.value(QLatin1String("payload")).toObject().value(QLatin1String("sub")),
             QJsonValue(QStringLiteral("analyst@example.com")));
    QVERIFY(report.value(QLatin1String("expires_at")).toString().endsWith(QLatin1Char('Z')));
}

void TstCliDecode::humanOutput()
{
    const Run r = run({QStringLiteral("decode"), QString::fromLatin1(TestTokens::Rfc7519Example)});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("The signature was not verified.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("iss: \"joe\"")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("exp: 1300819380  (2011-03-22T18:43:00Z, 15 years ago)")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("State: Expired")), qPrintable(out));
}

void TstCliDecode::expiredSecondsAgoIsExpired()
{
    // Half a minute past exp: expired, not "valid" with a negative number of seconds left.
    const QByteArray token = TestTokens::expiringIn(-30);
    Run r = run({QStringLiteral("decode"), QString::fromLatin1(token), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("expired"));
    const qint64 left = report.value(QLatin1String("seconds_left")).toInteger();
    QVERIFY2(left <= -30 && left > -90, qPrintable(QString::number(left)));

    r = run({QStringLiteral("decode"), QString::fromLatin1(token)});
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("State: Expired (expired ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("clock-skew allowance, not life left")), qPrintable(out));
}

void TstCliDecode::encryptedToken()
{
    const QByteArray jwe =
        Base64Url::encode(R"({"alg":"RSA-OAEP","enc":"A256GCM"})") + ".a2V5.aXY.Y3Q.dGFn";
    const Run r =
        run({QStringLiteral("decode"), QString::fromLatin1(jwe), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(R"({"header":{"alg":"RSA-OAEP","enc":"A256GCM"},"payload":null,)"
                               R"("state":"no_expiry","expires_at":null,"seconds_left":null})"
                               "\n"));
}

void TstCliDecode::invalidInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    const QString decode = QStringLiteral("decode");
    QTest::newRow("two segments") << QStringList{decode, QStringLiteral("abc.def")} << QByteArray()
                                  << "2 segments";
    QTest::newRow("bad base64url")
        << QStringList{decode, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e+y.s")} << QByteArray()
        << "payload segment is not valid base64url";
    QTest::newRow("empty stdin") << QStringList{decode, QStringLiteral("-")} << QByteArray()
                                 << "empty";
    QTest::newRow("payload not json")
        << QStringList{decode, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")}
        << QByteArray() << "payload is not JSON";
    QTest::newRow("unknown option")
        << QStringList{decode, QStringLiteral("--yaml")} << QByteArray() << "unknown option";
    QTest::newRow("two tokens") << QStringList{decode, QStringLiteral("a"), QStringLiteral("b")}
                                << QByteArray() << "one token";
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QByteArray() << "unknown command";
}

void TstCliDecode::invalidInput()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const Run r = run(args, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY2(err.startsWith(QLatin1String("tokenbench-cli")), qPrintable(err));
}

void TstCliDecode::oversizedStandardInput()
{
    const Run r =
        run({QStringLiteral("decode"), QStringLiteral("-")}, QByteArray(3 * 1024 * 1024, 'a'));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.contains("1 MiB"), r.err.constData());
}

QTEST_GUILESS_MAIN(TstCliDecode)
#include "tst_clidecode.moc"
