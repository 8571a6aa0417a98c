#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// application/x-www-form-urlencoded as RFC 6749 appendix B asks for client ids and secrets:
// every byte but the unreserved ones percent-encoded, a space as '+'. QUrlQuery is not this: it
// leaves '+' alone (read back as a space) and takes "%41" in a value as already encoded.
namespace FormEncoding {

QByteArray component(const QString &text);
QByteArray encode(const QList<QPair<QString, QString>> &fields);

} // namespace FormEncoding
