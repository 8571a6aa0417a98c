#pragma once

#include "interop/ImportedCollection.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>

class CollectionStore;
class ProfileStore;
class SecretVariables;
struct Profile;
struct RequestCollection;

// Puts an imported collection into a profile's collections, for the app and the CLI alike: each
// secret typed into a request (an Authorization header, an API key in a query) and each secret
// variable of an environment goes to the keychain as a {{variable}} (DraftSecrets,
// SecretVariables); the other variables become the profile's fields, which are {{variables}} of
// their own. Nothing secret reaches a file.
class CollectionImport : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString asName;                      // empty: the file's own name for the collection
        QList<ImportedVariable> environment; // from an environment file, if one was given
    };

    struct Report
    {
        QString collection; // the name it got (" (2)" added when the name was taken)
        int requests = 0;
        // Per request, in order: the secrets moved out of it ("{{authorization}} (the
        // Authorization header)"); empty when none.
        QStringList secretsPerRequest;
        QStringList secretVariables;  // names whose values went to the keychain
        QStringList variablesSet;     // names set as profile fields
        QStringList variablesSkipped; // "name: why"
        // The keychain could not take the values: they are kept for this run only.
        bool sessionOnly = false;
        QString keychainProblem;
    };
    using Handler = std::function<void(const Result<Report> &)>;

    CollectionImport(CollectionStore *collections, ProfileStore *profiles, SecretVariables *secrets,
                     QObject *parent = nullptr);
    ~CollectionImport() override;

    // Says for each request whether the profile's credential stands in for the auth it asked
    // for (RequestImport::applyProfile with the way this profile sends its token).
    static void prepare(ImportedCollection &collection, const Profile &profile);
    // `wanted`, or "wanted (2)", "wanted (3)"... when a collection has that name already.
    static QString uniqueName(const QList<RequestCollection> &existing, const QString &wanted);

    // Calls `done` once (never synchronously; not after `context` died).
    void run(const QUuid &profile, const ImportedCollection &collection, const Options &options,
             QObject *context, Handler done);

private:
    CollectionStore *m_collections;
    ProfileStore *m_profiles;
    SecretVariables *m_secrets;
};
