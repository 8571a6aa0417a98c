#include "interop/HarImport.h"

#include "util/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HarImport)
};

// Headers the client computes for each send: keeping the browser's would be wrong.
bool computedHeader(const QString &name)
{
    static const QStringList names{
        QStringLiteral("host"),       QStringLiteral("content-length"),
        QStringLiteral("connection"), QStringLiteral("accept-encoding"),
        QStringLiteral("te"),         QStringLiteral("transfer-encoding"),
        QStringLiteral("upgrade"),    QStringLiteral("keep-alive")};
    return names.contains(name.toLower());
}

ImportedRequest entry(const QJsonObject &request)
{
    ImportedRequest r;
    RequestDraft &d = r.draft;
    d.method = request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    d.url = request.value(QStringLiteral("url")).toString();
    const QUrl url(d.url);
    r.name = d.method + QLatin1Char(' ') + url.path(QUrl::FullyDecoded);
    if (url.path().isEmpty())
        r.name += QLatin1Char('/');

    QStringList dropped;
    QStringList computed;
    for (const QJsonValue &h : request.value(QStringLiteral("headers")).toArray()) {
        const QString name = h.toObject().value(QStringLiteral("name")).toString();
        const QString value = h.toObject().value(QStringLiteral("value")).toString();
        if (name.startsWith(QLatin1Char(':')) || computedHeader(name)) {
            if (!computed.contains(name, Qt::CaseInsensitive))
                computed.append(name);
            continue;
        }
        // The browser's session is not the profile's: its credentials stay behind.
        if (Redactor::isSecretHeader(name.toLatin1())) {
            dropped.append(name);
            continue;
        }
        d.headers.append({name, value, true});
    }
    for (const QString &name : std::as_const(dropped))
        r.notCarried.append(Text::tr("the %1 header (the browser's credential; the profile's is "
                                     "sent instead)")
                                .arg(name));
    const qsizetype cookies = request.value(QStringLiteral("cookies")).toArray().size();
    if (cookies > 0)
        r.notCarried.append(Text::tr("%n cookie(s) of the browser", nullptr, int(cookies)));
    if (!computed.isEmpty())
        r.notCarried.append(Text::tr("the headers %1 (set for each send)")
                                .arg(computed.join(QStringLiteral(", "))));

    const QJsonObject post = request.value(QStringLiteral("postData")).toObject();
    const QString mime = post.value(QStringLiteral("mimeType")).toString();
    const QString text = post.value(QStringLiteral("text")).toString();
    const QJsonArray params = post.value(QStringLiteral("params")).toArray();
    const QString type = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (!params.isEmpty() && (text.isEmpty() || type.startsWith(QLatin1String("multipart/")))) {
        for (const QJsonValue &p : params) {
            const QJsonObject o = p.toObject();
            const QString name = o.value(QStringLiteral("name")).toString();
            if (!o.value(QStringLiteral("fileName")).toString().isEmpty()) {
                r.notCarried.append(
                    Text::tr("the file field %1 (%2): Tokenbench does not send multipart forms")
                        .arg(name, o.value(QStringLiteral("fileName")).toString()));
                continue;
            }
            d.formFields.append({name, o.value(QStringLiteral("value")).toString(), true});
        }
        d.bodyKind = RequestDraft::BodyKind::Form;
        if (type.startsWith(QLatin1String("multipart/")))
            r.notes.append(Text::tr("The multipart form is sent URL-encoded: Tokenbench does not "
                                    "send multipart forms."));
    } else if (!text.isEmpty()) {
        d.bodyText = text;
        if (type.contains(QLatin1String("json"))) {
            d.bodyKind = RequestDraft::BodyKind::Json;
        } else {
            d.bodyKind = RequestDraft::BodyKind::Raw;
            d.rawContentType = mime.isEmpty() ? d.header(QStringLiteral("Content-Type"))
                                                    .value_or(QStringLiteral("text/plain"))
                                              : mime;
        }
    }
    return r;
}

} // namespace

namespace HarImport {

Result<ImportedCollection> readLog(const QJsonObject &root, const QString &name)
{
    const QJsonObject log = root.value(QStringLiteral("log")).toObject();
    ImportedCollection out;
    out.format = QStringLiteral("HAR ") +
                 log.value(QStringLiteral("version")).toString(QStringLiteral("1.2"));
    out.name = name;
    int index = 0;
    for (const QJsonValue &e : log.value(QStringLiteral("entries")).toArray()) {
        ++index;
        const QJsonObject request = e.toObject().value(QStringLiteral("request")).toObject();
        const QString url = request.value(QStringLiteral("url")).toString();
        const QString scheme = QUrl(url).scheme().toLower();
        if (url.isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            out.notes.append(Text::tr("Not carried: entry %1 (%2), which is not an HTTP request.")
                                 .arg(index)
                                 .arg(url.isEmpty() ? Text::tr("no URL") : url.left(60)));
            continue;
        }
        out.requests.append(entry(request));
    }
    return out;
}

} // namespace HarImport
