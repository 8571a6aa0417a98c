#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "TestClock.h"
#include "profiles/ProfileStore.h"
#include "util/Translations.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

#include <memory>

using State = ProfileListModel::TokenState;

using namespace std::chrono_literals;

class TstProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupsByVendorInFixedOrderAndSortsByName();
    void exposesTheRoles();
    void profileAddedByAnotherStoreAppears();
    void editInPlaceKeepsTheRows();
    void badgeFollowsLastToken_data();
    void badgeFollowsLastToken();
    void badgeFlipsAsTimePasses();
    void badgeFlipsWithTheClock();
    void refreshTimerRunsOnlyWithLiveTokens();
    void filtersByNameHostVendorAndMethod_data();
    void filtersByNameHostVendorAndMethod();
    void filterHidesEmptyGroups();
    void filteringTenThousandProfiles();

private:
    Profile profile(const QString &name, const QString &vendor, const QString &method,
                    const QString &url) const;
    QUuid add(const QString &name, const QString &vendor, const QString &method,
              const QString &url = QStringLiteral("https://api.example.com"));
    QStringList rows(const QAbstractItemModel *model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
};

void TstProfileListModel::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstProfileListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_store->load().ok());
}

void TstProfileListModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Profile TstProfileListModel::profile(const QString &name, const QString &vendor,
                                     const QString &method, const QString &url) const
{
    Profile p;
    p.name = name;
    p.vendor = vendor;
    p.method = method;
    p.baseUrl = QUrl(url);
    return p;
}

QUuid TstProfileListModel::add(const QString &name, const QString &vendor, const QString &method,
                               const QString &url)
{
    const Result<Profile> added = m_store->add(profile(name, vendor, method, url));
    if (!added)
        qFatal("add failed: %s", qPrintable(added.error().message));
    return added.value().id;
}

// "Group/Profile" lines in view order.
QStringList TstProfileListModel::rows(const QAbstractItemModel *model) const
{
    QStringList out;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        out.append(group.data().toString());
        for (int i = 0; i < model->rowCount(group); ++i)
            out.append(QStringLiteral("  ") + model->index(i, 0, group).data().toString());
    }
    return out;
}

void TstProfileListModel::groupsByVendorInFixedOrderAndSortsByName()
{
    add(QStringLiteral("zeta"), QStringLiteral("generic"), QStringLiteral("bearer"));
    add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    add(QStringLiteral("alpha"), QStringLiteral("regscale"), QStringLiteral("token"));
    add(QStringLiteral("Vault"), QStringLiteral("passwordsafe"), QStringLiteral("apikey"));
    add(QStringLiteral("beta"), QStringLiteral("regscale"), QStringLiteral("service-account"));

    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No Scantrust group: it has no profiles.
    const QStringList expected{
        QStringLiteral("RegScale"),    QStringLiteral("  alpha"),       QStringLiteral("  beta"),
        QStringLiteral("  Prod"),      QStringLiteral("Password Safe"), QStringLiteral("  Vault"),
        QStringLiteral("Generic API"), QStringLiteral("  zeta"),
    };
    QCOMPARE(rows(&model), expected);
    QCOMPARE(model.profileCount(), 5);
    QCOMPARE(model.index(0, 0).data(ProfileListModel::ProfileCountRole).toInt(), 3);
    QVERIFY(model.index(0, 0).data(ProfileListModel::IsGroupRole).toBool());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QVERIFY(model.flags(model.index(0, 0, model.index(0, 0))) & Qt::ItemIsSelectable);
}

