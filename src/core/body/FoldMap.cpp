#include "body/FoldMap.h"

#include <algorithm>

FoldMap::FoldMap(std::shared_ptr<const JsonLineIndex> index)
    : m_index(std::move(index))
{
    rebuild();
}

int FoldMap::lineForRow(int row) const
{
    const auto j = std::upper_bound(m_keys.begin(), m_keys.end(), qint64(row)) - m_keys.begin();
    return int(row + (j > 0 ? m_hiddenThrough[std::size_t(j) - 1] : 0));
}

int FoldMap::rangeContaining(int line) const
{
    const auto it = std::upper_bound(m_hidden.begin(), m_hidden.end(), quint32(line),
                                     [](quint32 l, const Range &r) { return l < r.first; });
    if (it == m_hidden.begin())
        return -1;
    const auto k = int(it - m_hidden.begin()) - 1;
    return quint32(line) <= m_hidden[std::size_t(k)].last ? k : -(k + 2);
}

int FoldMap::rowForLine(int line) const
{
    const int k = rangeContaining(line);
    if (k >= 0) {
        const qint64 before = k > 0 ? m_hiddenThrough[std::size_t(k) - 1] : 0;
        return int(m_hidden[std::size_t(k)].first - 1 - before);
    }
    const int previous = -k - 2; // the last range before `line`, or -1
    return int(line - (previous >= 0 ? m_hiddenThrough[std::size_t(previous)] : 0));
}

bool FoldMap::isFoldable(int line) const
{
    if (!m_index || !m_index->isComplete() || line < 0 || line >= m_index->lineCount())
        return false;
    const JsonLine &l = m_index->line(line);
    return l.kind == JsonLine::Open && l.partner != JsonLine::NoPartner;
}

bool FoldMap::isFolded(int line) const
{
    if (!isFoldable(line))
        return false;
    const bool toggled = std::binary_search(m_toggled.begin(), m_toggled.end(), quint32(line));
    return (m_allCollapsed && m_index->line(line).depth >= 1) != toggled;
}

void FoldMap::setFolded(int line, bool folded)
{
    if (!isFoldable(line) || isFolded(line) == folded)
        return;
    const auto it = std::lower_bound(m_toggled.begin(), m_toggled.end(), quint32(line));
    if (it != m_toggled.end() && *it == quint32(line))
        m_toggled.erase(it);
    else
        m_toggled.insert(it, quint32(line));
    rebuild();
}

void FoldMap::expandAll()
{
    m_allCollapsed = false;
    m_toggled.clear();
    rebuild();
}

void FoldMap::collapseAll()
{
    if (!m_index || !m_index->isComplete())
        return;
    m_allCollapsed = true;
    m_toggled.clear();
    rebuild();
}

void FoldMap::reveal(int line)
{
    for (int k = rangeContaining(line); k >= 0; k = rangeContaining(line))
        setFolded(int(m_hidden[std::size_t(k)].first) - 1, false);
}

void FoldMap::rebuild()
{
    m_hidden.clear();
    const int lines = m_index ? m_index->lineCount() : 0;
    if (m_allCollapsed) {
        // Walks the visible lines only: a folded container is skipped in one step.
        for (int l = 0; l < lines;) {
            if (isFolded(l)) {
                const quint32 close = m_index->line(l).partner;
                m_hidden.push_back({quint32(l) + 1, close});
                l = int(close) + 1;
            } else {
                ++l;
            }
        }
    } else {
        for (quint32 l : m_toggled) {
            if (!m_hidden.empty() && l <= m_hidden.back().last)
                continue; // inside a container already folded
            m_hidden.push_back({l + 1, m_index->line(int(l)).partner});
        }
    }
    m_hiddenThrough.resize(m_hidden.size());
    m_keys.resize(m_hidden.size());
    qint64 hidden = 0;
    for (std::size_t k = 0; k < m_hidden.size(); ++k) {
        m_keys[k] = qint64(m_hidden[k].first) - hidden;
        hidden += qint64(m_hidden[k].last) - m_hidden[k].first + 1;
        m_hiddenThrough[k] = hidden;
    }
    m_rowCount = int(lines - hidden);
}
