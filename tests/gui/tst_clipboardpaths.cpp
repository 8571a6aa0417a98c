#include "AppServices.h"
#include "Sandbox.h"
#include "SecureClipboard.h"
#include "TestSessions.h"
#include "TestTokens.h"
#include "TokenPanel.h"
#include "body/BodyView.h"
#include "compose/ComposerWidget.h"
#include "util/Redactor.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

// Every way a secret shown on screen can reach the clipboard goes through SecureClipboard:
// marked for clipboard managers and cleared later. Ctrl+C and the context menu in the token
// field, the revealed authorisation in the composer, a copied response body that holds a token;
// and selecting a token never leaves it in X11's PRIMARY selection. Registered to run on a real
// X server (xvfb-run, the xcb platform) where there is one: only X11 has PRIMARY.
class TstClipboardPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tokenFieldCopyIsMarked_data();
    void tokenFieldCopyIsMarked();
    void revealedAuthorizationCopyIsMarked();
    void responseBodyWithASecretIsMarked_data();
    void responseBodyWithASecretIsMarked();
    void selectingATokenLeavesNoPrimary();

private:
    // What the clipboard holds now says it is a secret, and SecureClipboard will clear it.
    void verifyMarked(const QString &expected);
    static QMenu *openContextMenu(QWidget *target, QWidget *menuParent);
    // Shows the panel with a fresh token in its field; the token, or nothing if not shown.
    static QString showWithToken(TokenPanel &panel);

    Sandbox m_sandbox;
    std::unique_ptr<SecureClipboard> m_clipboard;
};

void TstClipboardPaths::initTestCase()
{
    qRegisterMetaType<Error>();
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
    QVERIFY(m_sandbox.listen());
}

void TstClipboardPaths::init()
{
    QGuiApplication::clipboard()->clear();
    m_clipboard = std::make_unique<SecureClipboard>();
}

void TstClipboardPaths::cleanup()
{
    m_clipboard.reset();
    QGuiApplication::clipboard()->clear();
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->clear(QClipboard::Selection);
}

void TstClipboardPaths::verifyMarked(const QString &expected)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), expected);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY(m_clipboard->holdsSecret());
    QVERIFY(m_clipboard->secondsUntilClear() > 0);
}

QMenu *TstClipboardPaths::openContextMenu(QWidget *target, QWidget *menuParent)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(5, 5),
                            target->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(target, &event);
    return menuParent->findChild<QMenu *>(u"secretTextContextMenu"_s);
}

QString TstClipboardPaths::showWithToken(TokenPanel &panel)
{
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return {};
    const QString token = QString::fromLatin1(TestTokens::expiringIn(600));
    panel.setTokenText(token);
    return token;
}

void TstClipboardPaths::tokenFieldCopyIsMarked_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Ctrl+C") << u"copy"_s;
    QTest::newRow("context menu") << u"menu"_s;
    QTest::newRow("Ctrl+X") << u"cut"_s;
}

void TstClipboardPaths::tokenFieldCopyIsMarked()
{
    QFETCH(QString, how);
    TokenPanel panel(m_clipboard.get());
    const QString token = showWithToken(panel);
    QVERIFY(!token.isEmpty());
    auto *field = panel.findChild<QPlainTextEdit *>(u"tokenTextEdit"_s);
    field->setFocus();
    field->selectAll();
    if (how == u"menu"_s) {
        QMenu *menu = openContextMenu(field->viewport(), field);
        QVERIFY(menu);
        QAction *copy = menu->findChild<QAction *>(u"edit-copy"_s);
        QVERIFY(copy);
        copy->trigger();
        menu->close();
    } else {
        QTest::keySequence(field, how == u"cut"_s ? QKeySequence::Cut : QKeySequence::Copy);
    }
    verifyMarked(token);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(field->toPlainText().isEmpty(), how == u"cut"_s);
}

