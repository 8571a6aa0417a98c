#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QString>

// Secrets in memory for this run only.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QString reason = {}, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadHandler handler) override;
    void write(const QString &key, const QString &value, QObject *context,
               WriteHandler handler) override;
    void remove(const QString &key, QObject *context, WriteHandler handler) override;
    bool isSessionOnly() const override { return true; }
    QString sessionOnlyReason() const override { return m_reason; }

private:
    QHash<QString, QString> m_values;
    QString m_reason;
};
