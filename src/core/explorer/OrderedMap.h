#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

// The members of a map being read, in the order met: a repeated key keeps its first place and
// takes the last value, as QCborMap's operator[] would give it. QCborMap::insert() searches the
// map for the key first, so a map built member by member costs n²/2 comparisons (40,000
// members: 3.8 s; a million: hours). Here keys are found through a hash, and take() makes the
// map in time linear in its size: its keys decoded from CBOR in one go, then each value set
// through the map's iterator, which costs no search.
class OrderedMapBuilder
{
public:
    void insert(const QString &key, QCborValue value);
    qsizetype size() const { return m_keys.size(); }

    // The map; empty when `cancel` was set on the way (the caller reports that).
    QCborMap take(const std::atomic_bool *cancel = nullptr);

    // (key, value) pairs as one map, the same way.
    static QCborMap mapOf(const QList<std::pair<QString, QCborValue>> &members);

private:
    QList<QString> m_keys;
    QList<QCborValue> m_values;
    QHash<QString, qsizetype> m_index; // built once the map outgrows a linear look
};
