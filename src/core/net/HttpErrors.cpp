#include "net/HttpErrors.h"

#include "util/Redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

constexpr qsizetype MaxVendorMessage = 200;
constexpr qint64 MaxBodyRead = 64 * 1024;

QString elide(QString text)
{
    text = text.simplified();
    if (text.size() > MaxVendorMessage)
        text = text.left(MaxVendorMessage - 1).trimmed() + QChar(0x2026);
    return text;
}

// Sentences joined so that "a." + "b" reads "a. b" and "a" + "b" reads "a; b".
QString joinSentences(const QStringList &parts)
{
    QString out;
    for (const QString &p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty()) {
            const QChar last = out.back();
            out +=
                (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
                    ? QStringLiteral(" ")
                    : QStringLiteral("; ");
        }
        out += p;
    }
    return out;
}

QJsonValue memberCi(const QJsonObject &object, const QString &name)
{
    const auto exact = object.constFind(name);
    if (exact != object.constEnd())
        return *exact;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue::Undefined;
}

// A string, or the strings of an array (Django's lists of messages, FastAPI's {"msg"} items).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            if (v.isString())
                parts.append(v.toString().trimmed());
            else if (v.isObject()) {
                const QString m = textOf(memberCi(v.toObject(), QStringLiteral("msg")));
                parts.append(m.isEmpty() ? textOf(memberCi(v.toObject(), QStringLiteral("message")))
                                         : m);
            }
        }
        return joinSentences(parts);
    }
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QString m = textOf(memberCi(o, QStringLiteral("message")));
        return m.isEmpty() ? textOf(memberCi(o, QStringLiteral("description"))) : m;
    }
    return {};
}

// {"email": ["This field is required."]} -> "email: This field is required."
QString fieldErrors(const QJsonObject &object)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (!v.isArray() || v.toArray().isEmpty())
            continue;
        bool allStrings = true;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            allStrings = allStrings && item.isString();
        if (!allStrings)
            continue;
        parts.append(it.key() + QLatin1String(": ") + textOf(v));
    }
    return joinSentences(parts);
}

// Qt 6.4's QJsonDocument refuses a top-level scalar, yet ASP.NET answers many errors with a bare
// JSON string ("Invalid API key."): any JSON text is read here, the error offset as in the body.
QJsonValue readJson(const QByteArray &body, QJsonParseError *error)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const QJsonDocument doc = QJsonDocument::fromJson(body, error);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', error);
    if (error->error != QJsonParseError::NoError) {
        error->offset = qMax(0, error->offset - 1);
        return QJsonValue::Undefined;
    }
    return wrapped.array().size() == 1 ? wrapped.array().first() : QJsonValue::Undefined;
}

QString messageFromJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isArray())
        return textOf(value.toArray());
    const QJsonObject o = value.toObject();
    for (const char *key : {"detail", "non_field_errors", "error_description"}) {
        const QString t = textOf(memberCi(o, QString::fromLatin1(key)));
        if (!t.isEmpty())
            return t;
    }
    const QJsonValue error = memberCi(o, QStringLiteral("error"));
    if (!textOf(error).isEmpty())
        return textOf(error);
    for (const char *key : {"message", "error_message", "errorMessage"}) {
        const QString t = textOf(memberCi(o, QString::fromLatin1(key)));
        if (!t.isEmpty())
            return t;
    }
    const QJsonValue errors = memberCi(o, QStringLiteral("errors"));
    const QString title = textOf(memberCi(o, QStringLiteral("title")));
    if (errors.isObject())
        return joinSentences({title, fieldErrors(errors.toObject())});
    if (errors.isArray() && !textOf(errors).isEmpty())
        return joinSentences({title, textOf(errors)});
    if (!title.isEmpty())
        return title;
    return fieldErrors(o);
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray t = contentType.toLower();
    return t.contains("/json") || t.contains("+json");
}

bool looksLikeJson(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray t = body.trimmed();
    return isJsonType(contentType) || t.startsWith('{') || t.startsWith('[') ||
           (t.size() >= 2 && t.startsWith('"') && t.endsWith('"'));
}

