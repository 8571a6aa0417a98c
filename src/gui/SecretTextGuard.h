#pragma once

#include "SecureClipboard.h" // QPointer<SecureClipboard> needs the whole class

#include <QObject>
#include <QPointer>

class QWidget;

// Keeps a secret shown in a text widget from leaving by the ordinary text paths. Ctrl+C, Ctrl+X
// and the context menu's Copy and Cut go through SecureClipboard (marked for clipboard managers,
// cleared after a while, and on quit); selecting the text never leaves it in X11's PRIMARY
// selection, which a middle click pastes anywhere and no clipboard manager is told to skip.
// For a QPlainTextEdit, a QLineEdit or a QLabel with selectable text.
class SecretTextGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `widget`; the guard is the widget's child. Without a secure clipboard (set later,
    // or never), copies are still marked secret, only not cleared.
    static SecretTextGuard *install(QWidget *widget, SecureClipboard *clipboard = nullptr);
    void setClipboard(SecureClipboard *clipboard) { m_clipboard = clipboard; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SecretTextGuard(QWidget *widget, SecureClipboard *clipboard);
    QString selectedText() const;
    bool isEditable() const;
    void copySelection(bool cut);
    void showContextMenu(const QPoint &globalPos, const QPoint &localPos);
    void dropPrimarySelection();

    QWidget *m_widget;
    QPointer<SecureClipboard> m_clipboard;
};
