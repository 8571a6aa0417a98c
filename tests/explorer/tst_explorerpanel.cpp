#include "AppServices.h"
#include "DemoProfiles.h"
#include "Sandbox.h"
#include "TestHttpServer.h"
#include "TestSessions.h"
#include "compose/ComposerWidget.h"
#include "compose/KeyValueTable.h"
#include "explorer/CollectionStore.h"
#include "explorer/CollectionsPanel.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/SpecLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The explorer wired to a composer as the main window wires it (setComposer): from the
// sandbox's own description to a filled composer to a successful call; searching, caching,
// switched-off query rows; and collections saved and run in order.
class TstExplorerPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void regScaleSwaggerToSuccessfulCall();
    void genericProfileFindsTheRootDocument();
    void secondOpenComesFromTheCache();
    void searchFiltersTheTree();
    void optionalQueryRowsArriveSwitchedOff();
    void collectionsSaveRunAndSummarise();
    void savedRequestsHoldNoSecret();
    void explorerCacheIsPrivateAndKeepsNoSecret();
    void aParseInFlightIsStoppedNotAwaited();

private:
    QUuid addDemo(const QString &vendor, const QString &method);

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
};

void TstExplorerPanel::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<RequestRunner::Outcome>();
    qRegisterMetaType<CollectionRunner::Summary>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_sandbox.listen());
}

void TstExplorerPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppServices::Options options;
    options.configDir = m_dir->path();
    options.sessionOnly = true;
    m_services = std::make_unique<AppServices>(options);
}

void TstExplorerPanel::cleanup()
{
    m_services.reset();
}

QUuid TstExplorerPanel::addDemo(const QString &vendor, const QString &method)
{
    for (const DemoProfile &demo : DemoProfiles::all(m_sandbox)) {
        if (demo.profile.vendor != vendor || demo.profile.method != method)
            continue;
        const QUuid id = m_services->profiles().add(demo.profile)->id;
        return TestSessions::logIn(m_services->sessions(), id, demo.secrets, false) ? id : QUuid();
    }
    return {};
}

void TstExplorerPanel::regScaleSwaggerToSuccessfulCall()
{
    const QUuid id = addDemo(u"regscale"_s, u"password"_s);
    QVERIFY(!id.isNull());
    ComposerWidget composer(m_services.get());
    ExplorerPanel explorer(m_services.get(), m_dir->filePath(u"explorer"_s));
    explorer.show(); // a panel nobody can see fetches nothing
    explorer.setComposer(&composer);
    QSignalSpy chosen(&explorer, &ExplorerPanel::draftChosen);
    QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
    composer.setProfile(id);
    explorer.setProfile(id);
    QVERIFY(loaded.wait(10000));

    // RegScale's place for its Swagger: under the base URL, as Swashbuckle serves it.
    const auto cache = explorer.loader()->cacheInfo(id);
    QVERIFY(cache);
    QCOMPARE(cache->fetchedFrom, m_sandbox.vendorBaseUrl(Sandbox::Vendor::RegScale).toString() +
                                     u"/swagger/v1/swagger.json"_s);
    QCOMPARE(explorer.spec()->title, u"RegScale (Tokenbench sandbox)"_s);

    QVERIFY(explorer.selectOperation(u"GET"_s, u"/api/issues/{id}"_s));
    auto *use = explorer.findChild<QPushButton *>(u"useInComposerButton"_s);
    QVERIFY(use->isEnabled());
    // The form starts with the document's example; emptied, the id stays a variable, which the
    // composer reports before sending.
    auto *idEdit = explorer.findChild<QLineEdit *>(u"pathParameterLineEdit_id"_s);
    QVERIFY(idEdit);
    QCOMPARE(idEdit->text(), u"1"_s);
    idEdit->clear();
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(composer.draft().url, u"api/issues/{{id}}"_s);
    idEdit->setText(u"1"_s);
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(composer.draft().method, u"GET"_s);
    QCOMPARE(composer.draft().url, u"api/issues/1"_s);

    QSignalSpy finished(composer.runner(), &RequestRunner::finished);
    composer.send();
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<RequestRunner::Outcome>();
    QVERIFY2(outcome.response,
             qPrintable(outcome.response ? QString() : outcome.response.error().message));
    QCOMPARE(outcome.response->status, 200);
    QVERIFY(outcome.credentialAttached);
    QVERIFY(outcome.response->body.contains("TLS 1.0"));
}