QByteArray bodyOf(const HttpResponse &response)
{
    if (!response.body.isEmpty() || response.bodyFile.isEmpty())
        return response.body;
    QFile file(response.bodyFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(MaxBodyRead);
}

QString statusText(const HttpResponse &response)
{
    QString s = QString::number(response.status);
    if (!response.reason.isEmpty())
        s += QLatin1Char(' ') + QString::fromLatin1(response.reason);
    return s;
}

qint64 retryAfterSeconds(const HttpResponse &response)
{
    bool ok = false;
    const qint64 s = response.header("Retry-After").trimmed().toLongLong(&ok);
    return ok ? s : -1;
}

QString detailOf(const HttpResponse &response, const QByteArray &body, const QByteArray &type)
{
    return QStringLiteral("HTTP %1 from %2; %3 bytes of %4: %5")
        .arg(statusText(response), Redactor::url(response.finalUrl))
        .arg(response.bodySize)
        .arg(type.isEmpty() ? QStringLiteral("unknown type") : QString::fromLatin1(type),
             QString::fromUtf8(Redactor::body(body.left(500), type)));
}

} // namespace

namespace HttpErrors {

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("text/html") || type.contains("application/xhtml"))
        return true;
    if (isJsonType(type))
        return false;
    const QByteArray head = body.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") ||
           (head.startsWith('<') &&
            (head.contains("<html") || head.contains("<body") || head.contains("<head")));
}

QString vendorMessage(const QByteArray &body, const QByteArray &contentType)
{
    if (body.trimmed().isEmpty() || looksLikeHtml(body, contentType))
        return {};
    if (looksLikeJson(body, contentType)) {
        QJsonParseError error{};
        const QJsonValue value = readJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        return Redactor::text(elide(messageFromJson(value)));
    }
    const QByteArray type = contentType.toLower();
    if (!type.isEmpty() && !type.startsWith("text/"))
        return {};
    const QString text = QString::fromUtf8(body.left(4096));
    // Binary answers are not words.
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter ||
            (c.category() == QChar::Other_Control && c != QLatin1Char('\n') &&
             c != QLatin1Char('\r') && c != QLatin1Char('\t')))
            return {};
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return Redactor::text(elide(line.trimmed()));
    }
    return {};
}

