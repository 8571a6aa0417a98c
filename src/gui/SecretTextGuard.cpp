#include "SecretTextGuard.h"

#include "SecureClipboard.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>

SecretTextGuard *SecretTextGuard::install(QWidget *widget, SecureClipboard *clipboard)
{
    return new SecretTextGuard(widget, clipboard);
}

SecretTextGuard::SecretTextGuard(QWidget *widget, SecureClipboard *clipboard)
    : QObject(widget)
    , m_widget(widget)
    , m_clipboard(clipboard)
{
    widget->installEventFilter(this);
    // A text edit takes its keys and its context menu through its viewport's events, but the
    // shortcut and the menu events go to the edit itself; both are watched.
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        edit->viewport()->installEventFilter(this);
    // QClipboard reports a new selection before the event loop runs again, so no other program
    // can have asked for it by the time it is dropped.
    connect(QGuiApplication::clipboard(), &QClipboard::selectionChanged, this,
            &SecretTextGuard::dropPrimarySelection);
}

QString SecretTextGuard::selectedText() const
{
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(m_widget)) {
        QString text = edit->textCursor().selectedText();
        // QTextCursor separates paragraphs with U+2029.
        text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        return text;
    }
    if (auto *line = qobject_cast<const QLineEdit *>(m_widget))
        return line->selectedText();
    if (auto *label = qobject_cast<const QLabel *>(m_widget))
        return label->selectedText();
    return {};
}

bool SecretTextGuard::isEditable() const
{
    if (auto *edit = qobject_cast<const QPlainTextEdit *>(m_widget))
        return !edit->isReadOnly();
    if (auto *line = qobject_cast<const QLineEdit *>(m_widget))
        return !line->isReadOnly();
    return false;
}

void SecretTextGuard::copySelection(bool cut)
{
    const QString text = selectedText();
    if (text.isEmpty())
        return;
    if (m_clipboard)
        m_clipboard->copySecret(text);
    else
        QGuiApplication::clipboard()->setMimeData(SecureClipboard::secretMimeData(text));
    if (!cut || !isEditable())
        return;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_widget))
        edit->textCursor().removeSelectedText();
    else if (auto *line = qobject_cast<QLineEdit *>(m_widget))
        line->del();
}

void SecretTextGuard::dropPrimarySelection()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard->supportsSelection() || !clipboard->ownsSelection())
        return;
    const QMimeData *data = clipboard->mimeData(QClipboard::Selection);
    const QString selected = selectedText();
    if (data && !selected.isEmpty() && data->text() == selected)
        clipboard->clear(QClipboard::Selection);
}

void SecretTextGuard::showContextMenu(const QPoint &globalPos, const QPoint &localPos)
{
    QMenu *menu = nullptr;
    if (auto *edit = qobject_cast<QPlainTextEdit *>(m_widget))
        menu = edit->createStandardContextMenu(localPos);
    else if (auto *line = qobject_cast<QLineEdit *>(m_widget))
        menu = line->createStandardContextMenu();
    if (!menu) {
        // A selectable label's own menu has no public maker: the same two entries.
        menu = new QMenu(m_widget);
        auto *label = qobject_cast<QLabel *>(m_widget);
        QAction *copy = menu->addAction(tr("&Copy"));
        copy->setObjectName(QStringLiteral("edit-copy"));
        copy->setEnabled(label && label->hasSelectedText());
        QAction *all = menu->addAction(tr("Select All"));
        all->setObjectName(QStringLiteral("select-all"));
        connect(all, &QAction::triggered, this, [label] {
            if (label)
                label->setSelection(0, int(label->text().size()));
        });
    }
    // Qt names the standard entries; their own slots would copy without a mark.
    const auto actions = menu->actions();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (name != QLatin1String("edit-copy") && name != QLatin1String("edit-cut"))
            continue;
        const bool cut = name == QLatin1String("edit-cut");
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this, [this, cut] { copySelection(cut); });
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("secretTextContextMenu"));
    menu->popup(globalPos);
}

bool SecretTextGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copy = key->matches(QKeySequence::Copy);
        const bool cut = key->matches(QKeySequence::Cut);
        if (!copy && !cut)
            break;
        // Claimed here, so that no window shortcut takes it; done on the key press.
        event->accept();
        if (event->type() == QEvent::KeyPress)
            copySelection(cut);
        return true;
    }
    case QEvent::ContextMenu: {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QPoint local = menuEvent->pos();
        if (watched != m_widget)
            local = static_cast<QWidget *>(watched)->mapTo(m_widget, local);
        showContextMenu(menuEvent->globalPos(), local);
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
