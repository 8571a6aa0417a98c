#include "util/Redactor.h"

#include "net/FormEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Field names compare without case, '_' and '-', so "access_token", "accessToken" and
// "Access-Token" are one name.
QString normalised(QString name)
{
    name = name.toLower();
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char('-'));
    return name;
}

const QSet<QString> &secretFields()
{
    static const QSet<QString> fields = [] {
        QSet<QString> set;
        const char *names[] = {
            "password",      "oldPassword",  "newPassword",      "pwd",       "passwd",
            "client_secret", "access_token", "refresh_token",    "id_token",  "token",
            "auth_token",    "authToken",    "api_key",          "apikey",    "mfaToken",
            "challenge",     "secret",       "client_assertion", "assertion", "code_verifier",
            "session_token", "sessionid"};
        for (const char *n : names)
            set.insert(normalised(QString::fromLatin1(n)));
        return set;
    }();
    return fields;
}

struct SecretRegistry
{
    QMutex mutex;
    QSet<QString> secrets;
    QSet<QByteArray> headers;       // profiles' own credential headers
    QSet<QByteArray> markedHeaders; // what a person marked secret
};

SecretRegistry &registry()
{
    static SecretRegistry r;
    return r;
}

QByteArray maskBytes()
{
    return Redactor::Mask.toLatin1();
}

QJsonValue maskJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Redactor::isSecretField(it.key()) && !it.value().isNull())
                it.value() = Redactor::Mask;
            else
                it.value() = maskJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = maskJson(*it);
        return array;
    }
    return value;
}

// Masks the values of secret fields in "a=1&b=2" (a form body, a query, a fragment).
QByteArray maskPairs(const QByteArray &pairs)
{
    QList<QByteArray> parts = pairs.split('&');
    for (QByteArray &part : parts) {
        const int eq = part.indexOf('=');
        const QByteArray rawKey = eq < 0 ? part : part.left(eq);
        QByteArray key = QByteArray::fromPercentEncoding(rawKey);
        key.replace('+', ' ');
        if (eq >= 0 && Redactor::isSecretField(QString::fromUtf8(key.trimmed())))
            part = rawKey + '=' + maskBytes();
    }
    return parts.join('&');
}

} // namespace

namespace Redactor {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    if (n.isEmpty())
        return false;
    // A server's challenge names a scheme and a realm, and Password Safe's second-factor prompt
    // is read from one: people need them in logs and the history.
    if (n.contains("authenticate"))
        return false;
    static const char *const parts[] = {"auth",   "key",       "token",    "secret", "session",
                                        "cookie", "signature", "password", "passwd", "credential"};
    for (const char *part : parts) {
        if (n.contains(part))
            return true;
    }
    QMutexLocker lock(&registry().mutex);
    return registry().headers.contains(n) || registry().markedHeaders.contains(n);
}

void markSecretHeader(const QByteArray &name)
{
    const QByteArray n = name.trimmed().toLower();
    if (n.isEmpty())
        return;
    QMutexLocker lock(&registry().mutex);
    registry().headers.insert(n);
}

void setMarkedSecretHeaders(const QStringList &names)
{
    QSet<QByteArray> marked;
    for (const QString &name : names) {
        const QByteArray n = name.trimmed().toLower().toLatin1();
        if (!n.isEmpty())
            marked.insert(n);
    }
    QMutexLocker lock(&registry().mutex);
    registry().markedHeaders = marked;
}

bool isSecretField(const QString &name)
{
    return secretFields().contains(normalised(name.trimmed()));
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return text(QString::fromUtf8(value)).toUtf8();
    const QByteArray n = name.trimmed().toLower();
    if (n == "cookie") {
        // Keep the names: "ASP.NET_SessionId=[redacted]" still tells which session was sent.
        QList<QByteArray> cookies = value.split(';');
        for (QByteArray &c : cookies) {
            const int eq = c.indexOf('=');
            c = (eq < 0 ? c : c.left(eq)) + '=' + maskBytes();
        }
        return cookies.join(';');
    }
    if (n == "set-cookie") {
        // Name and attributes stay; the value goes. Several cookies may be joined by '\n'.
        QList<QByteArray> lines = value.split('\n');
        for (QByteArray &line : lines) {
            const int eq = line.indexOf('=');
            const int semi = line.indexOf(';');
            line = (eq < 0 ? line : line.left(eq)) + '=' + maskBytes() +
                   (semi > eq && eq >= 0 ? line.mid(semi) : QByteArray());
        }
        return lines.join('\n');
    }
    if (n == "authorization" || n == "proxy-authorization") {
        // The scheme is not secret and helps reading a log: "Bearer [redacted]".
        const QByteArray v = value.trimmed();
        const int space = v.indexOf(' ');
        if (space > 0) {
            static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*$"));
            const QString s = QString::fromLatin1(v.left(space));
            if (scheme.match(s).hasMatch())
                return v.left(space) + ' ' + maskBytes();
        }
        return maskBytes();
    }
    return maskBytes();
}

