#include "ProfileFilterModel.h"

#include "ProfileListModel.h"

ProfileFilterModel::ProfileFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source is sorted already and the proxy never sorts (no sort column): it only filters.
    setRecursiveFilteringEnabled(true);
}

void ProfileFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Folded once here; the model keeps each profile's searchable text folded too, so a
    // keystroke costs one substring search per profile and word.
    const QStringList terms = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void ProfileFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_profiles = qobject_cast<const ProfileListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ProfileFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_profiles) {
        // Straight to the folded text: no QVariant and no copy for each of 10,000 rows a key.
        const QString *text = m_profiles->searchText(index);
        if (!text)
            return false; // a group: kept by its children
        for (const QString &term : m_terms)
            if (!text->contains(term))
                return false;
        return true;
    }
    // Groups are kept by their children (recursive filtering), never by themselves.
    if (index.data(ProfileListModel::IsGroupRole).toBool())
        return false;
    const QString text = index.data(ProfileListModel::SearchTextRole).toString();
    for (const QString &term : m_terms)
        if (!text.contains(term))
            return false;
    return true;
}
