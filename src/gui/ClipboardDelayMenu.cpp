#include "ClipboardDelayMenu.h"

#include "AppSettings.h"
#include "SecureClipboard.h"

#include <QActionGroup>
#include <QMenu>

ClipboardDelayMenu::ClipboardDelayMenu(QMenu *menu, SecureClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_clipboard(clipboard)
{
    rebuild();
}

void ClipboardDelayMenu::rebuild()
{
    // One reading of the preference, bounded as the settings dialog bounds it.
    const int delay = AppSettings::load().clipboardClearSeconds;
    m_clipboard->setClearDelay(delay);

    // Rebuilt on every language or preference change: the old choices go, group and all.
    m_menu->clear();
    qDeleteAll(m_menu->findChildren<QActionGroup *>(QString(), Qt::FindDirectChildrenOnly));
    auto *group = new QActionGroup(m_menu);
    for (const int seconds : {10, 30, 60, 120, 300}) {
        const int minutes = seconds / 60;
        QAction *action = m_menu->addAction(seconds < 60 ? tr("%n second(s)", nullptr, seconds)
                                                         : tr("%n minute(s)", nullptr, minutes));
        action->setCheckable(true);
        action->setChecked(seconds == delay);
        action->setData(seconds);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { choose(seconds); });
    }
    QAction *never = m_menu->addAction(tr("Only When Tokenbench Quits"));
    never->setCheckable(true);
    never->setChecked(delay == 0);
    group->addAction(never);
    connect(never, &QAction::triggered, this, [this] { choose(0); });
    if (!group->checkedAction()) {
        // A delay chosen in Preferences (or by hand in the settings file): show it too.
        QAction *custom = m_menu->addAction(tr("%n second(s)", nullptr, delay));
        custom->setCheckable(true);
        custom->setChecked(true);
        group->addAction(custom);
    }
}

void ClipboardDelayMenu::choose(int seconds)
{
    m_clipboard->setClearDelay(seconds);
    AppSettings settings = AppSettings::load();
    settings.clipboardClearSeconds = seconds;
    settings.save();
}
