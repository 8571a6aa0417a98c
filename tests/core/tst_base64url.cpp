#include "jwt/Base64Url.h"

#include <QTest>

class TstBase64Url : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
    void toleratesPadding();
};

void TstBase64Url::roundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("a");
    QTest::newRow("two bytes") << QByteArray("ab");
    QTest::newRow("three bytes") << QByteArray("abc");
    QTest::newRow("url-unsafe in base64") << QByteArray("\xfb\xff\xfe\x3e\x3f", 5);
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("every byte") << all;
}

void TstBase64Url::roundTrip()
{
    QFETCH(QByteArray, data);
    const QByteArray encoded = Base64Url::encode(data);
    QVERIFY(!encoded.contains('='));
    QVERIFY(!encoded.contains('+'));
    QVERIFY(!encoded.contains('/'));
    const auto decoded = Base64Url::decode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, data);
}

void TstBase64Url::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::newRow("plus") << QByteArray("ab+d") << qsizetype(2);
    QTest::newRow("slash") << QByteArray("/bcd") << qsizetype(0);
    QTest::newRow("space") << QByteArray("ab cd") << qsizetype(2);
    QTest::newRow("non-ascii") << QByteArray("abc\xc3\xa9") << qsizetype(3);
    QTest::newRow("padding in the middle") << QByteArray("ab=cd") << qsizetype(2);
    QTest::newRow("length 5") << QByteArray("abcde") << qsizetype(-1);
    QTest::newRow("too much padding") << QByteArray("ab===") << qsizetype(2);
}

void TstBase64Url::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, position);
    Base64Url::Failure failure;
    QVERIFY(!Base64Url::decode(text, &failure).has_value());
    QCOMPARE(failure.position, position);
}

void TstBase64Url::toleratesPadding()
{
    QCOMPARE(Base64Url::decode("YQ==").value_or("x"), QByteArray("a"));
    QCOMPARE(Base64Url::decode("YWI=").value_or("x"), QByteArray("ab"));
    QCOMPARE(Base64Url::decode("YQ").value_or("x"), QByteArray("a"));
    // Padding that does not complete a quantum is wrong.
    QVERIFY(!Base64Url::decode("YQ=").has_value());
}

QTEST_GUILESS_MAIN(TstBase64Url)
#include "tst_base64url.moc"
