#include "secrets/MemorySecretStore.h"

#include "secrets/AnswerLater.h"

#include <QPointer>

#include <utility>

MemorySecretStore::MemorySecretStore(QString reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(reason.isEmpty() ? tr("Secrets are kept for this session only (--no-keychain).")
                                : std::move(reason))
{}

// A call without a context is answered as long as the store lives.
void MemorySecretStore::read(const QString &key, QObject *context, ReadHandler handler)
{
    const auto it = m_values.constFind(key);
    std::optional<QString> value;
    if (it != m_values.constEnd())
        value = *it;
    SecretStoreAnswer::later(QPointer<QObject>(context ? context : this), std::move(handler),
                             Result<std::optional<QString>>(std::move(value)));
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context,
                              WriteHandler handler)
{
    m_values.insert(key, value);
    SecretStoreAnswer::later(QPointer<QObject>(context ? context : this), std::move(handler),
                             Result<bool>(true));
}

void MemorySecretStore::remove(const QString &key, QObject *context, WriteHandler handler)
{
    m_values.remove(key);
    SecretStoreAnswer::later(QPointer<QObject>(context ? context : this), std::move(handler),
                             Result<bool>(true));
}
