// An end-to-end run through every vendor and method, by the CLI (one process per command, as a
// person would type them) and by the desktop window (in this process, offscreen), then a search
// for every secret used, in the encodings it could travel in, through every file written under
// the scratch folder (configuration, data, cache, temporary files, the history database, logs),
// through what the CLI printed on standard output and error, and through every Qt log message.
// Expected: no hit anywhere.
//
// Two outputs are secrets on purpose and are not searched: `token` and `header` print the token
// they were asked for. One-time codes (six digits) are left out: too short to search without
// matching harmless digits, and the demo profiles' notes show them anyway.
#include "AppServices.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "ProfileActions.h"
#include "ProfileListWidget.h"
#include "Sandbox.h"
#include "SecureClipboard.h"
#include "TestSessions.h"
#include "TokenPanel.h"
#include "body/BodyView.h"
#include "compose/ComposerWidget.h"
#include "compose/ResponseViewer.h"
#include "explorer/CollectionsPanel.h"
#include "explorer/ExplorerPanel.h"
#include "explorer/SpecLoader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString g_scratch;
QStringList g_log;
QMutex g_logMutex;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

// The ways a secret could be written down: as it is, base64 (any alphabet, padded or not, or
// starting at any byte of a longer base64 text), percent-encoded, hex, UTF-16, JSON-escaped.
QList<QByteArray> encodings(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QList<QByteArray> out{
        utf8,
        utf8.toBase64(QByteArray::OmitTrailingEquals),
        utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(secret),
        QUrl::toPercentEncoding(secret).toLower(),
        QUrl::toPercentEncoding(secret, " ").replace(' ', '+'),
        utf8.toHex(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
    };
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    out << json.mid(2, json.size() - 4);
    for (int offset = 1; offset < 3; ++offset) {
        const QByteArray padded = QByteArray(offset, 'x') + utf8;
        const qsizetype first = (8 * offset + 5) / 6;
        const qsizetype end = (8 * padded.size()) / 6;
        out << padded.toBase64().mid(first, end - first);
    }
    out.removeAll(QByteArray());
    return out;
}

QString whoAmIPath(const Profile &p)
{
    if (p.vendor == u"regscale"_s)
        return u"api/logging/filterLogs/0/0"_s;
    if (p.vendor == u"scantrust"_s)
        return u"api/v2/me/"_s;
    if (p.vendor == u"passwordsafe"_s)
        return u"ManagedAccounts"_s;
    return p.fields.value(u"test_path"_s, u"api/whoami"_s);
}

} // namespace

class TstLeakScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliThroughEveryProfile();
    void windowThroughEveryProfile();
    void noSecretAnywhere();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QString &what, const QStringList &args, const QByteArray &input = {},
            bool printsSecret = false);
    void addSecret(const QString &label, const QString &value);
    // Secrets typed into the window: a request imported from curl, saved, run and sent; an API
    // document opened from an address with a key; every way of copying.
    void typeSaveOpenAndCopy(MainWindow *window, const QUuid &profile);
    // What the clipboard holds now: a known secret in it must be marked for clipboard managers.
    void checkClipboard(const QString &how);
    QByteArray servedDocument(const QString &specPath);

    Sandbox m_sandbox;
    QList<std::pair<QString, QString>> m_secrets;    // label, value
    QList<std::pair<QString, QByteArray>> m_outputs; // what printed it, the bytes
    int m_cliRuns = 0;
    int m_windowRequests = 0;
    int m_copies = 0;       // copies that held a secret
    QStringList m_unmarked; // copies of a secret without the mark
};

void TstLeakScan::addSecret(const QString &label, const QString &value)
{
    if (value.size() < 8)
        return;
    for (const auto &known : std::as_const(m_secrets)) {
        if (known.second == value)
            return;
    }
    m_secrets.append({label, value});
}

// What the server sends today at the address the cached document `specPath` came from.
QByteArray TstLeakScan::servedDocument(const QString &specPath)
{
    QFile meta(specPath.chopped(5) + u".json"_s);
    if (!meta.open(QIODevice::ReadOnly))
        return {};
    const QUrl from(
        QJsonDocument::fromJson(meta.readAll()).object().value(u"fetchedFrom"_s).toString());
    if (from.host() != u"127.0.0.1"_s || from.port() != m_sandbox.port())
        return {};
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(from));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30000) && done.isEmpty())
        return {};
    reply->deleteLater();
    return reply->readAll();
}

