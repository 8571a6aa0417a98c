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

    const QString jwt = QString::fromLatin1(TestTokens::Rfc7519Example);
    QTest::newRow("bare") << jwt << jwt << QString() << QString();
    QTest::newRow("trailing newline")
        << jwt + QStringLiteral("\n") << jwt << QString() << QString();
    QTest::newRow("bearer prefix") << QStringLiteral("Bearer ") + jwt << jwt << "Authorization"
                                   << "Bearer";
    QTest::newRow("lower-case bearer") << QStringLiteral("bearer ") + jwt << jwt << "Authorization"
                                       << "Bearer";
    QTest::newRow("header line") << QStringLiteral("Authorization: Bearer ") + jwt << jwt
                                 << "Authorization"
                                 << "Bearer";
    QTest::newRow("scantrust uat") << QStringLiteral("Authorization: UAT abc123") << "abc123"
                                   << "Authorization"
                                   << "UAT";
    QTest::newRow("api key header") << QStringLiteral("X-Api-Key: k-123") << "k-123"
                                    << "X-Api-Key"
                                    << "";
    QTest::newRow("json quotes") << QStringLiteral("\"") + jwt + QStringLiteral("\"") << jwt
                                 << QString() << QString();
    QTest::newRow("wrapped over lines") << jwt.left(40) + QStringLiteral("\n") + jwt.mid(40, 50) +
                                               QStringLiteral("\r\n  ") + jwt.mid(90)
                                        << jwt << QString() << QString();
    QTest::newRow("opaque with space kept")
        << QStringLiteral("two words") << "two words" << QString() << QString();
}

void TstPastedToken::finds()
{
    QFETCH(QString, pasted);
    QFETCH(QString, token);
    QFETCH(QString, header);
    QFETCH(QString, prefix);

    const PastedToken result = PastedToken::fromText(pasted);
    QCOMPARE(result.token, token);
    QCOMPARE(result.delivery.has_value(), !header.isEmpty());
    if (result.delivery) {
        QCOMPARE(result.delivery->headerName, header);
        QCOMPARE(result.delivery->prefix, prefix);
    }
    QCOMPARE(result.removed.isEmpty(), pasted.trimmed() == token);
}

QTEST_GUILESS_MAIN(TstPastedToken)
#include "tst_pastedtoken.moc"
