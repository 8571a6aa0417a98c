#include "compose/Variables.h"

#include "auth/Session.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Variables)
};

const QRegularExpression &referencePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][\\w.-]*)\\s*\\}\\}"));
    return pattern;
}

} // namespace

Variables Variables::forProfile(const Profile &profile, const Session *session)
{
    Variables v;
    // A user name or password in the URL (refused today, kept by older profiles) stays out.
    QString base = profile.baseUrl.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    v.set(QStringLiteral("baseUrl"), base, Text::tr("profile"));
    v.set(QStringLiteral("profileName"), profile.name, Text::tr("profile"));
    QStringList fieldNames = profile.fields.keys();
    std::sort(fieldNames.begin(), fieldNames.end());
    for (const QString &name : std::as_const(fieldNames))
        v.set(name, profile.fields.value(name), Text::tr("profile field"));
    if (session) {
        QStringList factNames = session->facts.keys();
        std::sort(factNames.begin(), factNames.end());
        for (const QString &name : std::as_const(factNames))
            v.set(name, session->facts.value(name), Text::tr("login response"));
    }
    return v;
}

void Variables::set(const QString &name, const QString &value, const QString &origin)
{
    for (auto &variable : m_variables) {
        if (variable.name == name) {
            variable.value = value;
            variable.origin = origin;
            return;
        }
    }
    m_variables.append({name, value, origin});
}

const Variables::Variable *Variables::find(const QString &name) const
{
    for (const auto &variable : m_variables) {
        if (variable.name == name)
            return &variable;
    }
    return nullptr;
}

std::optional<QString> Variables::value(const QString &name) const
{
    if (const Variable *variable = find(name))
        return variable->value;
    return std::nullopt;
}

QString Variables::resolve(const QString &text, QStringList *unresolved) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (const auto found = value(name)) {
            out += *found;
        } else {
            out += match.captured(0);
            if (unresolved && !unresolved->contains(name))
                unresolved->append(name);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QList<Variables::Reference> Variables::references(const QString &text)
{
    QList<Reference> refs;
    auto it = referencePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        refs.append({match.captured(1), match.capturedStart(), match.capturedLength()});
    }
    return refs;
}

bool Variables::onlyReferences(const QString &text)
{
    const auto refs = references(text);
    if (refs.isEmpty())
        return false;
    QString rest = text;
    for (auto it = refs.crbegin(); it != refs.crend(); ++it)
        rest.remove(it->start, it->length);
    return rest.trimmed().isEmpty();
}

void Variables::merge(const Variables &other)
{
    for (const Variable &v : other.all())
        set(v.name, v.value, v.origin);
}