void TstProfileListModel::exposesTheRoles()
{
    Profile p =
        profile(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"),
                QStringLiteral("https://grc.example.org:8443/x"));
    p.colour = QStringLiteral("#1565c0");
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    p.lastToken.obtainedAt = QDateTime::currentDateTimeUtc();
    p.lastToken.expiresAt = expires;
    const Result<Profile> added = m_store->add(p);
    QVERIFY(added.ok());

    ProfileListModel model(m_store.get());
    const QModelIndex index = model.indexOf(added.value().id);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("Prod"));
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(24, 24).isNull());
    QCOMPARE(index.data(ProfileListModel::ProfileIdRole).toUuid(), added.value().id);
    QCOMPARE(index.data(ProfileListModel::HostRole).toString(), QStringLiteral("grc.example.org"));
    QCOMPARE(index.data(ProfileListModel::MethodNameRole).toString(),
             QStringLiteral("Username and password"));
    QCOMPARE(index.data(ProfileListModel::VendorNameRole).toString(), QStringLiteral("RegScale"));
    QCOMPARE(index.data(ProfileListModel::TokenStateRole).value<State>(), State::Valid);
    QCOMPARE(index.data(ProfileListModel::ExpiresAtRole).toDateTime().toSecsSinceEpoch(),
             expires.toSecsSinceEpoch());
    QCOMPARE(index.data(ProfileListModel::ColourRole).value<QColor>(), QColor(0x15, 0x65, 0xc0));
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("RegScale")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Username and password")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("https://grc.example.org:8443/x")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("expires in 59 min")), qPrintable(tip));
    QVERIFY(!index.data(Qt::AccessibleTextRole).toString().isEmpty());
    QVERIFY(!model.index(0, 0).data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TstProfileListModel::profileAddedByAnotherStoreAppears()
{
    add(QStringLiteral("mine"), QStringLiteral("generic"), QStringLiteral("bearer"));
    ProfileListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);

    // Another process (the CLI, say) adds a Scantrust profile to the same folder.
    ProfileStore other(m_dir->path());
    QVERIFY(other.load().ok());
    QVERIFY(other
                .add(profile(QStringLiteral("labels"), QStringLiteral("scantrust"),
                             QStringLiteral("uat"), QStringLiteral("https://st.example.com")))
                .ok());

    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(rows(&model), (QStringList{QStringLiteral("Scantrust"), QStringLiteral("  labels"),
                                        QStringLiteral("Generic API"), QStringLiteral("  mine")}));
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(ProfileListModel::HostRole).toString(),
             QStringLiteral("st.example.com"));
}

void TstProfileListModel::editInPlaceKeepsTheRows()
{
    const QUuid id = add(QStringLiteral("a"), QStringLiteral("generic"), QStringLiteral("bearer"));
    ProfileListModel model(m_store.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    Profile p = *m_store->find(id.toString());
    p.lastToken.obtainedAt = QDateTime::currentDateTimeUtc();
    p.lastToken.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_store->update(p).ok());

    QCOMPARE(resets.size(), 0);
    QVERIFY(!changes.isEmpty());
    QCOMPARE(model.indexOf(id).data(ProfileListModel::TokenStateRole).value<State>(), State::Valid);
}

void TstProfileListModel::badgeFollowsLastToken_data()
{
    QTest::addColumn<bool>("hasToken");
    QTest::addColumn<bool>("hasExpiry");
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");

    QTest::newRow("valid, far off")
        << true << true << qint64(30 * 86400) << State::Valid << QStringLiteral("Valid");
    QTest::newRow("expiring within 5 min")
        << true << true << qint64(4 * 60) << State::ExpiringSoon << QStringLiteral("Expiring soon");
    QTest::newRow("expired") << true << true << qint64(-3600) << State::Expired
                             << QStringLiteral("Expired");
    QTest::newRow("expired 30 s ago")
        << true << true << qint64(-30) << State::Expired << QStringLiteral("Expired");
    QTest::newRow("no token") << false << false << qint64(0) << State::None
                              << QStringLiteral("No token");
    QTest::newRow("unknown expiry")
        << true << false << qint64(0) << State::UnknownExpiry << QStringLiteral("Expiry unknown");
}

