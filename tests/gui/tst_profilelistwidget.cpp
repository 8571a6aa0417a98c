#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "ProfileListWidget.h"
#include "profiles/ProfileStore.h"
#include "util/Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <memory>

class TstProfileListWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStoreShowsTheEmptyState();
    void filterMatchingNothingSaysSo();
    void groupsAreExpandedAndControlsNamed();
    void actionsNeedASelection();
    void actionsEmitTheSelectedProfile_data();
    void actionsEmitTheSelectedProfile();
    void contextMenuHoldsTheActions();
    void doubleClickAndEnterLogIn();
    void ctrlFFocusesTheFilter();
    void currentProfileFollowsSelectionAndSurvivesReloads();
    void toolBarCarriesTheMainActions();

private:
    QUuid add(const QString &name, const QString &vendor, const QString &method);
    void makeWidget();
    template<typename T>
    T *child(const char *name) const
    {
        auto *w = m_widget->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileListWidget> m_widget;
};

void TstProfileListWidget::initTestCase()
{
    Translations::install(QCoreApplication::instance(), QLocale(QLocale::English));
}

void TstProfileListWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_store->load().ok());
}

void TstProfileListWidget::cleanup()
{
    m_widget.reset();
    m_store.reset();
    m_dir.reset();
}

QUuid TstProfileListWidget::add(const QString &name, const QString &vendor, const QString &method)
{
    Profile p;
    p.name = name;
    p.vendor = vendor;
    p.method = method;
    p.baseUrl = QUrl(QStringLiteral("https://%1.example.com").arg(name.toLower()));
    const Result<Profile> added = m_store->add(p);
    if (!added)
        qFatal("add failed: %s", qPrintable(added.error().message));
    return added.value().id;
}

void TstProfileListWidget::makeWidget()
{
    m_widget = std::make_unique<ProfileListWidget>(m_store.get());
    m_widget->resize(360, 600);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TstProfileListWidget::emptyStoreShowsTheEmptyState()
{
    makeWidget();
    auto *label = child<QLabel>("emptyStateLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No profiles yet — create one with New Profile"));
    QVERIFY(!child<QTreeView>("profileTreeView")->isVisible());

    auto *button = child<QPushButton>("newProfileButton");
    QVERIFY(button->isVisible());
    QSignalSpy requested(m_widget.get(), &ProfileListWidget::newProfileRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    // The first profile replaces the empty state by the list.
    add(QStringLiteral("First"), QStringLiteral("regscale"), QStringLiteral("password"));
    QVERIFY(!label->isVisible());
    QVERIFY(child<QTreeView>("profileTreeView")->isVisible());
}

void TstProfileListWidget::filterMatchingNothingSaysSo()
{
    const QUuid prod =
        add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    QVERIFY(m_widget->selectProfile(prod));
    auto *filter = child<QLineEdit>("filterLineEdit");
    QTest::keyClicks(filter, QStringLiteral("nope"));
    QCOMPARE(m_widget->currentProfileId(), QUuid());
    auto *label = child<QLabel>("emptyStateLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No profiles match “nope”"));
    QVERIFY(!child<QPushButton>("newProfileButton")->isVisible());

    // Cleared, the filter gives back the profile it hid.
    filter->clear();
    QVERIFY(!label->isVisible());
    QVERIFY(child<QTreeView>("profileTreeView")->isVisible());
    QCOMPARE(m_widget->currentProfileId(), prod);
}

