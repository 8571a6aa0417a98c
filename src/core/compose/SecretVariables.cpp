#include "compose/SecretVariables.h"

#include "secrets/AnswerLater.h"
#include "secrets/SecretStore.h"
#include "util/PrivateFiles.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>

#include <memory>
#include <optional>

Q_LOGGING_CATEGORY(lcSecretVariables, "tokenbench.variables", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SecretVariables)
};

constexpr int IndexVersion = 1;

// One handler for several store jobs: it answers `done` once, when the last one has, with the
// first error any of them met; with no job at all, at once (from the event loop).
SecretStore::WriteHandler tallied(qsizetype jobs, QObject *context,
                                  SecretVariables::DoneHandler done)
{
    const QPointer<QObject> caller(context);
    if (jobs == 0) {
        SecretStoreAnswer::later(caller, std::move(done), Result<bool>(true));
        return {};
    }
    struct Tally
    {
        qsizetype pending = 0;
        std::optional<Error> firstError;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = jobs;
    return [tally, caller, done](const Result<bool> &result) {
        if (!result && !tally->firstError)
            tally->firstError = result.error();
        if (--tally->pending == 0 && caller && done)
            done(tally->firstError ? Result<bool>(*tally->firstError) : Result<bool>(true));
    };
}

} // namespace

SecretVariables::SecretVariables(SecretStore *store, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_indexPath(QDir(directory).filePath(QStringLiteral("secret-variables.json")))
{}

SecretVariables::~SecretVariables() = default;

QString SecretVariables::keyFor(const QUuid &profile, const QString &name)
{
    return SecretStore::key(profile, QStringLiteral("variable/") + name);
}

void SecretVariables::loadIndex() const
{
    if (m_indexLoaded)
        return;
    m_indexLoaded = true;
    QFile file(m_indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject profiles = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("profiles"))
                                     .toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it) {
        const QUuid id = QUuid::fromString(it.key());
        if (id.isNull())
            continue;
        QStringList names;
        for (const QJsonValue &name : it.value().toArray()) {
            if (name.isString() && !name.toString().isEmpty() && !names.contains(name.toString()))
                names.append(name.toString());
        }
        if (!names.isEmpty())
            m_index.insert(id, names);
    }
}

bool SecretVariables::saveIndex()
{
    QJsonObject profiles;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (!it.value().isEmpty())
            profiles.insert(it.key().toString(QUuid::WithoutBraces),
                            QJsonArray::fromStringList(it.value()));
    }
    const QJsonObject root{{QStringLiteral("version"), IndexVersion},
                           {QStringLiteral("profiles"), profiles}};
    const auto written = PrivateFiles::write(m_indexPath, QJsonDocument(root).toJson());
    if (!written)
        qCWarning(lcSecretVariables)
            << "the index of secret variables could not be written:" << written.error().message;
    return written.ok();
}

QStringList SecretVariables::names(const QUuid &profile) const
{
    loadIndex();
    return m_index.value(profile);
}

Variables SecretVariables::known(const QUuid &profile) const
{
    Variables variables;
    const QHash<QString, QString> values = m_values.value(profile);
    for (const QString &name : names(profile)) {
        const auto it = values.constFind(name);
        if (it != values.cend())
            variables.set(name, it.value(), Text::tr("keychain"));
    }
    return variables;
}

bool SecretVariables::isSessionOnly() const
{
    return !m_store || m_store->isSessionOnly();
}

void SecretVariables::remember(const QUuid &profile, const QString &name, const QString &value)
{
    m_values[profile].insert(name, value);
    Redactor::registerSecret(value);
}

