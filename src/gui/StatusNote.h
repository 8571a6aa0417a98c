#pragma once

class QMainWindow;
class QString;

// A passing word in the window's status bar (added, copied, saved), gone after a few seconds.
namespace StatusNote {

void show(QMainWindow *window, const QString &message);

} // namespace StatusNote
