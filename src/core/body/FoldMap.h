#pragma once

#include "body/JsonLineIndex.h"

#include <memory>
#include <vector>

// Which containers of a JSON line index are folded, and the mapping between the rows on screen
// and the lines of the index. Costs grow with the folds and the visible rows, never with the
// body, so collapsing everything in a 200 MB body is instant.
class FoldMap
{
public:
    explicit FoldMap(std::shared_ptr<const JsonLineIndex> index = {});

    int rowCount() const { return m_rowCount; }
    int lineForRow(int row) const;
    // The row showing `line`, or the row of the folded line that hides it.
    int rowForLine(int line) const;

    bool isFoldable(int line) const;
    bool isFolded(int line) const;
    void setFolded(int line, bool folded);
    void expandAll();
    // Folds every container below the top-level one; expanding one then shows its children folded.
    void collapseAll();
    // Unfolds whatever hides `line`.
    void reveal(int line);

private:
    struct Range
    {
        quint32 first; // hidden lines, inclusive
        quint32 last;
    };

    void rebuild();
    int rangeContaining(int line) const;

    std::shared_ptr<const JsonLineIndex> m_index;
    bool m_allCollapsed = false;
    std::vector<quint32> m_toggled; // sorted lines whose fold differs from the default
    std::vector<Range> m_hidden;
    std::vector<qint64> m_hiddenThrough; // lines hidden by ranges 0..k
    std::vector<qint64> m_keys;          // row at which range k starts to hide
    int m_rowCount = 0;
};
