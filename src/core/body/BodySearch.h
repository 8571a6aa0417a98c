#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

// Where a text occurs in a body, as byte offsets into the source, in order.
struct SearchMatches
{
    std::vector<quint64> offsets;
    int length = 0;         // bytes per match
    bool truncated = false; // stopped at the limit; more matches exist
    bool cancelled = false;
};

namespace BodySearch {

constexpr std::size_t DefaultLimit = 100000;

// Finds `needle` in `data`, ignoring ASCII case unless `caseSensitive`; matches do not overlap.
SearchMatches find(const char *data, qint64 size, const QString &needle, bool caseSensitive = false,
                   std::size_t limit = DefaultLimit, const std::function<bool()> &cancelled = {});

} // namespace BodySearch
