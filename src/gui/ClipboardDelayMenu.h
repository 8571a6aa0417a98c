#pragma once

#include <QObject>

class QMenu;
class SecureClipboard;

// The Clear Clipboard After menu: the delays to choose from, the chosen one checked, and the
// choice kept in the preferences and given to the clipboard.
class ClipboardDelayMenu : public QObject
{
    Q_OBJECT

public:
    // Fills `menu` (which it does not own) and gives the clipboard the preferred delay.
    ClipboardDelayMenu(QMenu *menu, SecureClipboard *clipboard, QObject *parent);

    // Reads the preference again and builds the choices anew, in the current language.
    void rebuild();

private:
    void choose(int seconds);

    QMenu *m_menu;
    SecureClipboard *m_clipboard;
};
