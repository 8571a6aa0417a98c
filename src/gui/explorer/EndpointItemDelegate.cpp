#include "explorer/EndpointItemDelegate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

QColor EndpointItemDelegate::methodColour(const QString &method)
{
    // The colours Swagger UI made familiar, a little darker for white text.
    if (method == QLatin1String("GET"))
        return QColor(0x1f, 0x7a, 0xd6);
    if (method == QLatin1String("POST"))
        return QColor(0x2e, 0x9e, 0x5b);
    if (method == QLatin1String("PUT"))
        return QColor(0xd9, 0x82, 0x1e);
    if (method == QLatin1String("PATCH"))
        return QColor(0x1a, 0xa3, 0x95);
    if (method == QLatin1String("DELETE"))
        return QColor(0xd6, 0x3b, 0x3b);
    return QColor(0x6b, 0x72, 0x80);
}

void EndpointItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString method = index.data(MethodRole).toString();
    if (method.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(4, 3, -4, -3);
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(option.font.pointSizeF() * 0.8);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeWidth = badgeMetrics.horizontalAdvance(QStringLiteral("DELETE")) + 10;
    const QRect badge(r.left(), r.top(), badgeWidth, r.height());
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    QColor colour = methodColour(method);
    const bool deprecated = index.data(DeprecatedRole).toBool();
    if (deprecated)
        colour.setAlpha(110);
    painter->fillPath(path, colour);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont);
    painter->drawText(badge, Qt::AlignCenter, method);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(option.font.pointSizeF());
    mono.setStrikeOut(deprecated);
    painter->setFont(mono);
    painter->setPen(option.palette.color(textRole));
    const QString pathText = index.data(PathRole).toString();
    const QFontMetrics monoMetrics(mono);
    QRect textRect = r.adjusted(badgeWidth + 8, 0, 0, 0);
    const QString elidedPath = monoMetrics.elidedText(pathText, Qt::ElideMiddle, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, elidedPath);

    const int used = monoMetrics.horizontalAdvance(elidedPath) + 12;
    textRect.setLeft(textRect.left() + used);
    const QString summary = index.data(SummaryRole).toString();
    if (!summary.isEmpty() && textRect.width() > 30) {
        painter->setFont(option.font);
        QColor dim = option.palette.color(textRole);
        dim.setAlpha(selected ? 200 : 140);
        painter->setPen(dim);
        painter->drawText(
            textRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(option.font).elidedText(summary, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize EndpointItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // Every row as tall as a badge needs: views with uniform row heights ask the first row only.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 12));
    return size;
}
