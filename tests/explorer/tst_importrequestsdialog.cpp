#include "AppServices.h"
#include "DemoProfiles.h"
#include "Sandbox.h"
#include "TestSessions.h"
#include "explorer/CollectionRunner.h"
#include "explorer/CollectionStore.h"
#include "explorer/ImportRequestsDialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// File > Import Requests' preview: a real Postman export shown request by request, folders as
// branches and what will not be carried over beside each, then imported into the profile's
// collections under the name a person gave, secrets as {{variables}}.
class TstImportRequestsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewThenImport();
    void cancelWritesNothing();
    void aFileOfNoKnownFormatIsSaidSo();
    void importedWithItsEnvironmentThenRunAgainstTheSandbox();

private:
    QUuid addProfile(AppServices &services);
};

void TstImportRequestsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QUuid TstImportRequestsDialog::addProfile(AppServices &services)
{
    Profile profile;
    profile.name = u"Demo"_s;
    profile.vendor = u"generic"_s;
    profile.method = u"basic"_s;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9/api"_s);
    profile.fields.insert(u"username"_s, u"analyst"_s);
    const auto added = services.profiles().add(profile);
    return added ? added->id : QUuid();
}

void TstImportRequestsDialog::previewThenImport()
{
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QUuid id = addProfile(services);
    QVERIFY(!id.isNull());
    CollectionStore store(CollectionStore::directoryFor(services.profiles()));

    std::optional<CollectionImport::Report> report;
    QPointer<ImportRequestsDialog> dialog = ImportRequestsDialog::openFile(
        &services, &store, id, QStringLiteral(TOKENBENCH_IMPORT_DATA "/postman-complex-v2_1.json"),
        nullptr, [&report](const CollectionImport::Report &r) { report = r; });
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    QTreeWidget *tree = dialog->findChild<QTreeWidget *>(u"importTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 5);
    QTreeWidgetItem *folder = tree->topLevelItem(0);
    QCOMPARE(folder->text(0), u"First Folder"_s);
    QCOMPARE(folder->childCount(), 2);
    QCOMPARE(folder->child(0)->text(0), u"POST {{base_url}}/api/users"_s);
    // What is not carried over, a line a row under the request.
    QVERIFY(folder->child(0)->text(1).startsWith(u"the file field file (/home/user/test.txt)"_s));
    QCOMPARE(folder->child(0)->childCount(), 1);
    QCOMPARE(folder->child(0)->child(0)->text(1), u"the disabled form field baz"_s);
    QCOMPARE(folder->child(1)->text(1), QString());
    QCOMPARE(tree->topLevelItem(2)->text(0), u"POST Test Request Unknown Body"_s);
    QVERIFY(tree->topLevelItem(2)->text(1).contains(u"unknown mode"_s));
    // What comes along with a remark says it where the pointer rests.
    QVERIFY(tree->topLevelItem(4)->toolTip(0).contains(u"GraphQL query is sent as JSON"_s));

    auto *name = dialog->findChild<QLineEdit *>(u"collectionNameEdit"_s);
    QCOMPARE(name->text(), u"Complex Test Collection"_s);
    name->setText(u"From Postman"_s);
    // The environment's enabled plain value becomes the profile's; the disabled one does not.
    QVERIFY(dialog->loadEnvironment(
        QStringLiteral(TOKENBENCH_IMPORT_DATA "/postman-environment.json")));
    const QString environment = dialog->findChild<QLabel *>(u"environmentLabel"_s)->text();
    QVERIFY2(
        environment.contains(
            u"“Production Env”. Variables for the profile: foo. Secrets for the keychain: none."_s),
        qPrintable(environment));
    auto *import = dialog->findChild<QPushButton *>(u"importButton"_s);
    QVERIFY(import && import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(report.has_value());
    QCOMPARE(report->collection, u"From Postman"_s);
    QCOMPARE(report->requests, 6);
    QTRY_VERIFY(!dialog); // closed and deleted

    QCOMPARE(services.profiles().find(id)->fields.value(u"foo"_s), u"production"_s);
    QVERIFY(!services.profiles().find(id)->fields.contains(u"bar"_s));
    QCOMPARE(report->variablesSkipped, QStringList{u"bar: disabled in the file"_s});

    const QList<RequestCollection> collections = store.collections(id);
    QCOMPARE(collections.size(), 1);
    QCOMPARE(collections.first().name, u"From Postman"_s);
    QCOMPARE(collections.first().requests.size(), 6);
    QCOMPARE(collections.first().requests.first().name, u"First Folder / {{base_url}}/api/users"_s);
    QCOMPARE(
        collections.first().requests.first().draft.header(u"Authorization"_s).value_or(QString()),
        u"Basic {{authorization}}"_s);
}

void TstImportRequestsDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QUuid id = addProfile(services);
    CollectionStore store(CollectionStore::directoryFor(services.profiles()));
    QPointer<ImportRequestsDialog> dialog = ImportRequestsDialog::openFile(
        &services, &store, id, QStringLiteral(TOKENBENCH_IMPORT_DATA "/insomnia-v4-simple.yaml"),
        nullptr, {});
    QVERIFY(dialog);
    QTreeWidget *tree = dialog->findChild<QTreeWidget *>(u"importTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 3); // the folder and two requests
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QVERIFY(store.collections(id).isEmpty());
}

void TstImportRequestsDialog::aFileOfNoKnownFormatIsSaidSo()
{
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    const QUuid id = addProfile(services);
    CollectionStore store(CollectionStore::directoryFor(services.profiles()));
    QWidget window;
    window.show();
    QVERIFY(!ImportRequestsDialog::openFile(
        &services, &store, id, QStringLiteral(TOKENBENCH_IMPORT_DATA "/README.md"), &window, {}));
    auto *box = window.findChild<QMessageBox *>(u"importProblemBox"_s);
    QVERIFY(box && box->isVisible());
    QVERIFY(box->text().contains(u"is not a Postman Collection"_s));
    box->accept();
    QVERIFY(store.collections(id).isEmpty());
}

// What the issue is done with: a Postman user imports a collection and an environment, and runs
// it against the sandbox. newman's collection reads its URL from a collection variable, which the
// environment overrides with the sandbox's address; the bearer profile's token is sent.
void TstImportRequestsDialog::importedWithItsEnvironmentThenRunAgainstTheSandbox()
{
    qRegisterMetaType<CollectionRunner::Summary>();
    Sandbox sandbox;
    QVERIFY(sandbox.listen());
    QTemporaryDir dir;
    AppServices::Options options;
    options.configDir = dir.path();
    options.sessionOnly = true;
    AppServices services(options);
    QUuid id;
    for (const DemoProfile &demo : DemoProfiles::all(sandbox)) {
        if (demo.profile.vendor == u"generic"_s && demo.profile.method == u"bearer"_s) {
            id = services.profiles().add(demo.profile)->id;
            QVERIFY(TestSessions::logIn(services.sessions(), id, demo.secrets, false));
        }
    }
    QVERIFY(!id.isNull());
    const QString whoami =
        sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() + u"/api/whoami"_s;
    const QString environment = dir.filePath(u"sandbox.postman_environment.json"_s);
    {
        QFile file(environment);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{u"name"_s, u"Sandbox"_s},
                                   {u"values"_s,
                                    QJsonArray{QJsonObject{{u"key"_s, u"collectionVariablesURL"_s},
                                                           {u"value"_s, whoami},
                                                           {u"enabled"_s, true}}}}})
                       .toJson());
    }
    CollectionStore store(CollectionStore::directoryFor(services.profiles()));
    QPointer<ImportRequestsDialog> dialog = ImportRequestsDialog::openFile(
        &services, &store, id,
        QStringLiteral(TOKENBENCH_IMPORT_DATA "/postman-inherited-auth.json"), nullptr, {});
    QVERIFY(dialog && dialog->loadEnvironment(environment));
    dialog->findChild<QPushButton *>(u"importButton"_s)->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(services.profiles().find(id)->fields.value(u"collectionVariablesURL"_s), whoami);

    const SavedRequest first = store.collections(id).first().requests.first();
    QCOMPARE(first.draft.url, u"{{collectionVariablesURL}}"_s);
    CollectionRunner runner(services.makeRunner(&services));
    runner.setSecretVariables(&services.secretVariables());
    QSignalSpy finished(&runner, &CollectionRunner::finished);
    runner.run(id, {first});
    QVERIFY(finished.wait(15000));
    const auto summary = finished.first().first().value<CollectionRunner::Summary>();
    QCOMPARE(summary.steps.size(), 1);
    QCOMPARE(summary.steps.first().status, 200);
    QCOMPARE(summary.passed, 1);
}

QTEST_MAIN(TstImportRequestsDialog)
#include "tst_importrequestsdialog.moc"