void TstLeakScan::initTestCase()
{
    qRegisterMetaType<Error>();
    qRegisterMetaType<RequestRunner::Outcome>();
    qRegisterMetaType<CollectionRunner::Summary>();
    QVERIFY(!g_scratch.isEmpty());
    // Everything Tokenbench logs at any level, so that a secret in a debug line counts too.
    QLoggingCategory::setFilterRules(u"tokenbench.*=true\nqt.network.*=false"_s);
    qInstallMessageHandler(captureMessage);
    QVERIFY(m_sandbox.listen());
    m_sandbox.setTokenLifetime(3600);
}

TstLeakScan::Run TstLeakScan::cli(const QString &what, const QStringList &args,
                                  const QByteArray &input, bool printsSecret)
{
    QProcess process;
    // The scratch folders came from main(): the CLI inherits them with the keyring's bus.
    process.start(QStringLiteral(TOKENBENCH_CLI), args);
    Run run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The sandbox answers from this process's event loop: wait without blocking it.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    ++m_cliRuns;
    if (!printsSecret)
        m_outputs.append({what + u" (stdout)"_s, run.out});
    m_outputs.append({what + u" (stderr)"_s, run.err});
    return run;
}

void TstLeakScan::cliThroughEveryProfile()
{
    const QList<DemoProfile> demos = DemoProfiles::all(m_sandbox);
    QVERIFY(!demos.isEmpty());
    QStringList loggedIn;
    for (int i = 0; i < demos.size(); ++i) {
        const DemoProfile &demo = demos.at(i);
        if (demo.signsInInBrowser)
            continue; // a browser sign-in: tst_oauthflows, tst_clioauth and tst_logindialog
        const Profile &p = demo.profile;
        const QString name = u"cli-%1"_s.arg(i);
        const QString who = p.vendor + u'/' + p.method + u" ("_s + p.name + u')';
        for (auto it = demo.secrets.cbegin(); it != demo.secrets.cend(); ++it)
            addSecret(who + u' ' + it.key(), it.value());
        if (p.method == u"basic"_s) {
            addSecret(who + u" Basic credentials"_s,
                      QString::fromLatin1(
                          (p.fields.value(u"username"_s) + u':' + demo.secrets.value(u"password"_s))
                              .toUtf8()
                              .toBase64()));
        }

        QStringList add{u"add"_s,      name,     u"--vendor"_s, p.vendor,
                        u"--method"_s, p.method, u"--url"_s,    p.baseUrl.toString()};
        for (auto it = p.fields.cbegin(); it != p.fields.cend(); ++it)
            add << u"--set"_s << it.key() + u'=' + it.value();
        Run r = cli(who + u" add"_s, add);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));

        QByteArray input;
        for (auto it = demo.secrets.cbegin(); it != demo.secrets.cend(); ++it)
            input += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
        if (p.name.contains(u"MFA"_s))
            input += "mfa=" + Sandbox::regScaleMfaCode().toUtf8() + '\n';
        if (p.name.contains(u"2FA"_s))
            input += "challenge=" + Sandbox::passwordSafeChallengeCode().toUtf8() + '\n';
        r = cli(who + u" login"_s, {u"login"_s, name, u"--secrets-stdin"_s}, input);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));

        r = cli(who + u" token"_s, {u"token"_s, name}, {}, true);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
        const QString token = QString::fromUtf8(r.out).trimmed();
        QVERIFY(!token.isEmpty());
        addSecret(who + u" token from the CLI"_s, token);

        r = cli(who + u" header"_s, {u"header"_s, name}, {}, true);
        QVERIFY2(r.code == 0, qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
        for (const QString &line : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts))
            addSecret(who + u" header value"_s, line.section(u' ', -1).trimmed());

        for (const QStringList &args :
             {QStringList{u"status"_s, name, u"--json"_s},
              QStringList{u"request"_s, name, u"GET"_s, whoAmIPath(p), u"-i"_s},
              QStringList{u"curl"_s, name, u"GET"_s, whoAmIPath(p)}}) {
            r = cli(who + u' ' + args.join(u' '), args);
            QVERIFY2(r.code == 0,
                     qPrintable(who + u' ' + args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
        }
        if (p.vendor == u"generic"_s && p.method == u"bearer"_s) {
            // A body large enough to spill to a temporary file, printed and then removed.
            r = cli(who + u" request large to stdout"_s,
                    {u"request"_s, name, u"GET"_s, u"api/large?mb=9"_s});
            QVERIFY2(r.code == 0 && r.out.size() > 9 * 1024 * 1024,
                     qPrintable(who + u": "_s + QString::fromUtf8(r.err)));
        }
        // A request the server refuses, so error paths write what they write too.
        r = cli(who + u" request 404"_s, {u"request"_s, name, u"GET"_s, u"no/such/path"_s});
        QVERIFY2(r.code != 0, qPrintable(who));
        loggedIn << name;
    }
    // The lists once, with every profile logged in (a CLI start per command is the cost here).
    for (const QStringList &args : {QStringList{u"list"_s}, QStringList{u"list"_s, u"--json"_s}}) {
        const Run r = cli(args.join(u' '), args);
        QVERIFY2(r.code == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(r.err)));
    }
    for (const QString &name : std::as_const(loggedIn)) {
        const Run r = cli(name + u" logout"_s, {u"logout"_s, name});
        QVERIFY2(r.code == 0, qPrintable(name + u": "_s + QString::fromUtf8(r.err)));
    }
}

