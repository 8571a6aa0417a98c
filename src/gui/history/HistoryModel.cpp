#include "history/HistoryModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace {

// Darker shades on light themes, lighter ones on dark themes, so the status stays readable.
QColor statusColour(int status)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightnessF() < 0.5;
    if (status >= 200 && status < 300)
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    if (status >= 300 && status < 400)
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    if (status >= 400 && status < 500)
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x55, 0x00);
    return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

void HistoryModel::setEntries(const QList<HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

const HistoryEntry *HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void HistoryModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(int(m_entries.size()) - 1, TimeColumn),
                           {Qt::DisplayRole});
}

QString HistoryModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const int minutes = int(seconds / 60);
    if (minutes < 60)
        return tr("%n min ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 24)
        return tr("%n h ago", nullptr, hours);
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day.addDays(1) == today)
        return tr("yesterday %1")
            .arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat));
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::display(const HistoryEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return relativeTime(e.when, m_now);
    case MethodColumn:
        return e.method;
    case UrlColumn:
        return e.url;
    case StatusColumn:
        return e.cancelled() ? tr("Cancelled")
               : e.failed()  ? tr("Failed")
                             : QString::number(e.status);
    case DurationColumn:
        return e.failed() ? QString() : tr("%1 ms").arg(QLocale().toString(e.elapsedMs));
    case SizeColumn:
        return e.failed() ? QString() : QLocale().formattedDataSize(e.responseSize);
    default:
        return {};
    }
}

QVariant HistoryModel::toolTip(const HistoryEntry &e, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(e.when.toLocalTime(), QLocale::LongFormat);
    case UrlColumn:
        return e.profileName.isEmpty() ? e.url : tr("%1\nProfile: %2").arg(e.url, e.profileName);
    case StatusColumn:
        return e.failed() ? e.error : QVariant();
    case SizeColumn:
        return e.failed()
                   ? QVariant()
                   : tr("%n byte(s)", nullptr, int(std::min<qint64>(e.responseSize, INT_MAX)));
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryEntry *e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        return toolTip(*e, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(statusColour(e->status));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn || index.column() == MethodColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return e->id;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    default:
        return {};
    }
}
