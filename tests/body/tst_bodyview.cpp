#include "body/BodyTextView.h"
#include "body/BodyView.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

class TstBodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void prettyJsonShowsLines();
    void foldingHidesLines();
    void keyboardNavigation();
    void searchFindsAndCounts();
    void searchRevealsFoldedMatches();
    void copyCopiesSelectedLines();
    void invalidJsonFallsBackToRawText();
    void textBodyShowsRaw();
    void imageShowsPreview();
    void saveWritesIdenticalBytesFromMappedFile();
    void newBodyCancelsTheOld();
    void largeBodyLoadsWhileEventLoopTurns();

private:
    bool load(const QByteArray &body, const QString &type);
    std::unique_ptr<BodyView> m_view;
    QTemporaryDir m_dir;
};

namespace {
const QByteArray SmallJson =
    R"({"users":[{"id":1,"name":"Ada"},{"id":2,"name":"Grace"}],"total":2})";

// An API list response of roughly `bytes` bytes.
QByteArray listResponse(qint64 bytes)
{
    QByteArray out = "{\"data\":[";
    out.reserve(bytes + 512);
    for (int i = 0; out.size() < bytes; ++i) {
        if (i > 0)
            out += ',';
        out += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"user " + QByteArray::number(i) +
               "\",\"email\":\"user" + QByteArray::number(i) +
               "@example.com\",\"active\":true,\"score\":" + QByteArray::number(i * 0.25) +
               ",\"tags\":[\"a\",\"b\"],\"address\":{\"city\":\"Z\\u00fcrich\",\"zip\":null}}";
    }
    out += "],\"next\":null}";
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

void TstBodyView::init()
{
    m_view = std::make_unique<BodyView>();
    m_view->resize(800, 500);
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TstBodyView::cleanup()
{
    m_view.reset();
}

bool TstBodyView::load(const QByteArray &body, const QString &type)
{
    QSignalSpy loaded(m_view.get(), &BodyView::loaded);
    m_view->setBody(body, type);
    return loaded.count() == 1 || loaded.wait(10000);
}

void TstBodyView::prettyJsonShowsLines()
{
    QVERIFY(load(SmallJson, QStringLiteral("application/json; charset=utf-8")));
    QVERIFY(!m_view->isLoading());
    QCOMPARE(m_view->mode(), BodyView::Mode::Pretty);
    QCOMPARE(m_view->rowCount(), 13);
    QCOMPARE(m_view->displayedLine(0), QStringLiteral("{"));
    QCOMPARE(m_view->displayedLine(1), QStringLiteral("  \"users\": ["));
    QCOMPARE(m_view->displayedLine(3), QStringLiteral("      \"id\": 1,"));
    QCOMPARE(m_view->displayedLine(11), QStringLiteral("  \"total\": 2"));
    QVERIFY(m_view->findChild<QToolButton *>(QStringLiteral("prettyModeButton"))->isChecked());
    QVERIFY(m_view->findChild<QToolButton *>(QStringLiteral("expandAllButton"))->isEnabled());
    QVERIFY(m_view->message().isEmpty());

    m_view->findChild<QToolButton *>(QStringLiteral("rawModeButton"))->click();
    QTRY_COMPARE(m_view->rowCount(), 1);
    QCOMPARE(m_view->displayedLine(0), QString::fromUtf8(SmallJson));
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("expandAllButton"))->isEnabled());
    m_view->setMode(BodyView::Mode::Pretty);
    QCOMPARE(m_view->rowCount(), 13);
}

void TstBodyView::foldingHidesLines()
{
    QVERIFY(load(SmallJson, QStringLiteral("application/json")));
    BodyTextView *text = m_view->textView();
    text->toggleFold(1);
    QCOMPARE(m_view->rowCount(), 4);
    QCOMPARE(m_view->displayedLine(1), QStringLiteral("  \"users\": [\u2026],"));
    QCOMPARE(m_view->displayedLine(2), QStringLiteral("  \"total\": 2"));
    text->toggleFold(1);
    QCOMPARE(m_view->rowCount(), 13);

    m_view->findChild<QToolButton *>(QStringLiteral("collapseAllButton"))->click();
    QCOMPARE(m_view->rowCount(), 4);
    m_view->findChild<QToolButton *>(QStringLiteral("expandAllButton"))->click();
    QCOMPARE(m_view->rowCount(), 13);

    // Clicking the fold marker in the gutter folds too.
    text->setCurrentRow(0);
    QTest::keyClick(text, Qt::Key_Down);
    QCOMPARE(text->currentRow(), 1);
    QTest::keyClick(text, Qt::Key_Left);
    QCOMPARE(m_view->rowCount(), 4);
    QTest::keyClick(text, Qt::Key_Right);
    QCOMPARE(m_view->rowCount(), 13);
}

void TstBodyView::keyboardNavigation()
{
    QVERIFY(load(listResponse(200000), QStringLiteral("application/json")));
    BodyTextView *text = m_view->textView();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(text->currentRow(), m_view->rowCount() - 1);
    QVERIFY(text->firstVisibleRow() > 0);
    QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(text->currentRow(), 0);
    QCOMPARE(text->firstVisibleRow(), 0);
    QTest::keyClick(text, Qt::Key_PageDown);
    QCOMPARE(text->currentRow(), text->visibleRowCount() - 1);
    QTest::keyClick(text, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_Down, Qt::ShiftModifier);
    QVERIFY(text->hasSelection());
    const auto [first, last] = text->selectedRows();
    QCOMPARE(last - first, 2);
}

void TstBodyView::searchFindsAndCounts()
{
    QVERIFY(load(SmallJson, QStringLiteral("application/json")));
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("matchCountLabel"));
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    m_view->textView()->setFocus();
    QTest::keyClick(m_view->textView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("NAME"));
    QTRY_COMPARE(m_view->matchCount(), 2);
    QCOMPARE(label->text(), QStringLiteral("1 of 2"));
    QCOMPARE(m_view->textView()->currentRow(), 4);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("2 of 2"));
    QCOMPARE(m_view->textView()->currentRow(), 8);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(label->text(), QStringLiteral("1 of 2"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(label->text(), QStringLiteral("2 of 2"));
    QTest::keyClick(edit, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(label->text(), QStringLiteral("1 of 2"));
    QTest::keyClick(edit, Qt::Key_F3);
    QCOMPARE(label->text(), QStringLiteral("2 of 2"));

    m_view->setSearchText(QStringLiteral("nobody"));
    QTRY_VERIFY(!m_view->isSearching());
    QCOMPARE(m_view->matchCount(), 0);
    QCOMPARE(label->text(), QStringLiteral("No matches"));
}

void TstBodyView::searchRevealsFoldedMatches()
{
    QVERIFY(load(SmallJson, QStringLiteral("application/json")));
    m_view->collapseAll();
    QCOMPARE(m_view->rowCount(), 4);
    m_view->setSearchText(QStringLiteral("grace"));
    QTRY_COMPARE(m_view->matchCount(), 1);
    const int row = m_view->textView()->currentRow();
    QCOMPARE(m_view->displayedLine(row), QStringLiteral("      \"name\": \"Grace\""));
}

void TstBodyView::copyCopiesSelectedLines()
{
    QVERIFY(load(SmallJson, QStringLiteral("application/json")));
    BodyTextView *text = m_view->textView();
    text->setCurrentRow(2);
    QTest::keyClick(text, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(text, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("    {\n      \"id\": 1,"));
    text->clearSelection();
    m_view->findChild<QToolButton *>(QStringLiteral("copyButton"))->click();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(SmallJson));
}

void TstBodyView::invalidJsonFallsBackToRawText()
{
    QSignalSpy failed(m_view.get(), &BodyView::loadFailed);
    const QByteArray body = "{\"a\": 1,\n \"b\": [1, 2,]\n}";
    QVERIFY(load(body, QStringLiteral("application/json")));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QCOMPARE(message, QStringLiteral("Not valid JSON at line 2, column 13: expected a value. "
                                     "Showing it as text."));
    QCOMPARE(m_view->message(), message);
    QCOMPARE(m_view->mode(), BodyView::Mode::Raw);
    QCOMPARE(m_view->rowCount(), 3);
    QCOMPARE(m_view->displayedLine(1), QStringLiteral(" \"b\": [1, 2,]"));
    QVERIFY(!m_view->isModeAvailable(BodyView::Mode::Pretty));
}

void TstBodyView::textBodyShowsRaw()
{
    QVERIFY(load("hello\nw\xC3\xB6rld\n", QStringLiteral("text/plain")));
    QCOMPARE(m_view->mode(), BodyView::Mode::Raw);
    QCOMPARE(m_view->rowCount(), 2);
    QCOMPARE(m_view->displayedLine(1), QStringLiteral("w\u00f6rld"));
    QVERIFY(!m_view->findChild<QToolButton *>(QStringLiteral("prettyModeButton"))->isVisible());
    // JSON served as text/plain is still recognised.
    QVERIFY(load(SmallJson, QStringLiteral("text/plain")));
    QCOMPARE(m_view->mode(), BodyView::Mode::Pretty);
}

void TstBodyView::imageShowsPreview()
{
    QImage image(40, 30, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    QVERIFY(load(png, QStringLiteral("image/png")));
    QCOMPARE(m_view->mode(), BodyView::Mode::Image);
    QCOMPARE(m_view->imageSize(), QSize(40, 30));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("imageInfoLabel"))->text(),
             QStringLiteral("PNG image, 40 \u00d7 30 pixels"));
    m_view->setMode(BodyView::Mode::Raw);
    QTRY_VERIFY(m_view->rowCount() > 0);

    QSignalSpy failed(m_view.get(), &BodyView::loadFailed);
    QVERIFY(load("not a picture", QStringLiteral("image/png")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_view->mode(), BodyView::Mode::Raw);
    QTRY_COMPARE(m_view->displayedLine(0), QStringLiteral("not a picture"));
}

void TstBodyView::saveWritesIdenticalBytesFromMappedFile()
{
    const QByteArray body = listResponse(20 * 1024 * 1024);
    const QString path = writeFile(m_dir, QStringLiteral("body.json"), body);
    QVERIFY(!path.isEmpty());
    QSignalSpy loaded(m_view.get(), &BodyView::loaded);
    m_view->setBodyFile(path, QStringLiteral("application/json"));
    QVERIFY(loaded.wait(30000));
    QVERIFY(m_view->rowCount() > 100000);
    const QString out = m_dir.filePath(QStringLiteral("saved.json"));
    const Result<bool> saved = m_view->saveTo(out);
    QVERIFY(saved.ok());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == body);
    QVERIFY(QFile::exists(path)); // the view never deletes its file
}

void TstBodyView::newBodyCancelsTheOld()
{
    const QString path = writeFile(m_dir, QStringLiteral("big.json"), listResponse(30 << 20));
    QSignalSpy loaded(m_view.get(), &BodyView::loaded);
    m_view->setBodyFile(path, QStringLiteral("application/json"));
    QVERIFY(m_view->isLoading());
    m_view->setBody(SmallJson, QStringLiteral("application/json"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_view->rowCount(), 13);
    // The worker runs one job at a time, in order: once a later body has loaded, whatever the
    // cancelled load could have posted has arrived before it.
    m_view->setBody(SmallJson, QStringLiteral("application/json"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(m_view->rowCount(), 13);
}

void TstBodyView::largeBodyLoadsWhileEventLoopTurns()
{
    const QString path = writeFile(m_dir, QStringLiteral("large.json"), listResponse(50 << 20));
    QSignalSpy loaded(m_view.get(), &BodyView::loaded);
    QSignalSpy shown(m_view.get(), &BodyView::contentShown);
    int ticksWhileLoading = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (m_view->isLoading())
            ++ticksWhileLoading;
    });
    ticker.start();
    m_view->setBodyFile(path, QStringLiteral("application/json"));
    QVERIFY(loaded.wait(60000));
    // The timings live in bench_bodyview; here it is enough that the loop kept turning and the
    // first rows were shown before the whole body was indexed.
    QVERIFY(ticksWhileLoading > 0);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(m_view->displayedLine(0), QStringLiteral("{"));
    QCOMPARE(m_view->displayedLine(1), QStringLiteral("  \"data\": ["));
    m_view->collapseAll();
    QCOMPARE(m_view->rowCount(), 4);
    m_view->setSearchText(QStringLiteral("user12345@"));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->matchCount(), 1, 20000);
    QCOMPARE(m_view->displayedLine(m_view->textView()->currentRow()),
             QStringLiteral("      \"email\": \"user12345@example.com\","));
}

QTEST_MAIN(TstBodyView)
#include "tst_bodyview.moc"
