#include "history/HistoryScrubber.h"

#include "compose/RequestBuilder.h"
#include "compose/Variables.h"
#include "util/Redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Shorter values learnt from an exchange would mask ordinary words ("id", "1") everywhere.
constexpr qsizetype MinLearntLength = 4;

// Names of Authorization parameters that carry a secret but are not secret field names
// (PS-Auth's "key=...; runas=...; pwd=[...]").
bool isSecretParameter(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == QLatin1String("key") || n == QLatin1String("pwd") || n == QLatin1String("sig") ||
           n == QLatin1String("signature") || Redactor::isSecretField(n);
}

const QRegularExpression &schemePattern()
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*$"));
    return scheme;
}

const QRegularExpression &jsonPairPattern()
{
    // The same shape Redactor masks in JSON that does not parse (cut short, or with {{variables}}).
    static const QRegularExpression pair(
        QStringLiteral(R"re("((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^,}\]\s]+))re"));
    return pair;
}

const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression info(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@"));
    return info;
}

// {{variables}} hold no secret in the draft's text (a secret variable's value lives in the
// keychain), so a value made only of references is kept as typed: "Bearer {{token}}" re-opens as
// it was written.
bool onlyVariables(const QString &value)
{
    return Variables::onlyReferences(value);
}

class Learnt
{
public:
    void add(const QString &value)
    {
        const auto refs = Variables::references(value);
        if (refs.isEmpty()) {
            addLiteral(value);
            return;
        }
        // The literal parts between references may still be secret ("{{user}}:hunter2").
        qsizetype from = 0;
        for (const auto &ref : refs) {
            addLiteral(value.mid(from, ref.start - from));
            from = ref.start + ref.length;
        }
        addLiteral(value.mid(from));
    }

    void addGiven(const QString &value)
    {
        if (!value.isEmpty() && !m_values.contains(value))
            m_values.append(value);
    }

