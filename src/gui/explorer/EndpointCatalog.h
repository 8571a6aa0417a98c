#pragma once

#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

struct ApiSpec;
class QObject;
class QSortFilterProxyModel;
class QStandardItemModel;

// The explorer's endpoints as a model: grouped by tag, each group saying how many endpoints it
// holds, and a search over paths, summaries and operation ids that the tree shows through view().
class EndpointCatalog
{
    // Its texts are the explorer panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(ExplorerPanel)

public:
    // The models are children of `parent`.
    explicit EndpointCatalog(QObject *parent);

    QSortFilterProxyModel *view() const { return m_proxy; }
    int groupCount() const;

    void clear();
    void fill(const ApiSpec &spec);
    // Shows only the endpoints `text` finds (all when empty); each group counts what it shows.
    void search(const QString &text);
    // The endpoint in the model (not the view), or an invalid index.
    QModelIndex find(const QString &method, const QString &path) const;

private:
    static constexpr int TagNameRole = Qt::UserRole + 50;

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};
