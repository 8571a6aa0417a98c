#pragma once

#include "body/ChunkedVector.h"
#include "util/Result.h"

#include <QtGlobal>

#include <functional>
#include <memory>

// One line of the pretty-printed form of a JSON text, pointing into the source instead of holding
// text: the view formats the few lines on screen from the source bytes when it paints them.
struct JsonLine
{
    enum Kind : quint8
    {
        Scalar, // [key: ]value[,]
        Open,   // [key: ]{ or [ of a non-empty container; `partner` is its closing line
        Close,  // } or ][,]; `partner` is its opening line
        Empty,  // [key: ]{} or [][,]
    };
    enum Flag : quint8
    {
        HasKey = 1,
    };
    static constexpr quint32 NoPartner = 0xFFFFFFFF;

    quint64 offset;  // the line's first token in the source: its key, value or bracket
    quint32 partner; // see Kind; NoPartner while the container is still open
    quint16 depth;
    quint8 kind;
    quint8 flags;
};
static_assert(sizeof(JsonLine) == 16, "a line costs 16 bytes of index");

// The lines of one JSON text in order, as built by buildJsonLineIndex().
class JsonLineIndex
{
public:
    int lineCount() const { return int(m_lines.size()); }
    const JsonLine &line(int i) const { return m_lines[std::size_t(i)]; }
    // The line whose source starts at or before `offset` (the last such line).
    int lineAtOffset(quint64 offset) const;
    // False for the early copy of the first lines published while the rest is indexed.
    bool isComplete() const { return m_complete; }
    std::size_t memoryBytes() const { return m_lines.memoryBytes() + sizeof(*this); }

private:
    friend struct JsonLineIndexBuilder;
    ChunkedVector<JsonLine> m_lines;
    bool m_complete = false;
};

struct JsonIndexCallbacks
{
    std::function<bool()> cancelled;
    std::function<void(int percent)> progress;
    // Called once with a copy of the first `partialLines` lines, so the top can show early.
    std::function<void(std::shared_ptr<const JsonLineIndex>)> partial;
    int partialLines = 5000;
};

// Validates `data` as JSON and indexes its pretty-printed lines in one pass, without a tree.
// Fails with a Parse error ("Not valid JSON at line 3, column 7: ...") or Cancelled.
Result<std::shared_ptr<const JsonLineIndex>>
buildJsonLineIndex(const char *data, qint64 size, const JsonIndexCallbacks &callbacks = {});
