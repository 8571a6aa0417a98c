#include "ProfileListModel.h"

#include "auth/AuthenticatorFactory.h"
#include "auth/TokenTiming.h"
#include "profiles/ProfileStore.h"
#include "util/Clock.h"
#include "util/Durations.h"

#include <QColor>

#include <algorithm>
#include <chrono>
#include <limits>

namespace {

// Groups appear in the vendors' own order; vendors Tokenbench does not know follow, by name.
constexpr int UnknownVendorRank = std::numeric_limits<int>::max();

// Group rows carry internal id 0; a profile row carries its group's row + 1.
constexpr quintptr GroupId = 0;

constexpr qint64 msecs(std::chrono::seconds s)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(s).count();
}

// The case-folded form the filter matches against. QString::toCaseFolded() looks each character
// up in Unicode's tables, which was 40 % of building the list of 10,000 profiles (callgrind); text
// all in ASCII, as names and hosts mostly are, folds to its lower case, the same result.
QString folded(const QString &text)
{
    const auto *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    if (std::any_of(begin, end, [](char16_t c) { return c >= 0x80; }))
        return text.toCaseFolded();
    QString out(text.size(), Qt::Uninitialized);
    std::transform(begin, end, reinterpret_cast<char16_t *>(out.data()),
                   [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; });
    return out;
}

} // namespace

ProfileListModel::ProfileListModel(ProfileStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    m_refresh.setObjectName(QStringLiteral("badgeRefreshTimer"));
    connect(&m_refresh, &DeadlineTimer::timeout, this, &ProfileListModel::refreshStates);
    if (m_store)
        connect(m_store, &ProfileStore::changed, this, &ProfileListModel::rebuild);
    rebuild();
}

ProfileListModel::~ProfileListModel() = default;

QString ProfileListModel::stateText(TokenState state)
{
    switch (state) {
    case TokenState::Valid:
        return tr("Valid");
    case TokenState::ExpiringSoon:
        return tr("Expiring soon");
    case TokenState::Expired:
        return tr("Expired");
    case TokenState::UnknownExpiry:
        return tr("Expiry unknown");
    case TokenState::None:
        break;
    }
    return tr("No token");
}

QColor ProfileListModel::stateColour(TokenState state)
{
    // The token panel's colours, so a badge and the countdown it leads to agree.
    switch (state) {
    case TokenState::Valid:
        return QColor(0x2e, 0x7d, 0x32);
    case TokenState::ExpiringSoon:
        return QColor(0xc7, 0x77, 0x00);
    case TokenState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case TokenState::UnknownExpiry:
    case TokenState::None:
        break;
    }
    return QColor(0x6b, 0x6b, 0x6b);
}

QList<ProfileListModel::Group> ProfileListModel::buildGroups() const
{
    QHash<QString, QString> vendorNames;
    QHash<QString, QString> methodNames;
    QHash<QString, int> vendorRanks;
    QHash<QString, QString> vendorIcons;
    const QList<MethodDescriptor> descriptors = AuthenticatorFactory::all();
    for (const MethodDescriptor &d : descriptors) {
        vendorNames.insert(d.vendor, d.vendorName);
        vendorRanks.insert(d.vendor, d.vendorOrder);
        vendorIcons.insert(d.vendor, d.icon);
        methodNames.insert(d.vendor + QLatin1Char('/') + d.method, d.methodName);
    }
    const auto vendorRank = [&vendorRanks](const QString &vendor) {
        return vendorRanks.value(vendor, UnknownVendorRank);
    };

    QList<Group> groups;
    QHash<QString, qsizetype> groupOf;
    const QDateTime current = Clock::now();
    if (m_store) {
        for (const Profile &p : m_store->profiles()) {
            qsizetype g = groupOf.value(p.vendor, -1);
            if (g < 0) {
                Group group;
                group.vendor = p.vendor;
                group.vendorName = vendorNames.value(p.vendor, p.vendor);
                group.icon = QIcon(
                    vendorIcons.value(p.vendor, QStringLiteral(":/icons/vendor-generic.svg")));
                g = groups.size();
                groupOf.insert(p.vendor, g);
                groups.append(group);
            }
            Entry e;
            e.id = p.id;
            e.name = p.name;
            e.host = p.baseUrl.host();
            e.baseUrl = p.baseUrl.toDisplayString();
            e.methodName = methodNames.value(p.vendor + QLatin1Char('/') + p.method, p.method);
            if (!p.colour.isEmpty())
                e.colour = QColor(p.colour);
            e.hasToken = !p.lastToken.isEmpty();
            e.expiresAt = p.lastToken.expiresAt;
            e.sortKey = folded(e.name);
            e.searchText = e.sortKey + QLatin1Char('\n') + folded(e.host) + QLatin1Char('\n') +
                           folded(groups.at(g).vendorName) + QLatin1Char('\n') +
                           folded(e.methodName);
            e.state = evaluate(e, current);
            groups[g].entries.append(std::move(e));
        }
    }

    std::sort(groups.begin(), groups.end(), [&vendorRank](const Group &a, const Group &b) {
        const int ra = vendorRank(a.vendor);
        const int rb = vendorRank(b.vendor);
        if (ra != rb)
            return ra < rb;
        return a.vendorName.compare(b.vendorName, Qt::CaseInsensitive) < 0;
    });
    for (Group &group : groups) {
        std::stable_sort(
            group.entries.begin(), group.entries.end(), [](const Entry &a, const Entry &b) {
                return a.sortKey != b.sortKey ? a.sortKey < b.sortKey : a.name < b.name;
            });
    }
    return groups;
}