void TstLeakScan::windowThroughEveryProfile()
{
    AppServices::Options options;
    options.configDir = g_scratch + u"/gui-config"_s;
    auto services = std::make_unique<AppServices>(options);
    auto window = std::make_unique<MainWindow>(services.get());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    const QList<DemoProfile> demos = DemoProfiles::all(m_sandbox);
    QUuid generic;
    for (int i = 0; i < demos.size(); ++i) {
        const DemoProfile &demo = demos.at(i);
        if (demo.signsInInBrowser)
            continue; // a browser sign-in: tst_oauthflows, tst_clioauth and tst_logindialog
        Profile p = demo.profile;
        const QString who = u"window "_s + p.vendor + u'/' + p.method + u" ("_s + p.name + u')';
        p.name = u"gui-%1"_s.arg(i);
        const auto added = services->profiles().add(p);
        QVERIFY2(added.ok(), qPrintable(who));
        const QUuid id = added->id;
        if (p.vendor == u"generic"_s && p.method == u"bearer"_s && generic.isNull())
            generic = id;

        // A person's login through the session service, with a second factor where asked.
        QHash<QString, QString> secrets = demo.secrets;
        if (p.fields.value(u"username"_s) == Sandbox::regScaleMfaUsername())
            secrets.insert(u"mfa"_s, Sandbox::regScaleMfaCode());
        if (p.fields.value(u"runas"_s) == Sandbox::passwordSafeMfaRunAs())
            secrets.insert(u"challenge"_s, Sandbox::passwordSafeChallengeCode());
        QVERIFY2(TestSessions::logIn(services->sessions(), id, secrets, true), qPrintable(who));

        const std::optional<Session> session = services->sessions().session(id);
        QVERIFY2(session, qPrintable(who));
        addSecret(who + u" token"_s, session->token.raw());
        for (const auto &h : session->credential().headers)
            addSecret(who + u" credential header"_s, QString::fromUtf8(h.second).section(u' ', -1));
        for (const auto &c : session->credential().cookies)
            addSecret(who + u" session cookie"_s, QString::fromUtf8(c.value()));

        // A request from the composer, as Ctrl+Enter sends it; it goes into the history too.
        QVERIFY2(window->profileList()->selectProfile(id), qPrintable(who));
        window->workspace()->setCurrentWidget(window->requestPage());
        ComposerWidget *composer = window->composer();
        QSignalSpy finished(composer, &ComposerWidget::finished);
        RequestDraft draft;
        draft.url = whoAmIPath(p);
        draft.headers = {{u"X-Leak-Scan"_s, who, true}};
        composer->setDraft(draft);
        composer->send();
        QVERIFY2(finished.wait(30000) || !finished.isEmpty(), qPrintable(who));
        const auto outcome = composer->runner()->lastOutcome();
        QVERIFY2(outcome.response && outcome.response->status == 200,
                 qPrintable(who + u": "_s + window->responseViewer()->statusText()));
        ++m_windowRequests;
    }
    QVERIFY(!generic.isNull());
    typeSaveOpenAndCopy(window.get(), generic);
    if (QTest::currentTestFailed())
        return;
    // A body too large for memory goes to a temporary file (over 8 MiB): one from the composer,
    // which the response viewer owns, and its request run from a collection, which keeps no
    // body. Neither may be left behind once the window is gone (noSecretAnywhere looks).
    {
        QVERIFY(window->profileList()->selectProfile(generic));
        ComposerWidget *composer = window->composer();
        QSignalSpy finished(composer, &ComposerWidget::finished);
        RequestDraft large;
        large.url = u"api/large?mb=9"_s;
        composer->setDraft(large);
        composer->send();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        const auto outcome = composer->runner()->lastOutcome();
        QVERIFY(outcome.response && !outcome.response->bodyFile.isEmpty());
        CollectionsPanel *collections = window->collections();
        collections->saveDraft(large, u"Large"_s);
        QSignalSpy ran(collections, &CollectionsPanel::runFinished);
        auto *tree = collections->findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
        tree->setCurrentItem(tree->topLevelItem(0));
        collections->runAll();
        QVERIFY(ran.wait(60000) || !ran.isEmpty());
    }
    // Leave the way the app leaves: the window closes (signing out), then the services go.
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000); // once every session is signed out
    window.reset();
    services.reset();
}