    void addHeader(const QByteArray &name, const QString &value)
    {
        const QByteArray n = name.trimmed().toLower();
        if (n == "cookie") {
            const QStringList cookies = value.split(QLatin1Char(';'));
            for (const QString &c : cookies)
                add(c.mid(c.indexOf(QLatin1Char('=')) + 1));
            return;
        }
        if (n == "set-cookie") {
            const QStringList lines = value.split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QString first = line.section(QLatin1Char(';'), 0, 0);
                add(first.mid(first.indexOf(QLatin1Char('=')) + 1));
            }
            return;
        }
        const QString v = value.trimmed();
        const qsizetype space = v.indexOf(QLatin1Char(' '));
        if (space <= 0 || !schemePattern().match(v.left(space)).hasMatch()) {
            add(v);
            return;
        }
        const QString scheme = v.left(space);
        const QString rest = v.mid(space + 1).trimmed();
        add(rest);
        if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
            const auto decoded = QByteArray::fromBase64Encoding(
                rest.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                const QString pair = QString::fromUtf8(*decoded);
                add(pair);
                add(pair.mid(pair.indexOf(QLatin1Char(':')) + 1));
            }
        }
        static const QRegularExpression separators(QStringLiteral("[;,]"));
        const QStringList parameters = rest.split(separators);
        for (const QString &p : parameters) {
            const qsizetype eq = p.indexOf(QLatin1Char('='));
            if (eq <= 0 || !isSecretParameter(p.left(eq)))
                continue;
            QString parameter = p.mid(eq + 1).trimmed();
            if (parameter.size() >= 2 &&
                ((parameter.startsWith(QLatin1Char('[')) && parameter.endsWith(QLatin1Char(']'))) ||
                 (parameter.startsWith(QLatin1Char('"')) && parameter.endsWith(QLatin1Char('"')))))
                parameter = parameter.mid(1, parameter.size() - 2);
            add(parameter);
        }
    }

    void addHeaders(const HttpHeaders &headers)
    {
        for (const auto &h : headers) {
            if (Redactor::isSecretHeader(h.first))
                addHeader(h.first, QString::fromUtf8(h.second));
        }
    }

    // "a=1&password=x" (a form body, a query or a fragment), encoded.
    void addPairs(const QByteArray &pairs)
    {
        const QList<QByteArray> parts = pairs.split('&');
        for (const QByteArray &part : parts) {
            const qsizetype eq = part.indexOf('=');
            if (eq < 0)
                continue;
            QByteArray key = part.left(eq);
            key.replace('+', ' ');
            if (!Redactor::isSecretField(QString::fromUtf8(QByteArray::fromPercentEncoding(key))))
                continue;
            QByteArray value = part.mid(eq + 1);
            value.replace('+', ' ');
            add(QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
        }
    }

    void addJson(const QJsonValue &value)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const auto &item : array)
                addJson(item);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        // Headers echoed back as {"name": "Authorization", "value": "..."}.
        const QString name = object.value(QStringLiteral("name")).toString();
        if (!name.isEmpty() && Redactor::isSecretHeader(name.toUtf8()))
            addHeader(name.toUtf8(), object.value(QStringLiteral("value")).toString());
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (Redactor::isSecretField(it.key()) ||
                (it.value().isString() && Redactor::isSecretHeader(it.key().toUtf8()))) {
                if (it.value().isString())
                    addHeader(it.key().toUtf8(), it.value().toString());
                else if (it.value().isDouble())
                    add(QString::number(it.value().toDouble(), 'g', 17));
                else
                    addJson(it.value());
            } else {
                addJson(it.value());
            }
        }
    }

    void addBody(const QByteArray &body, const QByteArray &contentType)
    {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty())
            return;
        const QByteArray type = contentType.toLower();
        if (type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[')) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
            if (error.error == QJsonParseError::NoError) {
                addJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
                return;
            }
            const QString source = QString::fromUtf8(trimmed);
            auto it = jsonPairPattern().globalMatch(source);
            while (it.hasNext()) {
                const auto m = it.next();
                if (!Redactor::isSecretField(m.captured(1)))
                    continue;
                QString value = m.captured(2);
                if (value.startsWith(QLatin1Char('"')))
                    value = value.mid(1, value.endsWith(QLatin1Char('"')) ? value.size() - 2 : -1);
                add(value);
            }
            return;
        }
        if (type.contains("x-www-form-urlencoded") || (type.isEmpty() && trimmed.contains('=')))
            addPairs(trimmed);
    }

    const QStringList &values() const { return m_values; }

private:
    void addLiteral(const QString &value)
    {
        const QString v = value.trimmed();
        if (v.size() < MinLearntLength || v.contains(Redactor::Mask) || m_values.contains(v))
            return;
        if (v == QLatin1String("true") || v == QLatin1String("false") || v == QLatin1String("null"))
            return;
        m_values.append(v);
    }

    QStringList m_values;
};

