#include "ProfileListWidget.h"

#include "ProfileFilterModel.h"
#include "ProfileListModel.h"
#include "ui_ProfileListWidget.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>

namespace {

// Draws a profile as a password manager would: vendor icon, the name in bold with the host beneath
// it, the colour tag as a dot, and the token's state as a rounded badge on the right. Vendor group
// rows become quiet section headings with a count.
class ProfileItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int Padding = 6;
    static constexpr int IconSize = 24;
    static constexpr int GroupIconSize = 16;

    static QFont smallFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.86 : 8.5);
        return f;
    }

    static QFont boldFont(const QFont &base)
    {
        QFont f = base;
        f.setBold(true);
        return f;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QFont badgeFont = smallFont(opt.font);
        badgeFont.setBold(true);
        const int lines = QFontMetrics(boldFont(opt.font)).height() +
                          std::max(QFontMetrics(smallFont(opt.font)).height(),
                                   QFontMetrics(badgeFont).height() + 2);
        return {200, std::max(lines, IconSize) + 2 * Padding};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
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
                                           : (opt.state & QStyle::State_Active)
                                               ? QPalette::Normal
                                               : QPalette::Inactive;
        if (index.data(ProfileListModel::IsGroupRole).toBool())
            paintGroup(painter, opt, index, icon, text, group);
        else
            paintProfile(painter, opt, index, icon, text, group);
        painter->restore();
    }

private:
    void paintGroup(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                    const QIcon &icon, const QString &text, QPalette::ColorGroup group) const
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

    void paintProfile(QPainter *painter, const QStyleOptionViewItem &opt, const QModelIndex &index,
                      const QIcon &icon, const QString &name, QPalette::ColorGroup group) const
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
};

} // namespace

ProfileListWidget::ProfileListWidget(ProfileStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfileListWidget>())
    , m_model(new ProfileListModel(store, this))
    , m_filter(new ProfileFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    // The empty state sits where the list would be, on the list's own background.
    m_ui->emptyPage->setAutoFillBackground(true);
    m_ui->emptyPage->setBackgroundRole(QPalette::Base);
    m_ui->emptyStateLabel->setForegroundRole(QPalette::PlaceholderText);

    QTreeView *tree = m_ui->profileTreeView;
    tree->setModel(m_filter);
    const auto fitNames = [this] {
        setMinimumWidth(widthForNames());
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitNames);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitNames);
    // A token's state changing (its badge) leaves the names as they were.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [fitNames](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::DisplayRole))
                    fitNames();
            });
    fitNames();
    tree->setItemDelegate(new ProfileItemDelegate(tree));
    tree->setIconSize(QSize(ProfileItemDelegate::IconSize, ProfileItemDelegate::IconSize));
    tree->setIndentation(14);
    tree->setExpandsOnDoubleClick(true);
    tree->header()->setStretchLastSection(true);
    tree->installEventFilter(this);
    m_ui->filterLineEdit->installEventFilter(this);

    m_filterAction = makeAction("filterAction", "edit-find", QKeySequence::Find);
    m_newProfileAction = makeAction("newProfileAction", "document-new", QKeySequence::New);
    m_logInAction = makeAction("logInAction", "go-next", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_copyTokenAction =
        makeAction("copyTokenAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_copyHeaderAction =
        makeAction("copyHeaderAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_testTokenAction = makeAction("testTokenAction", "network-transmit-receive", {});
    m_editAction =
        makeAction("editAction", "document-properties", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicateAction =
        makeAction("duplicateAction", "edit-copy", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = makeAction("deleteAction", "edit-delete", QKeySequence::Delete);
    // Delete only while the list has focus: in the filter field the key deletes text.
    removeAction(m_deleteAction);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    tree->addAction(m_deleteAction);

    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterLineEdit->selectAll();
    });
    connect(m_newProfileAction, &QAction::triggered, this, &ProfileListWidget::newProfileRequested);
    connect(m_ui->newProfileButton, &QPushButton::clicked, m_newProfileAction, &QAction::trigger);
    connectAction(m_logInAction, &ProfileListWidget::logInRequested);
    connectAction(m_copyTokenAction, &ProfileListWidget::copyTokenRequested);
    connectAction(m_copyHeaderAction, &ProfileListWidget::copyHeaderRequested);
    connectAction(m_testTokenAction, &ProfileListWidget::testTokenRequested);
    connectAction(m_editAction, &ProfileListWidget::editRequested);
    connectAction(m_duplicateAction, &ProfileListWidget::duplicateRequested);
    connectAction(m_deleteAction, &ProfileListWidget::deleteRequested);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("profileContextMenu"));
    const QList<QAction *> actions = profileActions();
    for (QAction *action : actions) {
        if (action)
            m_contextMenu->addAction(action);
        else
            m_contextMenu->addSeparator();
    }
    m_emptyMenu = new QMenu(this);
    m_emptyMenu->setObjectName(QStringLiteral("listContextMenu"));
    m_emptyMenu->addAction(m_newProfileAction);
    m_emptyMenu->addAction(m_filterAction);

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        // A filter that hid the chosen profile and then lets it through again gives it back.
        if (currentProfileId().isNull() && !m_chosenId.isNull()) {
            const QModelIndex chosen = m_filter->mapFromSource(m_model->indexOf(m_chosenId));
            if (chosen.isValid())
                m_ui->profileTreeView->setCurrentIndex(chosen);
        }
        updateEmptyState();
    });
    connect(tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(ProfileListModel::ProfileIdRole).toUuid();
        if (!id.isNull())
            Q_EMIT logInRequested(id);
    });
    connect(tree, &QWidget::customContextMenuRequested, this, &ProfileListWidget::showContextMenu);
    connect(tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProfileListWidget::onCurrentChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProfileListWidget::onModelReset);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        m_ui->profileTreeView->expandAll();
        updateEmptyState();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parentIndex, int first, int last) {
                if (!parentIndex.isValid())
                    expandGroups(first, last);
                updateEmptyState();
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProfileListWidget::updateEmptyState);

    retranslate();
    onModelReset();
    updateActions();
}

