#include "TestTokens.h"
#include "auth/PastedToken.h"

#include <QTest>

class TstPastedToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
};

void TstPastedToken::finds_data()
{
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("removed");

    const QString jwt = QString::fromLatin1(TestTokens::Rfc7519Example);
    const QString none;
    const QString auth = QStringLiteral("Authorization");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *i : items)
            l.append(QString::fromUtf8(i));
        return l;
    };
    QTest::newRow("bare") << jwt << jwt << none << none << QStringList();
    QTest::newRow("trailing newline")
        << jwt + QLatin1Char('\n') << jwt << none << none << QStringList();
    QTest::newRow("bearer prefix") << QStringLiteral("Bearer ") + jwt << jwt << auth
                                   << QStringLiteral("Bearer") << list({"Bearer"});
    QTest::newRow("lower-case bearer") << QStringLiteral("bearer ") + jwt << jwt << auth
                                       << QStringLiteral("Bearer") << list({"Bearer"});
    QTest::newRow("header line") << QStringLiteral("Authorization: Bearer ") + jwt << jwt << auth
                                 << QStringLiteral("Bearer") << list({"Authorization:", "Bearer"});
    QTest::newRow("scantrust uat")
        << QStringLiteral("Authorization: UAT abc123") << QStringLiteral("abc123") << auth
        << QStringLiteral("UAT") << list({"Authorization:", "UAT"});
    QTest::newRow("api key header") << QStringLiteral("X-Api-Key: k-123") << QStringLiteral("k-123")
                                    << QStringLiteral("X-Api-Key") << none << list({"X-Api-Key:"});
    QTest::newRow("user:password is no header")
        << QStringLiteral("svc:pa55") << QStringLiteral("svc:pa55") << none << none
        << QStringList();
    QTest::newRow("json quotes") << QLatin1Char('"') + jwt + QLatin1Char('"') << jwt << none << none
                                 << list({"quotes"});
    QTest::newRow("wrapped over lines") << jwt.left(40) + QLatin1Char('\n') + jwt.mid(40, 50) +
                                               QStringLiteral("\r\n  ") + jwt.mid(90)
                                        << jwt << none << none << list({"line breaks"});
    QTest::newRow("opaque with space kept")
        << QStringLiteral("two words") << QStringLiteral("two words") << none << none
        << QStringList();
}

void TstPastedToken::finds()
{
    QFETCH(QString, pasted);
    QFETCH(QString, token);
    QFETCH(QString, header);
    QFETCH(QString, prefix);
    QFETCH(QStringList, removed);

    const PastedToken result = PastedToken::fromText(pasted);
    QCOMPARE(result.token, token);
    QCOMPARE(result.delivery.has_value(), !header.isEmpty());
    if (result.delivery) {
        QCOMPARE(result.delivery->headerName, header);
        QCOMPARE(result.delivery->prefix, prefix);
    }
    QCOMPARE(result.removed, removed);
}

QTEST_GUILESS_MAIN(TstPastedToken)
#include "tst_pastedtoken.moc"
