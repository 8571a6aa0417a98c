// bench_bare_window: the reference for Tokenbench's start-up figures. The least a Qt Widgets
// program can do to put a main window on screen: QApplication, an empty QMainWindow of the same
// size as Tokenbench's, quit right after its first paint, exactly as
// `tokenbench --quit-after-first-paint` does.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1180, 780);
    FirstPaintQuitter quitter;
    window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