ProfileListWidget::~ProfileListWidget() = default;

QAction *ProfileListWidget::makeAction(const char *objectName, const char *themeIcon,
                                       const QKeySequence &keys)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    m_themeIcons.append({action, themeIcon});
    action->setShortcut(keys);
    action->setShortcutVisibleInContextMenu(true);
    addAction(action);
    return action;
}

void ProfileListWidget::loadIcons()
{
    for (const auto &[action, themeIcon] : std::as_const(m_themeIcons))
        action->setIcon(QIcon::fromTheme(QLatin1String(themeIcon)));
    m_themeIcons.clear();
    m_ui->filterLineEdit->setClearButtonEnabled(true);
}

void ProfileListWidget::connectAction(QAction *action,
                                      void (ProfileListWidget::*signal)(const QUuid &))
{
    connect(action, &QAction::triggered, this, [this, signal] {
        const QUuid id = currentProfileId();
        if (!id.isNull())
            Q_EMIT(this->*signal)(id);
    });
}

void ProfileListWidget::retranslate()
{
    m_ui->retranslateUi(this);
    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    set(m_filterAction, tr("&Filter Profiles"), tr("Find a profile by name, host or vendor"));
    set(m_newProfileAction, tr("&New Profile…"), tr("Create a profile for a vendor API"));
    set(m_logInAction, tr("&Log In…"), tr("Log in with the selected profile"));
    set(m_copyTokenAction, tr("Copy &Token"), tr("Copy the selected profile's token"));
    set(m_copyHeaderAction, tr("Copy &Header"),
        tr("Copy the selected profile's token as a header line"));
    set(m_testTokenAction, tr("Te&st Token"),
        tr("Ask the vendor who the selected profile's token belongs to"));
    set(m_editAction, tr("&Edit Profile…"), tr("Edit the selected profile"));
    set(m_duplicateAction, tr("D&uplicate Profile"), tr("Make a copy of the selected profile"));
    set(m_deleteAction, tr("&Delete Profile…"), tr("Delete the selected profile"));
    updateEmptyState();
}

void ProfileListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Badges follow the clock only while someone can see them; a minimised window gets a
// spontaneous hide event too, though it stays isVisible().
void ProfileListWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setPaused(false);
}

void ProfileListWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setPaused(true);
}

bool ProfileListWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_ui->profileTreeView && enter && key->modifiers() == Qt::NoModifier) {
        const QUuid id = currentProfileId();
        if (!id.isNull()) {
            Q_EMIT logInRequested(id);
            return true;
        }
    } else if (watched == m_ui->filterLineEdit && (enter || key->key() == Qt::Key_Down)) {
        // From the filter straight into the list, on the first match unless one is chosen.
        if (currentProfileId().isNull() && m_filter->rowCount() > 0) {
            const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
            if (first.isValid())
                m_ui->profileTreeView->setCurrentIndex(first);
        }
        m_ui->profileTreeView->setFocus(Qt::OtherFocusReason);
        return true;
    } else if (watched == m_ui->filterLineEdit && key->key() == Qt::Key_Escape &&
               !m_ui->filterLineEdit->text().isEmpty()) {
        m_ui->filterLineEdit->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QList<QAction *> ProfileListWidget::profileActions() const
{
    return {m_logInAction,     m_copyTokenAction, m_copyHeaderAction,
            m_testTokenAction, nullptr,           m_editAction,
            m_duplicateAction, nullptr,           m_deleteAction};
}

QToolBar *ProfileListWidget::makeToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Profiles"), parent);
    bar->setObjectName(QStringLiteral("profileToolBar"));
    // Words, on every desktop: the same in each theme, and nothing changes when the theme's
    // icons arrive after the first paint.
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<QAction *> actions{m_newProfileAction, m_logInAction, m_copyTokenAction,
                                   m_copyHeaderAction, m_testTokenAction};
    for (QAction *action : actions) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action))
            button->setAccessibleName(
                action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    return bar;
}