void TstClipboardPaths::revealedAuthorizationCopyIsMarked()
{
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QUuid id = TestSessions::addProfile(services.profiles(),
                                              m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                              u"generic"_s, u"bearer"_s, {});
    QVERIFY(TestSessions::logIn(services.sessions(), id,
                                {{u"token"_s, Sandbox::genericStaticToken()}}, false));
    ComposerWidget composer(&services);
    composer.setSecureClipboard(m_clipboard.get());
    composer.setProfile(id);
    composer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&composer));
    composer.findChild<QToolButton *>(u"revealAuthorizationToolButton"_s)->click();
    auto *label = composer.findChild<QLabel *>(u"authorizationLabel"_s);
    const QString line = u"Authorization: Bearer "_s + Sandbox::genericStaticToken();
    QCOMPARE(label->text(), line);

    label->setSelection(0, int(line.size()));
    label->setFocus();
    QTest::keySequence(label, QKeySequence::Copy);
    verifyMarked(line);
    if (QTest::currentTestFailed())
        return;

    QGuiApplication::clipboard()->clear();
    label->setSelection(0, int(line.size()));
    QMenu *menu = openContextMenu(label, label);
    QVERIFY(menu);
    QAction *copy = menu->findChild<QAction *>(u"edit-copy"_s);
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    menu->close();
    verifyMarked(line);
    if (QTest::currentTestFailed())
        return;
}

void TstClipboardPaths::responseBodyWithASecretIsMarked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("secret");
    QTest::newRow("token field") << QByteArray(R"({"access_token":"issued-0123456789","n":1})")
                                 << u"application/json"_s << true;
    QTest::newRow("this session's token in text")
        << QByteArray("your key: registered-token-abcdef-98765") << u"text/plain"_s << true;
    QTest::newRow("nothing secret")
        << QByteArray(R"({"id":7,"name":"ada"})") << u"application/json"_s << false;
}

void TstClipboardPaths::responseBodyWithASecretIsMarked()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(bool, secret);
    Redactor::registerSecret(u"registered-token-abcdef-98765"_s);
    BodyView view;
    view.setSecureClipboard(m_clipboard.get());
    QSignalSpy loaded(&view, &BodyView::loaded);
    view.setBody(body, type);
    QVERIFY(!loaded.isEmpty() || loaded.wait(10000));
    view.setMode(BodyView::Mode::Raw);
    view.copy();
    Redactor::forgetSecret(u"registered-token-abcdef-98765"_s);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(mime->text().toUtf8(), body);
    QCOMPARE(mime->hasFormat(u"x-kde-passwordManagerHint"_s), secret);
    QCOMPARE(m_clipboard->holdsSecret(), secret);
}

void TstClipboardPaths::selectingATokenLeavesNoPrimary()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection())
        QSKIP("This platform has no PRIMARY selection (X11 has; the test runs there under "
              "xvfb-run where it is installed).");
    TokenPanel panel(m_clipboard.get());
    const QString token = showWithToken(panel);
    QVERIFY(!token.isEmpty());
    auto *field = panel.findChild<QPlainTextEdit *>(u"tokenTextEdit"_s);

    // The control: an ordinary text field fills PRIMARY as X11 users expect.
    QPlainTextEdit plain;
    plain.setPlainText(u"nothing secret here"_s);
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    const QPoint start = plain.cursorRect(plain.textCursor()).center();
    QTest::mousePress(plain.viewport(), Qt::LeftButton, {}, start);
    QTest::mouseMove(plain.viewport(), start + QPoint(80, 0));
    QTest::mouseRelease(plain.viewport(), Qt::LeftButton, {}, start + QPoint(80, 0));
    QTRY_VERIFY(!clipboard->text(QClipboard::Selection).isEmpty());

    // Selecting the token with the mouse, then with the keyboard: PRIMARY never holds it.
    QTextCursor cursor = field->textCursor();
    cursor.movePosition(QTextCursor::Start);
    field->setTextCursor(cursor);
    const QPoint from = field->cursorRect().center();
    QTest::mousePress(field->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(field->viewport(), from + QPoint(200, 0));
    QTest::mouseRelease(field->viewport(), Qt::LeftButton, {}, from + QPoint(200, 0));
    QVERIFY(field->textCursor().hasSelection());
    QVERIFY(!clipboard->text(QClipboard::Selection).contains(field->textCursor().selectedText()));
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    QVERIFY(!clipboard->text(QClipboard::Selection).contains(token.left(20)));
}

QTEST_MAIN(TstClipboardPaths)
#include "tst_clipboardpaths.moc"
