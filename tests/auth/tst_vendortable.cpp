#include "auth/AuthenticatorFactory.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// A vendor is one unit: one descriptor per vendor and method says all the faces show of it, and
// no face spells a vendor's name. The faces are read as text here, as a reviewer would grep them.
class TstVendorTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDescriptorIsComplete();
    void noFaceSpellsAVendor();
    void deliveryIsTheDescriptorsWord();
};

void TstVendorTable::everyDescriptorIsComplete()
{
    const QList<MethodDescriptor> all = AuthenticatorFactory::all();
    QVERIFY(!all.isEmpty());
    int lastOrder = -1;
    for (const MethodDescriptor &d : all) {
        const QString who = d.vendor + QLatin1Char('/') + d.method;
        QVERIFY2(!d.vendorName.isEmpty() && !d.methodName.isEmpty(), qPrintable(who));
        QVERIFY2(d.vendorOrder >= lastOrder, qPrintable(who)); // listed in the faces' order
        lastOrder = d.vendorOrder;
        QVERIFY2(QFile::exists(QStringLiteral(TOKENBENCH_SOURCE_DIR "/resources/icons/") +
                               d.icon.section(QLatin1Char('/'), -1)),
                 qPrintable(who + QLatin1String(": ") + d.icon));
        QVERIFY2(QUrl(d.baseUrlPlaceholder).scheme() == QLatin1String("https"), qPrintable(who));
        QVERIFY2(!d.apiDocumentSources.isEmpty(), qPrintable(who));
        QVERIFY2(d.delivery, qPrintable(who));
        if (!d.secondFactorField.isEmpty())
            QVERIFY2(d.isOneTimeField(d.secondFactorField) &&
                         !d.storedSecretFields().contains(d.secondFactorField),
                     qPrintable(who));
        // A token that is its own secret has exactly one secret to give: the token.
        if (d.tokenIsSecret)
            QCOMPARE(d.storedSecretFields(), QStringList{QStringLiteral("token")});
        QVERIFY2(AuthenticatorFactory::create(d.vendor, d.method, nullptr, {}), qPrintable(who));
    }
}

// The bug: vendor string literals in the profile editor, the list model, the explorer, the spec
// loader and the CLI's session code, each deciding a vendor's ways again.
void TstVendorTable::noFaceSpellsAVendor()
{
    QStringList words;
    const QList<MethodDescriptor> all = AuthenticatorFactory::all();
    for (const MethodDescriptor &d : all) {
        // "generic" is a word, not a brand: it may appear in a face.
        if (d.vendor == QLatin1String("generic"))
            continue;
        words << d.vendor << d.vendorName;
    }
    words.removeDuplicates();
    QStringList alternatives;
    for (const QString &w : std::as_const(words))
        alternatives << QRegularExpression::escape(w);
    const QRegularExpression vendorWord(alternatives.join(QLatin1Char('|')),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    int files = 0;
    for (const char *face : {"src/gui", "src/cli", "src/app", "ui"}) {
        QDirIterator it(QStringLiteral(TOKENBENCH_SOURCE_DIR "/") + QLatin1String(face),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (const auto m = vendorWord.match(text); m.hasMatch())
                    found << QStringLiteral("%1:%2: %3")
                                 .arg(file.fileName().mid(int(qstrlen(TOKENBENCH_SOURCE_DIR)) + 1))
                                 .arg(line)
                                 .arg(m.captured());
            }
        }
    }
    QVERIFY(files > 20);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// The session rebuilt from the keychain sends its token the way the login that made it would:
// both ask the same descriptor.
void TstVendorTable::deliveryIsTheDescriptorsWord()
{
    const QMap<QString, QString> apiKeyHeader{
        {QStringLiteral("header"), QStringLiteral("X-Api-Key")},
        {QStringLiteral("prefix"), QString()}};
    const TokenDelivery custom = AuthenticatorFactory::deliveryFor(
        QStringLiteral("generic"), QStringLiteral("bearer"), apiKeyHeader);
    QCOMPARE(custom.headerLine(QStringLiteral("k")), QStringLiteral("X-Api-Key: k"));
    for (const MethodDescriptor &d : AuthenticatorFactory::all())
        QCOMPARE(AuthenticatorFactory::deliveryFor(d.vendor, d.method, {})
                     .headerLine(QStringLiteral("t")),
                 d.deliveryFor({}).headerLine(QStringLiteral("t")));
}

QTEST_GUILESS_MAIN(TstVendorTable)
#include "tst_vendortable.moc"
