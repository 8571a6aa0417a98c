#include "net/FormEncoding.h"

#include <QUrl>

namespace FormEncoding {

QByteArray component(const QString &text)
{
    return QUrl::toPercentEncoding(text).replace("%20", "+");
}

QByteArray encode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += component(field.first) + '=' + component(field.second);
    }
    return body;
}

} // namespace FormEncoding
