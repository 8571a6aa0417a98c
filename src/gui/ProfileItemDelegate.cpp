#include "ProfileItemDelegate.h"

#include "ProfileListModel.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QTreeView>

QFont ProfileItemDelegate::smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.86 : 8.5);
    return f;
}

QFont ProfileItemDelegate::boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont badgeFont = smallFont(opt.font);
    badgeFont.setBold(true);
    const int lines =
        QFontMetrics(boldFont(opt.font)).height() +
        std::max(QFontMetrics(smallFont(opt.font)).height(), QFontMetrics(badgeFont).height() + 2);
    return {200, std::max(lines, IconSize) + 2 * Padding};
}

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws the background, selection and focus; we draw the content.
    const QIcon icon = opt.icon;
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    if (index.data(ProfileListModel::IsGroupRole).toBool())
        paintGroup(painter, opt, index, icon, text, group);
    else
        paintProfile(painter, opt, index, icon, text, group);
    painter->restore();
}

void ProfileItemDelegate::paintGroup(QPainter *painter, const QStyleOptionViewItem &opt,
                                     const QModelIndex &index, const QIcon &icon,
                                     const QString &text, QPalette::ColorGroup group) const
{
    QRect r = opt.rect.adjusted(2, 0, -Padding, 0);
    const QRect iconRect(r.left(), r.center().y() - GroupIconSize / 2 + 1, GroupIconSize,
                         GroupIconSize);
    icon.paint(painter, iconRect);
    r.setLeft(iconRect.right() + Padding + 2);

    QFont heading = boldFont(opt.font);
    painter->setFont(heading);
    painter->setPen(opt.palette.color(group, QPalette::Text));
    const QFontMetrics fm(heading);
    const QString name = fm.elidedText(text, Qt::ElideRight, r.width() - 40);
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, name);

    const int count = index.data(ProfileListModel::ProfileCountRole).toInt();
    painter->setFont(smallFont(opt.font));
    painter->setPen(opt.palette.color(group, QPalette::PlaceholderText));
    painter->drawText(r, Qt::AlignVCenter | Qt::AlignRight, QLocale().toString(count));
}

void ProfileItemDelegate::paintProfile(QPainter *painter, const QStyleOptionViewItem &opt,
                                       const QModelIndex &index, const QIcon &icon,
                                       const QString &name, QPalette::ColorGroup group) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QRect r = opt.rect.adjusted(4, Padding, -Padding - 2, -Padding);

    const QRect iconRect(r.left(), r.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter,
               (opt.state & QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled);

    // The name takes the whole width (profiles must be told apart however narrow the list);
    // the state badge sits on the host line below it, on the right.
    const int textLeft = iconRect.right() + 1 + 10;
    const int textRight = r.right();
    const QColor textColour =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? textColour : opt.palette.color(group, QPalette::PlaceholderText);
    if (selected)
        muted.setAlpha(190);

    const QFont nameFont = boldFont(opt.font);
    const QFont hostFont = smallFont(opt.font);
    QFont badgeFont = hostFont;
    badgeFont.setBold(true);
    const QFontMetrics nfm(nameFont);
    const QFontMetrics hfm(hostFont);
    const QFontMetrics bfm(badgeFont);
    const int badgeHeight = bfm.height() + 2;
    const int secondLine = std::max(hfm.height(), badgeHeight);
    const int blockHeight = nfm.height() + secondLine;
    const int top = r.center().y() - blockHeight / 2 + 1;

    const auto state =
        index.data(ProfileListModel::TokenStateRole).value<ProfileListModel::TokenState>();
    const QString badgeText = ProfileListModel::stateText(state);
    const QColor colour = ProfileListModel::stateColour(state);
    const int badgeWidth = bfm.horizontalAdvance(badgeText) + 14;
    const QRectF badge(textRight - badgeWidth + 1,
                       top + nfm.height() + (secondLine - badgeHeight) / 2.0, badgeWidth,
                       badgeHeight);
    QColor fill = colour;
    fill.setAlpha(selected ? 255 : 30);
    QColor border = colour;
    border.setAlpha(selected ? 255 : 110);
    painter->setPen(QPen(selected ? QColor(255, 255, 255, 150) : border, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), badgeHeight / 2.0,
                             badgeHeight / 2.0);
    painter->setFont(badgeFont);
    painter->setPen(selected ? QColor(Qt::white) : colour);
    painter->drawText(badge, Qt::AlignCenter, badgeText);

    const QColor tag = index.data(ProfileListModel::ColourRole).value<QColor>();
    const int dotSpace = tag.isValid() ? 16 : 0;
    const QString elidedName =
        nfm.elidedText(name, Qt::ElideRight, std::max(0, textRight - textLeft - dotSpace));
    painter->setFont(nameFont);
    painter->setPen(textColour);
    const QRect nameRect(textLeft, top, textRight - textLeft, nfm.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter, elidedName);

    if (tag.isValid()) {
        const qreal d = 8;
        const QPointF centre(textLeft + nfm.horizontalAdvance(elidedName) + 6 + d / 2,
                             nameRect.center().y() + 1);
        painter->setPen(selected ? QPen(QColor(255, 255, 255, 200), 1.2) : Qt::NoPen);
        painter->setBrush(tag);
        painter->drawEllipse(centre, d / 2, d / 2);
    }

    const int hostRight = int(badge.left()) - 8;
    const QString host = index.data(ProfileListModel::HostRole).toString();
    painter->setFont(hostFont);
    painter->setPen(muted);
    painter->drawText(QRect(textLeft, top + nfm.height(), hostRight - textLeft, secondLine),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      hfm.elidedText(host, Qt::ElideMiddle, std::max(0, hostRight - textLeft)));
}

int ProfileItemDelegate::widthForNames(const QTreeView *tree, const QAbstractItemModel *profiles)
{
    constexpr int Looked = 100; // enough to be fair, few enough for start-up
    constexpr int Narrowest = 220;
    constexpr int Widest = 360;
    const QFontMetrics fm(boldFont(tree->font()));
    int widest = 0;
    int seen = 0;
    for (int g = 0; g < profiles->rowCount() && seen < Looked; ++g) {
        const QModelIndex group = profiles->index(g, 0);
        const int children = profiles->rowCount(group);
        if (children == 0) {
            widest = std::max(widest, fm.horizontalAdvance(group.data().toString()));
            ++seen;
        }
        for (int p = 0; p < children && seen < Looked; ++p, ++seen)
            widest = std::max(widest,
                              fm.horizontalAdvance(profiles->index(p, 0, group).data().toString()));
    }
    // The row's icon and gaps, the tree's indentation, a colour tag, its frame and scroll bar.
    const int chrome = 4 + IconSize + 11 + Padding + 2 + tree->indentation() + 16 +
                       2 * tree->frameWidth() +
                       tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    return std::clamp(widest + chrome, Narrowest, Widest);
}
