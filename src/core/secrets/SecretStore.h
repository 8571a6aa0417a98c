#pragma once

#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

// Where secrets live: the OS keychain through QtKeychain, or memory for this run only. All calls
// are asynchronous; each handler runs once, later, on the context's thread, unless the context
// was destroyed. A missing entry is "no secret" (an empty optional), never an error.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadHandler = std::function<void(const Result<std::optional<QString>> &)>;
    using WriteHandler = std::function<void(const Result<bool> &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadHandler handler) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       WriteHandler handler) = 0;
    virtual void remove(const QString &key, QObject *context, WriteHandler handler) = 0;

    // True when secrets are kept in memory only: asked for (--no-keychain), or the keychain
    // turned out to be missing, locked, denied or stuck.
    virtual bool isSessionOnly() const = 0;
    // Why, in words for people; empty while the keychain works.
    virtual QString sessionOnlyReason() const = 0;

    // The key of one secret field of one profile: "<uuid>/<field>".
    static QString key(const QUuid &profile, const QString &field);

Q_SIGNALS:
    void sessionOnlyChanged(bool sessionOnly, const QString &reason);
};

// Kept so that including this header still declares every store, as callers already do.
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
