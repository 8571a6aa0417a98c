#include "secrets/SecretStore.h"

QString SecretStore::key(const QUuid &profile, const QString &field)
{
    return profile.toString(QUuid::WithoutBraces) + QLatin1Char('/') + field;
}
