#pragma once

#include "history/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The history's summaries as a table, newest first: when, method, URL, status, duration, size.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        DurationColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<HistoryEntry> &entries);
    const HistoryEntry *entryAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

    // The moment relative times are counted from; the panel moves it on every half minute.
    void setNow(const QDateTime &now);

    static QString relativeTime(const QDateTime &when, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const HistoryEntry &e, int column) const;
    QVariant toolTip(const HistoryEntry &e, int column) const;

    QList<HistoryEntry> m_entries;
    QDateTime m_now;
};
