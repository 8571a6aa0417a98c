#pragma once

#include "body/ChunkedVector.h"
#include "util/Result.h"

#include <QtGlobal>

#include <functional>
#include <memory>
#include <vector>

// The rows of a body shown as plain text: where each line starts. Lines longer than WrapBytes
// continue on further rows, so a minified 50 MB body is still readable and searchable.
class RawLineIndex
{
public:
    static constexpr qint64 WrapBytes = 4096;

    // An early copy keeps one start more than it shows, so its last row knows where it ends.
    int rowCount() const { return int(m_starts.size()) - (m_complete ? 0 : 1); }
    quint64 rowStart(int row) const { return m_starts[std::size_t(row)] & OffsetMask; }
    // The end of the row's text, without its line break.
    quint64 rowEnd(int row, const char *data, qint64 size) const;
    bool isContinuation(int row) const { return m_starts[std::size_t(row)] & ContinuationBit; }
    // The line number (from 1) of a row; continuation rows share their line's number.
    qint64 lineNumber(int row) const;
    int rowAtOffset(quint64 offset) const;
    bool isComplete() const { return m_complete; }
    std::size_t memoryBytes() const
    {
        return m_starts.memoryBytes() + m_continuations.capacity() * sizeof(int) + sizeof(*this);
    }

private:
    friend struct RawLineIndexBuilder;
    static constexpr quint64 ContinuationBit = quint64(1) << 63;
    static constexpr quint64 OffsetMask = ~ContinuationBit;

    ChunkedVector<quint64> m_starts;
    std::vector<int> m_continuations; // sorted rows that continue a long line
    bool m_complete = false;
};

struct RawIndexCallbacks
{
    std::function<bool()> cancelled;
    std::function<void(int percent)> progress;
    std::function<void(std::shared_ptr<const RawLineIndex>)> partial;
    int partialRows = 5000;
};

// Finds the rows of `data`; fails only when cancelled.
Result<std::shared_ptr<const RawLineIndex>>
buildRawLineIndex(const char *data, qint64 size, const RawIndexCallbacks &callbacks = {});
