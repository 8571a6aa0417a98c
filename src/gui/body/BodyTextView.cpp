#include "body/BodyTextView.h"

#include "body/BodyDocument.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace {
constexpr int TextPadding = 6;
constexpr int MaxMatchesPerRow = 200;

struct SyntaxColors
{
    QColor key, string, number, keyword, punctuation, dim;
};

// The syntax colours follow the palette: one set for light bases, one for dark ones.
SyntaxColors syntaxColors(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    SyntaxColors c;
    c.key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5);
    c.string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    c.number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    c.keyword = dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x7c, 0x3a, 0xed);
    c.punctuation = palette.color(QPalette::Text);
    c.dim = palette.color(QPalette::PlaceholderText);
    return c;
}

QColor colorFor(SpanKind kind, const SyntaxColors &c)
{
    switch (kind) {
    case SpanKind::Key:
        return c.key;
    case SpanKind::String:
        return c.string;
    case SpanKind::Number:
        return c.number;
    case SpanKind::Keyword:
        return c.keyword;
    case SpanKind::Fold:
    case SpanKind::Cut:
        return c.dim;
    case SpanKind::Plain:
    case SpanKind::Punctuation:
        break;
    }
    return c.punctuation;
}
} // namespace

BodyTextView::BodyTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("bodyTextView"));
    setFocusPolicy(Qt::StrongFocus);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setFrameShape(QFrame::NoFrame);
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(),
            qOverload<>(&QWidget::update));
}

BodyTextView::~BodyTextView() = default;

void BodyTextView::setDocument(std::shared_ptr<BodyDocument> document, bool keepPosition)
{
    const int top = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();
    const int cursor = m_cursor;
    const int anchor = m_anchor;
    m_document = std::move(document);
    m_currentMatch = -1;
    if (!keepPosition) {
        m_cursor = 0;
        m_anchor = -1;
        m_maxColumns = 0;
    }
    updateScrollBars();
    if (keepPosition && m_document) {
        const int last = std::max(0, m_document->rowCount() - 1);
        m_cursor = std::min(cursor, last);
        m_anchor = anchor < 0 ? -1 : std::min(anchor, last);
        verticalScrollBar()->setValue(top);
        horizontalScrollBar()->setValue(hscroll);
    } else {
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    }
    viewport()->update();
}

void BodyTextView::setMatches(std::shared_ptr<const SearchMatches> matches)
{
    m_matches = std::move(matches);
    m_currentMatch = -1;
    viewport()->update();
}

void BodyTextView::setCurrentMatch(int index)
{
    m_currentMatch = index;
    if (!m_document || !m_matches || index < 0 || std::size_t(index) >= m_matches->offsets.size()) {
        viewport()->update();
        return;
    }
    const quint64 offset = m_matches->offsets[std::size_t(index)];
    const int before = m_document->rowCount();
    const int row = m_document->rowForOffset(offset, true);
    if (m_document->rowCount() != before) {
        updateScrollBars();
        Q_EMIT foldsChanged();
    }
    m_cursor = row;
    m_anchor = -1;
    const int first = firstVisibleRow();
    if (row < first || row >= first + visibleRowCount())
        verticalScrollBar()->setValue(row - visibleRowCount() / 3);
    const DisplayLine line = m_document->row(row);
    const int column = m_document->columnForOffset(line, offset);
    const int x = column * m_charWidth;
    const int textWidth = viewport()->width() - gutterWidth() - TextPadding;
    m_maxColumns = std::max(m_maxColumns, int(line.text.size()));
    updateScrollBars();
    const int hscroll = horizontalScrollBar()->value();
    if (x < hscroll || x + m_charWidth * 4 > hscroll + textWidth)
        horizontalScrollBar()->setValue(std::max(0, x - textWidth / 3));
    viewport()->update();
}

void BodyTextView::setCurrentRow(int row)
{
    moveCursor(row, false);
}

std::pair<int, int> BodyTextView::selectedRows() const
{
    if (m_anchor < 0)
        return {m_cursor, m_cursor};
    return {std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor)};
}

void BodyTextView::selectAll()
{
    if (!m_document || m_document->rowCount() == 0)
        return;
    m_anchor = 0;
    m_cursor = m_document->rowCount() - 1;
    viewport()->update();
}

void BodyTextView::clearSelection()
{
    m_anchor = -1;
    viewport()->update();
}

