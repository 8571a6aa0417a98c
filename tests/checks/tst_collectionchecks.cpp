#include "AppServices.h"
#include "DemoProfiles.h"
#include "Sandbox.h"
#include "SmokeCollection.h"
#include "TestProcess.h"
#include "TestSessions.h"
#include "explorer/ChecksEditor.h"
#include "explorer/CollectionsPanel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace SmokeCollection;

// The app's collection runner against the sandbox, offscreen: the same pass and fail as
// `tokenbench-cli run` on the same collection, the failed checks in words under each request,
// and checks edited in the app's table editor, saved with the request and used by the next run.
class TstCollectionChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void appAndCliGiveTheSameAnswer();
    void checksAreEditedInTheApp();

private:
    CollectionRunner::Summary runAll(CollectionsPanel &panel);

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    QUuid m_profile;
    QString m_profileName;
};

void TstCollectionChecks::initTestCase()
{
    qRegisterMetaType<CollectionRunner::Summary>();
    QVERIFY(m_sandbox.listen());
}

void TstCollectionChecks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
    for (const DemoProfile &demo : DemoProfiles::all(m_sandbox)) {
        if (demo.profile.vendor != u"generic"_s || demo.profile.method != u"bearer"_s ||
            demo.profile.fields.value(u"header"_s, u"Authorization"_s) != u"Authorization"_s)
            continue;
        m_profile = m_services->profiles().add(demo.profile)->id;
        m_profileName = demo.profile.name;
        QVERIFY(TestSessions::logIn(m_services->sessions(), m_profile, demo.secrets, false));
        break;
    }
    QVERIFY(!m_profile.isNull());
}

void TstCollectionChecks::cleanup()
{
    m_services.reset();
}

CollectionRunner::Summary TstCollectionChecks::runAll(CollectionsPanel &panel)
{
    auto *tree = panel.findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
    tree->setCurrentItem(tree->topLevelItem(0));
    QSignalSpy done(&panel, &CollectionsPanel::runFinished);
    QTest::mouseClick(panel.findChild<QToolButton *>(u"runAllButton"_s), Qt::LeftButton);
    if (!done.wait(30000))
        return {};
    return done.first().first().value<CollectionRunner::Summary>();
}

void TstCollectionChecks::appAndCliGiveTheSameAnswer()
{
    CollectionsPanel panel(m_services.get());
    panel.setProfile(m_profile);
    const auto added = panel.store()->addCollection(m_profile, u"Smoke"_s);
    QVERIFY(added);
    for (const SavedRequest &r : smoke())
        QVERIFY(panel.store()->addRequest(m_profile, added.value(), r));

    const CollectionRunner::Summary app = runAll(panel);
    QCOMPARE(app.steps.size(), 5);
    QCOMPARE(app.passed, 3);
    QCOMPARE(app.failed, 2);

    // Each request a line, each failed check in words beneath it.
    auto *results = panel.findChild<QTreeWidget *>(u"runResultsTreeWidget"_s);
    QCOMPARE(results->topLevelItemCount(), 5);
    QVERIFY(results->topLevelItem(2)->text(0).contains(u"Echo read"_s));
    QCOMPARE(results->topLevelItem(2)->childCount(), 0);
    QCOMPARE(results->topLevelItem(3)->childCount(), 1);
    QCOMPARE(results->topLevelItem(3)->child(0)->text(0), u"status was 404, expected below 400"_s);
    QCOMPARE(results->topLevelItem(4)->child(0)->text(0),
             u"$.authenticated_as: expected a number, got a string"_s);
    QVERIFY(panel.findChild<QLabel *>(u"runSummaryLabel"_s)
                ->text()
                .startsWith(u"3 passed, 2 failed"_s));

    // The CLI on the same profile and collection files says the same, request by request.
    const auto cli =
        TestProcess::run(QStringLiteral(TOKENBENCH_CLI),
                         {u"--config-dir"_s, m_dir->path(), u"--no-keychain"_s, u"run"_s,
                          m_profileName, u"Smoke"_s, u"--json"_s, u"--secrets-stdin"_s},
                         QProcessEnvironment::systemEnvironment(),
                         "token=" + Sandbox::genericStaticToken().toUtf8() + '\n');
    QVERIFY2(cli.code == 5, cli.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(cli.out).object();
    QCOMPARE(json[u"passed"_s].toInt(), app.passed);
    QCOMPARE(json[u"failed"_s].toInt(), app.failed);
    const QJsonArray requests = json[u"requests"_s].toArray();
    QCOMPARE(requests.size(), app.steps.size());
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i)[u"name"_s].toString(), app.steps.at(i).name);
        QCOMPARE(requests.at(i)[u"passed"_s].toBool(), app.steps.at(i).passed);
        QStringList failures;
        for (const QJsonValue &f : requests.at(i)[u"failures"_s].toArray())
            failures << f.toString();
        QCOMPARE(failures, app.steps.at(i).failures());
    }
}

