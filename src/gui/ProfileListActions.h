#pragma once

#include <QList>
#include <QObject>

#include <utility>

class QAction;
class QKeySequence;
class QToolBar;
class QWidget;

// The actions the profile list offers in its menus, its owner's tool bar and by shortcut: their
// words, keys and theme icons, and whether a chosen profile lets them run. What they do is the
// list's to say (it connects them).
class ProfileListActions : public QObject
{
    Q_OBJECT

public:
    // The actions belong to `owner`, whose window their shortcuts work in; Delete works only
    // while `list` has focus (in a text field the key deletes text).
    ProfileListActions(QWidget *owner, QWidget *list);

    QAction *filterAction() const { return m_filter; }
    QAction *newProfileAction() const { return m_newProfile; }
    QAction *logInAction() const { return m_logIn; }
    QAction *copyTokenAction() const { return m_copyToken; }
    QAction *copyHeaderAction() const { return m_copyHeader; }
    QAction *testTokenAction() const { return m_testToken; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    // The actions on a profile in menu order, with null entries where a separator belongs.
    QList<QAction *> profileActions() const;
    // A tool bar with new profile, log in, copy token, copy header and test token; it belongs
    // to `parent`.
    QToolBar *makeToolBar(QWidget *parent) const;

    // The actions on a profile run only while one is chosen.
    void setProfileChosen(bool chosen);
    // Their words, in the current language.
    void retranslate();
    // The desktop theme's icons (seen only in menus); the first look-up reads the theme's whole
    // index, so this waits until the window has been painted.
    void loadIcons();

private:
    QAction *make(const char *objectName, const char *themeIcon, const QKeySequence &keys);

    QWidget *m_owner;
    // Filled before the actions are made; emptied by loadIcons().
    QList<std::pair<QAction *, const char *>> m_themeIcons;
    QAction *m_filter;
    QAction *m_newProfile;
    QAction *m_logIn;
    QAction *m_copyToken;
    QAction *m_copyHeader;
    QAction *m_testToken;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
};