void TstLeakScan::checkClipboard(const QString &how)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray text = mime->text().toUtf8();
    for (const auto &[label, value] : std::as_const(m_secrets)) {
        const QList<QByteArray> forms = encodings(value);
        if (std::none_of(forms.cbegin(), forms.cend(),
                         [&text](const QByteArray &f) { return text.contains(f); }))
            continue;
        ++m_copies;
        if (mime->data(u"x-kde-passwordManagerHint"_s) != "secret")
            m_unmarked << u"%1: %2 on the clipboard without the mark"_s.arg(how, label);
        return;
    }
}

void TstLeakScan::typeSaveOpenAndCopy(MainWindow *window, const QUuid &profile)
{
    QVERIFY(window->profileList()->selectProfile(profile));
    window->workspace()->setCurrentWidget(window->requestPage());
    ComposerWidget *composer = window->composer();
    CollectionsPanel *collections = window->collections();

    // A curl command with every kind of secret in it, pasted into the composer.
    const QString typed[] = {u"leakscan-query-key-0001"_s,  u"leakscan-basic-pass-0002"_s,
                             u"leakscan-header-key-0003"_s, u"leakscan-cookie-0004"_s,
                             u"leakscan-subscription-05"_s, u"leakscan-proxy-bearer-06"_s,
                             u"leakscan-json-pass-0007"_s,  u"leakscan-client-secret-8"_s};
    for (const QString &secret : typed)
        addSecret(u"typed "_s + secret, secret);
    addSecret(u"typed Basic credentials"_s,
              QString::fromLatin1(("leak-user:" + typed[1].toUtf8()).toBase64()));
    const QString echo = m_sandbox.vendorBaseUrl(Sandbox::Vendor::Generic).toString() +
                         u"/api/echo?page=1&api_key="_s + typed[0];
    const QString curl =
        u"curl '%1' -u 'leak-user:%2' -H 'X-Auth-Key: %3' -H 'Cookie: theme=dark; sid=%4' "
        "-H 'Ocp-Apim-Subscription-Key: %5' -H 'Proxy-Authorization: Bearer %6' "
        "-H 'Content-Type: application/json' --data-raw "
        "'{\"user\":\"ada\",\"password\":\"%7\",\"deep\":{\"client_secret\":\"%8\"}}'"_s.arg(
            echo, typed[1], typed[2], typed[3], typed[4], typed[5], typed[6], typed[7]);
    QVERIFY(composer->importCurl(curl));

    // Saved: a collection holds {{variables}}, the keychain the values.
    QSignalSpy saved(collections, &CollectionsPanel::requestSaved);
    collections->saveDraft(composer->draft());
    QVERIFY(!saved.isEmpty() || saved.wait(20000));
    QVERIFY(saved.first().at(1).toString().contains(u"{{x-auth-key}}"_s));

    // Run from the collection: the values come back from the keychain.
    auto *tree = collections->findChild<QTreeWidget *>(u"collectionsTreeWidget"_s);
    tree->setCurrentItem(tree->topLevelItem(0)->child(tree->topLevelItem(0)->childCount() - 1));
    QSignalSpy ran(collections, &CollectionsPanel::runFinished);
    collections->runSelected();
    QVERIFY(ran.wait(30000) || !ran.isEmpty());
    QCOMPARE(ran.first().first().value<CollectionRunner::Summary>().passed, 1);

    // Sent from the composer as typed: the echo carries every secret back, into the history.
    QSignalSpy finished(composer, &ComposerWidget::finished);
    composer->send();
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY(composer->runner()->lastOutcome().response);
    ++m_windowRequests;

    // An API document opened from an address with a user and a key in it.
    const QString documentKey = u"leakscan-document-key-09"_s;
    const QString documentPassword = u"leakscan-document-pw-10"_s;
    addSecret(u"API document key"_s, documentKey);
    addSecret(u"API document password"_s, documentPassword);
    ExplorerPanel *explorer = window->explorer();
    QSignalSpy opened(explorer->loader(), &SpecLoader::loaded);
    QUrl address(
        u"http://127.0.0.1:%1/openapi.json?api_key=%2"_s.arg(m_sandbox.port()).arg(documentKey));
    address.setUserInfo(u"reader:"_s + documentPassword);
    auto *source = explorer->findChild<QLineEdit *>(u"specSourceLineEdit"_s);
    source->setText(address.toString());
    Q_EMIT source->editingFinished();
    QVERIFY(opened.wait(30000) || !opened.isEmpty());

    // Every way of copying a secret that is shown.
    TokenPanel *panel = window->tokenPanel();
    window->profileActions()->copyToken(profile);
    QTRY_VERIFY(window->clipboard()->holdsSecret());
    checkClipboard(u"Copy Token"_s);
    window->profileActions()->copyHeader(profile);
    QTRY_VERIFY(window->clipboard()->holdsSecret());
    checkClipboard(u"Copy Header"_s);
    auto *field = panel->findChild<QPlainTextEdit *>(u"tokenTextEdit"_s);
    field->setFocus();
    field->selectAll();
    QTest::keySequence(field, QKeySequence::Copy);
    checkClipboard(u"Ctrl+C in the token field"_s);
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(4, 4),
                                field->viewport()->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(field->viewport(), &menuEvent);
    if (auto *menu = field->findChild<QMenu *>(u"secretTextContextMenu"_s)) {
        if (auto *copy = menu->findChild<QAction *>(u"edit-copy"_s))
            copy->trigger();
        menu->close();
    }
    checkClipboard(u"the token field's context menu"_s);

    composer->findChild<QToolButton *>(u"revealAuthorizationToolButton"_s)->click();
    auto *authorization = composer->findChild<QLabel *>(u"authorizationLabel"_s);
    authorization->setSelection(0, int(authorization->text().size()));
    authorization->setFocus();
    QTest::keySequence(authorization, QKeySequence::Copy);
    checkClipboard(u"Ctrl+C on the revealed authorisation"_s);
    auto *copyAs = composer->findChild<QToolButton *>(u"copyAsToolButton"_s);
    for (QAction *format : copyAs->menu()->actions()) {
        format->trigger();
        // A revealed copy may wait for the keychain to give the saved values.
        QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(typed[6]));
        checkClipboard(u"Copy as "_s + format->text() + u", revealed"_s);
    }
    composer->findChild<QToolButton *>(u"revealAuthorizationToolButton"_s)->click();
    for (QAction *format : copyAs->menu()->actions()) {
        format->trigger();
        checkClipboard(u"Copy as "_s + format->text());
    }
    window->responseViewer()->bodyView()->copy();
    checkClipboard(u"Copy of the response body"_s);
    window->clipboard()->clearNow();
}