void TstExplorerPanel::genericProfileFindsTheRootDocument()
{
    const QUuid id = addDemo(u"generic"_s, u"bearer"_s);
    QVERIFY(!id.isNull());
    ComposerWidget composer(m_services.get());
    ExplorerPanel explorer(m_services.get(), m_dir->filePath(u"explorer"_s));
    explorer.show();
    explorer.setComposer(&composer);
    QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
    composer.setProfile(id);
    explorer.setProfile(id);
    QVERIFY(loaded.wait(10000));
    // openapi.json under /generic does not exist; the origin's /openapi.json does.
    QCOMPARE(explorer.loader()->cacheInfo(id)->fetchedFrom,
             m_sandbox.baseUrl().toString() + u"/openapi.json"_s);
    QVERIFY(explorer.selectOperation(u"GET"_s, u"/generic/api/whoami"_s));
    explorer.useSelected();
    QCOMPARE(composer.draft().url, u"api/whoami"_s);
    QSignalSpy finished(composer.runner(), &RequestRunner::finished);
    composer.send();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RequestRunner::Outcome>().response->status, 200);
}

void TstExplorerPanel::secondOpenComesFromTheCache()
{
    const QUuid id = addDemo(u"regscale"_s, u"password"_s);
    const QString dir = m_dir->filePath(u"explorer"_s);
    {
        ExplorerPanel first(m_services.get(), dir);
        first.show();
        QSignalSpy loaded(first.loader(), &SpecLoader::loaded);
        first.setProfile(id);
        QVERIFY(loaded.wait(10000));
    }
    QSignalSpy requests(&m_sandbox, &Sandbox::requestReceived);
    ExplorerPanel second(m_services.get(), dir);
    second.show();
    QSignalSpy loaded(second.loader(), &SpecLoader::loaded);
    second.setProfile(id);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(second.spec()->title, u"RegScale (Tokenbench sandbox)"_s);
    QCOMPARE(requests.size(), 0);

    // Refresh fetches again; a broken override says why and keeps nothing half-loaded.
    QSignalSpy failed(second.loader(), &SpecLoader::failed);
    second.loader()->setSourceOverride(id, u"swagger/v9/missing.json"_s);
    second.refresh();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(1).value<Error>().code, u"explorer.not_found"_s);
    QVERIFY(requests.size() >= 1);

    // A description over the size limit is refused naming its address, not the temporary file
    // a download that large was kept in.
    SpecLoader::setDocumentLimit(9 * 1024 * 1024);
    QSignalSpy tooLarge(second.loader(), &SpecLoader::failed);
    second.loader()->setSourceOverride(
        id, m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() + u"/api/large?mb=10"_s);
    second.refresh();
    QVERIFY(tooLarge.wait(30000));
    SpecLoader::setDocumentLimit(SpecLoader::DefaultDocumentLimit);
    const Error refused = tooLarge.first().at(1).value<Error>();
    QCOMPARE(refused.code, u"explorer.too_large"_s);
    QVERIFY2(refused.message.contains(u"api/large?mb=10"_s), qPrintable(refused.message));
    QVERIFY2(!refused.message.contains(u"tokenbench-body"_s), qPrintable(refused.message));
}