void TstProfileListWidget::groupsAreExpandedAndControlsNamed()
{
    add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    add(QStringLiteral("Labels"), QStringLiteral("scantrust"), QStringLiteral("uat"));
    makeWidget();
    auto *tree = child<QTreeView>("profileTreeView");
    QVERIFY(tree->isHeaderHidden());
    QVERIFY(tree->uniformRowHeights());
    QCOMPARE(tree->model()->rowCount(), 2);
    for (int g = 0; g < tree->model()->rowCount(); ++g)
        QVERIFY(tree->isExpanded(tree->model()->index(g, 0)));

    auto *filter = child<QLineEdit>("filterLineEdit");
    QCOMPARE(filter->placeholderText(), QStringLiteral("Filter profiles…"));
    // The clear button and the theme's icons come when the owner asks, after its first paint.
    QVERIFY(!filter->isClearButtonEnabled());
    m_widget->loadIcons();
    QVERIFY(filter->isClearButtonEnabled());

    // A group that comes back after a filter hid it comes back expanded.
    QTest::keyClicks(filter, QStringLiteral("labels"));
    QCOMPARE(tree->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(tree->model()->rowCount(), 2);
    for (int g = 0; g < tree->model()->rowCount(); ++g)
        QVERIFY(tree->isExpanded(tree->model()->index(g, 0)));

    const QList<QWidget *> widgets = m_widget->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QTreeView *>(w) ||
            qobject_cast<QPushButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TstProfileListWidget::actionsNeedASelection()
{
    const QUuid id =
        add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    const QList<QAction *> actions = m_widget->profileActions();
    QCOMPARE(actions.size(), 9); // seven actions and two separators
    for (QAction *a : actions)
        if (a)
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
    QVERIFY(m_widget->newProfileAction()->isEnabled());
    QVERIFY(m_widget->filterAction()->isEnabled());

    // A vendor group is not a profile.
    auto *tree = child<QTreeView>("profileTreeView");
    tree->setCurrentIndex(tree->model()->index(0, 0));
    for (QAction *a : actions)
        if (a)
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));

    QVERIFY(m_widget->selectProfile(id));
    for (QAction *a : actions)
        if (a)
            QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));

    // Triggering with nothing selected asks for nothing.
    tree->clearSelection();
    QSignalSpy logIn(m_widget.get(), &ProfileListWidget::logInRequested);
    m_widget->logInAction()->trigger();
    QCOMPARE(logIn.size(), 0);
    QVERIFY(!m_widget->logInAction()->isEnabled());
}

void TstProfileListWidget::actionsEmitTheSelectedProfile_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("signal");
    QTest::addColumn<QKeySequence>("keys");
    QTest::newRow("log in") << "logInAction"
                            << "logInRequested" << QKeySequence(QStringLiteral("Ctrl+L"));
    QTest::newRow("copy token") << "copyTokenAction"
                                << "copyTokenRequested" << QKeySequence(QStringLiteral("Ctrl+T"));
    QTest::newRow("copy header") << "copyHeaderAction"
                                 << "copyHeaderRequested"
                                 << QKeySequence(QStringLiteral("Ctrl+Shift+T"));
    QTest::newRow("test token") << "testTokenAction"
                                << "testTokenRequested" << QKeySequence();
    QTest::newRow("edit") << "editAction"
                          << "editRequested" << QKeySequence(QStringLiteral("Ctrl+E"));
    QTest::newRow("duplicate") << "duplicateAction"
                               << "duplicateRequested" << QKeySequence(QStringLiteral("Ctrl+D"));
    QTest::newRow("delete") << "deleteAction"
                            << "deleteRequested" << QKeySequence(Qt::Key_Delete);
}

void TstProfileListWidget::actionsEmitTheSelectedProfile()
{
    QFETCH(QString, action);
    QFETCH(QString, signal);
    QFETCH(QKeySequence, keys);
    add(QStringLiteral("Other"), QStringLiteral("regscale"), QStringLiteral("password"));
    const QUuid id =
        add(QStringLiteral("Vault"), QStringLiteral("passwordsafe"), QStringLiteral("apikey"));
    makeWidget();
    QVERIFY(m_widget->selectProfile(id));

    auto *a = m_widget->findChild<QAction *>(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), keys);
    QVERIFY(!a->text().isEmpty());
    QVERIFY(!a->toolTip().isEmpty());

    const QByteArray signature =
        QByteArray("2") + signal.toLatin1() + QByteArray("(QUuid)"); // as SIGNAL() spells it
    QSignalSpy spy(m_widget.get(), signature.constData());
    QVERIFY(spy.isValid());
    a->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toUuid(), id);

    // The shortcut does the same, from the list.
    if (!keys.isEmpty()) {
        auto *tree = child<QTreeView>("profileTreeView");
        tree->setFocus();
        QApplication::setActiveWindow(m_widget.get());
        QTRY_VERIFY(tree->hasFocus());
        QTest::keySequence(tree, keys);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toUuid(), id);
    }
}

void TstProfileListWidget::contextMenuHoldsTheActions()
{
    add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    QMenu *menu = m_widget->contextMenu();
    QVERIFY(menu);
    const QList<QAction *> inMenu = menu->actions();
    const QList<QAction *> expected{m_widget->logInAction(),      m_widget->copyTokenAction(),
                                    m_widget->copyHeaderAction(), m_widget->testTokenAction(),
                                    m_widget->editAction(),       m_widget->duplicateAction(),
                                    m_widget->deleteAction()};
    for (QAction *a : expected) {
        QVERIFY2(inMenu.contains(a), qPrintable(a->objectName()));
        QVERIFY(a->isShortcutVisibleInContextMenu());
    }
}

