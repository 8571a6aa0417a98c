#include "compose/SecretVariables.h"
#include "secrets/SecretStore.h"
#include "util/Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Secret variables against the real keychain (the suite runs under a private gnome-keyring):
// values in the keychain, names only on disk, read back by a later run, gone with their profile.
class TstSecretVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesInTheKeychainNamesOnDisk();
    void aLaterRunReadsThemBack();
    void valuesForReadsOnlyWhatADraftUses();
    void removedWithTheirProfile();
    void sessionOnlyStoreKeepsThemForTheRun();

private:
    Result<bool> store(SecretVariables &variables, const QHash<QString, QString> &values);
    Variables fetch(SecretVariables &variables, const QStringList &names);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QUuid m_profile;
};

void TstSecretVariables::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_profile = QUuid::createUuid();
}

void TstSecretVariables::cleanup()
{
    SecretVariables variables(m_keychain.get(), m_dir->path());
    QSignalSpy changed(&variables, &SecretVariables::changed);
    bool done = false;
    variables.remove(m_profile, {}, this, [&done](const Result<bool> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    m_keychain.reset();
}

Result<bool> TstSecretVariables::store(SecretVariables &variables,
                                       const QHash<QString, QString> &values)
{
    std::optional<Result<bool>> result;
    variables.store(m_profile, values, this, [&result](const Result<bool> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return Error::make(Error::Kind::Timeout, u"test.timeout"_s, u"no answer"_s);
    return *result;
}

Variables TstSecretVariables::fetch(SecretVariables &variables, const QStringList &names)
{
    std::optional<Variables> result;
    variables.fetch(m_profile, names, this, [&result](const Variables &v) { result = v; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return Variables();
    return *result;
}

void TstSecretVariables::valuesInTheKeychainNamesOnDisk()
{
    SecretVariables variables(m_keychain.get(), m_dir->path());
    QVERIFY(variables.names(m_profile).isEmpty());
    const QString key = u"typed-api-key-0a1b2c3d"_s;
    QVERIFY(store(variables, {{u"api_key"_s, key}}).ok());
    QCOMPARE(variables.names(m_profile), QStringList{u"api_key"_s});
    QCOMPARE(variables.known(m_profile).value(u"api_key"_s).value_or(QString()), key);

    QFile index(variables.indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QByteArray onDisk = index.readAll();
    QVERIFY(onDisk.contains("api_key"));
    QVERIFY(!onDisk.contains(key.toUtf8()));
    // Owner only: no bit for the group or others.
    const QFileDevice::Permissions permissions = QFileInfo(index).permissions();
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QCOMPARE(int(permissions & 0x0077), 0);

    // The keychain has it under the profile's key.
    std::optional<QString> read;
    bool answered = false;
    m_keychain->read(SecretVariables::keyFor(m_profile, u"api_key"_s), this,
                     [&](const Result<std::optional<QString>> &r) {
                         answered = true;
                         if (r)
                             read = r.value();
                     });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QCOMPARE(read.value_or(QString()), key);
    // Logs and the history mask it from now on.
    QCOMPARE(Redactor::text(u"key="_s + key), u"key=[redacted]"_s);
}

void TstSecretVariables::aLaterRunReadsThemBack()
{
    {
        SecretVariables first(m_keychain.get(), m_dir->path());
        QVERIFY(store(first, {{u"password"_s, u"pass-from-run-1"_s},
                              {u"x-auth-key"_s, u"key-from-run-1"_s}})
                    .ok());
    }
    SecretVariables later(m_keychain.get(), m_dir->path());
    QCOMPARE(later.names(m_profile).size(), 2);
    QVERIFY(later.known(m_profile).all().isEmpty()); // nothing read until asked
    const Variables values = fetch(later, {u"password"_s, u"x-auth-key"_s, u"unknown"_s});
    QCOMPARE(values.value(u"password"_s).value_or(QString()), u"pass-from-run-1"_s);
    QCOMPARE(values.value(u"x-auth-key"_s).value_or(QString()), u"key-from-run-1"_s);
    QVERIFY(!values.value(u"unknown"_s));
}

void TstSecretVariables::valuesForReadsOnlyWhatADraftUses()
{
    {
        SecretVariables first(m_keychain.get(), m_dir->path());
        QVERIFY(store(first, {{u"api_key"_s, u"draft-key-9"_s}}).ok());
    }
    SecretVariables later(m_keychain.get(), m_dir->path());
    RequestDraft plain;
    plain.url = u"api/x?page={{page}}"_s;
    // Nothing to read: the answer comes at once.
    bool immediate = false;
    later.valuesFor(m_profile, plain, this, [&immediate](const Variables &) { immediate = true; });
    QVERIFY(immediate);

    RequestDraft keyed;
    keyed.url = u"api/x?api_key={{api_key}}"_s;
    std::optional<Variables> got;
    later.valuesFor(m_profile, keyed, this, [&got](const Variables &v) { got = v; });
    QVERIFY(!got); // read from the keychain: later
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    QCOMPARE(got->value(u"api_key"_s).value_or(QString()), u"draft-key-9"_s);
}

void TstSecretVariables::removedWithTheirProfile()
{
    SecretVariables variables(m_keychain.get(), m_dir->path());
    QVERIFY(store(variables, {{u"api_key"_s, u"to-be-removed-5"_s}}).ok());
    variables.keepOnly({QUuid::createUuid()}); // m_profile was deleted
    QVERIFY(variables.names(m_profile).isEmpty());
    // QtKeychain runs jobs in order: this read comes after the removal.
    std::optional<QString> read = u"not answered"_s;
    bool answered = false;
    m_keychain->read(SecretVariables::keyFor(m_profile, u"api_key"_s), this,
                     [&](const Result<std::optional<QString>> &r) {
                         answered = true;
                         read = r ? r.value() : std::optional<QString>();
                     });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY(!read.has_value());
    QFile index(variables.indexPath());
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(!index.readAll().contains("api_key"));
}

void TstSecretVariables::sessionOnlyStoreKeepsThemForTheRun()
{
    MemorySecretStore memory(u"--no-keychain"_s);
    SecretVariables variables(&memory, m_dir->path());
    QVERIFY(variables.isSessionOnly());
    QVERIFY(store(variables, {{u"token"_s, u"memory-only-7"_s}}).ok());
    QCOMPARE(fetch(variables, {u"token"_s}).value(u"token"_s).value_or(QString()),
             u"memory-only-7"_s);
    bool done = false;
    variables.remove(m_profile, {}, this, [&done](const Result<bool> &) { done = true; });
    QTRY_VERIFY(done);
}

QTEST_GUILESS_MAIN(TstSecretVariables)
#include "tst_secretvariables.moc"