void TstExplorerPanel::searchFiltersTheTree()
{
    const QUuid id = addDemo(u"generic"_s, u"bearer"_s);
    ExplorerPanel explorer(m_services.get(), m_dir->filePath(u"explorer"_s));
    explorer.show();
    QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
    explorer.setProfile(id);
    QVERIFY(loaded.wait(10000));
    auto *tree = explorer.findChild<QTreeView *>(u"endpointTreeView"_s);
    auto *search = explorer.findChild<QLineEdit *>(u"explorerSearchLineEdit"_s);
    const auto countLeaves = [tree] {
        int n = 0;
        for (int t = 0; t < tree->model()->rowCount(); ++t)
            n += tree->model()->rowCount(tree->model()->index(t, 0));
        return n;
    };
    const int all = countLeaves();
    QCOMPARE(all, int(explorer.spec()->operations.size()));
    QTest::keyClicks(search, u"getlicense"_s); // a path, case-insensitively
    QCOMPARE(countLeaves(), 1);
    // The group that holds it counts what is shown, of how many.
    {
        QString shownGroup;
        for (int t = 0; t < tree->model()->rowCount(); ++t)
            if (tree->model()->rowCount(tree->model()->index(t, 0)) == 1)
                shownGroup = tree->model()->index(t, 0).data().toString();
        QVERIFY2(shownGroup.contains(u"(1 of "_s), qPrintable(shownGroup));
    }
    search->clear();
    QTest::keyClicks(search, u"regscaleAccount"_s); // an operation id
    QCOMPARE(countLeaves(), 1);
    search->clear();
    QTest::keyClicks(search, u"Echo the request"_s); // a summary
    QCOMPARE(countLeaves(), 5);
    search->clear();
    QCOMPARE(countLeaves(), all);
    for (int t = 0; t < tree->model()->rowCount(); ++t)
        QVERIFY(!tree->model()->index(t, 0).data().toString().contains(u" of "_s));
}

void TstExplorerPanel::optionalQueryRowsArriveSwitchedOff()
{
    const QUuid id = addDemo(u"generic"_s, u"bearer"_s);
    ComposerWidget composer(m_services.get());
    ExplorerPanel explorer(m_services.get(), m_dir->filePath(u"explorer"_s));
    explorer.show();
    explorer.setComposer(&composer);
    composer.setProfile(id);
    QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
    explorer.setProfile(id);
    QVERIFY(loaded.wait(10000));
    // A file replaces the document and becomes the profile's source.
    explorer.openFile(QStringLiteral(TOKENBENCH_OPENAPI_DATA) + u"/gitea-swagger2.json"_s);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(explorer.spec()->title, u"Gitea API."_s);
    QVERIFY(explorer.loader()->sourceOverride(id).endsWith(u"gitea-swagger2.json"_s));
    QVERIFY(explorer.selectOperation(u"GET"_s, u"/repos/{owner}/{repo}/issues"_s));
    explorer.useSelected();
    // Gitea's paths are written from its API root, taken as the profile's base URL.
    QCOMPARE(composer.draft().url, u"api/v1/repos/{{owner}}/{{repo}}/issues"_s);
    const QList<KeyValueRow> rows =
        composer.findChild<KeyValueTable *>(u"queryKeyValueTable"_s)->rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (KeyValueRow{u"state"_s, QString(), false}));
}

