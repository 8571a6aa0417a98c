#include "explorer/EndpointCatalog.h"

#include "explorer/ApiSpec.h"
#include "explorer/EndpointItemDelegate.h"

#include <QSortFilterProxyModel>
#include <QStandardItemModel>

EndpointCatalog::EndpointCatalog(QObject *parent)
    : m_model(new QStandardItemModel(parent))
    , m_proxy(new QSortFilterProxyModel(parent))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(EndpointItemDelegate::SearchRole);
}

int EndpointCatalog::groupCount() const
{
    return m_model->rowCount();
}

void EndpointCatalog::clear()
{
    m_model->clear();
}

void EndpointCatalog::fill(const ApiSpec &spec)
{
    m_model->clear();
    QStandardItem *rootItem = m_model->invisibleRootItem();
    QStringList tags = spec.tags;
    tags.append(QString()); // operations with no tag, last
    for (const QString &tag : std::as_const(tags)) {
        const QList<int> indexes = spec.operationsTagged(tag);
        if (indexes.isEmpty())
            continue;
        auto *tagItem = new QStandardItem(
            tr("%1  (%2)").arg(tag.isEmpty() ? tr("Other") : tag).arg(indexes.size()));
        tagItem->setData(tag.isEmpty() ? tr("Other") : tag, TagNameRole);
        QFont bold = tagItem->font();
        bold.setBold(true);
        tagItem->setFont(bold);
        tagItem->setToolTip(spec.tagDescriptions.value(tag));
        tagItem->setData(QString(), EndpointItemDelegate::SearchRole);
        QList<QStandardItem *> children;
        children.reserve(indexes.size());
        for (int i : indexes) {
            const ApiOperation &op = spec.operations.at(i);
            auto *item = new QStandardItem(op.method + QLatin1Char(' ') + op.path);
            item->setData(op.method, EndpointItemDelegate::MethodRole);
            item->setData(op.path, EndpointItemDelegate::PathRole);
            item->setData(op.summary, EndpointItemDelegate::SummaryRole);
            item->setData(i, EndpointItemDelegate::OperationIndexRole);
            item->setData(op.searchText(), EndpointItemDelegate::SearchRole);
            item->setData(op.deprecated, EndpointItemDelegate::DeprecatedRole);
            item->setToolTip(op.operationId.isEmpty()
                                 ? op.summary
                                 : op.operationId + QStringLiteral(" — ") + op.summary);
            children.append(item);
        }
        tagItem->appendRows(children);
        rootItem->appendRow(tagItem);
    }
}

// Each group says how many of its endpoints the search shows ("Assets  (3 of 12)").
void EndpointCatalog::search(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    const bool filtered = !text.isEmpty();
    for (int t = 0; t < m_model->rowCount(); ++t) {
        QStandardItem *tag = m_model->item(t);
        const int total = tag->rowCount();
        const int shown = m_proxy->rowCount(m_proxy->mapFromSource(tag->index()));
        const QString name = tag->data(TagNameRole).toString();
        const QString label = filtered && shown < total
                                  ? tr("%1  (%2 of %3)").arg(name).arg(shown).arg(total)
                                  : tr("%1  (%2)").arg(name).arg(total);
        if (tag->text() != label)
            tag->setText(label);
    }
}

QModelIndex EndpointCatalog::find(const QString &method, const QString &path) const
{
    for (int t = 0; t < m_model->rowCount(); ++t) {
        QStandardItem *tag = m_model->item(t);
        for (int r = 0; r < tag->rowCount(); ++r) {
            QStandardItem *item = tag->child(r);
            if (item->data(EndpointItemDelegate::MethodRole)
                        .toString()
                        .compare(method, Qt::CaseInsensitive) == 0 &&
                item->data(EndpointItemDelegate::PathRole).toString() == path)
                return item->index();
        }
    }
    return {};
}
