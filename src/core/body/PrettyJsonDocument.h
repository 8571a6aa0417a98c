#pragma once

#include "body/BodyDocument.h"
#include "body/FoldMap.h"
#include "body/JsonLineIndex.h"

// Valid JSON shown indented, one member or element per row, with folding. Each row is formatted
// from the source when asked for, so the document costs its line index and nothing more.
class PrettyJsonDocument : public BodyDocument
{
public:
    PrettyJsonDocument(std::shared_ptr<const BodySource> source,
                       std::shared_ptr<const JsonLineIndex> index, int indentWidth = 2);

    int rowCount() const override { return m_folds.rowCount(); }
    DisplayLine row(int row, int maxChars = DefaultMaxChars) const override;
    std::pair<quint64, quint64> sourceRange(int row) const override;
    int rowForOffset(quint64 offset, bool reveal) override;
    bool isComplete() const override { return m_index->isComplete(); }

    bool isFoldable(int row) const override;
    bool isFolded(int row) const override;
    void setFolded(int row, bool folded) override;
    void expandAll() override { m_folds.expandAll(); }
    void collapseAll() override { m_folds.collapseAll(); }
    int lineForRow(int row) const override { return m_folds.lineForRow(row); }
    int rowForLine(int line) const override { return m_folds.rowForLine(line); }

    // Line `line` of the index as text, ignoring folds; the reference the tests compare.
    DisplayLine formatLine(int line, bool folded, int maxChars = DefaultMaxChars) const;
    const JsonLineIndex &index() const { return *m_index; }

private:
    std::shared_ptr<const JsonLineIndex> m_index;
    FoldMap m_folds;
    int m_indentWidth;
};
