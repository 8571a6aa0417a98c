#include "interop/CollectionImport.h"

#include "auth/SessionManager.h"
#include "compose/DraftSecrets.h"
#include "compose/SecretVariables.h"
#include "explorer/CollectionStore.h"
#include "interop/RequestImport.h"
#include "profiles/ProfileStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CollectionImport)
};

// Variables the profile gives itself: an environment's value would shadow them.
bool reservedName(const QString &name)
{
    return name == QLatin1String("baseUrl") || name == QLatin1String("profileName");
}

} // namespace

CollectionImport::CollectionImport(CollectionStore *collections, ProfileStore *profiles,
                                   SecretVariables *secrets, QObject *parent)
    : QObject(parent)
    , m_collections(collections)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

CollectionImport::~CollectionImport() = default;

void CollectionImport::prepare(ImportedCollection &collection, const Profile &profile)
{
    RequestImport::applyProfile(collection, SessionManager::deliveryOf(profile), profile.name);
}

QString CollectionImport::uniqueName(const QList<RequestCollection> &existing,
                                     const QString &wanted)
{
    const auto taken = [&existing](const QString &name) {
        for (const RequestCollection &c : existing) {
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    const QString base = wanted.trimmed().isEmpty() ? Text::tr("Imported") : wanted.trimmed();
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

void CollectionImport::run(const QUuid &profileId, const ImportedCollection &collection,
                           const Options &options, QObject *context, Handler done)
{
    QPointer<QObject> guard(context);
    const auto finish = [guard, done](const Result<Report> &result) {
        if (guard)
            done(result);
    };
    const auto profile = m_profiles->find(profileId);
    if (!profile) {
        QMetaObject::invokeMethod(
            this,
            [finish] {
                finish(Error::make(Error::Kind::NotFound, QStringLiteral("import.no_profile"),
                                   Text::tr("That profile no longer exists.")));
            },
            Qt::QueuedConnection);
        return;
    }
    // The names the profile keeps already decide what new secrets are called, and the same
    // value met again reuses its name.
    m_secrets->fetch(
        profileId, m_secrets->names(profileId), this,
        [this, profileId, collection, options, finish](const Variables &keptVariables) {
            QHash<QString, QString> kept;
            for (const auto &v : keptVariables.all())
                kept.insert(v.name, v.value);
            Report report;
            QHash<QString, QString> newValues;
            QList<SavedRequest> saved;
            for (const ImportedRequest &r : collection.requests) {
                const DraftSecrets::Extraction extraction = DraftSecrets::extract(r.draft, kept);
                const auto values = extraction.newValues();
                for (auto it = values.cbegin(); it != values.cend(); ++it) {
                    kept.insert(it.key(), it.value());
                    newValues.insert(it.key(), it.value());
                }
                report.secretsPerRequest.append(extraction.summary());
                SavedRequest s;
                s.name = r.savedName();
                s.draft = extraction.draft;
                saved.append(s);
            }

            // Variables: the environment's win over the collection's of the same name.
            QList<ImportedVariable> variables = collection.variables;
            for (const ImportedVariable &v : options.environment) {
                variables.erase(
                    std::remove_if(variables.begin(), variables.end(),
                                   [&v](const ImportedVariable &o) { return o.name == v.name; }),
                    variables.end());
                variables.append(v);
            }
            const auto current = m_profiles->find(profileId);
            if (!current) {
                finish(Error::make(Error::Kind::NotFound, QStringLiteral("import.no_profile"),
                                   Text::tr("That profile no longer exists.")));
                return;
            }
            Profile target = *current;
            bool fieldsChanged = false;
            for (const ImportedVariable &v : std::as_const(variables)) {
                const QString name = DraftSecrets::variableName(v.name);
                if (!v.enabled) {
                    report.variablesSkipped.append(
                        Text::tr("%1: disabled in the file").arg(v.name));
                } else if (name != v.name) {
                    report.variablesSkipped.append(
                        Text::tr("%1: not a name {{variables}} allow").arg(v.name));
                } else if (v.secret) {
                    if (!v.value.isEmpty()) {
                        newValues.insert(name, v.value);
                        report.secretVariables.append(name);
                    } else {
                        report.variablesSkipped.append(
                            Text::tr("%1: a secret with no value in the file").arg(name));
                    }
                } else if (reservedName(name)) {
                    report.variablesSkipped.append(
                        Text::tr("%1: the profile's own %1 is used").arg(name));
                } else if (target.fields.contains(name) && target.fields.value(name) != v.value) {
                    report.variablesSkipped.append(
                        Text::tr("%1: the profile has a different value, which is kept").arg(name));
                } else if (!target.fields.contains(name)) {
                    target.fields.insert(name, v.value);
                    fieldsChanged = true;
                    report.variablesSet.append(name);
                }
            }

            const auto writeCollection = [this, profileId, collection, options, saved, target,
                                          fieldsChanged, finish](Report outcome) {
                if (fieldsChanged) {
                    if (const auto updated = m_profiles->update(target); !updated) {
                        finish(updated.error());
                        return;
                    }
                }
                const QString name =
                    uniqueName(m_collections->collections(profileId),
                               options.asName.isEmpty() ? collection.name : options.asName);
                if (const auto added =
                        m_collections->addCollection(profileId, RequestCollection{name, saved});
                    !added) {
                    finish(added.error());
                    return;
                }
                outcome.collection = name;
                outcome.requests = int(saved.size());
                finish(outcome);
            };
            if (newValues.isEmpty()) {
                writeCollection(report);
                return;
            }
            m_secrets->store(profileId, newValues, this,
                             [this, report, writeCollection](const Result<bool> &stored) mutable {
                                 if (!stored || m_secrets->isSessionOnly()) {
                                     report.sessionOnly = true;
                                     if (!stored)
                                         report.keychainProblem = stored.error().message;
                                 }
                                 writeCollection(report);
                             });
        });
}