void TstProfileListWidget::doubleClickAndEnterLogIn()
{
    const QUuid id =
        add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    auto *tree = child<QTreeView>("profileTreeView");
    auto *filterModel = m_widget->filterModel();
    const QModelIndex index = filterModel->index(0, 0, filterModel->index(0, 0));
    QCOMPARE(index.data(ProfileListModel::ProfileIdRole).toUuid(), id);
    const QPoint centre = tree->visualRect(index).center();

    QSignalSpy logIn(m_widget.get(), &ProfileListWidget::logInRequested);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(logIn.size(), 1);
    QCOMPARE(logIn.at(0).at(0).toUuid(), id);

    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(logIn.size(), 2);
    QCOMPARE(logIn.at(1).at(0).toUuid(), id);

    // A double click on a vendor heading logs nobody in.
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {},
                       tree->visualRect(filterModel->index(0, 0)).center());
    QCOMPARE(logIn.size(), 2);
}

void TstProfileListWidget::ctrlFFocusesTheFilter()
{
    add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    QCOMPARE(m_widget->filterAction()->shortcut(), QKeySequence(QKeySequence::Find));
    auto *tree = child<QTreeView>("profileTreeView");
    tree->setFocus();
    QApplication::setActiveWindow(m_widget.get());
    m_widget->filterAction()->trigger();
    QTRY_VERIFY(child<QLineEdit>("filterLineEdit")->hasFocus());

    // Down from the filter goes to the first match.
    QTest::keyClicks(child<QLineEdit>("filterLineEdit"), QStringLiteral("pro"));
    QTest::keyClick(child<QLineEdit>("filterLineEdit"), Qt::Key_Down);
    QTRY_VERIFY(tree->hasFocus());
    QVERIFY(!m_widget->currentProfileId().isNull());
}

void TstProfileListWidget::currentProfileFollowsSelectionAndSurvivesReloads()
{
    const QUuid prod =
        add(QStringLiteral("Prod"), QStringLiteral("regscale"), QStringLiteral("password"));
    makeWidget();
    QSignalSpy current(m_widget.get(), &ProfileListWidget::currentProfileChanged);
    QVERIFY(m_widget->selectProfile(prod));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).at(0).toUuid(), prod);

    // A profile added elsewhere rebuilds the model; the selection stays on Prod.
    ProfileStore other(m_dir->path());
    QVERIFY(other.load().ok());
    Profile p;
    p.name = QStringLiteral("Another");
    p.vendor = QStringLiteral("generic");
    p.method = QStringLiteral("bearer");
    QVERIFY(other.add(p).ok());
    QTRY_COMPARE(m_widget->model()->profileCount(), 2);
    QCOMPARE(m_widget->currentProfileId(), prod);
    QCOMPARE(current.size(), 1);

    // Deleted: the list says nothing is selected any more.
    QVERIFY(m_store->remove(prod).ok());
    QCOMPARE(m_widget->currentProfileId(), QUuid());
    QCOMPARE(current.size(), 2);
    QCOMPARE(current.at(1).at(0).toUuid(), QUuid());
    QVERIFY(!m_widget->logInAction()->isEnabled());

    // Selecting a profile the filter hides clears the filter.
    const QUuid hidden = m_widget->model()
                             ->index(0, 0, m_widget->model()->index(0, 0))
                             .data(ProfileListModel::ProfileIdRole)
                             .toUuid();
    m_widget->setFilterText(QStringLiteral("zzz"));
    QVERIFY(m_widget->selectProfile(hidden));
    QCOMPARE(child<QLineEdit>("filterLineEdit")->text(), QString());
    QCOMPARE(m_widget->currentProfileId(), hidden);
    QVERIFY(!m_widget->selectProfile(QUuid::createUuid()));
}

void TstProfileListWidget::toolBarCarriesTheMainActions()
{
    makeWidget();
    QWidget holder;
    QToolBar *bar = m_widget->makeToolBar(&holder);
    QCOMPARE(bar->parent(), &holder);
    QVERIFY(bar->actions().contains(m_widget->newProfileAction()));
    QVERIFY(bar->actions().contains(m_widget->logInAction()));
    QVERIFY(bar->actions().contains(m_widget->copyTokenAction()));
    QVERIFY(bar->actions().contains(m_widget->copyHeaderAction()));
    for (QAction *a : bar->actions())
        QVERIFY(!bar->widgetForAction(a)->accessibleName().isEmpty());
}

QTEST_MAIN(TstProfileListWidget)
#include "tst_profilelistwidget.moc"