void TstExplorerPanel::collectionsSaveRunAndSummarise()
{
    const QUuid id = addDemo(u"generic"_s, u"bearer"_s);
    ComposerWidget composer(m_services.get());
    composer.setProfile(id);
    CollectionsPanel panel(m_services.get());
    panel.setComposer(&composer);
    panel.setProfile(id);
    QCOMPARE(panel.store()->directory(), m_dir->path() + u"/collections"_s);

    RequestDraft whoami;
    whoami.url = u"api/whoami"_s;
    composer.setDraft(whoami);
    QTest::mouseClick(panel.findChild<QToolButton *>(u"saveRequestButton"_s), Qt::LeftButton);
    RequestDraft missing;
    missing.url = u"api/nothing-here"_s;
    panel.saveDraft(missing, u"Missing"_s);
    RequestDraft echo;
    echo.method = u"POST"_s;
    echo.url = u"api/echo"_s;
    echo.bodyKind = RequestDraft::BodyKind::Json;
    echo.bodyText = u"{\"a\":1}"_s;
    panel.saveDraft(echo, u"Echo"_s);

    auto collections = panel.store()->collections(id);
    QCOMPARE(collections.size(), 1);
    QCOMPARE(collections.first().requests.size(), 3);
    QCOMPARE(collections.first().requests.at(0).name, u"api/whoami"_s);

    // Reorder: Echo up one place; rename through the store the tree edits.
    QVERIFY(panel.store()->moveRequest(id, 0, 2, 1));
    QVERIFY(panel.store()->renameRequest(id, 0, 0, u"Who am I"_s));
    collections = panel.store()->collections(id);
    QCOMPARE(collections.first().requests.at(1).name, u"Echo"_s);
    auto *tree = panel.findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"Who am I"_s);

    QSignalSpy done(&panel, &CollectionsPanel::runFinished);
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(panel.findChild<QToolButton *>(u"runAllButton"_s), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    const auto summary = done.first().first().value<CollectionRunner::Summary>();
    QCOMPARE(summary.total, 3);
    QCOMPARE(summary.steps.size(), 3);
    QCOMPARE(summary.steps.at(0).status, 200);
    QCOMPARE(summary.steps.at(1).name, u"Echo"_s);
    QCOMPARE(summary.steps.at(1).status, 200);
    QCOMPARE(summary.steps.at(2).status, 404);
    QCOMPARE(summary.passed, 2);
    QCOMPARE(summary.failed, 1);
    QVERIFY(!summary.cancelled);
    QCOMPARE(panel.findChild<QTreeWidget *>(u"runResultsTreeWidget"_s)->topLevelItemCount(), 3);

    // A run stopped at once sends nothing after the request in flight.
    QSignalSpy stopped(&panel, &CollectionsPanel::runFinished);
    panel.runAll();
    panel.cancelRun();
    QCOMPARE(stopped.size(), 1);
    const auto cancelled = stopped.first().first().value<CollectionRunner::Summary>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.steps.size() <= 1);

    // Double-clicking a saved request opens it in the composer.
    Q_EMIT tree->itemDoubleClicked(tree->topLevelItem(0)->child(1), 0);
    QCOMPARE(composer.draft().method, u"POST"_s);
    QCOMPARE(composer.draft().url, u"api/echo"_s);

    // Kept on disk: a new store reads the same.
    CollectionStore again(panel.store()->directory());
    QCOMPARE(again.collections(id).first().requests.at(1).draft, echo);
}

