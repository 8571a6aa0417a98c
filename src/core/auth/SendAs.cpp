#include "auth/SendAs.h"

#include <QSettings>

namespace {

QString key(const QUuid &id)
{
    return QStringLiteral("sendAs/") + id.toString(QUuid::WithoutBraces);
}

} // namespace

namespace SendAs {

Token apply(const QSettings &settings, const QUuid &id, Token token)
{
    if (token.delivery().kind == TokenDelivery::Kind::Cookie)
        return token;
    const QStringList chosen = settings.value(key(id)).toStringList();
    if (chosen.size() == 2 && !chosen.first().isEmpty())
        token.setDelivery(TokenDelivery::custom(chosen.at(0), chosen.at(1)));
    return token;
}

void remember(QSettings &settings, const QUuid &id, const TokenDelivery &delivery)
{
    if (id.isNull() || delivery.kind == TokenDelivery::Kind::Cookie)
        return;
    settings.setValue(key(id), QStringList{delivery.headerName, delivery.prefix});
}

} // namespace SendAs
