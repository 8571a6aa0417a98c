#pragma once

#include <QColor>

class BodyDocument;
class QPainter;

// The gutter of BodyTextView: the line number of each row on screen (a mark for a row that
// continues a long line) and a triangle on every row that folds.
class BodyGutter
{
public:
    void setMetrics(int charWidth, int lineHeight);
    // Room for the largest line number, a space and the fold marker.
    int width(const BodyDocument *document) const;
    // Whether `x` is on the fold markers' column.
    bool isOnFoldMarker(int x, const BodyDocument *document) const;
    // Paints `height` pixels of the gutter from row `firstRow`; `cursorRow`'s number stands out.
    void paint(QPainter &painter, const BodyDocument *document, int firstRow, int cursorRow,
               int height, const QColor &text, const QColor &dim) const;

private:
    int m_charWidth = 8;
    int m_lineHeight = 16;
};
