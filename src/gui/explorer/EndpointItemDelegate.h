#pragma once

#include <QStyledItemDelegate>

// Paints an endpoint row as API tools do: a coloured method badge, the path in a monospace
// font, and the summary dimmed after it. Tag rows are painted as usual.
class EndpointItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role
    {
        MethodRole = Qt::UserRole + 1, // "GET"; empty on a tag row
        PathRole,
        SummaryRole,
        OperationIndexRole, // into ApiSpec::operations
        SearchRole,         // path, summary and operation id
        DeprecatedRole
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor methodColour(const QString &method);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