// The forms a secret takes in transit that Redactor::text() does not try itself.
QStringList withEncodings(const QStringList &secrets)
{
    QStringList out;
    const auto add = [&out](const QString &s) {
        if (s.size() >= 3 && !out.contains(s))
            out.append(s);
    };
    for (const QString &s : secrets) {
        add(s);
        const QByteArray utf8 = s.toUtf8();
        if (utf8.size() < 3)
            continue;
        add(QString::fromLatin1(utf8.toBase64()));
        add(QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals)));
        add(QString::fromLatin1(
            utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
        // Inside a longer base64 text ("user:pass" in Basic) the secret starts at any of three
        // byte offsets; the characters that encode only its bytes are the same whatever
        // surrounds it.
        if (utf8.size() >= 8) {
            for (int offset = 0; offset < 3; ++offset) {
                const QByteArray padded = QByteArray(offset, '\0') + utf8;
                const qsizetype first = (8 * offset + 5) / 6;
                const qsizetype end = (8 * padded.size()) / 6;
                for (const auto options :
                     {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                    const QByteArray encoded = padded.toBase64(options);
                    add(QString::fromLatin1(encoded.mid(first, end - first)));
                }
            }
        }
        const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
        const QString escaped = QString::fromUtf8(json.mid(2, json.size() - 4));
        add(escaped);
        add(QString(escaped).replace(QLatin1Char('/'), QLatin1String("\\/")));
        add(QString::fromLatin1(QUrl::toPercentEncoding(s, " "))
                .replace(QLatin1Char(' '), QLatin1Char('+')));
        add(QString::fromLatin1(QUrl::toPercentEncoding(s)).toLower());
    }
    return out;
}

bool isTextual(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    for (const char *t : {"text/", "json", "xml", "javascript", "x-www-form-urlencoded", "html",
                          "yaml", "csv", "graphql"}) {
        if (type.contains(t))
            return true;
    }
    return QString::fromUtf8(body).toUtf8() == body;
}

QByteArray maskBytes(QByteArray bytes, const QStringList &secrets)
{
    QStringList all = secrets;
    for (const QString &s : secrets)
        all.append(QString::fromLatin1(QUrl::toPercentEncoding(s)));
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QByteArray mask = Redactor::Mask.toUtf8();
    for (const QString &s : std::as_const(all)) {
        if (s.size() >= 3)
            bytes.replace(s.toUtf8(), mask);
    }
    return bytes;
}

// Masks the values of secret fields in "a=1&b=2" as typed, encoding and {{variables}} kept.
QString maskTypedPairs(const QString &pairs)
{
    QStringList parts = pairs.split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QByteArray key = part.left(eq).toUtf8();
        key.replace('+', ' ');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(key));
        if (Redactor::isSecretField(name) && !onlyVariables(part.mid(eq + 1)))
            part = part.left(eq + 1) + Redactor::Mask;
    }
    return parts.join(QLatin1Char('&'));
}

QString draftUrl(const QString &url, const QStringList &secrets)
{
    QString out = url;
    out.replace(userInfoPattern(), QStringLiteral("\\1"));
    const qsizetype hash = out.indexOf(QLatin1Char('#'));
    QString fragment = hash >= 0 ? out.mid(hash + 1) : QString();
    QString rest = hash >= 0 ? out.left(hash) : out;
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    if (question >= 0)
        rest = rest.left(question + 1) + maskTypedPairs(rest.mid(question + 1));
    out = hash >= 0 ? rest + QLatin1Char('#') + maskTypedPairs(fragment) : rest;
    return HistoryScrubber::text(out, secrets);
}

// JSON as typed, with the values of secret fields masked and its layout kept, so the composer
// re-opens what the person wrote. Falls back to Redactor's compact form when the textual masking
// would not mask the same (a secret field holding an object, say).
QString draftJson(const QString &text, const QStringList &secrets)
{
    const QString source = text;
    QString masked;
    qsizetype last = 0;
    auto it = jsonPairPattern().globalMatch(source);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!Redactor::isSecretField(m.captured(1)) || m.captured(2) == QLatin1String("null"))
            continue;
        masked += source.mid(last, m.capturedStart(2) - last);
        masked += QLatin1Char('"') + Redactor::Mask + QLatin1Char('"');
        last = m.capturedEnd(2);
    }
    masked += source.mid(last);
    masked = HistoryScrubber::text(masked, secrets);

    const QByteArray strict = HistoryScrubber::body(text.toUtf8(), "application/json", secrets);
    QJsonParseError error{};
    const QJsonDocument original = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return masked;
    const QJsonDocument ours = QJsonDocument::fromJson(masked.toUtf8());
    const QJsonDocument theirs = QJsonDocument::fromJson(strict);
    return !ours.isNull() && ours == theirs ? masked : QString::fromUtf8(strict);
}

HttpHeaders maskHeaders(const HttpHeaders &headers, const QStringList &secrets)
{
    HttpHeaders out = Redactor::headers(headers);
    for (auto &h : out)
        h.second = HistoryScrubber::text(QString::fromUtf8(h.second), secrets).toUtf8();
    return out;
}

struct Slice
{
    QByteArray bytes;
    qint64 size = 0; // of the whole body
};

