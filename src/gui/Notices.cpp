#include "Notices.h"

#include <QLabel>

namespace Notices {

QString warningStyleSheet()
{
    return QStringLiteral("QLabel { background: #fff4e0; color: #6b4100; border: 1px solid "
                          "#e0b060; border-radius: 4px; padding: 4px 8px; }");
}

QLabel *warningLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(warningStyleSheet());
    label->hide();
    return label;
}

} // namespace Notices
