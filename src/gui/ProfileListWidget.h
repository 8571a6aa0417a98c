#pragma once

#include "ProfileListActions.h"

#include <QList>
#include <QUuid>
#include <QWidget>

#include <memory>

namespace Ui {
class ProfileListWidget;
}
class ProfileFilterModel;
class ProfileListModel;
class ProfileStore;
class QAction;
class QMenu;
class QModelIndex;
class QToolBar;

// The profile list: filter as you type, profiles grouped by vendor with their token's state, and
// the actions on a profile. It performs none of them: it says which profile they were asked for,
// and its owner logs in, copies, confirms deletes and so on.
//
// Shortcuts: New Ctrl+N, Log in Ctrl+L, Copy token Ctrl+T, Copy header Ctrl+Shift+T, Edit Ctrl+E,
// Duplicate Ctrl+D, Delete Del (while the list has focus), Filter Ctrl+F; Enter or a double click
// logs in. Copy token is not Ctrl+Shift+C: the token inspector's copy already has it.
class ProfileListWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileListWidget(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileListWidget() override;

    ProfileListModel *model() const { return m_model; }
    // The width at which the names of the first profiles show whole, within bounds: the window
    // keeps the list at least this wide, so that profiles can be told apart.
    int widthForNames() const;
    ProfileFilterModel *filterModel() const { return m_filter; }

    QUuid currentProfileId() const;
    // Selects the profile (clearing a filter that hides it); false when there is no such profile.
    bool selectProfile(const QUuid &id);
    void setFilterText(const QString &text);

    // The actions on profiles (ProfileListActions), for the owner's menus and tool bar.
    QAction *filterAction() const { return m_actions->filterAction(); }
    QAction *newProfileAction() const { return m_actions->newProfileAction(); }
    QAction *logInAction() const { return m_actions->logInAction(); }
    QAction *copyTokenAction() const { return m_actions->copyTokenAction(); }
    QAction *copyHeaderAction() const { return m_actions->copyHeaderAction(); }
    QAction *testTokenAction() const { return m_actions->testTokenAction(); }
    QAction *editAction() const { return m_actions->editAction(); }
    QAction *duplicateAction() const { return m_actions->duplicateAction(); }
    QAction *deleteAction() const { return m_actions->deleteAction(); }
    // The actions on profiles in menu order, with null entries where a separator belongs.
    QList<QAction *> profileActions() const { return m_actions->profileActions(); }
    // A tool bar with new profile, log in, copy token, copy header and test token, for the owner
    // to place (in a QMainWindow, say); it belongs to `parent`.
    QToolBar *makeToolBar(QWidget *parent) const { return m_actions->makeToolBar(parent); }
    QMenu *contextMenu() const { return m_contextMenu; }
    // The desktop theme's icons for the actions (seen only in menus) and the filter's clear
    // button. Looking up the first theme icon reads the theme's whole index (about a tenth of
    // start-up, callgrind): the window calls this once it has been painted.
    void loadIcons();

Q_SIGNALS:
    void newProfileRequested();
    void logInRequested(const QUuid &id);
    void copyTokenRequested(const QUuid &id);
    void copyHeaderRequested(const QUuid &id);
    void testTokenRequested(const QUuid &id);
    void editRequested(const QUuid &id);
    void duplicateRequested(const QUuid &id);
    void deleteRequested(const QUuid &id);
    void currentProfileChanged(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void connectAction(QAction *action, void (ProfileListWidget::*signal)(const QUuid &));
    void onCurrentChanged();
    void onModelReset();
    void expandGroups(int first, int last);
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::ProfileListWidget> m_ui;
    ProfileListModel *m_model;
    ProfileFilterModel *m_filter;
    QMenu *m_contextMenu;
    QMenu *m_emptyMenu;
    ProfileListActions *m_actions = nullptr;
    QUuid m_currentId;
    QUuid m_chosenId; // the last profile chosen, kept while a filter hides it
};