void TstCollectionChecks::checksAreEditedInTheApp()
{
    CollectionsPanel panel(m_services.get());
    panel.setProfile(m_profile);
    const auto added = panel.store()->addCollection(m_profile, u"Edited"_s);
    QVERIFY(added);
    QVERIFY(panel.store()->addRequest(m_profile, added.value(),
                                      request(u"Who am I"_s, u"GET"_s, u"api/whoami"_s)));
    auto *tree = panel.findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
    auto *edit = panel.findChild<QToolButton *>(u"editChecksButton"_s);
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(!edit->isEnabled()); // a collection has no checks of its own
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QVERIFY(edit->isEnabled());

    // Two assertions typed into the table: a status and a JSON type that does not hold.
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = panel.findChild<QDialog *>(u"checksDialog"_s);
    QVERIFY(dialog);
    auto *editor = dialog->findChild<ChecksEditor *>(u"checksEditor"_s);
    auto *table = editor->findChild<QTableWidget *>(u"assertionsTableWidget"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addAssertionButton"_s), Qt::LeftButton);
    table->item(0, 3)->setText(u"200"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addAssertionButton"_s), Qt::LeftButton);
    auto *kind = qobject_cast<QComboBox *>(table->cellWidget(1, 0));
    kind->setCurrentIndex(kind->findData(int(Assertion::Kind::JsonBody)));
    QCOMPARE(table->item(1, 1)->text(), u"$."_s);
    table->item(1, 1)->setText(u"$.authenticated_as"_s);
    auto *op = qobject_cast<QComboBox *>(table->cellWidget(1, 2));
    // Only what a JSON value allows is offered.
    QCOMPARE(op->count(), Assertion::operatorsFor(Assertion::Kind::JsonBody).size());
    op->setCurrentIndex(op->findData(int(Assertion::Operator::IsType)));
    table->item(1, 3)->setText(u"number"_s);
    // A capture, so its row is kept too.
    auto *captures = editor->findChild<QTableWidget *>(u"capturesTableWidget"_s);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addCaptureButton"_s), Qt::LeftButton);
    captures->item(0, 0)->setText(u"{{who}}"_s);
    captures->item(0, 2)->setText(u"$.authenticated_as"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    SavedRequest saved = panel.store()->collections(m_profile).first().requests.first();
    QCOMPARE(saved.assertions,
             (QList<Assertion>{{Assertion::Kind::Status, Assertion::Operator::Equals, {}, u"200"_s},
                               {Assertion::Kind::JsonBody, Assertion::Operator::IsType,
                                u"$.authenticated_as"_s, u"number"_s}}));
    QCOMPARE(saved.captures,
             (QList<Capture>{{u"who"_s, Capture::Source::JsonBody, u"$.authenticated_as"_s}}));

    CollectionRunner::Summary summary = runAll(panel);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.steps.first().failures(),
             QStringList{u"$.authenticated_as: expected a number, got a string"_s});

    // Corrected in the editor, which opens with what was saved: the run passes.
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTest::mouseClick(edit, Qt::LeftButton);
    dialog = panel.findChild<QDialog *>(u"checksDialog"_s);
    table = dialog->findChild<QTableWidget *>(u"assertionsTableWidget"_s);
    QCOMPARE(table->rowCount(), 2);
    table->item(1, 3)->setText(u"string"_s);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    summary = runAll(panel);
    QCOMPARE(summary.passed, 1);
    QCOMPARE(summary.failed, 0);
}

QTEST_MAIN(TstCollectionChecks)
#include "tst_collectionchecks.moc"
