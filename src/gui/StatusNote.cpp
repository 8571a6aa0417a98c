#include "StatusNote.h"

#include <QMainWindow>
#include <QStatusBar>

namespace StatusNote {

void show(QMainWindow *window, const QString &message)
{
    constexpr int ShownMs = 6000;
    window->statusBar()->showMessage(message, ShownMs);
}

} // namespace StatusNote
