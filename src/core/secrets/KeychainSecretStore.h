#pragma once

#include "secrets/SecretStore.h"

#include <QString>

#include <memory>

// The OS keychain (service "tokenbench"; attributes server=<service>, user=<key> on Linux). Every
// job has a watchdog: a backend that does not answer in time is treated as unavailable, because
// QtKeychain runs jobs one after another and a stuck one would stall all the rest. Once the
// keychain fails (missing, locked, denied, stuck) the store goes session-only for the rest of the
// run: secrets written afterwards live in memory, and the write handler gets an Error saying so.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr int DefaultWatchdogMs = 10000;

    explicit KeychainSecretStore(QString service = QStringLiteral("tokenbench"),
                                 int watchdogMs = DefaultWatchdogMs, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, ReadHandler handler) override;
    void write(const QString &key, const QString &value, QObject *context,
               WriteHandler handler) override;
    void remove(const QString &key, QObject *context, WriteHandler handler) override;
    bool isSessionOnly() const override;
    QString sessionOnlyReason() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