void TstLeakScan::noSecretAnywhere()
{
    QVERIFY(m_cliRuns > 0);
    QVERIFY(m_windowRequests > 0);
    QVERIFY(m_secrets.size() > 10);

    // Large bodies spill to temporary files: every one was removed by whoever owned it.
    QStringList leftBehind;
    QDirIterator temp(g_scratch + u"/tmp"_s, {u"tokenbench-body-*"_s}, QDir::Files,
                      QDirIterator::Subdirectories);
    while (temp.hasNext())
        leftBehind << temp.next();
    QVERIFY2(leftBehind.isEmpty(), qPrintable(leftBehind.join(u'\n')));

    QList<std::pair<QString, QByteArray>> haystacks = m_outputs;
    int files = 0;
    QDirIterator it(g_scratch, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    int publicDocuments = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++files;
        // The explorer's cache of a vendor's API description is the vendor's public document;
        // the sandbox's shows the demo password in an example body. Exactly what was served is
        // not Tokenbench writing a secret down.
        if (path.endsWith(u".spec"_s) && bytes == servedDocument(path)) {
            ++publicDocuments;
            continue;
        }
        haystacks.append({QDir(g_scratch).relativeFilePath(path), bytes});
    }
    {
        QMutexLocker lock(&g_logMutex);
        haystacks.append({u"Qt log messages"_s, g_log.join(u'\n').toUtf8()});
    }
    // The folders the run must have written, or the search means nothing.
    QVERIFY2(files >= 3, qPrintable(QString::number(files)));

    QStringList hits;
    for (const auto &[label, value] : std::as_const(m_secrets)) {
        const QList<QByteArray> forms = encodings(value);
        for (const auto &[where, bytes] : std::as_const(haystacks)) {
            for (int e = 0; e < forms.size(); ++e) {
                if (bytes.contains(forms.at(e))) {
                    hits << u"%1 (encoding %2) in %3"_s.arg(label).arg(e).arg(where);
                    break;
                }
            }
        }
    }
    // Not qInfo(): the message handler above keeps log messages for the search.
    std::fprintf(stderr,
                 "tst_leakscan: searched %d files (%d cached API descriptions as served), %d CLI "
                 "runs' output and "
                 "%lld log messages for %lld secrets; %d copies held a secret\n",
                 files, publicDocuments, m_cliRuns, qint64(g_log.size()), qint64(m_secrets.size()),
                 m_copies);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    // Every copy that held a secret was marked; enough of them did for that to mean something.
    QVERIFY2(m_copies >= 8, qPrintable(QString::number(m_copies)));
    QVERIFY2(m_unmarked.isEmpty(), qPrintable(m_unmarked.join(u'\n')));
}

int main(int argc, char **argv)
{
    // The scratch folders are the process's XDG and temporary folders, set before anything (Qt
    // included) asks where they are; the CLI runs inherit them.
    QByteArray scratch = QDir::tempPath().toLocal8Bit() + "/tokenbench-leakscan-XXXXXX";
    if (!mkdtemp(scratch.data()))
        return 1;
    g_scratch = QString::fromLocal8Bit(scratch);
    for (const char *sub : {"config", "data", "cache", "tmp"})
        QDir().mkpath(g_scratch + u'/' + QLatin1String(sub));
    qputenv("XDG_CONFIG_HOME", scratch + "/config");
    qputenv("XDG_DATA_HOME", scratch + "/data");
    qputenv("XDG_CACHE_HOME", scratch + "/cache");
    qputenv("TMPDIR", scratch + "/tmp");

    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstLeakScan test;
    const int status = QTest::qExec(&test, argc, argv);
    if (status == 0)
        QDir(g_scratch).removeRecursively();
    else
        std::fprintf(stderr, "tst_leakscan: the scratch folder is kept: %s\n", scratch.constData());
    return status;
}

#include "tst_leakscan.moc"
