#include "explorer/OrderedMap.h"

#include <QCborStreamWriter>

namespace {

// Below this many members a linear look for a repeated key, and insert() into the map, are
// cheaper than a hash and a decode.
constexpr qsizetype SmallMap = 16;
// How often the loops over members look at the cancel flag.
constexpr qsizetype CancelStride = 4096;

bool cancelled(const std::atomic_bool *cancel, qsizetype i)
{
    return cancel && i % CancelStride == 0 && cancel->load(std::memory_order_relaxed);
}

} // namespace

void OrderedMapBuilder::insert(const QString &key, QCborValue value)
{
    qsizetype found = -1;
    if (m_index.isEmpty() && m_keys.size() < SmallMap) {
        found = m_keys.indexOf(key);
    } else {
        if (m_index.isEmpty()) {
            m_index.reserve(m_keys.size() * 2);
            for (qsizetype i = 0; i < m_keys.size(); ++i)
                m_index.insert(m_keys.at(i), i);
        }
        found = m_index.value(key, -1);
    }
    if (found >= 0) {
        m_values[found] = std::move(value);
        return;
    }
    if (!m_index.isEmpty())
        m_index.insert(key, m_keys.size());
    m_keys.append(key);
    m_values.append(std::move(value));
}

QCborMap OrderedMapBuilder::take(const std::atomic_bool *cancel)
{
    QCborMap map;
    if (m_keys.size() <= SmallMap) {
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            map.insert(m_keys.at(i), m_values.at(i));
    } else {
        // The keys with placeholder values, decoded at once: no key is searched for.
        QByteArray shell;
        shell.reserve(m_keys.size() * 12);
        {
            QCborStreamWriter writer(&shell);
            writer.startMap(quint64(m_keys.size()));
            for (qsizetype i = 0; i < m_keys.size(); ++i) {
                if (cancelled(cancel, i))
                    return {};
                writer.append(m_keys.at(i));
                writer.append(nullptr);
            }
            writer.endMap();
        }
        map = QCborValue::fromCbor(shell).toMap();
        qsizetype i = 0;
        for (auto it = map.begin(); it != map.end() && i < m_values.size(); ++it, ++i) {
            if (cancelled(cancel, i))
                return {};
            it.value() = m_values.at(i);
        }
    }
    m_keys.clear();
    m_values.clear();
    m_index.clear();
    return map;
}

QCborMap OrderedMapBuilder::mapOf(const QList<std::pair<QString, QCborValue>> &members)
{
    OrderedMapBuilder builder;
    for (const auto &[key, value] : members)
        builder.insert(key, value);
    return builder.take();
}
