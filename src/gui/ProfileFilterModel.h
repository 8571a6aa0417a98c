#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class ProfileListModel;

// Filters a ProfileListModel as people type: every word must appear (ignoring case) in a
// profile's name, host, vendor name or method name. A vendor group stays while any of its
// profiles does.
class ProfileFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProfileFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    bool isFiltering() const { return !m_terms.isEmpty(); }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const ProfileListModel *m_profiles = nullptr; // the source, when it is one (the fast path)
    QString m_text;
    QStringList m_terms;
};