void TstExplorerPanel::savedRequestsHoldNoSecret()
{
    // Another origin: nothing of the profile's goes there, so no login is needed to send.
    TestHttpServer other;
    QVERIFY(other.listen());
    other.route("/echo", TestResponse::json(200, "{}"));
    const QStringList secrets{u"saved-query-key-1"_s, u"saved-bearer-token-2"_s,
                              u"saved-header-key-3"_s, u"saved-json-pw-4"_s};
    const QString curl = u"curl '%1?page=2&api_key=%2' -H 'Authorization: Bearer %3' "
                         "-H 'X-Auth-Key: %4' -H 'Content-Type: application/json' "
                         "-d '{\"user\":\"ada\",\"password\":\"%5\"}'"_s.arg(
                             other.url("/echo").toString(), secrets.at(0), secrets.at(1),
                             secrets.at(2), secrets.at(3));
    // The real keychain: what a saved request leaves out must come back in a later run.
    AppServices::Options options;
    options.configDir = m_dir->filePath(u"keychain-run"_s);
    QUuid id;
    QString file;
    {
        AppServices services(options);
        id = TestSessions::addProfile(services.profiles(),
                                      m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                      u"generic"_s, u"bearer"_s, {});
        ComposerWidget composer(&services);
        composer.setProfile(id);
        CollectionsPanel panel(&services);
        panel.setComposer(&composer);
        panel.setProfile(id);
        QVERIFY(composer.importCurl(curl));
        QSignalSpy saved(&panel, &CollectionsPanel::requestSaved);
        QTest::mouseClick(panel.findChild<QToolButton *>(u"saveRequestButton"_s), Qt::LeftButton);
        QVERIFY(!saved.isEmpty() || saved.wait(15000));

        // A clear word, in the panel and in the composer (Ctrl+S may come from either).
        const QString notice = saved.first().at(1).toString();
        for (const QString &name : {u"{{api_key}}"_s, u"{{authorization}}"_s, u"{{x-auth-key}}"_s,
                                    u"{{password}}"_s, u"keychain"_s})
            QVERIFY2(notice.contains(name), qPrintable(notice));
        for (const QString &secret : secrets)
            QVERIFY(!notice.contains(secret));
        QVERIFY(!panel.findChild<QLabel *>(u"collectionNoticeLabel"_s)->isHidden());
        auto *composerNote = composer.findChild<QLabel *>(u"importNoteLabel"_s);
        QVERIFY(!composerNote->isHidden());
        QVERIFY(composerNote->text().contains(notice));
        // The saved request's name is its URL, without the key.
        QVERIFY(saved.first().at(0).toString().contains(u"api_key={{api_key}}"_s));

        // On disk: no secret, 0600 in a 0700 folder.
        file = panel.store()->directory() + u'/' + id.toString(QUuid::WithoutBraces) + u".json"_s;
        QFile saved_(file);
        QVERIFY(saved_.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved_.readAll();
        for (const QString &secret : secrets)
            QVERIFY2(!bytes.contains(secret.toUtf8()), bytes.constData());
        QVERIFY(bytes.contains("{{api_key}}"));
        QCOMPARE(int(QFileInfo(file).permissions() & 0x0077), 0);
        QCOMPARE(int(QFileInfo(panel.store()->directory()).permissions() & 0x0077), 0);
    }
    {
        AppServices services(options);
        CollectionsPanel panel(&services);
        panel.setProfile(id);
        auto *tree = panel.findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QSignalSpy done(&panel, &CollectionsPanel::runFinished);
        panel.runSelected();
        QVERIFY(done.wait(20000));
        const auto summary = done.first().first().value<CollectionRunner::Summary>();
        QVERIFY2(summary.passed == 1, qPrintable(summary.steps.value(0).error));
        // Sent as typed: the values came back from the keychain.
        const TestRequest got = other.requestsFor("/echo").value(0);
        QVERIFY(got.query.contains("api_key=" + secrets.at(0).toUtf8()));
        QCOMPARE(got.header("Authorization"), "Bearer " + secrets.at(1).toUtf8());
        QCOMPARE(got.header("X-Auth-Key"), secrets.at(2).toUtf8());
        QVERIFY(got.body.contains(secrets.at(3).toUtf8()));

        // Deleting the profile takes its secret variables out of the keychain.
        QVERIFY(services.profiles().remove(id));
        QVERIFY(services.secretVariables().names(id).isEmpty());
    }
}

void TstExplorerPanel::explorerCacheIsPrivateAndKeepsNoSecret()
{
    // A document behind a key in its address, on a server of its own.
    TestHttpServer docs;
    QVERIFY(docs.listen());
    docs.route("/openapi.json",
               TestResponse::json(200, R"({"openapi":"3.0.0","info":{"title":"Keyed","version":"1"},
                                    "paths":{"/x":{"get":{"summary":"x"}}}})"));
    const QString key = u"explorer-query-key-1"_s;
    const QString password = u"explorer-url-pw-2"_s;
    QUrl typedUrl = docs.url("/openapi.json?v=2&api_key=" + key.toUtf8());
    typedUrl.setUserInfo(u"ada:"_s + password);
    const QString typed = typedUrl.toString();

    // The cache folder as an earlier version left it: open to everyone.
    const QString storage = m_dir->filePath(u"explorer-private"_s);
    QVERIFY(QDir().mkpath(storage));
    QFile::setPermissions(storage, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                       QFileDevice::ExeOther);

    AppServices::Options options;
    options.configDir = m_dir->filePath(u"keychain-run"_s);
    QUuid id;
    {
        AppServices services(options);
        id = TestSessions::addProfile(services.profiles(),
                                      m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                      u"generic"_s, u"bearer"_s, {});
        ExplorerPanel explorer(&services, storage);
        explorer.show();
        QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
        explorer.setProfile(id);
        auto *source = explorer.findChild<QLineEdit *>(u"specSourceLineEdit"_s);
        source->setText(typed);
        Q_EMIT source->editingFinished();
        QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
        QCOMPARE(explorer.spec()->title, u"Keyed"_s);
        // Sent with the key, shown and kept without it.
        QVERIFY(docs.requestsFor("/openapi.json").last().query.contains("api_key=" + key.toUtf8()));
        QCOMPARE(source->text(),
                 docs.url("/openapi.json").toString() + u"?v=2&api_key={{api_key}}"_s);
        QVERIFY(explorer.loader()->cacheInfo(id)->fetchedFrom.endsWith(u"api_key=[redacted]"_s));
    }
    QCOMPARE(int(QFileInfo(storage).permissions() & 0x0077), 0);
    int files = 0;
    for (const QFileInfo &file : QDir(storage).entryInfoList(QDir::Files)) {
        ++files;
        QCOMPARE(int(file.permissions() & 0x0077), 0);
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(password.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains("ada"), qPrintable(file.fileName()));
    }
    QCOMPARE(files, 2); // the document and what is known of it

    // A later run fetches it again with the key from the keychain.
    {
        AppServices services(options);
        ExplorerPanel explorer(&services, storage);
        explorer.show();
        explorer.setProfile(id);
        QSignalSpy loaded(explorer.loader(), &SpecLoader::loaded);
        const qsizetype before = docs.requestsFor("/openapi.json").size();
        explorer.refresh();
        QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
        QCOMPARE(docs.requestsFor("/openapi.json").size(), before + 1);
        QVERIFY(docs.requestsFor("/openapi.json").last().query.contains("api_key=" + key.toUtf8()));
        QVERIFY(services.profiles().remove(id));
    }
}

void TstExplorerPanel::aParseInFlightIsStoppedNotAwaited()
{
    // A document of 60,000 paths takes seconds to read: cancelling, choosing another profile or
    // closing the window stops the worker (it looks at its cancel flag every few thousand
    // values), and its answer is dropped.
    QByteArray doc = R"({"openapi":"3.0.0","info":{"title":"slow","version":"1"},"paths":{)";
    for (int i = 0; i < 60000; ++i)
        doc += (i ? ",\"/p" : "\"/p") + QByteArray::number(i) +
               "\":{\"get\":{\"summary\":\"s\",\"responses\":{\"200\":{\"description\":\"ok\"}}}}";
    doc += "}}";
    const QUuid id = TestSessions::addProfile(m_services->profiles(),
                                              m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic),
                                              u"generic"_s, u"bearer"_s, {});
    auto explorer = std::make_unique<ExplorerPanel>(m_services.get(), m_dir->filePath(u"x"_s));
    QSignalSpy loaded(explorer->loader(), &SpecLoader::loaded);
    QSignalSpy failed(explorer->loader(), &SpecLoader::failed);
    explorer->loader()->loadBytes(id, doc, u"slow.json"_s);
    QVERIFY(explorer->loader()->isBusy());
    explorer->loader()->cancel();
    QVERIFY(!explorer->loader()->isBusy());
    explorer->loader()->loadBytes(id, doc, u"slow.json"_s);
    explorer.reset(); // quitting: the parse is cancelled, not waited for
    QCoreApplication::processEvents();
    QVERIFY(loaded.isEmpty());
    QVERIFY(failed.isEmpty());
}

QTEST_MAIN(TstExplorerPanel)
#include "tst_explorerpanel.moc"
