#include "body/RawLineIndex.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RawLineIndex)
};
} // namespace

quint64 RawLineIndex::rowEnd(int row, const char *data, qint64 size) const
{
    if (std::size_t(row) + 1 < m_starts.size()) {
        const quint64 next = m_starts[std::size_t(row) + 1];
        if (next & ContinuationBit)
            return next & OffsetMask;
        quint64 end = next - 1; // the '\n'
        if (end > rowStart(row) && data[end - 1] == '\r')
            --end;
        return end;
    }
    quint64 end = quint64(size);
    if (end > rowStart(row) && data[end - 1] == '\n')
        --end;
    if (end > rowStart(row) && data[end - 1] == '\r')
        --end;
    return end;
}

qint64 RawLineIndex::lineNumber(int row) const
{
    const auto before = std::upper_bound(m_continuations.begin(), m_continuations.end(), row) -
                        m_continuations.begin();
    return qint64(row) - before + 1;
}

int RawLineIndex::rowAtOffset(quint64 offset) const
{
    int low = 0;
    int high = rowCount();
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (rowStart(mid) <= offset)
            low = mid + 1;
        else
            high = mid;
    }
    return std::max(0, low - 1);
}

struct RawLineIndexBuilder
{
    static Result<std::shared_ptr<const RawLineIndex>> build(const char *data, qint64 size,
                                                             const RawIndexCallbacks &callbacks)
    {
        auto index = std::make_shared<RawLineIndex>();
        bool partialSent = !callbacks.partial;
        qint64 pos = 0;
        qint64 nextCheck = 0;
        if (size > 0)
            index->m_starts.push_back(0);
        while (pos < size) {
            const qint64 limit = std::min(size, pos + RawLineIndex::WrapBytes);
            const void *nl = std::memchr(data + pos, '\n', std::size_t(limit - pos));
            if (nl) {
                pos = static_cast<const char *>(nl) - data + 1;
                if (pos < size)
                    index->m_starts.push_back(quint64(pos));
            } else if (limit < size) {
                // Break a long line between characters, never inside a UTF-8 sequence.
                qint64 cut = limit;
                while (cut > pos + 1 && (uchar(data[cut]) & 0xC0) == 0x80)
                    --cut;
                pos = cut;
                index->m_continuations.push_back(int(index->m_starts.size()));
                index->m_starts.push_back(quint64(pos) | RawLineIndex::ContinuationBit);
            } else {
                pos = size;
            }
            if (pos >= nextCheck) {
                nextCheck = pos + (1 << 20);
                if (callbacks.cancelled && callbacks.cancelled())
                    return Error::make(Error::Kind::Cancelled, QStringLiteral("body.cancelled"),
                                       Text::tr("Loading was cancelled."));
                if (callbacks.progress)
                    callbacks.progress(int(pos * 100 / size));
            }
            if (!partialSent && index->rowCount() > callbacks.partialRows) {
                partialSent = true;
                auto early = std::make_shared<RawLineIndex>();
                for (int i = 0; i <= callbacks.partialRows; ++i)
                    early->m_starts.push_back(index->m_starts[std::size_t(i)]);
                for (int row : index->m_continuations) {
                    if (row < callbacks.partialRows)
                        early->m_continuations.push_back(row);
                }
                callbacks.partial(std::move(early));
            }
        }
        index->m_complete = true;
        if (callbacks.progress)
            callbacks.progress(100);
        return std::shared_ptr<const RawLineIndex>(std::move(index));
    }
};

Result<std::shared_ptr<const RawLineIndex>> buildRawLineIndex(const char *data, qint64 size,
                                                              const RawIndexCallbacks &callbacks)
{
    return RawLineIndexBuilder::build(data, size, callbacks);
}
