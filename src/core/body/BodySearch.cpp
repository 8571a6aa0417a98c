#include "body/BodySearch.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {
constexpr std::array<uchar, 256> asciiLowerTable()
{
    std::array<uchar, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[std::size_t(c)] = uchar(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return table;
}
constexpr std::array<uchar, 256> Lower = asciiLowerTable();
} // namespace

SearchMatches BodySearch::find(const char *data, qint64 size, const QString &needle,
                               bool caseSensitive, std::size_t limit,
                               const std::function<bool()> &cancelled)
{
    SearchMatches result;
    QByteArray pattern = needle.toUtf8();
    result.length = int(pattern.size());
    const qint64 n = pattern.size();
    if (n == 0 || n > size)
        return result;
    if (!caseSensitive) {
        for (char &c : pattern)
            c = char(Lower[uchar(c)]);
    }
    const auto *bytes = reinterpret_cast<const uchar *>(data);
    const auto *p = reinterpret_cast<const uchar *>(pattern.constData());
    const uchar first = p[0];
    const uchar firstUpper =
        uchar(first >= 'a' && first <= 'z' && !caseSensitive ? first - 32 : first);
    const qint64 last = size - n;
    qint64 nextCheck = 1 << 22;
    // memchr is vectorised; with two spellings of the first byte, each one's next position is
    // remembered so that a rare spelling is not searched for again and again.
    auto nextOf = [&](uchar c, qint64 from) {
        const void *hit = std::memchr(bytes + from, c, std::size_t(last - from + 1));
        return hit ? static_cast<const uchar *>(hit) - bytes : last + 1;
    };
    qint64 nextFirst = -1;
    qint64 nextUpper = firstUpper == first ? last + 1 : -1;
    for (qint64 i = 0; i <= last;) {
        if (nextFirst < i)
            nextFirst = nextOf(first, i);
        if (nextUpper < i)
            nextUpper = nextOf(firstUpper, i);
        i = std::min(nextFirst, nextUpper);
        if (i > last)
            break;
        bool match = true;
        for (qint64 k = 1; k < n; ++k) {
            const uchar c = caseSensitive ? bytes[i + k] : Lower[bytes[i + k]];
            if (c != p[k]) {
                match = false;
                break;
            }
        }
        if (match) {
            if (result.offsets.size() >= limit) {
                result.truncated = true;
                break;
            }
            result.offsets.push_back(quint64(i));
            i += n;
        } else {
            ++i;
        }
        if (i >= nextCheck) {
            nextCheck = i + (1 << 22);
            if (cancelled && cancelled()) {
                result.cancelled = true;
                break;
            }
        }
    }
    return result;
}
