#pragma once

#include <QStyledItemDelegate>

class QAbstractItemModel;
class QTreeView;

// Draws a profile as a password manager would: vendor icon, the name in bold with the host beneath
// it, the colour tag as a dot, and the token's state as a rounded badge on the right. Vendor group
// rows become quiet section headings with a count.
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Padding = 6;
    static constexpr int IconSize = 24;
    static constexpr int GroupIconSize = 16;

    // The width at which `tree` shows the names of the first profiles of `profiles` (a
    // ProfileListModel) whole, within bounds.
    static int widthForNames(const QTreeView *tree, const QAbstractItemModel *profiles);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static QFont smallFont(const QFont &base);
    static QFont boldFont(const QFont &base);
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                    const QIcon &icon, const QString &text, QPalette::ColorGroup group) const;
    void paintProfile(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                      const QIcon &icon, const QString &name, QPalette::ColorGroup group) const;
};
