#include "SecureClipboard.h"
#include "TestClock.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class TstSecureClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void marksTheSecretForClipboardManagers();
    void countsDownThenClears();
    void leavesSomeoneElsesContentAlone();
    void clearNowOnlyClearsOurs();
    void zeroDelayKeepsItUntilQuit();
    void destructionClears();
};

void TstSecureClipboard::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstSecureClipboard::marksTheSecretForClipboardManagers()
{
    SecureClipboard clipboard;
    clipboard.copySecret(QStringLiteral("s3cr3t-token"));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("s3cr3t-token"));
#if defined(Q_OS_MACOS)
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-nspasteboard-concealed-type")));
#elif defined(Q_OS_WIN)
    QVERIFY(mime->hasFormat(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing")));
#else
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
#endif
    QVERIFY(clipboard.holdsSecret());
}

void TstSecureClipboard::countsDownThenClears()
{
    TestClock clock;
    SecureClipboard clipboard;
    clipboard.setClearDelay(3);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    QSignalSpy countdown(&clipboard, &SecureClipboard::countdownChanged);
    clipboard.copySecret(QStringLiteral("short-lived"));
    QCOMPARE(clipboard.secondsUntilClear(), 3);

    // One step a second, none skipped, none twice; then, to the millisecond, the clear.
    clock.advance(1s);
    clock.advance(1s);
    clock.advance(999ms);
    QList<int> seen;
    for (const QList<QVariant> &signal : std::as_const(countdown))
        seen.append(signal.first().toInt());
    QCOMPARE(seen, QList<int>({3, 2, 1}));
    QCOMPARE(clipboard.secondsUntilClear(), 1);
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("short-lived"));
    clock.advance(1ms);
    QCOMPARE(cleared.count(), 1);
    QCOMPARE(countdown.count(), 3);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!clipboard.holdsSecret());
    QCOMPARE(clipboard.secondsUntilClear(), -1);
}

void TstSecureClipboard::leavesSomeoneElsesContentAlone()
{
    TestClock clock;
    SecureClipboard clipboard;
    clipboard.setClearDelay(1);
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    QSignalSpy released(&clipboard, &SecureClipboard::released);
    clipboard.copySecret(QStringLiteral("our-token"));

    // The user copies something of their own before the delay is up.
    QGuiApplication::clipboard()->setText(QStringLiteral("a note the user copied"));
    QTRY_COMPARE(released.count(), 1);

    // Well past the delay the user's text is still there, and nothing was cleared.
    clock.advance(1h);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a note the user copied"));
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(clipboard.secondsUntilClear(), -1);
}

void TstSecureClipboard::clearNowOnlyClearsOurs()
{
    SecureClipboard clipboard;
    clipboard.copySecret(QStringLiteral("ours"));
    clipboard.clearNow();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    clipboard.copySecret(QStringLiteral("ours again"));
    QGuiApplication::clipboard()->setText(QStringLiteral("theirs"));
    clipboard.clearNow();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("theirs"));
}

void TstSecureClipboard::zeroDelayKeepsItUntilQuit()
{
    TestClock clock;
    SecureClipboard clipboard;
    clipboard.setClearDelay(0);
    clipboard.copySecret(QStringLiteral("keep me"));
    QCOMPARE(clipboard.secondsUntilClear(), -1);
    clock.advance(24h);
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("keep me"));
}

void TstSecureClipboard::destructionClears()
{
    {
        SecureClipboard clipboard;
        clipboard.setClearDelay(0);
        clipboard.copySecret(QStringLiteral("gone on quit"));
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TstSecureClipboard)
#include "tst_secureclipboard.moc"