HttpHeaders headers(const HttpHeaders &headers)
{
    HttpHeaders out;
    out.reserve(headers.size());
    for (const auto &h : headers)
        out.append({h.first, headerValue(h.first, h.second)});
    return out;
}

QString url(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString out = clean.toString(QUrl::FullyEncoded);
    if (url.hasQuery())
        out +=
            QLatin1Char('?') + QString::fromUtf8(maskPairs(url.query(QUrl::FullyEncoded).toUtf8()));
    if (url.hasFragment())
        out += QLatin1Char('#') +
               QString::fromUtf8(maskPairs(url.fragment(QUrl::FullyEncoded).toUtf8()));
    return text(out);
}

QByteArray body(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    const bool jsonish =
        type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[');
    if (jsonish) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError) {
            const QJsonValue masked =
                maskJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
            const QJsonDocument out = masked.isObject() ? QJsonDocument(masked.toObject())
                                                        : QJsonDocument(masked.toArray());
            return text(QString::fromUtf8(out.toJson(QJsonDocument::Compact))).toUtf8();
        }
        // Not valid JSON (perhaps cut short): mask "key": "value" pairs textually.
        static const QRegularExpression pair(
            QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^,}\]\s]+))re"));
        const QString source = QString::fromUtf8(body);
        QString out;
        qsizetype last = 0;
        auto it = pair.globalMatch(source);
        while (it.hasNext()) {
            const auto m = it.next();
            if (!isSecretField(m.captured(1)))
                continue;
            out += source.mid(last, m.capturedStart(2) - last);
            out += QLatin1Char('"') + Mask + QLatin1Char('"');
            last = m.capturedEnd(2);
        }
        out += source.mid(last);
        return text(out).toUtf8();
    }
    if (type.contains("x-www-form-urlencoded") ||
        (type.isEmpty() && !trimmed.contains(' ') && trimmed.contains('=')))
        return text(QString::fromUtf8(maskPairs(trimmed))).toUtf8();
    return text(QString::fromUtf8(body)).toUtf8();
}

bool holdsSecret(const QByteArray &body, const QByteArray &contentType, const QStringList &secrets)
{
    if (body.isEmpty())
        return false;
    const QString masked = text(QString::fromUtf8(Redactor::body(body, contentType)), secrets);
    return masked.count(Mask) > QString::fromUtf8(body).count(Mask);
}

QString text(QString text, const QStringList &secrets)
{
    QStringList all;
    {
        QMutexLocker lock(&registry().mutex);
        all = QStringList(registry().secrets.cbegin(), registry().secrets.cend());
    }
    for (const QString &s : secrets) {
        // Given secrets are masked from 3 characters on; shorter would mangle ordinary words.
        if (s.size() >= 3)
            all.append(s);
    }
    if (all.isEmpty() || text.isEmpty())
        return text;
    // Encoded forms too: a password travels percent-encoded in URLs, and in forms with a space
    // as '+'.
    const int count = int(all.size());
    for (int i = 0; i < count; ++i) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(all.at(i)));
        if (encoded != all.at(i))
            all.append(encoded);
        const QString form = QString::fromLatin1(FormEncoding::component(all.at(i)));
        if (form != encoded && form != all.at(i))
            all.append(form);
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &s : qAsConst(all))
        text.replace(s, Mask);
    return text;
}

void registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&registry().mutex);
    registry().secrets.insert(secret);
}

void forgetSecret(const QString &secret)
{
    QMutexLocker lock(&registry().mutex);
    registry().secrets.remove(secret);
}

QStringList registeredIn(const QString &text)
{
    QStringList found;
    {
        QMutexLocker lock(&registry().mutex);
        for (const QString &s : std::as_const(registry().secrets)) {
            if (text.contains(s))
                found.append(s);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return found;
}

} // namespace Redactor
