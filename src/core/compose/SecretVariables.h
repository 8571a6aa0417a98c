#pragma once

#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

class SecretStore;

// {{variables}} whose values are secrets a person typed and Tokenbench keeps for them: an API key
// in a saved request, a password in a query, a key in an API document's address. The values live
// in the SecretStore under "<profile>/variable/<name>"; only their names are on disk, in an index
// beside the profiles (secret-variables.json, 0600). A value read or stored once is kept for the
// run and registered with the Redactor, so logs and the history mask it wherever it goes.
class SecretVariables : public QObject
{
    Q_OBJECT

public:
    using ValuesHandler = std::function<void(const Variables &)>;
    using DoneHandler = std::function<void(const Result<bool> &)>;

    // `directory`: where the index is kept (the profiles' folder). `store` may be null for
    // reading names only (names(), takeKeys()).
    SecretVariables(SecretStore *store, const QString &directory, QObject *parent = nullptr);
    ~SecretVariables() override;

    static QString keyFor(const QUuid &profile, const QString &name);
    QString indexPath() const { return m_indexPath; }

    // The names a profile keeps, in the order they were first stored.
    QStringList names(const QUuid &profile) const;
    // The values known in this run (read or stored), origin "keychain".
    Variables known(const QUuid &profile) const;
    bool isSessionOnly() const;

    // Reads the values of those of `names` the profile keeps and that are not known yet, then
    // calls `done` with every value known for the profile. Names the profile does not keep are
    // not looked for. Never calls `done` synchronously; not after `context` died.
    void fetch(const QUuid &profile, const QStringList &names, QObject *context,
               ValuesHandler done);

    // Calls `ready` with the profile's secret variables that `draft` refers to: at once when
    // none needs reading, else once read (fetch()). For the moment a request is sent.
    void valuesFor(const QUuid &profile, const RequestDraft &draft, QObject *context,
                   ValuesHandler ready);

    // Keeps `values` (name -> value) for the profile: new names join the index. When the
    // keychain cannot take them they are kept in memory for the run, and `done` gets the
    // store's error (code "keychain.session_only").
    void store(const QUuid &profile, const QHash<QString, QString> &values, QObject *context,
               DoneHandler done);

    // Removes the named values (all of them when `names` is empty) from the store and the index.
    void remove(const QUuid &profile, const QStringList &names, QObject *context, DoneHandler done);
    // Forgets every profile not in `profiles` (deleted ones), values and names.
    void keepOnly(const QSet<QUuid> &profiles);
    // For a face that removes the values itself (the CLI's `remove`): takes the profile out of
    // the index in `directory` and returns the keys its values are kept under.
    static QStringList takeKeys(const QString &directory, const QUuid &profile);

    // The names of {{references}} in every text of a draft, each once.
    static QStringList referencedNames(const RequestDraft &draft);

Q_SIGNALS:
    void changed(const QUuid &profile);

private:
    void loadIndex() const;
    bool saveIndex();
    void remember(const QUuid &profile, const QString &name, const QString &value);

    SecretStore *m_store;
    QString m_indexPath;
    mutable bool m_indexLoaded = false;
    mutable QHash<QUuid, QStringList> m_index;
    QHash<QUuid, QHash<QString, QString>> m_values;
};
