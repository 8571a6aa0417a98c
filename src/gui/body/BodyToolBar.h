#pragma once

#include <QWidget>

class BodyFindBar;
class BodyWorker;
class QProgressBar;
class QToolButton;

// BodyView's tool bar: the view modes, the find bar, folding, copy and save, and the progress of
// the work on the body. BodyView connects its buttons and decides what is enabled.
class BodyToolBar : public QWidget
{
    Q_OBJECT

public:
    BodyToolBar(BodyWorker *worker, QWidget *parent);
    ~BodyToolBar() override;

    static QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                                   const QString &tip);

    QToolButton *prettyButton() const { return m_prettyButton; }
    QToolButton *rawButton() const { return m_rawButton; }
    QToolButton *imageButton() const { return m_imageButton; }
    BodyFindBar *findBar() const { return m_findBar; }
    QToolButton *expandButton() const { return m_expandButton; }
    QToolButton *collapseButton() const { return m_collapseButton; }
    QToolButton *copyButton() const { return m_copyButton; }
    QToolButton *saveButton() const { return m_saveButton; }
    QProgressBar *progress() const { return m_progress; }

private:
    QToolButton *m_prettyButton;
    QToolButton *m_rawButton;
    QToolButton *m_imageButton;
    BodyFindBar *m_findBar;
    QToolButton *m_expandButton;
    QToolButton *m_collapseButton;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
    QProgressBar *m_progress;
};
