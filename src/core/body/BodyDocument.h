#pragma once

#include "body/BodySource.h"

#include <QString>

#include <memory>
#include <vector>

// What a piece of a displayed line is, so the view can colour it.
enum class SpanKind : quint8
{
    Plain,
    Punctuation,
    Key,
    String,
    Number,
    Keyword, // true, false, null
    Fold,    // the ellipsis standing for a folded container's contents
    Cut,     // the ellipsis ending a line too long to show whole
};

struct TextSpan
{
    int start = 0; // in DisplayLine::text
    int length = 0;
    SpanKind kind = SpanKind::Plain;
    bool verbatim = false; // the text is the source bytes from `source` on, decoded
    quint64 source = 0;
};

// One row as the view shows it, formatted on demand from the source.
struct DisplayLine
{
    enum class Fold : quint8
    {
        None,
        Expanded,
        Collapsed,
    };

    QString text;
    std::vector<TextSpan> spans;
    qint64 number = 0; // line number from 1; 0 on a row continuing a long line
    Fold fold = Fold::None;
};

// Rows of text over a body: the pretty JSON lines or the raw text. The view paints only what is
// on screen through this interface, so no implementation may do O(body) work per call.
class BodyDocument
{
public:
    virtual ~BodyDocument();

    virtual int rowCount() const = 0;
    virtual DisplayLine row(int row, int maxChars = DefaultMaxChars) const = 0;
    // The source bytes a row stands for, [first, second).
    virtual std::pair<quint64, quint64> sourceRange(int row) const = 0;
    // The row showing `offset` of the source; unfolds what hides it when `reveal` is set.
    virtual int rowForOffset(quint64 offset, bool reveal) = 0;
    // The column of `offset` in `line` (a row formatted by row()), clamped to the text.
    virtual int columnForOffset(const DisplayLine &line, quint64 offset) const;
    // The text of rows first..last, as copied to the clipboard.
    virtual QString copyText(int first, int last) const;
    virtual bool isComplete() const = 0;

    virtual bool isFoldable(int row) const;
    virtual bool isFolded(int row) const;
    virtual void setFolded(int row, bool folded);
    virtual void expandAll() {}
    virtual void collapseAll() {}
    // A stable identity for a row across folding: its line in the index.
    virtual int lineForRow(int row) const { return row; }
    virtual int rowForLine(int line) const { return line; }

    const BodySource &source() const { return *m_source; }

    static constexpr int DefaultMaxChars = 10000;

protected:
    explicit BodyDocument(std::shared_ptr<const BodySource> source);

    std::shared_ptr<const BodySource> m_source;
};
