#include "ProfileListActions.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

ProfileListActions::ProfileListActions(QWidget *owner, QWidget *list)
    : QObject(owner)
    , m_owner(owner)
    , m_filter(make("filterAction", "edit-find", QKeySequence::Find))
    , m_newProfile(make("newProfileAction", "document-new", QKeySequence::New))
    , m_logIn(make("logInAction", "go-next", QKeySequence(Qt::CTRL | Qt::Key_L)))
    , m_copyToken(make("copyTokenAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::Key_T)))
    , m_copyHeader(
          make("copyHeaderAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))
    , m_testToken(make("testTokenAction", "network-transmit-receive", {}))
    , m_edit(make("editAction", "document-properties", QKeySequence(Qt::CTRL | Qt::Key_E)))
    , m_duplicate(make("duplicateAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::Key_D)))
    , m_delete(make("deleteAction", "edit-delete", QKeySequence::Delete))
{
    // Delete only while the list has focus: in the filter field the key deletes text.
    m_owner->removeAction(m_delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    list->addAction(m_delete);
    retranslate();
}

QAction *ProfileListActions::make(const char *objectName, const char *themeIcon,
                                  const QKeySequence &keys)
{
    auto *action = new QAction(m_owner);
    action->setObjectName(QLatin1String(objectName));
    m_themeIcons.append({action, themeIcon});
    action->setShortcut(keys);
    action->setShortcutVisibleInContextMenu(true);
    m_owner->addAction(action);
    return action;
}

void ProfileListActions::loadIcons()
{
    for (const auto &[action, themeIcon] : std::as_const(m_themeIcons))
        action->setIcon(QIcon::fromTheme(QLatin1String(themeIcon)));
    m_themeIcons.clear();
}

void ProfileListActions::retranslate()
{
    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    set(m_filter, tr("&Filter Profiles"), tr("Find a profile by name, host or vendor"));
    set(m_newProfile, tr("&New Profile…"), tr("Create a profile for a vendor API"));
    set(m_logIn, tr("&Log In…"), tr("Log in with the selected profile"));
    set(m_copyToken, tr("Copy &Token"), tr("Copy the selected profile's token"));
    set(m_copyHeader, tr("Copy &Header"), tr("Copy the selected profile's token as a header line"));
    set(m_testToken, tr("Te&st Token"),
        tr("Ask the vendor who the selected profile's token belongs to"));
    set(m_edit, tr("&Edit Profile…"), tr("Edit the selected profile"));
    set(m_duplicate, tr("D&uplicate Profile"), tr("Make a copy of the selected profile"));
    set(m_delete, tr("&Delete Profile…"), tr("Delete the selected profile"));
}

QList<QAction *> ProfileListActions::profileActions() const
{
    return {m_logIn, m_copyToken, m_copyHeader, m_testToken, nullptr,
            m_edit,  m_duplicate, nullptr,      m_delete};
}

void ProfileListActions::setProfileChosen(bool chosen)
{
    const QList<QAction *> actions = profileActions();
    for (QAction *action : actions)
        if (action)
            action->setEnabled(chosen);
}

QToolBar *ProfileListActions::makeToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Profiles"), parent);
    bar->setObjectName(QStringLiteral("profileToolBar"));
    // Words, on every desktop: the same in each theme, and nothing changes when the theme's
    // icons arrive after the first paint.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<QAction *> actions{m_newProfile, m_logIn, m_copyToken, m_copyHeader, m_testToken};
    for (QAction *action : actions) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(
                action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    return bar;
}
