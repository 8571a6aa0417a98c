#pragma once

#include "auth/TokenDelivery.h"

#include <QCoreApplication>
#include <QStringList>

class QComboBox;

// The token panel's "Send as" box: the header line a token travels in, from a few usual schemes
// plus whatever a profile or a pasted header line brought.
class TokenDeliveryBox
{
    // Its texts are the panel's: they keep the panel's translation context.
    Q_DECLARE_TR_FUNCTIONS(TokenPanel)

public:
    explicit TokenDeliveryBox(QComboBox *box);

    // Fills the box with the usual schemes in the current language, keeping the choice.
    void retranslate();
    TokenDelivery current() const;
    // Adds `delivery` when it is none of those offered.
    void select(const TokenDelivery &delivery);

private:
    static QString label(const TokenDelivery &delivery);
    static QStringList key(const TokenDelivery &delivery);

    QComboBox *m_box;
};
