#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/HistoryStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The history panel: it lists what the store holds, filters as people type, hands a stored draft
// back to the composer, deletes one entry or (after asking) all, and shows an entry's details.
class TstHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsNewestFirst();
    void filtersWhileTyping();
    void opensTheStoredDraft();
    void enterOpensToo();
    void deletesTheSelectedEntry();
    void clearAllAsksFirst();
    void showsDetails();
    void followsTheStore();
    void cancelledIsNotFailed();
    void relativeTimes();
    void unavailableStoreSaysWhy();

private:
    template<typename T>
    T *required(const char *name) const
    {
        auto *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    qint64 add(const QString &method, const QString &url, int status,
               const QByteArray &body = "{}");
    void select(int row);
    int rows() const { return required<QTableView>("historyTableView")->model()->rowCount(); }
    QString urlAt(int row) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
    HistoryPanel *m_panel = nullptr;
    QUuid m_profile = QUuid::createUuid();
};

void TstHistoryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<HistoryStore>();
    QVERIFY(m_store->open(m_dir->filePath(u"history.sqlite"_s)));
    add(u"GET"_s, u"https://a.example/api/users"_s, 200);
    add(u"POST"_s, u"https://a.example/api/users"_s, 201, R"({"id":7})");
    add(u"DELETE"_s, u"https://b.example/api/assets/3"_s, 404);
    m_panel = new HistoryPanel(m_store.get());
    m_panel->resize(900, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TstHistoryPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_store.reset();
    m_dir.reset();
}

qint64 TstHistoryPanel::add(const QString &method, const QString &url, int status,
                            const QByteArray &body)
{
    RequestDraft draft;
    draft.method = method;
    draft.url = url;
    draft.headers = {{u"Authorization"_s, u"Bearer {{token}}"_s, true}};
    HttpRequest sent;
    sent.method = method.toLatin1();
    sent.url = QUrl(url);
    sent.headers = {{"Accept", "application/json"}};
    sent.credential.origin = Origin::of(sent.url);
    sent.credential.headers = {{"Authorization", "Bearer panel-secret-token"}};
    HttpResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = body;
    response.bodySize = body.size();
    response.elapsedMs = 12;
    const auto id =
        m_store->record(m_profile, u"Panel"_s, draft, sent, response, {u"panel-secret-token"_s});
    return id ? id.value() : 0;
}

void TstHistoryPanel::select(int row)
{
    auto *table = required<QTableView>("historyTableView");
    table->setFocus();
    table->selectRow(row);
}

QString TstHistoryPanel::urlAt(int row) const
{
    auto *model = required<QTableView>("historyTableView")->model();
    return model->index(row, HistoryModel::UrlColumn).data().toString();
}

