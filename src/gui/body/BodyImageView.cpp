#include "body/BodyImageView.h"

#include <QPainter>

BodyImageView::BodyImageView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bodyImageView"));
    setMinimumSize(64, 64);
}

void BodyImageView::setImage(const QImage &image)
{
    m_image = image;
    m_scaled = QPixmap();
    update();
}

void BodyImageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_scaled = QPixmap();
}

void BodyImageView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (m_image.isNull())
        return;
    const QRect room = rect().adjusted(8, 8, -8, -8);
    if (m_scaled.isNull()) {
        const QSize fit = m_image.size().boundedTo(room.size());
        m_scaled =
            QPixmap::fromImage(m_image.scaled(m_image.size().scaled(fit, Qt::KeepAspectRatio),
                                              Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    QRect target(QPoint(0, 0), m_scaled.size());
    target.moveCenter(room.center());
    const int cell = 8;
    const QColor light = palette().color(QPalette::Base);
    const QColor dark = palette().color(QPalette::AlternateBase).darker(105);
    painter.save();
    painter.setClipRect(target);
    for (int y = target.top(); y <= target.bottom(); y += cell) {
        for (int x = target.left(); x <= target.right(); x += cell) {
            const bool odd = ((x - target.left()) / cell + (y - target.top()) / cell) % 2;
            painter.fillRect(QRect(x, y, cell, cell), odd ? dark : light);
        }
    }
    painter.restore();
    painter.drawPixmap(target, m_scaled);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(target.adjusted(0, 0, -1, -1));
}