QUuid ProfileListWidget::currentProfileId() const
{
    const QModelIndexList selected = m_ui->profileTreeView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const QUuid id = index.data(ProfileListModel::ProfileIdRole).toUuid();
        if (!id.isNull())
            return id;
    }
    return {};
}

bool ProfileListWidget::selectProfile(const QUuid &id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        m_ui->filterLineEdit->clear();
        index = m_filter->mapFromSource(source);
    }
    m_ui->profileTreeView->setCurrentIndex(index);
    m_ui->profileTreeView->scrollTo(index);
    return true;
}

void ProfileListWidget::setFilterText(const QString &text)
{
    m_ui->filterLineEdit->setText(text);
}

void ProfileListWidget::onCurrentChanged()
{
    updateActions();
    const QUuid id = currentProfileId();
    if (id == m_currentId)
        return;
    m_currentId = id;
    if (!id.isNull())
        m_chosenId = id;
    Q_EMIT currentProfileChanged(id);
}

void ProfileListWidget::onModelReset()
{
    m_ui->profileTreeView->expandAll();
    // A reset forgets the selection without a word: put it back, or say it is gone.
    if (!m_currentId.isNull()) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(m_currentId));
        if (index.isValid()) {
            const QSignalBlocker blocker(m_ui->profileTreeView->selectionModel());
            m_ui->profileTreeView->setCurrentIndex(index);
        } else if (!m_model->indexOf(m_currentId).isValid()) {
            m_chosenId = QUuid(); // deleted, not merely filtered out
        }
        m_ui->profileTreeView->viewport()->update();
        onCurrentChanged();
    }
    updateEmptyState();
}

void ProfileListWidget::expandGroups(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_ui->profileTreeView->expand(m_filter->index(row, 0));
}

void ProfileListWidget::updateEmptyState()
{
    const bool noProfiles = m_model->profileCount() == 0;
    const bool noMatch = !noProfiles && m_filter->rowCount() == 0;
    if (noProfiles)
        m_ui->emptyStateLabel->setText(tr("No profiles yet — create one with New Profile"));
    else if (noMatch)
        m_ui->emptyStateLabel->setText(
            tr("No profiles match “%1”").arg(m_ui->filterLineEdit->text().trimmed()));
    m_ui->newProfileButton->setVisible(noProfiles);
    m_ui->stackedWidget->setCurrentWidget(noProfiles || noMatch ? m_ui->emptyPage : m_ui->listPage);
}

void ProfileListWidget::updateActions()
{
    const bool hasProfile = !currentProfileId().isNull();
    const QList<QAction *> actions = profileActions();
    for (QAction *action : actions)
        if (action)
            action->setEnabled(hasProfile);
}

void ProfileListWidget::showContextMenu(const QPoint &pos)
{
    QTreeView *tree = m_ui->profileTreeView;
    const QModelIndex index = tree->indexAt(pos);
    const QPoint global = tree->viewport()->mapToGlobal(pos);
    if (!index.data(ProfileListModel::ProfileIdRole).toUuid().isNull()) {
        tree->setCurrentIndex(index);
        m_contextMenu->popup(global);
    } else {
        m_emptyMenu->popup(global);
    }
}

int ProfileListWidget::widthForNames() const
{
    constexpr int Looked = 100; // enough to be fair, few enough for start-up
    constexpr int Narrowest = 220;
    constexpr int Widest = 360;
    const QTreeView *tree = m_ui->profileTreeView;
    const QFontMetrics fm(ProfileItemDelegate::boldFont(tree->font()));
    int widest = 0;
    int seen = 0;
    for (int g = 0; g < m_model->rowCount() && seen < Looked; ++g) {
        const QModelIndex group = m_model->index(g, 0);
        const int children = m_model->rowCount(group);
        if (children == 0) {
            widest = std::max(widest, fm.horizontalAdvance(group.data().toString()));
            ++seen;
        }
        for (int p = 0; p < children && seen < Looked; ++p, ++seen)
            widest = std::max(widest,
                              fm.horizontalAdvance(m_model->index(p, 0, group).data().toString()));
    }
    // The row's icon and gaps, the tree's indentation, a colour tag, its frame and scroll bar.
    const int chrome = 4 + ProfileItemDelegate::IconSize + 11 + ProfileItemDelegate::Padding + 2 +
                       tree->indentation() + 16 + 2 * tree->frameWidth() +
                       tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    return std::clamp(widest + chrome, Narrowest, Widest);
}
