#pragma once

#include "util/DeadlineTimer.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QUuid>

#include <optional>

class ProfileStore;
struct Profile;

// The profiles of a ProfileStore as a two-level tree for views: one group row per vendor that has
// profiles (in a fixed vendor order), the vendor's profiles beneath it sorted by name. Token badges
// follow the clock: the model re-evaluates them on a coarse timer while any token is still valid.
class ProfileListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles
    {
        ProfileIdRole = Qt::UserRole + 1, // QUuid; null on group rows
        HostRole,                         // the base URL's host
        MethodNameRole,                   // "Username and password"
        TokenStateRole,                   // TokenState, as int
        ExpiresAtRole,                    // QDateTime (UTC); invalid when unknown or no token
        ColourRole,                       // QColor; invalid when the profile has no colour tag
        VendorRole,                       // the vendor key of the descriptors
        VendorNameRole,                   // the vendor name people read
        IsGroupRole,                      // bool
        ProfileCountRole,                 // int, on group rows
        SearchTextRole,                   // lower-case name, host, vendor and method, for filters
        TokenStateTextRole,               // "Valid", "Expiring soon"... translated
    };
    Q_ENUM(Roles)

    enum class TokenState
    {
        None,
        Valid,
        ExpiringSoon,
        Expired,
        UnknownExpiry
    };
    Q_ENUM(TokenState)

    // The longest time between re-evaluations (they also come exactly at the next boundary), so
    // badges catch up within that when the system clock is set.
    static constexpr int DefaultRefreshMs = 30 * 1000;

    explicit ProfileListModel(ProfileStore *store, QObject *parent = nullptr);
    ~ProfileListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QUuid &id) const;
    // SearchTextRole without a QVariant, for filters that ask for every row on every keystroke:
    // null for group rows and foreign indexes.
    const QString *searchText(const QModelIndex &index) const;
    int profileCount() const { return int(m_byId.size()); }

    static QString stateText(TokenState state);
    static QColor stateColour(TokenState state);

    bool isRefreshing() const { return m_refresh.isActive(); }
    // Re-evaluates every badge now.
    void refreshStates();
    // While paused (the list is hidden or minimised) badges are not re-evaluated on a timer, so
    // a hidden window does not wake for them; resuming re-evaluates them at once.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

private:
    struct Entry
    {
        QUuid id;
        QString name;
        QString host;
        QString baseUrl;
        QString methodName;
        QColor colour;
        std::optional<QDateTime> expiresAt;
        bool hasToken = false;
        QString searchText;
        QString sortKey; // the name case-folded once, so sorting 10,000 profiles folds no more
        TokenState state = TokenState::None;
    };
    struct Group
    {
        QString vendor;
        QString vendorName;
        QIcon icon;
        QList<Entry> entries;
    };

    void rebuild();
    QList<Group> buildGroups() const;
    TokenState evaluate(const Entry &entry, const QDateTime &now) const;
    void scheduleRefresh();
    const Entry *entry(const QModelIndex &index) const;
    const Group *group(const QModelIndex &index) const;
    QString toolTip(const Entry &entry, const Group &group) const;

    QPointer<ProfileStore> m_store;
    QList<Group> m_groups;
    QHash<QUuid, QPair<int, int>> m_byId; // group, row
    DeadlineTimer m_refresh;
    bool m_paused = false;
};