Slice responseSlice(const HttpResponse &response, qint64 limit)
{
    Slice slice;
    if (!response.bodyFile.isEmpty()) {
        QFile file(response.bodyFile);
        if (file.open(QIODevice::ReadOnly)) {
            slice.bytes = file.read(limit);
            slice.size = std::max(response.bodySize, file.size());
        } else {
            slice.size = response.bodySize;
        }
        return slice;
    }
    slice.bytes = response.body.left(limit);
    slice.size = std::max<qint64>(response.bodySize, response.body.size());
    return slice;
}

// The redacted body, cut at the cap after redacting; true when something was left out.
std::pair<QByteArray, bool> capped(const Slice &slice, const QByteArray &contentType,
                                   const QStringList &secrets, qint64 cap)
{
    if (cap <= 0 || slice.bytes.isEmpty())
        return {{}, slice.size > 0};
    const QByteArray redacted = HistoryScrubber::body(slice.bytes, contentType, secrets);
    if (slice.size <= cap)
        return {redacted, false};
    return {redacted.left(cap), true};
}

QByteArray contentTypeOf(const HttpHeaders &headers)
{
    for (const auto &h : headers) {
        if (h.first.compare("content-type", Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QStringList learn(const RequestDraft &draft, const HttpRequest &sent, const HttpResponse *response,
                  const QByteArray &responseBody, const QByteArray &requestBody,
                  const QStringList &given)
{
    Learnt learnt;
    for (const QString &s : given)
        learnt.addGiven(s);
    for (const auto &h : sent.credential.headers)
        learnt.addHeader(h.first, QString::fromUtf8(h.second));
    for (const auto &c : sent.credential.cookies)
        learnt.add(QString::fromUtf8(c.value()));
    learnt.addHeaders(sent.headers);
    for (const auto &row : draft.headers) {
        if (Redactor::isSecretHeader(row.name.toUtf8()))
            learnt.addHeader(row.name.toUtf8(), row.value);
    }
    learnt.add(sent.url.password(QUrl::FullyDecoded));
    learnt.addPairs(sent.url.query(QUrl::FullyEncoded).toUtf8());
    learnt.addPairs(sent.url.fragment(QUrl::FullyEncoded).toUtf8());
    const auto info = userInfoPattern().match(draft.url);
    if (info.hasMatch()) {
        const QString userInfo = info.captured(0).mid(info.capturedLength(1)).chopped(1);
        learnt.add(userInfo.mid(userInfo.indexOf(QLatin1Char(':')) + 1));
    }
    for (const auto &row : draft.queryRows()) {
        if (Redactor::isSecretField(row.name))
            learnt.add(row.value);
    }
    learnt.addBody(requestBody, contentTypeOf(sent.headers));
    if (draft.bodyKind == RequestDraft::BodyKind::Json ||
        draft.bodyKind == RequestDraft::BodyKind::Raw)
        learnt.addBody(draft.bodyText.toUtf8(), draft.impliedContentType().toUtf8());
    for (const auto &row : draft.formFields) {
        if (Redactor::isSecretField(row.name))
            learnt.add(row.value);
    }
    if (response) {
        learnt.addHeaders(response->headers);
        for (const auto &c : response->cookies)
            learnt.add(QString::fromUtf8(c.value()));
        learnt.addBody(responseBody, response->header("Content-Type"));
    }
    return withEncodings(learnt.values());
}

} // namespace

namespace HistoryScrubber {

QString text(const QString &text, const QStringList &secrets)
{
    return Redactor::text(text, secrets);
}

QByteArray body(const QByteArray &body, const QByteArray &contentType, const QStringList &secrets)
{
    if (body.isEmpty())
        return body;
    if (!isTextual(body, contentType))
        return maskBytes(body, secrets);
    return Redactor::text(QString::fromUtf8(Redactor::body(body, contentType)), secrets).toUtf8();
}

RequestDraft draft(const RequestDraft &source, const QStringList &secrets, qint64 bodyCap)
{
    RequestDraft d = source;
    d.url = draftUrl(source.url, secrets);
    for (auto &row : d.headers) {
        const QByteArray name = row.name.toUtf8();
        if (Redactor::isSecretHeader(name)) {
            const QString v = row.value.trimmed();
            const qsizetype space = v.indexOf(QLatin1Char(' '));
            const QString credential = space > 0 ? v.mid(space + 1) : v;
            if (!onlyVariables(v) && !onlyVariables(credential))
                row.value = QString::fromUtf8(Redactor::headerValue(name, row.value.toUtf8()));
        }
        row.value = text(row.value, secrets);
        row.name = text(row.name, secrets);
    }
    for (auto &row : d.formFields) {
        if (Redactor::isSecretField(row.name) && !onlyVariables(row.value))
            row.value = Redactor::Mask;
        row.value = text(row.value, secrets);
    }
    // A draft's body is kept whole or not at all: a cut one could not be sent again.
    if (bodyCap <= 0 || source.bodyText.toUtf8().size() > bodyCap)
        d.bodyText.clear();
    else if (d.bodyKind == RequestDraft::BodyKind::Json)
        d.bodyText = draftJson(source.bodyText, secrets);
    else if (!d.bodyText.isEmpty())
        d.bodyText = QString::fromUtf8(
            body(source.bodyText.toUtf8(), source.impliedContentType().toUtf8(), secrets));
    d.bodyFilePath = text(d.bodyFilePath, secrets);
    return d;
}

QStringList secretsOf(const RequestDraft &draft, const HttpRequest &sent,
                      const Result<HttpResponse> &outcome, const QStringList &given)
{
    const qint64 limit = qint64(64) * 1024 * 1024;
    const QByteArray responseBody =
        outcome.ok() ? responseSlice(outcome.value(), limit).bytes : QByteArray();
    return learn(draft, sent, outcome.ok() ? &outcome.value() : nullptr, responseBody,
                 sent.body.left(limit), given);
}

HistoryEntry scrub(const QUuid &profileId, const QString &profileName, const RequestDraft &draft,
                   const HttpRequest &sent, const Result<HttpResponse> &outcome,
                   const QStringList &secrets, qint64 bodyCap)
{
    const qint64 limit = std::max<qint64>(bodyCap, 0) + RedactionMargin;
    const HttpResponse *response = outcome.ok() ? &outcome.value() : nullptr;
    const Slice responseBody = response ? responseSlice(*response, limit) : Slice{};
    const Slice requestBody{sent.body.left(limit), sent.body.size()};
    const QStringList all =
        learn(draft, sent, response, responseBody.bytes, requestBody.bytes, secrets);

    HistoryEntry e;
    e.hasDetails = true;
    e.profileId = profileId;
    e.profileName = text(profileName, all);
    e.draft = HistoryScrubber::draft(draft, all, bodyCap);
    e.method = text(QString::fromLatin1(sent.method), all);
    e.url = text(Redactor::url(sent.url), all);

    HttpHeaders requestHeaders;
    if (RequestBuilder::credentialApplies(sent.url, sent.credential)) {
        requestHeaders += sent.credential.headers;
        QByteArrayList cookies;
        for (const auto &c : sent.credential.cookies)
            cookies.append(c.name() + '=' + c.value());
        if (!cookies.isEmpty())
            requestHeaders.append({"Cookie", cookies.join("; ")});
    }
    requestHeaders += sent.headers;
    e.requestHeaders = maskHeaders(requestHeaders, all);
    const QByteArray requestType = contentTypeOf(sent.headers);
    std::tie(e.requestBody, e.requestBodyTruncated) =
        capped(requestBody, requestType, all, bodyCap);

    if (response) {
        e.status = response->status;
        e.elapsedMs = response->elapsedMs;
        e.responseSize = responseBody.size;
        e.responseHeaders = maskHeaders(response->headers, all);
        e.responseContentType = text(QString::fromUtf8(response->header("Content-Type")), all);
        std::tie(e.responseBody, e.responseBodyTruncated) =
            capped(responseBody, response->header("Content-Type"), all, bodyCap);
    } else {
        e.error = text(outcome.error().message, all);
        if (outcome.error().kind == Error::Kind::Cancelled)
            e.status = HistoryEntry::Cancelled;
    }
    e.when = QDateTime::currentDateTimeUtc().addMSecs(-e.elapsedMs);
    return e;
}

} // namespace HistoryScrubber
