#include "Notices.h"

#include <QLabel>
#include <QRegularExpression>

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

QString unbrokenAddresses(const QString &text)
{
    static const QRegularExpression address(QStringLiteral("https?://\\S+"));
    QString out = text;
    QRegularExpressionMatchIterator found = address.globalMatch(text);
    qsizetype shift = 0;
    while (found.hasNext()) {
        const QRegularExpressionMatch match = found.next();
        QString kept = match.captured();
        kept.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
        out.replace(match.capturedStart() + shift, match.capturedLength(), kept);
        shift += kept.size() - match.capturedLength();
    }
    return out;
}

} // namespace Notices
