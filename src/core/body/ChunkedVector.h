#pragma once

#include <cstddef>
#include <memory>
#include <vector>

// An append-only array in fixed-size chunks: growing it never copies what is already there, so a
// large index peaks at its own size instead of the 3x a doubling std::vector reaches.
template<typename T, int ChunkBits = 14>
class ChunkedVector
{
public:
    static constexpr std::size_t ChunkSize = std::size_t(1) << ChunkBits;

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    T &operator[](std::size_t i) { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }
    const T &operator[](std::size_t i) const
    {
        return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)];
    }
    T &back() { return (*this)[m_size - 1]; }
    const T &back() const { return (*this)[m_size - 1]; }

    void push_back(const T &value)
    {
        if ((m_size >> ChunkBits) == m_chunks.size())
            m_chunks.emplace_back(new T[ChunkSize]);
        (*this)[m_size] = value;
        ++m_size;
    }

    std::size_t memoryBytes() const
    {
        return m_chunks.size() * ChunkSize * sizeof(T) +
               m_chunks.capacity() * sizeof(std::unique_ptr<T[]>);
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    std::size_t m_size = 0;
};