void ProfileListModel::rebuild()
{
    QList<Group> groups = buildGroups();

    // The same rows in the same places (a token was refreshed, a URL edited): update in place,
    // so views keep their selection, scroll position and expanded groups.
    bool sameShape = groups.size() == m_groups.size();
    for (qsizetype g = 0; sameShape && g < groups.size(); ++g) {
        const QList<Entry> &a = groups.at(g).entries;
        const QList<Entry> &b = m_groups.at(g).entries;
        sameShape = groups.at(g).vendor == m_groups.at(g).vendor && a.size() == b.size();
        for (qsizetype i = 0; sameShape && i < a.size(); ++i)
            sameShape = a.at(i).id == b.at(i).id;
    }

    if (sameShape) {
        m_groups = std::move(groups);
        for (int g = 0; g < int(m_groups.size()); ++g) {
            const QModelIndex groupIndex = index(g, 0);
            Q_EMIT dataChanged(groupIndex, groupIndex);
            const int last = int(m_groups.at(g).entries.size()) - 1;
            if (last >= 0)
                Q_EMIT dataChanged(index(0, 0, groupIndex), index(last, 0, groupIndex));
        }
    } else {
        beginResetModel();
        m_groups = std::move(groups);
        m_byId.clear();
        for (int g = 0; g < int(m_groups.size()); ++g)
            for (int i = 0; i < int(m_groups.at(g).entries.size()); ++i)
                m_byId.insert(m_groups.at(g).entries.at(i).id, qMakePair(g, i));
        endResetModel();
    }
    scheduleRefresh();
}

ProfileListModel::TokenState ProfileListModel::evaluate(const Entry &entry,
                                                        const QDateTime &current) const
{
    if (!entry.hasToken)
        return TokenState::None;
    if (!entry.expiresAt)
        return TokenState::UnknownExpiry;
    const TokenTiming timing = TokenTiming::evaluate(entry.expiresAt, std::nullopt, current);
    switch (timing.state) {
    case TokenTiming::State::Expired:
        return TokenState::Expired;
    case TokenTiming::State::Valid:
        return timing.expiringSoon ? TokenState::ExpiringSoon : TokenState::Valid;
    case TokenTiming::State::NotYetValid:
    case TokenTiming::State::NoExpiry:
        break;
    }
    return TokenState::UnknownExpiry;
}

void ProfileListModel::refreshStates()
{
    const QDateTime current = Clock::now();
    const QList<int> roles{TokenStateRole, TokenStateTextRole, Qt::ToolTipRole,
                           Qt::AccessibleTextRole};
    for (int g = 0; g < int(m_groups.size()); ++g) {
        QList<Entry> &entries = m_groups[g].entries;
        for (int i = 0; i < int(entries.size()); ++i) {
            Entry &e = entries[i];
            if (!e.expiresAt)
                continue; // without an expiry, time changes nothing
            const TokenState state = evaluate(e, current);
            if (state == e.state)
                continue;
            e.state = state;
            const QModelIndex changed = index(i, 0, index(g, 0));
            Q_EMIT dataChanged(changed, changed, roles);
        }
    }
    scheduleRefresh();
}

void ProfileListModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_paused)
        m_refresh.stop();
    else
        refreshStates();
}

