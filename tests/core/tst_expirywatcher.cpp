#include "TestClock.h"
#include "profiles/ExpiryWatcher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TstExpiryWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void warnsOnceBeforeExpiry();
    void sleepsUntilTheNextWarning();
    void quietWhenDisabledOrExpired();
    void aNewTokenIsWarnedAboutAgain();
    void tokensDueTogetherComeInOneSignal();

private:
    QUuid add(const QString &name, std::optional<qint64> expiresInMs);
    void renew(const QUuid &id, qint64 expiresInMs);

    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TstExpiryWatcher::init()
{
    m_clock = std::make_unique<TestClock>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_store->load());
}

void TstExpiryWatcher::cleanup()
{
    m_store.reset();
    m_dir.reset();
    m_clock.reset();
}

QUuid TstExpiryWatcher::add(const QString &name, std::optional<qint64> expiresInMs)
{
    Profile p;
    p.name = name;
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("bearer");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    if (expiresInMs) {
        p.lastToken.obtainedAt = Clock::now();
        p.lastToken.expiresAt = Clock::now().addMSecs(*expiresInMs);
    }
    const auto added = m_store->add(p);
    return added ? added->id : QUuid();
}

void TstExpiryWatcher::renew(const QUuid &id, qint64 expiresInMs)
{
    auto p = m_store->find(id);
    QVERIFY(p);
    p->lastToken.obtainedAt = Clock::now();
    p->lastToken.expiresAt = Clock::now().addMSecs(expiresInMs);
    QVERIFY(m_store->update(*p));
}

void TstExpiryWatcher::warnsOnceBeforeExpiry()
{
    // Lead 3 s, token dies in 4 s: the warning comes 1 s from now, not before, and only once.
    const QUuid id = add(QStringLiteral("soon"), 4000);
    add(QStringLiteral("later"), 3600 * 1000);
    add(QStringLiteral("no expiry"), std::nullopt);
    ExpiryWatcher watcher(m_store.get());
    watcher.setLeadTime(std::chrono::seconds(3));
    QSignalSpy spy(&watcher, &ExpiryWatcher::expiringSoon);
    QCoreApplication::processEvents(); // the first look
    QCOMPARE(spy.count(), 0);
    QCOMPARE(watcher.msecsUntilNextCheck(), qint64(1000));
    m_clock->advance(999ms);
    QCOMPARE(spy.count(), 0);
    m_clock->advance(1ms);
    QCOMPARE(spy.count(), 1);
    const auto tokens = spy.first().at(0).value<QList<ExpiringToken>>();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().id, id);
    QCOMPARE(tokens.first().profileName, u"soon"_s);
    // Up to and past its expiry: nothing more about it. Then the next warning, for "later".
    m_clock->advance(1500ms);
    m_clock->advance(2s);
    QCOMPARE(spy.count(), 1);
    m_clock->advance(3593s);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).value<QList<ExpiringToken>>().first().profileName, u"later"_s);
}

void TstExpiryWatcher::sleepsUntilTheNextWarning()
{
    add(QStringLiteral("in an hour"), 3600 * 1000);
    ExpiryWatcher watcher(m_store.get());
    watcher.setLeadTime(std::chrono::minutes(5));
    // One wake-up, 55 minutes away: nothing ticks in between.
    QCOMPARE(watcher.msecsUntilNextCheck(), qint64(55 * 60 * 1000));
}

void TstExpiryWatcher::quietWhenDisabledOrExpired()
{
    add(QStringLiteral("expired"), -5000);
    add(QStringLiteral("soon"), 2000);
    ExpiryWatcher watcher(m_store.get());
    watcher.setEnabled(false);
    QSignalSpy spy(&watcher, &ExpiryWatcher::expiringSoon);
    watcher.setLeadTime(std::chrono::seconds(60));
    QCoreApplication::processEvents(); // the first look
    m_clock->advance(1s);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(watcher.msecsUntilNextCheck(), qint64(-1));
    watcher.setEnabled(true);
    QCOMPARE(spy.count(), 1); // "soon" only: the expired one is not news
    QCOMPARE(spy.first().at(0).value<QList<ExpiringToken>>().size(), 1);
}

void TstExpiryWatcher::aNewTokenIsWarnedAboutAgain()
{
    const QUuid id = add(QStringLiteral("renewed"), 1000);
    ExpiryWatcher watcher(m_store.get());
    QSignalSpy spy(&watcher, &ExpiryWatcher::expiringSoon);
    watcher.setLeadTime(std::chrono::seconds(10));
    QCOMPARE(spy.count(), 1);
    renew(id, 2000);
    QCOMPARE(spy.count(), 2);
}

void TstExpiryWatcher::tokensDueTogetherComeInOneSignal()
{
    // Forty tokens all inside the lead time at the first look: one announcement that names them
    // all, soonest first, not forty notifications.
    QList<QUuid> soonestFirst;
    for (int i = 0; i < 40; ++i)
        soonestFirst.append(add(u"profile %1"_s.arg(i), 60'000 + (i * 1000)));
    add(u"tomorrow"_s, 24 * 3600 * 1000);
    ExpiryWatcher watcher(m_store.get());
    QSignalSpy spy(&watcher, &ExpiryWatcher::expiringSoon);
    watcher.setLeadTime(std::chrono::minutes(5));
    QCOMPARE(spy.count(), 1);
    const auto tokens = spy.first().at(0).value<QList<ExpiringToken>>();
    QCOMPARE(tokens.size(), 40);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QCOMPARE(tokens.at(i).id, soonestFirst.at(i));
        QCOMPARE(tokens.at(i).profileName, u"profile %1"_s.arg(i));
    }
    // Nothing new: the next look (a profile edited) says nothing more.
    add(u"no token"_s, std::nullopt);
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TstExpiryWatcher)
#include "tst_expirywatcher.moc"
