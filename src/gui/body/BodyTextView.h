#pragma once

#include "body/BodyGutter.h"
#include "body/BodySearch.h"

#include <QAbstractScrollArea>

#include <memory>

class BodyDocument;

// Paints the rows of a BodyDocument that are on screen, and nothing else: a 50 MB body costs a
// screenful of formatting per paint. Line numbers and fold markers in a gutter, whole-line
// selection, search matches highlighted.
class BodyTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit BodyTextView(QWidget *parent = nullptr);
    ~BodyTextView() override;

    // Keeps the scroll position when the new document continues the old one (an early index
    // replaced by the complete one).
    void setDocument(std::shared_ptr<BodyDocument> document, bool keepPosition = false);
    BodyDocument *document() const { return m_document.get(); }

    void setMatches(std::shared_ptr<const SearchMatches> matches);
    // Highlights match `index` (or none with -1), unfolding and scrolling it into view.
    void setCurrentMatch(int index);

    int currentRow() const { return m_cursor; }
    void setCurrentRow(int row);
    bool hasSelection() const { return m_document && m_anchor >= 0; }
    std::pair<int, int> selectedRows() const; // first, last
    void selectAll();
    void clearSelection();
    QString selectedText() const;
    int firstVisibleRow() const;
    int visibleRowCount() const;
    void scrollToRow(int row);

    void toggleFold(int row);
    void expandAll();
    void collapseAll();

Q_SIGNALS:
    void copyRequested();
    void foldsChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void updateMetrics();
    int gutterWidth() const;
    int rowAt(int y) const;
    void moveCursor(int row, bool extend);
    void afterFoldChange(int keepLine);

    std::shared_ptr<BodyDocument> m_document;
    std::shared_ptr<const SearchMatches> m_matches;
    int m_currentMatch = -1;
    int m_cursor = 0;
    int m_anchor = -1; // selection from m_anchor to m_cursor; -1 when nothing is selected
    int m_lineHeight = 16;
    int m_charWidth = 8;
    int m_ascent = 12;
    int m_maxColumns = 0; // widest row painted so far; sets the horizontal range
    BodyGutter m_gutter;
};