void ProfileListModel::scheduleRefresh()
{
    if (m_paused)
        return;
    const QDateTime current = Clock::now();
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Group &group : std::as_const(m_groups)) {
        for (const Entry &e : group.entries) {
            if (!e.expiresAt)
                continue;
            const qint64 left = current.msecsTo(*e.expiresAt);
            // The moments evaluate() changes its mind: less than "soon" left, then exp itself.
            if (e.state == TokenState::Valid)
                next = std::min(next, left - msecs(TokenTiming::DefaultSoon) + 1);
            else if (e.state == TokenState::ExpiringSoon)
                next = std::min(next, left);
        }
    }
    if (next == std::numeric_limits<qint64>::max()) {
        m_refresh.stop();
        return;
    }
    m_refresh.start(current.addMSecs(std::clamp<qint64>(next, 1, DefaultRefreshMs)));
}

const ProfileListModel::Group *ProfileListModel::group(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != GroupId ||
        index.row() >= m_groups.size())
        return nullptr;
    return &m_groups.at(index.row());
}

const ProfileListModel::Entry *ProfileListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const qsizetype g = qsizetype(index.internalId() - 1);
    if (g >= m_groups.size() || index.row() >= m_groups.at(g).entries.size())
        return nullptr;
    return &m_groups.at(g).entries.at(index.row());
}

QModelIndex ProfileListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.row() >= m_groups.size() ||
        row >= m_groups.at(parent.row()).entries.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex ProfileListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (const Group *g = group(parent))
        return int(g->entries.size());
    return 0;
}

int ProfileListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    if (group(index))
        return Qt::ItemIsEnabled;
    if (entry(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return Qt::NoItemFlags;
}

QModelIndex ProfileListModel::indexOf(const QUuid &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return {};
    return index(it->second, 0, index(it->first, 0));
}

const QString *ProfileListModel::searchText(const QModelIndex &index) const
{
    const Entry *e = entry(index);
    return e ? &e->searchText : nullptr;
}

QString ProfileListModel::toolTip(const Entry &e, const Group &g) const
{
    QString token;
    const qint64 left = e.expiresAt ? Clock::now().secsTo(*e.expiresAt) : 0;
    switch (e.state) {
    case TokenState::None:
        token = tr("No token yet");
        break;
    case TokenState::UnknownExpiry:
        token = tr("Token of unknown expiry");
        break;
    case TokenState::Valid:
    case TokenState::ExpiringSoon:
        token = tr("Token expires %1").arg(Durations::relative(left));
        break;
    case TokenState::Expired:
        token = tr("Token expired %1").arg(Durations::relative(left));
        break;
    }
    return QStringLiteral("%1\n%2 · %3\n%4\n%5")
        .arg(e.name, g.vendorName, e.methodName, e.baseUrl, token);
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (const Group *g = group(index)) {
        switch (role) {
        case Qt::DisplayRole:
        case VendorNameRole:
            return g->vendorName;
        case Qt::DecorationRole:
            return g->icon;
        case Qt::AccessibleTextRole:
            return tr("%1, %n profile(s)", nullptr, int(g->entries.size())).arg(g->vendorName);
        case VendorRole:
            return g->vendor;
        case IsGroupRole:
            return true;
        case ProfileCountRole:
            return int(g->entries.size());
        default:
            return {};
        }
    }
    const Entry *e = entry(index);
    if (!e)
        return {};
    const Group &g = m_groups.at(qsizetype(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
        return e->name;
    case Qt::DecorationRole:
        return g.icon;
    case Qt::ToolTipRole:
        return toolTip(*e, g);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2, %3").arg(e->name, e->host, stateText(e->state));
    case Qt::AccessibleDescriptionRole:
        return QStringLiteral("%1 · %2").arg(g.vendorName, e->methodName);
    case ProfileIdRole:
        return QVariant::fromValue(e->id);
    case HostRole:
        return e->host;
    case MethodNameRole:
        return e->methodName;
    case TokenStateRole:
        return QVariant::fromValue(e->state);
    case TokenStateTextRole:
        return stateText(e->state);
    case ExpiresAtRole:
        return e->expiresAt ? QVariant(*e->expiresAt) : QVariant();
    case ColourRole:
        return e->colour.isValid() ? QVariant(e->colour) : QVariant();
    case VendorRole:
        return g.vendor;
    case VendorNameRole:
        return g.vendorName;
    case IsGroupRole:
        return false;
    case SearchTextRole:
        return e->searchText;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ProfileIdRole, "profileId");
    names.insert(HostRole, "host");
    names.insert(MethodNameRole, "methodName");
    names.insert(TokenStateRole, "tokenState");
    names.insert(ExpiresAtRole, "expiresAt");
    names.insert(ColourRole, "colour");
    names.insert(VendorRole, "vendor");
    names.insert(VendorNameRole, "vendorName");
    names.insert(IsGroupRole, "isGroup");
    names.insert(ProfileCountRole, "profileCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(TokenStateTextRole, "tokenStateText");
    return names;
}
