#include "DialogFit.h"

#include <QLayout>
#include <QWidget>

void DialogFit::growToFit(QWidget *window)
{
    QLayout *layout = window->layout();
    if (!layout || !window->isVisible())
        return;
    layout->activate();
    const int wanted = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : window->sizeHint().height();
    if (wanted > window->height())
        window->resize(window->width(), wanted);
}