void TstHistoryPanel::listsNewestFirst()
{
    QCOMPARE(m_panel->objectName(), u"historyPanel"_s);
    QCOMPARE(rows(), 3);
    auto *model = required<QTableView>("historyTableView")->model();
    QCOMPARE(model->index(0, HistoryModel::MethodColumn).data().toString(), u"DELETE"_s);
    QCOMPARE(model->index(0, HistoryModel::StatusColumn).data().toString(), u"404"_s);
    QCOMPARE(model->index(2, HistoryModel::MethodColumn).data().toString(), u"GET"_s);
    QCOMPARE(model->index(1, HistoryModel::DurationColumn).data().toString(), u"12 ms"_s);
    QCOMPARE(model->index(1, HistoryModel::SizeColumn).data().toString(), u"8 bytes"_s);
    QCOMPARE(model->index(1, HistoryModel::TimeColumn).data().toString(), u"just now"_s);
    QVERIFY(!model->index(1, HistoryModel::TimeColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // Success and client errors look different.
    QVERIFY(model->index(0, HistoryModel::StatusColumn).data(Qt::ForegroundRole) !=
            model->index(1, HistoryModel::StatusColumn).data(Qt::ForegroundRole));
    // Plurals come from the English translation, which tests do not load.
    QVERIFY(required<QLabel>("historyCountLabel")->text().startsWith(u"3 request"_s));
    QVERIFY(!required<QPushButton>("openInComposerButton")->isEnabled());
    QVERIFY(!required<QPushButton>("deleteEntryButton")->isEnabled());
    QVERIFY(required<QPushButton>("clearHistoryButton")->isEnabled());
}

void TstHistoryPanel::filtersWhileTyping()
{
    auto *search = required<QLineEdit>("historySearchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, u"users"_s);
    QTRY_COMPARE(rows(), 2);
    QVERIFY(required<QLabel>("historyCountLabel")->text().startsWith(u"2 match"_s));
    QTest::keyClicks(search, u" post"_s);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(urlAt(0), u"https://a.example/api/users"_s);
    search->clear();
    QTRY_COMPARE(rows(), 3);
    QTest::keyClicks(search, u"404"_s);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(urlAt(0), u"https://b.example/api/assets/3"_s);
    search->clear();
    QTest::keyClicks(search, u"nothing-like-this"_s);
    QTRY_COMPARE(rows(), 0);
    QVERIFY(!required<QPushButton>("clearHistoryButton")->isEnabled() || m_store->count() > 0);
}

void TstHistoryPanel::opensTheStoredDraft()
{
    QSignalSpy opened(m_panel, &HistoryPanel::openRequested);
    select(1);
    auto *open = required<QPushButton>("openInComposerButton");
    QVERIFY(open->isEnabled());
    open->click();
    QCOMPARE(opened.count(), 1);
    const auto draft = opened.first().at(0).value<RequestDraft>();
    QCOMPARE(draft.method, u"POST"_s);
    QCOMPARE(draft.url, u"https://a.example/api/users"_s);
    QCOMPARE(draft.headers.first().value, u"Bearer {{token}}"_s);
    QCOMPARE(opened.first().at(1).value<QUuid>(), m_profile);

    // A double-click too.
    auto *table = required<QTableView>("historyTableView");
    const QRect cell = table->visualRect(table->model()->index(2, HistoryModel::UrlColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.last().at(0).value<RequestDraft>().method, u"GET"_s);
}

void TstHistoryPanel::enterOpensToo()
{
    QSignalSpy opened(m_panel, &HistoryPanel::openRequested);
    select(0);
    auto *table = required<QTableView>("historyTableView");
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<RequestDraft>().method, u"DELETE"_s);
}

void TstHistoryPanel::deletesTheSelectedEntry()
{
    select(0);
    required<QPushButton>("deleteEntryButton")->click();
    QCOMPARE(rows(), 2);
    QCOMPARE(m_store->count(), 2);
    // The next entry is selected, so pressing Del again goes on deleting.
    QCOMPARE(m_panel->selectedId() != 0, true);
    auto *table = required<QTableView>("historyTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(rows(), 1);
    QCOMPARE(urlAt(0), u"https://a.example/api/users"_s);
    QCOMPARE(m_store->count(), 1);
}

void TstHistoryPanel::clearAllAsksFirst()
{
    auto *clear = required<QPushButton>("clearHistoryButton");
    clear->click();
    auto *box = m_panel->findChild<QMessageBox *>(u"clearHistoryMessageBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    // Cancel keeps everything.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_panel->findChild<QMessageBox *>(u"clearHistoryMessageBox"_s));
    QCOMPARE(m_store->count(), 3);

    clear->click();
    box = m_panel->findChild<QMessageBox *>(u"clearHistoryMessageBox"_s);
    QVERIFY(box);
    QVERIFY(box->informativeText().startsWith(u"3 request"_s));
    auto *confirm = box->findChild<QPushButton *>(u"confirmClearHistoryButton"_s);
    QVERIFY(confirm);
    QCOMPARE(box->buttonRole(confirm), QMessageBox::DestructiveRole);
    confirm->click();
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(rows(), 0);
    QVERIFY(!clear->isEnabled());
}

void TstHistoryPanel::showsDetails()
{
    select(1);
    const QString request = required<QPlainTextEdit>("historyRequestPlainTextEdit")->toPlainText();
    const QString response =
        required<QPlainTextEdit>("historyResponsePlainTextEdit")->toPlainText();
    QVERIFY2(request.startsWith(u"POST https://a.example/api/users"_s), qPrintable(request));
    QVERIFY(request.contains(u"Authorization: Bearer [redacted]"_s));
    QVERIFY(request.contains(u"Accept: application/json"_s));
    QVERIFY(!request.contains(u"panel-secret-token"_s));
    QVERIFY2(response.startsWith(u"201"_s), qPrintable(response));
    QVERIFY(response.contains(u"Content-Type: application/json"_s));
    QVERIFY(response.contains(u"\"id\": 7"_s)); // indented for reading
    m_panel->findChild<QTableView *>()->clearSelection();
    QVERIFY(required<QPlainTextEdit>("historyResponsePlainTextEdit")->toPlainText().isEmpty());
}

void TstHistoryPanel::followsTheStore()
{
    add(u"PATCH"_s, u"https://c.example/api/new"_s, 500);
    QTRY_COMPARE(rows(), 4);
    QCOMPARE(urlAt(0), u"https://c.example/api/new"_s);
    m_panel->setProfileFilter(QUuid::createUuid());
    QCOMPARE(rows(), 0);
    m_panel->setProfileFilter(m_profile);
    QCOMPARE(rows(), 4);
}

// The bug: a request a person cancelled read "Failed" in History, like one the server broke.
void TstHistoryPanel::cancelledIsNotFailed()
{
    RequestDraft draft;
    draft.url = u"https://d.example/slow"_s;
    HttpRequest sent;
    sent.method = "GET";
    sent.url = QUrl(draft.url);
    for (const auto kind : {Error::Kind::Cancelled, Error::Kind::Timeout}) {
        const Result<HttpResponse> stopped =
            Error::make(kind, u"test.stopped"_s,
                        kind == Error::Kind::Cancelled ? u"Cancelled."_s : u"Timed out."_s);
        QVERIFY(m_store->record(m_profile, u"Panel"_s, draft, sent, stopped, {}));
    }
    QTRY_COMPARE(rows(), 5);
    auto *model = required<QTableView>("historyTableView")->model();
    QCOMPARE(model->index(0, HistoryModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model->index(1, HistoryModel::StatusColumn).data().toString(), u"Cancelled"_s);
    select(1);
    QVERIFY(required<QPlainTextEdit>("historyResponsePlainTextEdit")
                ->toPlainText()
                .contains(u"Cancelled."_s));
}

void TstHistoryPanel::relativeTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(HistoryModel::relativeTime(now.addSecs(-10), now), u"just now"_s);
    QCOMPARE(HistoryModel::relativeTime(now.addSecs(-60), now), u"1 min ago"_s);
    QCOMPARE(HistoryModel::relativeTime(now.addSecs(-5 * 60), now), u"5 min ago"_s);
    QCOMPARE(HistoryModel::relativeTime(now.addSecs(-3 * 3600), now), u"3 h ago"_s);
    QVERIFY(!HistoryModel::relativeTime(now.addDays(-30), now).contains(u"ago"_s));
}

void TstHistoryPanel::unavailableStoreSaysWhy()
{
    HistoryStore closed;
    HistoryPanel panel(&closed);
    auto *status = panel.findChild<QLabel *>(u"historyStatusLabel"_s);
    QVERIFY(status);
    QVERIFY(!status->isHidden());
    QVERIFY(!status->text().isEmpty());
    QVERIFY(!panel.findChild<QPushButton *>(u"clearHistoryButton"_s)->isEnabled());
    HistoryPanel none(nullptr);
    QVERIFY(!none.findChild<QLabel *>(u"historyStatusLabel"_s)->isHidden());
}

QTEST_MAIN(TstHistoryPanel)
#include "tst_historypanel.moc"
