#include "body/BodyGutter.h"

#include "body/BodyDocument.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

void BodyGutter::setMetrics(int charWidth, int lineHeight)
{
    m_charWidth = charWidth;
    m_lineHeight = lineHeight;
}

int BodyGutter::width(const BodyDocument *document) const
{
    qint64 largest = 999;
    if (document && document->rowCount() > 0)
        largest = std::max<qint64>(largest, document->lineForRow(document->rowCount() - 1) + 1);
    const int digits = int(QString::number(largest).size());
    return (digits + 1) * m_charWidth + m_lineHeight; // numbers, a space, the fold marker
}

bool BodyGutter::isOnFoldMarker(int x, const BodyDocument *document) const
{
    const int gutter = width(document);
    return x < gutter && x >= gutter - m_lineHeight;
}

void BodyGutter::paint(QPainter &painter, const BodyDocument *document, int firstRow, int cursorRow,
                       int height, const QColor &text, const QColor &dim) const
{
    if (!document)
        return;
    const int rows = document->rowCount();
    const int foldLeft = width(document) - m_lineHeight;
    for (int i = 0; firstRow + i < rows && i * m_lineHeight < height; ++i) {
        const int row = firstRow + i;
        const int y = i * m_lineHeight;
        const DisplayLine line = document->row(row, 1);
        // A row without a number continues a line too long for one row.
        painter.setPen(line.number > 0 && row == cursorRow ? text : dim);
        painter.drawText(QRect(0, y, foldLeft - m_charWidth / 2, m_lineHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         line.number > 0 ? QString::number(line.number) : QStringLiteral("\u21aa"));
        if (line.fold == DisplayLine::Fold::None)
            continue;
        const qreal s = m_lineHeight * 0.28;
        const QPointF c(foldLeft + m_lineHeight / 2.0, y + m_lineHeight / 2.0);
        QPainterPath triangle;
        if (line.fold == DisplayLine::Fold::Expanded) {
            triangle.moveTo(c.x() - s, c.y() - s / 2);
            triangle.lineTo(c.x() + s, c.y() - s / 2);
            triangle.lineTo(c.x(), c.y() + s);
        } else {
            triangle.moveTo(c.x() - s / 2, c.y() - s);
            triangle.lineTo(c.x() + s, c.y());
            triangle.lineTo(c.x() - s / 2, c.y() + s);
        }
        triangle.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(triangle, dim);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
}