void TstProfileListModel::badgeFollowsLastToken()
{
    QFETCH(bool, hasToken);
    QFETCH(bool, hasExpiry);
    QFETCH(qint64, secondsLeft);
    QFETCH(State, state);
    QFETCH(QString, text);

    Profile p = profile(QStringLiteral("p"), QStringLiteral("regscale"), QStringLiteral("token"),
                        QStringLiteral("https://grc.example.org"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (hasToken)
        p.lastToken.obtainedAt = now.addSecs(-60);
    if (hasExpiry)
        p.lastToken.expiresAt = now.addSecs(secondsLeft);
    const QUuid id = m_store->add(p).value().id;

    ProfileListModel model(m_store.get());
    const QModelIndex index = model.indexOf(id);
    QCOMPARE(index.data(ProfileListModel::TokenStateRole).value<State>(), state);
    QCOMPARE(index.data(ProfileListModel::TokenStateTextRole).toString(), text);
    QCOMPARE(index.data(ProfileListModel::ExpiresAtRole).isValid(), hasExpiry);
}

void TstProfileListModel::badgeFlipsAsTimePasses()
{
    // Valid now, expiring soon in a second and a half: the model's own timer must notice.
    TestClock clock;
    Profile p = profile(QStringLiteral("p"), QStringLiteral("regscale"), QStringLiteral("token"),
                        QStringLiteral("https://grc.example.org"));
    p.lastToken.obtainedAt = Clock::now();
    p.lastToken.expiresAt = Clock::now().addMSecs(5 * 60 * 1000 + 1500);
    const QUuid id = m_store->add(p).value().id;

    ProfileListModel model(m_store.get());
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const auto state = [&] {
        return model.indexOf(id).data(ProfileListModel::TokenStateRole).value<State>();
    };
    QCOMPARE(state(), State::Valid);
    QVERIFY(model.isRefreshing());
    clock.advance(1500ms); // five minutes left exactly: not less yet
    QCOMPARE(state(), State::Valid);
    QVERIFY(changes.isEmpty());
    clock.advance(1ms);
    QCOMPARE(state(), State::ExpiringSoon);
    QCOMPARE(changes.size(), 1);
    const QList<int> roles = changes.last().at(2).value<QList<int>>();
    QVERIFY(roles.contains(ProfileListModel::TokenStateRole));
}

void TstProfileListModel::badgeFlipsWithTheClock()
{
    TestClock clock;
    Profile p = profile(QStringLiteral("p"), QStringLiteral("scantrust"), QStringLiteral("uat"),
                        QStringLiteral("https://st.example.com"));
    const QDateTime start = Clock::now();
    p.lastToken.obtainedAt = start;
    p.lastToken.expiresAt = start.addSecs(3600);
    const QUuid id = m_store->add(p).value().id;

    ProfileListModel model(m_store.get());
    const auto state = [&] {
        return model.indexOf(id).data(ProfileListModel::TokenStateRole).value<State>();
    };
    QCOMPARE(state(), State::Valid);

    clock.setNow(start.addSecs(3600 - 120)); // two minutes left
    QCOMPARE(state(), State::ExpiringSoon);
    clock.setNow(start.addMSecs(3600 * 1000 - 1));
    QCOMPARE(state(), State::ExpiringSoon);
    clock.advance(1ms); // exp itself: expired from this moment
    QCOMPARE(state(), State::Expired);
    QVERIFY(!model.isRefreshing()); // nothing left that could change
}

void TstProfileListModel::refreshTimerRunsOnlyWithLiveTokens()
{
    Profile p = profile(QStringLiteral("p"), QStringLiteral("generic"), QStringLiteral("bearer"),
                        QStringLiteral("https://api.example.com"));
    p.lastToken.obtainedAt = QDateTime::currentDateTimeUtc().addDays(-2);
    p.lastToken.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
    const QUuid id = m_store->add(p).value().id;
    add(QStringLiteral("q"), QStringLiteral("generic"), QStringLiteral("bearer"));

    ProfileListModel model(m_store.get());
    QVERIFY(!model.isRefreshing());

    p.id = id;
    p.lastToken.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
    QVERIFY(m_store->update(p).ok());
    QVERIFY(model.isRefreshing());
}

void TstProfileListModel::filtersByNameHostVendorAndMethod_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString()
                           << QStringList{
                                  QStringLiteral("RegScale"),  QStringLiteral("  Production"),
                                  QStringLiteral("  Staging"), QStringLiteral("Scantrust"),
                                  u"  Labels Größe"_s,         QStringLiteral("Password Safe"),
                                  QStringLiteral("  Vault")};
    QTest::newRow("name, any case")
        << QStringLiteral("PROD")
        << QStringList{QStringLiteral("RegScale"), QStringLiteral("  Production")};
    QTest::newRow("host") << QStringLiteral("staging.grc")
                          << QStringList{QStringLiteral("RegScale"), QStringLiteral("  Staging")};
    QTest::newRow("vendor name") << QStringLiteral("password safe")
                                 << QStringList{QStringLiteral("Password Safe"),
                                                QStringLiteral("  Vault")};
    QTest::newRow("method name") << QStringLiteral("api key")
                                 << QStringList{QStringLiteral("Password Safe"),
                                                QStringLiteral("  Vault")};
    QTest::newRow("words anywhere")
        << QStringLiteral("regscale  stag")
        << QStringList{QStringLiteral("RegScale"), QStringLiteral("  Staging")};
    QTest::newRow("beyond ASCII, any case")
        << u"GRÖẞE"_s << QStringList{QStringLiteral("Scantrust"), u"  Labels Größe"_s};
    QTest::newRow("ASCII does not match beyond it") << u"grosse"_s << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TstProfileListModel::filtersByNameHostVendorAndMethod()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    add(QStringLiteral("Production"), QStringLiteral("regscale"), QStringLiteral("password"),
        QStringLiteral("https://grc.example.org"));
    add(QStringLiteral("Staging"), QStringLiteral("regscale"), QStringLiteral("token"),
        QStringLiteral("https://staging.grc.example.org"));
    add(u"Labels Größe"_s, QStringLiteral("scantrust"), QStringLiteral("uat"),
        QStringLiteral("https://st.example.com"));
    add(QStringLiteral("Vault"), QStringLiteral("passwordsafe"), QStringLiteral("apikey"),
        QStringLiteral("https://vault.example.net"));

    ProfileListModel model(m_store.get());
    ProfileFilterModel filterModel;
    filterModel.setSourceModel(&model);
    QAbstractItemModelTester tester(&filterModel,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filterModel.setFilterText(filter);
    QCOMPARE(rows(&filterModel), expected);
}

void TstProfileListModel::filterHidesEmptyGroups()
{
    add(QStringLiteral("one"), QStringLiteral("regscale"), QStringLiteral("password"));
    add(QStringLiteral("two"), QStringLiteral("generic"), QStringLiteral("bearer"));
    ProfileListModel model(m_store.get());
    ProfileFilterModel filterModel;
    filterModel.setSourceModel(&model);
    QCOMPARE(filterModel.rowCount(), 2);
    filterModel.setFilterText(QStringLiteral("two"));
    QCOMPARE(filterModel.rowCount(), 1);
    QCOMPARE(filterModel.index(0, 0).data().toString(), QStringLiteral("Generic API"));
    // A group's own name does not keep it: only its profiles do.
    filterModel.setFilterText(QStringLiteral("generic api two"));
    QCOMPARE(filterModel.rowCount(), 1);
    filterModel.setFilterText(QStringLiteral("regscale two"));
    QCOMPARE(filterModel.rowCount(), 0);
    filterModel.setFilterText(QString());
    QCOMPARE(filterModel.rowCount(), 2);
}

void TstProfileListModel::filteringTenThousandProfiles()
{
    // Written as a file, as another process would, rather than through 10,000 locked saves.
    const char *const vendors[][2] = {{"regscale", "password"},
                                      {"scantrust", "uat"},
                                      {"passwordsafe", "apikey"},
                                      {"generic", "bearer"}};
    QJsonArray list;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 10000; ++i) {
        Profile p = profile(QStringLiteral("profile %1").arg(i, 5, 10, QLatin1Char('0')),
                            QLatin1String(vendors[i % 4][0]), QLatin1String(vendors[i % 4][1]),
                            QStringLiteral("https://host%1.example.com").arg(i));
        p.id = QUuid::createUuid();
        p.created = p.updated = now;
        if (i % 3 == 0) {
            p.lastToken.obtainedAt = now;
            p.lastToken.expiresAt = now.addSecs(i * 7);
        }
        list.append(p.toJson());
    }
    QSaveFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), ProfileStore::SchemaVersion},
                                         {QStringLiteral("profiles"), list}})
                   .toJson(QJsonDocument::Compact));
    QVERIFY(file.commit());

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_store->load().ok());
    ProfileListModel model(m_store.get());
    QTRY_COMPARE(model.profileCount(), 10000);
    qDebug("model over 10,000 profiles built in %lld ms", timer.elapsed());

    ProfileFilterModel filterModel;
    filterModel.setSourceModel(&model);
    QCOMPARE(filterModel.rowCount(), 4);

    // The proxy maps rows lazily: count what a view would show, so the time covers that too.
    const auto visibleProfiles = [&filterModel] {
        int shown = 0;
        for (int g = 0; g < filterModel.rowCount(); ++g)
            shown += filterModel.rowCount(filterModel.index(g, 0));
        return shown;
    };

    // Typing "host12" a key at a time, then clearing it.
    const QString typed = QStringLiteral("host12");
    qint64 slowest = 0;
    int shown = 0;
    for (int n = 1; n <= typed.size(); ++n) {
        timer.restart();
        filterModel.setFilterText(typed.left(n));
        shown = visibleProfiles();
        slowest = std::max(slowest, timer.elapsed());
    }
    // host12, host120..129, host1200..1299: 111 profiles.
    QCOMPARE(shown, 111);
    timer.restart();
    filterModel.setFilterText(QString());
    QCOMPARE(visibleProfiles(), 10000);
    const qint64 clearing = timer.elapsed();
    qDebug("filter keystroke over 10,000 profiles: slowest %lld ms; clearing %lld ms", slowest,
           clearing);
    QCOMPARE(filterModel.rowCount(), 4);
}

QTEST_MAIN(TstProfileListModel)
#include "tst_profilelistmodel.moc"
