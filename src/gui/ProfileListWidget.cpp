#include "ProfileListWidget.h"

#include "ProfileFilterModel.h"
#include "ProfileItemDelegate.h"
#include "ProfileListActions.h"
#include "ProfileListModel.h"
#include "ui_ProfileListWidget.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

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

    m_actions = new ProfileListActions(this, tree);

    connect(filterAction(), &QAction::triggered, this, [this] {
        m_ui->filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterLineEdit->selectAll();
    });
    connect(newProfileAction(), &QAction::triggered, this, &ProfileListWidget::newProfileRequested);
    connect(m_ui->newProfileButton, &QPushButton::clicked, newProfileAction(), &QAction::trigger);
    connectAction(logInAction(), &ProfileListWidget::logInRequested);
    connectAction(copyTokenAction(), &ProfileListWidget::copyTokenRequested);
    connectAction(copyHeaderAction(), &ProfileListWidget::copyHeaderRequested);
    connectAction(testTokenAction(), &ProfileListWidget::testTokenRequested);
    connectAction(editAction(), &ProfileListWidget::editRequested);
    connectAction(duplicateAction(), &ProfileListWidget::duplicateRequested);
    connectAction(deleteAction(), &ProfileListWidget::deleteRequested);

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
    m_emptyMenu->addAction(newProfileAction());
    m_emptyMenu->addAction(filterAction());

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
    m_actions->setProfileChosen(!currentProfileId().isNull());
}

ProfileListWidget::~ProfileListWidget() = default;

void ProfileListWidget::loadIcons()
{
    m_actions->loadIcons();
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
    m_actions->retranslate();
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
    m_actions->setProfileChosen(!currentProfileId().isNull());
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
    return ProfileItemDelegate::widthForNames(m_ui->profileTreeView, m_model);
}