void SecretVariables::fetch(const QUuid &profile, const QStringList &wanted, QObject *context,
                            ValuesHandler done)
{
    const QStringList kept = names(profile);
    QStringList toRead;
    for (const QString &name : wanted) {
        if (kept.contains(name) && !m_values.value(profile).contains(name) &&
            !toRead.contains(name))
            toRead.append(name);
    }
    const QPointer<QObject> caller(context);
    if (toRead.isEmpty()) {
        SecretStoreAnswer::later(caller, std::move(done), known(profile));
        return;
    }
    auto pending = std::make_shared<int>(int(toRead.size()));
    for (const QString &name : std::as_const(toRead)) {
        m_store->read(keyFor(profile, name), this,
                      [this, profile, name, pending, caller,
                       done](const Result<std::optional<QString>> &value) {
                          if (value && value.value())
                              remember(profile, name, *value.value());
                          if (--*pending == 0 && caller)
                              done(known(profile));
                      });
    }
}

void SecretVariables::valuesFor(const QUuid &profile, const RequestDraft &draft, QObject *context,
                                ValuesHandler ready)
{
    if (profile.isNull()) {
        ready(Variables());
        return;
    }
    const QStringList kept = names(profile);
    const QHash<QString, QString> values = m_values.value(profile);
    QStringList missing;
    for (const QString &name : referencedNames(draft)) {
        if (kept.contains(name) && !values.contains(name))
            missing.append(name);
    }
    if (missing.isEmpty()) {
        ready(known(profile));
        return;
    }
    fetch(profile, missing, context, std::move(ready));
}

void SecretVariables::store(const QUuid &profile, const QHash<QString, QString> &values,
                            QObject *context, DoneHandler done)
{
    loadIndex();
    QStringList &kept = m_index[profile];
    bool added = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        remember(profile, it.key(), it.value());
        if (!kept.contains(it.key())) {
            kept.append(it.key());
            added = true;
        }
    }
    if (added)
        saveIndex();
    Q_EMIT changed(profile);
    const SecretStore::WriteHandler answer = tallied(values.size(), context, std::move(done));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_store->write(keyFor(profile, it.key()), it.value(), this, answer);
}

void SecretVariables::remove(const QUuid &profile, const QStringList &which, QObject *context,
                             DoneHandler done)
{
    loadIndex();
    QStringList &kept = m_index[profile];
    const QStringList names = which.isEmpty() ? kept : which;
    for (const QString &name : names) {
        kept.removeAll(name);
        const QString value = m_values[profile].take(name);
        if (!value.isEmpty())
            Redactor::forgetSecret(value);
    }
    if (kept.isEmpty())
        m_index.remove(profile);
    if (m_values.value(profile).isEmpty())
        m_values.remove(profile);
    saveIndex();
    Q_EMIT changed(profile);
    const SecretStore::WriteHandler answer = tallied(names.size(), context, std::move(done));
    for (const QString &name : names)
        m_store->remove(keyFor(profile, name), this, answer);
}

void SecretVariables::keepOnly(const QSet<QUuid> &profiles)
{
    loadIndex();
    QList<QUuid> gone;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (!profiles.contains(it.key()))
            gone.append(it.key());
    }
    for (const QUuid &id : std::as_const(gone))
        remove(id, {}, this, {});
}

QStringList SecretVariables::takeKeys(const QString &directory, const QUuid &profile)
{
    SecretVariables index(nullptr, directory);
    QStringList keys;
    for (const QString &name : index.names(profile))
        keys.append(keyFor(profile, name));
    if (!keys.isEmpty()) {
        index.m_index.remove(profile);
        index.saveIndex();
    }
    return keys;
}

QStringList SecretVariables::referencedNames(const RequestDraft &draft)
{
    QStringList texts{draft.url, draft.bodyText};
    for (const auto &rows : {draft.headers, draft.formFields}) {
        for (const KeyValueRow &row : rows)
            texts << row.name << row.value;
    }
    QStringList names;
    for (const QString &text : std::as_const(texts)) {
        for (const auto &ref : Variables::references(text)) {
            if (!names.contains(ref.name))
                names.append(ref.name);
        }
    }
    return names;
}
