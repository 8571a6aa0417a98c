#include "TokenDeliveryBox.h"

#include <QComboBox>

TokenDeliveryBox::TokenDeliveryBox(QComboBox *box)
    : m_box(box)
{}

void TokenDeliveryBox::retranslate()
{
    const TokenDelivery selected = current();
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    const QList<TokenDelivery> presets{
        TokenDelivery::bearer(),
        TokenDelivery::jwt(),
        TokenDelivery::uat(),
        TokenDelivery::custom(QStringLiteral("Authorization"), QStringLiteral("Token")),
        TokenDelivery::custom(QStringLiteral("Authorization"), QString()),
        TokenDelivery::custom(QStringLiteral("X-Api-Key"), QString()),
    };
    for (const TokenDelivery &d : presets)
        m_box->addItem(label(d), key(d));
    select(m_box->count() > 0 && selected.headerName.isEmpty() ? TokenDelivery::bearer()
                                                               : selected);
}

// What the box shows is the line that is copied and sent, a session cookie included.
QString TokenDeliveryBox::label(const TokenDelivery &delivery)
{
    if (delivery.kind == TokenDelivery::Kind::Cookie)
        return tr("%1: %2=<token>").arg(delivery.headerName, delivery.cookieName);
    return delivery.prefix.isEmpty()
               ? tr("%1: <token>").arg(delivery.headerName)
               : QStringLiteral("%1: %2 <token>").arg(delivery.headerName, delivery.prefix);
}

QStringList TokenDeliveryBox::key(const TokenDelivery &delivery)
{
    return {delivery.headerName, delivery.prefix, delivery.cookieName};
}

TokenDelivery TokenDeliveryBox::current() const
{
    const QStringList entry = m_box->currentData().toStringList();
    if (entry.size() != 3)
        return TokenDelivery::bearer();
    if (!entry.at(2).isEmpty())
        return TokenDelivery::cookie(entry.at(2));
    return TokenDelivery::custom(entry.at(0), entry.at(1));
}

void TokenDeliveryBox::select(const TokenDelivery &delivery)
{
    const QStringList entry = key(delivery);
    int index = m_box->findData(entry);
    if (index < 0) {
        m_box->addItem(label(delivery), entry);
        index = m_box->count() - 1;
    }
    m_box->setCurrentIndex(index);
}