QString BodyTextView::selectedText() const
{
    if (!m_document || m_document->rowCount() == 0)
        return {};
    const auto [first, last] = selectedRows();
    return m_document->copyText(first, last);
}

int BodyTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int BodyTextView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

void BodyTextView::scrollToRow(int row)
{
    const int first = firstVisibleRow();
    const int visible = visibleRowCount();
    if (row < first)
        verticalScrollBar()->setValue(row);
    else if (row >= first + visible)
        verticalScrollBar()->setValue(row - visible + 1);
}

void BodyTextView::toggleFold(int row)
{
    if (!m_document || !m_document->isFoldable(row))
        return;
    const int keep = m_document->lineForRow(m_cursor);
    m_document->setFolded(row, !m_document->isFolded(row));
    afterFoldChange(keep);
}

void BodyTextView::expandAll()
{
    if (!m_document)
        return;
    const int keep = m_document->lineForRow(m_cursor);
    m_document->expandAll();
    afterFoldChange(keep);
}

void BodyTextView::collapseAll()
{
    if (!m_document)
        return;
    const int keep = m_document->lineForRow(m_cursor);
    m_document->collapseAll();
    afterFoldChange(keep);
}

void BodyTextView::afterFoldChange(int keepLine)
{
    m_cursor = m_document->rowCount() > 0 ? m_document->rowForLine(keepLine) : 0;
    m_anchor = -1;
    updateScrollBars();
    scrollToRow(m_cursor);
    viewport()->update();
    Q_EMIT foldsChanged();
}

void BodyTextView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_lineHeight = metrics.height() + 2;
    m_ascent = metrics.ascent() + 1;
    m_charWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('0')));
    m_gutter.setMetrics(m_charWidth, m_lineHeight);
}

int BodyTextView::gutterWidth() const
{
    return m_gutter.width(m_document.get());
}

void BodyTextView::updateScrollBars()
{
    const int rows = m_document ? m_document->rowCount() : 0;
    const int visible = visibleRowCount();
    verticalScrollBar()->setRange(0, std::max(0, rows - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(1);
    const int textWidth = std::max(0, viewport()->width() - gutterWidth() - TextPadding);
    const int contentWidth = (m_maxColumns + 2) * m_charWidth;
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - textWidth));
    horizontalScrollBar()->setPageStep(textWidth);
    horizontalScrollBar()->setSingleStep(m_charWidth * 2);
}

int BodyTextView::rowAt(int y) const
{
    return firstVisibleRow() + (y < 0 ? (y / m_lineHeight) - 1 : y / m_lineHeight);
}

void BodyTextView::moveCursor(int row, bool extend)
{
    if (!m_document || m_document->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_document->rowCount() - 1);
    if (extend && m_anchor < 0)
        m_anchor = m_cursor;
    if (!extend)
        m_anchor = -1;
    m_cursor = row;
    scrollToRow(row);
    viewport()->update();
}

void BodyTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const SyntaxColors colors = syntaxColors(pal);
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.base());
    const int gutter = gutterWidth();
    QColor gutterBackground = pal.color(QPalette::Window);
    painter.fillRect(QRect(0, 0, gutter, area.height()), gutterBackground);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(gutter - 1, 0, gutter - 1, area.height());
    if (!m_document)
        return;

    const int rows = m_document->rowCount();
    const int first = firstVisibleRow();
    const int hscroll = horizontalScrollBar()->value();
    const int textLeft = gutter + TextPadding;
    const int firstColumn = hscroll / m_charWidth;
    const int columns = (area.width() - textLeft) / m_charWidth + 2;
    const auto [selFirst, selLast] = selectedRows();
    QColor selection = pal.color(QPalette::Highlight);
    selection.setAlpha(hasFocus() ? 90 : 55);
    QColor currentLine = pal.color(QPalette::Highlight);
    currentLine.setAlpha(28);
    const QColor matchColor(255, 200, 0, 110);
    const QColor currentMatchColor(255, 140, 0, 200);
    const quint64 currentMatchOffset =
        m_matches && m_currentMatch >= 0 && std::size_t(m_currentMatch) < m_matches->offsets.size()
            ? m_matches->offsets[std::size_t(m_currentMatch)]
            : ~quint64(0);
    int widest = m_maxColumns;

    painter.setClipRect(QRect(gutter, 0, area.width() - gutter, area.height()));
    for (int i = 0; first + i < rows && i * m_lineHeight < area.height(); ++i) {
        const int row = first + i;
        const int y = i * m_lineHeight;
        const DisplayLine line = m_document->row(row);
        widest = std::max(widest, int(line.text.size()));
        const QRect rowRect(gutter, y, area.width() - gutter, m_lineHeight);
        if (m_anchor >= 0 && row >= selFirst && row <= selLast)
            painter.fillRect(rowRect, selection);
        else if (row == m_cursor)
            painter.fillRect(rowRect, currentLine);

        if (m_matches && !m_matches->offsets.empty()) {
            const auto [begin, end] = m_document->sourceRange(row);
            const auto &offsets = m_matches->offsets;
            auto it = std::lower_bound(offsets.begin(), offsets.end(), begin);
            for (int n = 0; it != offsets.end() && *it < end && n < MaxMatchesPerRow; ++it, ++n) {
                const int from = m_document->columnForOffset(line, *it);
                const quint64 stop = std::min<quint64>(*it + quint64(m_matches->length), end);
                const int to = std::max(from + 1, m_document->columnForOffset(line, stop));
                if (from >= line.text.size())
                    continue;
                const QRect box(textLeft - hscroll + from * m_charWidth, y,
                                (to - from) * m_charWidth, m_lineHeight);
                painter.fillRect(box, *it == currentMatchOffset ? currentMatchColor : matchColor);
            }
        }

        for (const TextSpan &span : line.spans) {
            const int from = std::max(span.start, firstColumn);
            const int to = std::min(span.start + span.length, firstColumn + columns);
            if (from >= to)
                continue;
            painter.setPen(colorFor(span.kind, colors));
            painter.drawText(QPointF(textLeft - hscroll + from * m_charWidth, y + m_ascent),
                             line.text.mid(from, to - from));
        }
    }

    painter.setClipping(false);
    m_gutter.paint(painter, m_document.get(), first, m_cursor, area.height(),
                   pal.color(QPalette::Text), colors.dim);

    if (widest > m_maxColumns) {
        m_maxColumns = std::min(widest, BodyDocument::DefaultMaxChars + 1);
        QMetaObject::invokeMethod(
            this, [this] { updateScrollBars(); }, Qt::QueuedConnection);
    }
}

void BodyTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void BodyTextView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

void BodyTextView::keyPressEvent(QKeyEvent *event)
{
    if (!m_document) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const int page = std::max(1, visibleRowCount() - 1);
    QScrollBar *h = horizontalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursor(m_cursor - 1, extend);
        break;
    case Qt::Key_Down:
        moveCursor(m_cursor + 1, extend);
        break;
    case Qt::Key_PageUp:
        moveCursor(m_cursor - page, extend);
        break;
    case Qt::Key_PageDown:
        moveCursor(m_cursor + page, extend);
        break;
    case Qt::Key_Home:
        if (control)
            moveCursor(0, extend);
        h->setValue(0);
        break;
    case Qt::Key_End:
        if (control)
            moveCursor(m_document->rowCount() - 1, extend);
        else
            h->setValue(h->maximum());
        break;
    case Qt::Key_Left:
        // On a line that folds, left and right fold and unfold it, as in a tree view.
        if (m_document->isFoldable(m_cursor) && !m_document->isFolded(m_cursor))
            toggleFold(m_cursor);
        else
            h->setValue(h->value() - h->singleStep());
        break;
    case Qt::Key_Right:
        if (m_document->isFoldable(m_cursor) && m_document->isFolded(m_cursor))
            toggleFold(m_cursor);
        else
            h->setValue(h->value() + h->singleStep());
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleFold(m_cursor);
        break;
    case Qt::Key_Escape:
        if (m_anchor >= 0) {
            clearSelection();
            break;
        }
        QAbstractScrollArea::keyPressEvent(event);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void BodyTextView::mousePressEvent(QMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row < 0 || row >= m_document->rowCount())
        return;
    if (m_gutter.isOnFoldMarker(pos.x(), m_document.get())) {
        toggleFold(row);
        return;
    }
    moveCursor(row, event->modifiers() & Qt::ShiftModifier);
}

void BodyTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_document || !(event->buttons() & Qt::LeftButton))
        return;
    // Dragging selects whole lines, and scrolls when it leaves the view.
    moveCursor(rowAt(event->position().toPoint().y()), true);
}

void BodyTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_document || event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->position().toPoint().y());
    if (m_document->isFoldable(row))
        toggleFold(row);
}