Error fromResponse(const HttpResponse &response)
{
    const QByteArray body = bodyOf(response);
    const QByteArray type = response.header("Content-Type");
    const QString host = response.finalUrl.host().isEmpty()
                             ? QCoreApplication::translate("HttpErrors", "The server")
                             : response.finalUrl.host();
    const QString status = statusText(response);
    const QString detail = detailOf(response, body, type);
    const int code = response.status;

    Error::Kind kind = Error::Kind::InvalidInput;
    QString summary;
    if (code == 401) {
        kind = Error::Kind::Authentication;
        summary = QCoreApplication::translate("HttpErrors",
                                              "%1 did not accept the credentials (HTTP %2).")
                      .arg(host, status);
    } else if (code == 403) {
        kind = Error::Kind::Permission;
        summary =
            QCoreApplication::translate(
                "HttpErrors", "%1 refused access: the account may lack the permission (HTTP %2).")
                .arg(host, status);
    } else if (code == 404) {
        kind = Error::Kind::NotFound;
        summary = QCoreApplication::translate("HttpErrors", "%1 has nothing at %2 (HTTP %3).")
                      .arg(host, Redactor::text(response.finalUrl.path()), status);
    } else if (code == 408 || code == 504) {
        kind = Error::Kind::Timeout;
        summary = QCoreApplication::translate("HttpErrors",
                                              "%1 gave up waiting (HTTP %2). Try again later.")
                      .arg(host, status);
    } else if (code == 429) {
        // Throttling is the server's state, not a mistake in the request.
        kind = Error::Kind::Server;
        const qint64 after = retryAfterSeconds(response);
        summary =
            after >= 0
                ? QCoreApplication::translate(
                      "HttpErrors",
                      "%1 is limiting requests (HTTP %2); it asks to wait %3 s (Retry-After).")
                      .arg(host, status)
                      .arg(after)
                : QCoreApplication::translate("HttpErrors",
                                              "%1 is limiting requests (HTTP %2). Try again later.")
                      .arg(host, status);
    } else if (code >= 500) {
        kind = Error::Kind::Server;
        summary =
            QCoreApplication::translate("HttpErrors", "%1 had a problem of its own (HTTP %2).")
                .arg(host, status);
    } else if (code >= 400) {
        kind = Error::Kind::InvalidInput;
        summary = QCoreApplication::translate("HttpErrors", "%1 rejected the request (HTTP %2).")
                      .arg(host, status);
    } else {
        // Not an error status: the body was not what the caller could use.
        kind = Error::Kind::Parse;
        summary = QCoreApplication::translate("HttpErrors",
                                              "%1 sent an answer that could not be used (HTTP %2).")
                      .arg(host, status);
    }

    const QString codeName = QStringLiteral("http.%1").arg(code);
    if (looksLikeHtml(body, type)) {
        return Error::make(
            kind, code < 400 ? QStringLiteral("http.html_page") : codeName,
            QCoreApplication::translate(
                "HttpErrors",
                "%1 sent an HTML page (perhaps a login or proxy page) instead of JSON (HTTP %2).")
                .arg(host, status),
            detail);
    }
    if (looksLikeJson(body, type)) {
        QJsonParseError parseError{};
        readJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QString malformed =
                QCoreApplication::translate("HttpErrors", "%1 sent malformed JSON (%2 at byte %3).")
                    .arg(host, parseError.errorString())
                    .arg(parseError.offset);
            return Error::make(kind, code < 400 ? QStringLiteral("http.malformed_json") : codeName,
                               code < 400 ? malformed : joinSentences({summary, malformed}),
                               detail);
        }
    }
    const QString vendor = vendorMessage(body, type);
    if (!vendor.isEmpty()) {
        // The vendor's own words first: they name the actual problem.
        QString message = QCoreApplication::translate("HttpErrors", "%1 (HTTP %2 from %3)")
                              .arg(vendor, status, host);
        if (code == 429 && retryAfterSeconds(response) >= 0)
            message +=
                QLatin1Char(' ') + QCoreApplication::translate("HttpErrors", "Retry after %1 s.")
                                       .arg(retryAfterSeconds(response));
        return Error::make(kind, codeName, message, detail);
    }
    return Error::make(kind, codeName, summary, detail);
}

Result<QJsonObject> jsonObject(const HttpResponse &response)
{
    if (!response.isSuccess())
        return fromResponse(response);
    const QByteArray body = bodyOf(response);
    const QByteArray type = response.header("Content-Type");
    const QString host = response.finalUrl.host();
    if (looksLikeHtml(body, type))
        return fromResponse(response);
    QJsonParseError parseError{};
    const QJsonValue value = readJson(body, &parseError);
    if (body.trimmed().isEmpty() || parseError.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            return Error::make(Error::Kind::Parse, QStringLiteral("http.empty_body"),
                               QCoreApplication::translate(
                                   "HttpErrors", "%1 sent an empty answer where JSON was expected.")
                                   .arg(host),
                               detailOf(response, body, type));
        return Error::make(
            Error::Kind::Parse, QStringLiteral("http.malformed_json"),
            QCoreApplication::translate("HttpErrors", "%1 sent malformed JSON (%2 at byte %3).")
                .arg(host, parseError.errorString())
                .arg(parseError.offset),
            detailOf(response, body, type));
    }
    if (!value.isObject())
        return Error::make(Error::Kind::Parse, QStringLiteral("http.json_not_object"),
                           QCoreApplication::translate(
                               "HttpErrors", "%1 sent JSON of an unexpected shape (not an object).")
                               .arg(host),
                           detailOf(response, body, type));
    return value.toObject();
}

} // namespace HttpErrors
