#include "MainWindow.h"

#include "SecureClipboard.h"
#include "TokenPanel.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

namespace {
const char *const ClipboardDelayKey = "clipboard/clearAfterSeconds";
const char *const GeometryKey = "window/geometry";
const char *const StateKey = "window/state";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clipboard(new SecureClipboard(this))
    , m_tokenPanel(nullptr)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tokenbench.svg")));

    m_tokenPanel = new TokenPanel(m_clipboard, this);
    m_tokenPanel->setObjectName(QStringLiteral("tokenPanel"));
    setCentralWidget(m_tokenPanel);

    m_ui->actionPasteToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_ui->actionCopyToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->actionCopyHeader->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->actionClearToken->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    connect(m_ui->actionPasteToken, &QAction::triggered, m_tokenPanel,
            &TokenPanel::pasteFromClipboard);
    connect(m_ui->actionCopyToken, &QAction::triggered, m_tokenPanel, &TokenPanel::copyToken);
    connect(m_ui->actionCopyHeader, &QAction::triggered, m_tokenPanel, &TokenPanel::copyHeader);
    connect(m_ui->actionClearToken, &QAction::triggered, m_tokenPanel, &TokenPanel::clear);
    connect(m_ui->actionClearClipboard, &QAction::triggered, m_clipboard,
            &SecureClipboard::clearNow);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    buildClipboardMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(GeometryKey)).toByteArray()))
        resize(1040, 760);
    restoreState(settings.value(QLatin1String(StateKey)).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildClipboardMenu()
{
    QSettings settings;
    bool ok = false;
    int delay = settings.value(QLatin1String(ClipboardDelayKey)).toInt(&ok);
    if (!ok || delay < 0)
        delay = SecureClipboard::DefaultClearSeconds;
    m_clipboard->setClearDelay(delay);

    auto *group = new QActionGroup(this);
    m_ui->menuClearClipboardAfter->clear();
    for (const int seconds : {10, 30, 60, 120, 300}) {
        QAction *action = m_ui->menuClearClipboardAfter->addAction(
            seconds < 60 ? tr("%n second(s)", nullptr, seconds)
                         : tr("%n minute(s)", nullptr, seconds / 60));
        action->setCheckable(true);
        action->setChecked(seconds == delay);
        action->setData(seconds);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { setClipboardDelay(seconds); });
    }
    QAction *never = m_ui->menuClearClipboardAfter->addAction(tr("Only When Tokenbench Quits"));
    never->setCheckable(true);
    never->setChecked(delay == 0);
    group->addAction(never);
    connect(never, &QAction::triggered, this, [this] { setClipboardDelay(0); });
    if (!group->checkedAction()) {
        // A delay set by hand in the settings file: keep it and show it.
        QAction *custom =
            m_ui->menuClearClipboardAfter->addAction(tr("%n second(s)", nullptr, delay));
        custom->setCheckable(true);
        custom->setChecked(true);
        group->addAction(custom);
    }
}

void MainWindow::setClipboardDelay(int seconds)
{
    m_clipboard->setClearDelay(seconds);
    QSettings().setValue(QLatin1String(ClipboardDelayKey), seconds);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tokenbench"),
        tr("<h3>Tokenbench %1</h3>"
           "<p>Holds the tokens of real vendor APIs safely and makes them easy to use.</p>"
           "<p>Tokens are decoded on this computer only; signatures are never claimed to be "
           "verified.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(GeometryKey), saveGeometry());
    settings.setValue(QLatin1String(StateKey), saveState());
    m_clipboard->clearNow();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        buildClipboardMenu();
    }
    QMainWindow::changeEvent(event);
}
