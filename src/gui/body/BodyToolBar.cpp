#include "body/BodyToolBar.h"

#include "body/BodyFindBar.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

BodyToolBar::BodyToolBar(BodyWorker *worker, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bodyToolBar"));
    m_prettyButton = toolButton(this, QStringLiteral("prettyModeButton"), tr("Pretty"),
                                tr("Indented JSON with folding"));
    m_rawButton = toolButton(this, QStringLiteral("rawModeButton"), tr("Raw"),
                             tr("The body exactly as received"));
    m_imageButton = toolButton(this, QStringLiteral("imageModeButton"), tr("Image"),
                               tr("A preview of the image"));
    for (QToolButton *button : {m_prettyButton, m_rawButton, m_imageButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(true);
    }
    m_findBar = new BodyFindBar(worker, this);

    // Symbols rather than words: the bar must fit beside the explorer in any language.
    m_expandButton = toolButton(this, QStringLiteral("expandAllButton"), QStringLiteral("\u229e"),
                                tr("Expand all: unfold every object and array"));
    m_collapseButton =
        toolButton(this, QStringLiteral("collapseAllButton"), QStringLiteral("\u229f"),
                   tr("Collapse all: fold every object and array below the top"));
    m_copyButton = toolButton(this, QStringLiteral("copyButton"), tr("Copy"),
                              tr("Copy the selected lines, or the whole body"));
    m_saveButton = toolButton(this, QStringLiteral("saveButton"), tr("Save\u2026"),
                              tr("Save the body to a file"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingProgressBar"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(m_findBar->fieldHeight() * 2 / 3);
    m_progress->setTextVisible(false);

    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addWidget(m_prettyButton);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_imageButton);
    bar->addSpacing(8);
    bar->addWidget(m_findBar, 1);
    bar->addSpacing(8);
    bar->addWidget(m_expandButton);
    bar->addWidget(m_collapseButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_progress);
}

BodyToolBar::~BodyToolBar() = default;

QToolButton *BodyToolBar::toolButton(QWidget *parent, const QString &name, const QString &text,
                                     const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
