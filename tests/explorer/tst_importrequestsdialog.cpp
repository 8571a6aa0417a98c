#include "AppServices.h"
#include "explorer/CollectionStore.h"
#include "explorer/ImportRequestsDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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

QTEST_MAIN(TstImportRequestsDialog)
#include "tst_importrequestsdialog.moc"
