#include "interop/PostmanImport.h"

#include "interop/RequestImport.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)
};

// What a folder passes on to the requests in it.
struct Inherited
{
    QStringList folder;
    std::optional<ImportedAuth> auth;
    QStringList scripts; // "the folder Users's test script"
};

QString str(const QJsonValue &v)
{
    return RequestImport::scalarText(v);
}

bool disabled(const QJsonObject &o)
{
    return o.value(QStringLiteral("disabled")).toBool(false) ||
           !o.value(QStringLiteral("enabled")).toBool(true);
}

// The scripts of an item's "event" list that hold any code.
QStringList scriptsOf(const QJsonObject &item)
{
    QStringList out;
    // A list of events, or (in some exports) a single one.
    const QJsonValue events = item.value(QStringLiteral("event"));
    const QJsonArray list = events.isObject() ? QJsonArray{events} : events.toArray();
    for (const QJsonValue &e : list) {
        const QJsonObject event = e.toObject();
        const QJsonValue exec =
            event.value(QStringLiteral("script")).toObject().value(QStringLiteral("exec"));
        QString code = exec.isArray() ? QString() : exec.toString();
        for (const QJsonValue &line : exec.toArray())
            code += line.toString();
        if (!code.trimmed().isEmpty())
            out.append(
                RequestImport::scriptWords(event.value(QStringLiteral("listen")).toString()));
    }
    return out;
}

// A parameter of an auth block: v2.1 keeps them as [{key, value}], v2.0 as an object.
QString authParam(const QJsonObject &auth, const QString &type, const QString &key)
{
    const QJsonValue params = auth.value(type);
    if (params.isObject())
        return str(params.toObject().value(key));
    for (const QJsonValue &p : params.toArray()) {
        if (p.toObject().value(QStringLiteral("key")).toString() == key)
            return str(p.toObject().value(QStringLiteral("value")));
    }
    return {};
}

// nullopt with `explicitNone` when the block says "noauth"; nullopt alone when it says nothing
// (inherit).
std::optional<ImportedAuth> authOf(const QJsonObject &owner, const QString &from,
                                   bool *explicitNone)
{
    *explicitNone = false;
    const QJsonValue value = owner.value(QStringLiteral("auth"));
    if (value.isNull() && owner.contains(QStringLiteral("auth"))) {
        *explicitNone = true; // "auth": null is Postman's "No Auth" in older exports
        return std::nullopt;
    }
    const QJsonObject auth = value.toObject();
    const QString type = auth.value(QStringLiteral("type")).toString();
    if (type.isEmpty() || type == QLatin1String("inherit"))
        return std::nullopt;
    if (type == QLatin1String("noauth")) {
        *explicitNone = true;
        return std::nullopt;
    }
    ImportedAuth a;
    a.kind = type;
    a.from = from;
    if (type == QLatin1String("apikey")) {
        a.headerName = authParam(auth, type, QStringLiteral("key"));
        a.inQuery = authParam(auth, type, QStringLiteral("in")) == QLatin1String("query");
    }
    return a;
}

QString languageType(const QString &language)
{
    if (language == QLatin1String("xml"))
        return QStringLiteral("application/xml");
    if (language == QLatin1String("html"))
        return QStringLiteral("text/html");
    if (language == QLatin1String("javascript"))
        return QStringLiteral("application/javascript");
    return QStringLiteral("text/plain");
}

class Reader
{
public:
    ImportedCollection run(const QJsonObject &root)
    {
        const QJsonObject info = root.value(QStringLiteral("info")).toObject();
        const QString schema = info.value(QStringLiteral("schema")).toString();
        m_out.format = schema.contains(QLatin1String("v2.0"))
                           ? QStringLiteral("Postman Collection v2.0")
                           : QStringLiteral("Postman Collection v2.1");
        m_out.name = info.value(QStringLiteral("name"))
                         .toString(root.value(QStringLiteral("name")).toString())
                         .trimmed();
        Inherited top;
        bool none = false;
        top.auth = authOf(root, Text::tr("the collection"), &none);
        for (const QString &script : scriptsOf(root))
            top.scripts.append(Text::tr("the collection's %1").arg(script));
        if (!top.scripts.isEmpty())
            m_out.notes.append(Text::tr("Not carried: %1 (scripts do not run in Tokenbench).")
                                   .arg(top.scripts.join(QStringLiteral(", "))));
        // Collection variables ("variable" in v2.1, "variables" in some v2.0 exports).
        for (const QString &key : {QStringLiteral("variable"), QStringLiteral("variables")}) {
            for (const QJsonValue &v : root.value(key).toArray()) {
                const QJsonObject o = v.toObject();
                const QString name = o.value(QStringLiteral("key"))
                                         .toString(o.value(QStringLiteral("id")).toString());
                if (name.isEmpty())
                    continue;
                m_out.variables.append(
                    {name, str(o.value(QStringLiteral("value"))),
                     o.value(QStringLiteral("type")).toString() == QLatin1String("secret") ||
                         Redactor::isSecretField(name),
                     !disabled(o)});
            }
        }
        items(root.value(QStringLiteral("item")).toArray(), top);
        return m_out;
    }

private:
    void items(const QJsonArray &list, const Inherited &parent)
    {
        for (const QJsonValue &v : list) {
            if (!v.isObject())
                continue; // not an item of any schema: nothing a person made
            const QJsonObject item = v.toObject();
            const QString name = item.value(QStringLiteral("name")).toString().trimmed();
            if (item.contains(QStringLiteral("item")) &&
                !item.contains(QStringLiteral("request"))) {
                Inherited inner = parent;
                inner.folder.append(name);
                bool none = false;
                if (const auto auth = authOf(item, Text::tr("the folder %1").arg(name), &none))
                    inner.auth = auth;
                else if (none)
                    inner.auth.reset();
                for (const QString &script : scriptsOf(item))
                    inner.scripts.append(Text::tr("the folder %1's %2").arg(name, script));
                items(item.value(QStringLiteral("item")).toArray(), inner);
            } else {
                request(item, name, parent);
            }
        }
    }

    void request(const QJsonObject &item, const QString &name, const Inherited &parent)
    {
        ImportedRequest r;
        r.folder = parent.folder;
        r.name = name;
        r.auth = parent.auth;
        RequestDraft &d = r.draft;
        const QJsonValue requestValue = item.value(QStringLiteral("request"));
        // A request may be just its URL (a GET).
        const QJsonObject request = requestValue.toObject();
        const QJsonValue url =
            requestValue.isString() ? requestValue : request.value(QStringLiteral("url"));
        d.method =
            request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
        if (d.method.isEmpty())
            d.method = QStringLiteral("GET");
        setUrl(r, url);
        headers(r, request.value(QStringLiteral("header")));
        body(r, request.value(QStringLiteral("body")).toObject());
        bool none = false;
        if (const auto auth = authOf(request, Text::tr("the request"), &none))
            r.auth = auth;
        else if (none)
            r.auth.reset();
        for (const QString &script : parent.scripts)
            r.notCarried.append(script + Text::tr(" (scripts do not run in Tokenbench)"));
        for (const QString &script : scriptsOf(item))
            r.notCarried.append(Text::tr("its %1 (scripts do not run in Tokenbench)").arg(script));
        dynamicVariables(r);
        const qsizetype examples = item.value(QStringLiteral("response")).toArray().size();
        if (examples > 0)
            r.notCarried.append(Text::tr("%n saved example response(s)", nullptr, int(examples)));
        m_out.requests.append(r);
    }

    // Postman fills {{$guid}}, {{$timestamp}}, {{$randomInt}}... itself; here they would be sent
    // as written.
    static void dynamicVariables(ImportedRequest &r)
    {
        static const QRegularExpression dynamic(
            QStringLiteral("\\{\\{\\s*(\\$[A-Za-z]\\w*)\\s*\\}\\}"));
        QStringList texts{r.draft.url, r.draft.bodyText};
        for (const auto &rows : {r.draft.headers, r.draft.formFields}) {
            for (const KeyValueRow &row : rows)
                texts << row.name << row.value;
        }
        QStringList names;
        for (const QString &text : std::as_const(texts)) {
            auto it = dynamic.globalMatch(text);
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                if (!names.contains(name))
                    names.append(name);
            }
        }
        for (const QString &name : std::as_const(names))
            r.notCarried.append(Text::tr("Postman's dynamic variable {{%1}} (sent as written: "
                                         "Tokenbench does not make up values)")
                                    .arg(name));
    }

    void setUrl(ImportedRequest &r, const QJsonValue &value)
    {
        QString url;
        QList<KeyValueRow> query;
        bool haveQuery = false;
        if (value.isString()) {
            url = value.toString(); // v2.0
        } else {
            const QJsonObject o = value.toObject();
            url = o.value(QStringLiteral("raw")).toString();
            if (url.isEmpty()) {
                const QJsonValue host = o.value(QStringLiteral("host"));
                QStringList hostParts;
                for (const QJsonValue &h : host.toArray())
                    hostParts.append(h.toString());
                QString built =
                    host.isString() ? host.toString() : hostParts.join(QLatin1Char('.'));
                const QString protocol = o.value(QStringLiteral("protocol")).toString();
                if (!protocol.isEmpty())
                    built = protocol + QStringLiteral("://") + built;
                if (!str(o.value(QStringLiteral("port"))).isEmpty())
                    built += QLatin1Char(':') + str(o.value(QStringLiteral("port")));
                const QJsonValue path = o.value(QStringLiteral("path"));
                QStringList parts;
                for (const QJsonValue &p : path.toArray())
                    parts.append(p.isString()
                                     ? p.toString()
                                     : p.toObject().value(QStringLiteral("value")).toString());
                const QString joined =
                    path.isString() ? path.toString() : parts.join(QLatin1Char('/'));
                if (!joined.isEmpty())
                    built +=
                        (joined.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) +
                        joined;
                url = built;
            }
            // The query list is the truth (disabled parameters are in it, not in raw).
            if (o.contains(QStringLiteral("query"))) {
                haveQuery = true;
                for (const QJsonValue &q : o.value(QStringLiteral("query")).toArray()) {
                    const QJsonObject row = q.toObject();
                    const QString key = row.value(QStringLiteral("key")).toString();
                    if (disabled(row)) {
                        r.notCarried.append(Text::tr("the disabled query parameter %1").arg(key));
                        continue;
                    }
                    query.append({key, str(row.value(QStringLiteral("value"))), true});
                }
            }
            // Path variables (":id") have no place in a draft: their values are put in.
            for (const QJsonValue &pv : o.value(QStringLiteral("variable")).toArray()) {
                const QJsonObject var = pv.toObject();
                const QString key = var.value(QStringLiteral("key")).toString();
                if (key.isEmpty())
                    continue;
                const QString given = str(var.value(QStringLiteral("value")));
                const QString filled = given.isEmpty() ? QStringLiteral("{{%1}}").arg(key) : given;
                const QString placeholder = QLatin1Char(':') + key;
                qsizetype at = url.indexOf(placeholder);
                while (at >= 0) {
                    const qsizetype end = at + placeholder.size();
                    if (end == url.size() || QStringLiteral("/?#").contains(url.at(end))) {
                        url.replace(at, placeholder.size(), filled);
                        r.notes.append(Text::tr("The path variable :%1 is written in as %2.")
                                           .arg(key, filled));
                        break;
                    }
                    at = url.indexOf(placeholder, end);
                }
            }
        }
        QString note;
        r.draft.url = RequestImport::absoluteUrl(url.trimmed(), &note);
        if (!note.isEmpty())
            r.notes.append(note);
        if (haveQuery)
            r.draft.setQueryRows(query);
    }

    void headers(ImportedRequest &r, const QJsonValue &value)
    {
        // v2.0 allows the headers as one "Name: value" text.
        if (value.isString()) {
            for (const QString &line : value.toString().split(QLatin1Char('\n'))) {
                const qsizetype colon = line.indexOf(QLatin1Char(':'));
                if (colon > 0)
                    r.draft.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true});
            }
            return;
        }
        for (const QJsonValue &h : value.toArray()) {
            const QJsonObject o = h.toObject();
            const QString key = o.value(QStringLiteral("key")).toString();
            if (disabled(o)) {
                r.notCarried.append(Text::tr("the disabled header %1").arg(key));
                continue;
            }
            r.draft.headers.append({key, str(o.value(QStringLiteral("value"))), true});
        }
    }

    QList<KeyValueRow> formRows(ImportedRequest &r, const QJsonArray &rows, bool multipart)
    {
        QList<KeyValueRow> out;
        for (const QJsonValue &f : rows) {
            const QJsonObject o = f.toObject();
            const QString key = o.value(QStringLiteral("key")).toString();
            if (disabled(o)) {
                r.notCarried.append(Text::tr("the disabled form field %1").arg(key));
                continue;
            }
            if (multipart && o.value(QStringLiteral("type")).toString() == QLatin1String("file")) {
                r.notCarried.append(
                    Text::tr("the file field %1 (%2): Tokenbench does not send multipart forms")
                        .arg(key, str(o.value(QStringLiteral("src")))));
                continue;
            }
            out.append({key, str(o.value(QStringLiteral("value"))), true});
        }
        return out;
    }

    void body(ImportedRequest &r, const QJsonObject &body)
    {
        RequestDraft &d = r.draft;
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (mode.isEmpty())
            return;
        if (body.value(QStringLiteral("disabled")).toBool(false)) {
            r.notCarried.append(Text::tr("the disabled %1 body").arg(mode));
            return;
        }
        const QString contentType = d.header(QStringLiteral("Content-Type")).value_or(QString());
        if (mode == QLatin1String("raw")) {
            const QString text = body.value(QStringLiteral("raw")).toString();
            if (text.isEmpty())
                return;
            const QString language = body.value(QStringLiteral("options"))
                                         .toObject()
                                         .value(QStringLiteral("raw"))
                                         .toObject()
                                         .value(QStringLiteral("language"))
                                         .toString();
            d.bodyText = text;
            if (language == QLatin1String("json") || contentType.contains(QLatin1String("json"))) {
                d.bodyKind = RequestDraft::BodyKind::Json;
            } else {
                d.bodyKind = RequestDraft::BodyKind::Raw;
                d.rawContentType = contentType.isEmpty() ? languageType(language) : contentType;
            }
        } else if (mode == QLatin1String("urlencoded")) {
            d.formFields = formRows(r, body.value(mode).toArray(), false);
            d.bodyKind = RequestDraft::BodyKind::Form;
        } else if (mode == QLatin1String("formdata")) {
            d.formFields = formRows(r, body.value(mode).toArray(), true);
            d.bodyKind = RequestDraft::BodyKind::Form;
            r.notes.append(Text::tr("The multipart form is sent URL-encoded: Tokenbench does not "
                                    "send multipart forms."));
        } else if (mode == QLatin1String("file")) {
            const QString src =
                str(body.value(QStringLiteral("file")).toObject().value(QStringLiteral("src")));
            if (src.isEmpty()) {
                r.notCarried.append(Text::tr("the file body (no file was chosen in Postman)"));
                return;
            }
            d.bodyKind = RequestDraft::BodyKind::File;
            d.bodyFilePath = src;
            if (!contentType.isEmpty())
                d.fileContentType = contentType;
            r.notes.append(Text::tr("The body is the file %1 on this computer.").arg(src));
        } else if (mode == QLatin1String("graphql")) {
            const QJsonObject graphql = body.value(mode).toObject();
            // Sent as GraphQL over HTTP does: {"query": ..., "variables": {...}}. Variables that
            // are not JSON on their own (they hold {{references}} outside strings) stay text.
            const QString query = graphql.value(QStringLiteral("query")).toString();
            const QString variables = graphql.value(QStringLiteral("variables")).toString();
            QJsonObject payload{{QStringLiteral("query"), query}};
            const QJsonDocument parsed = QJsonDocument::fromJson(variables.toUtf8());
            d.bodyKind = RequestDraft::BodyKind::Json;
            if (variables.trimmed().isEmpty() || parsed.isObject()) {
                if (parsed.isObject())
                    payload.insert(QStringLiteral("variables"), parsed.object());
                d.bodyText = QString::fromUtf8(QJsonDocument(payload).toJson());
            } else {
                // The variables hold {{references}} outside strings: JSON only once resolved.
                QString quoted = QString::fromUtf8(
                    QJsonDocument(QJsonArray{query}).toJson(QJsonDocument::Compact));
                quoted = quoted.mid(1, quoted.size() - 2);
                d.bodyText = QStringLiteral("{\n    \"query\": %1,\n    \"variables\": %2\n}\n")
                                 .arg(quoted, variables.trimmed());
            }
            r.notes.append(
                Text::tr("The GraphQL query is sent as JSON {\"query\", \"variables\"}."));
        } else {
            r.notCarried.append(Text::tr("the body of the unknown mode \"%1\"").arg(mode));
        }
    }

    ImportedCollection m_out;
};

} // namespace

namespace PostmanImport {

Result<ImportedCollection> readCollection(const QJsonObject &root)
{
    const QString schema =
        root.value(QStringLiteral("info")).toObject().value(QStringLiteral("schema")).toString();
    if (schema.contains(QLatin1String("/v1.")) ||
        (!root.contains(QStringLiteral("item")) && root.contains(QStringLiteral("requests")))) {
        return Error::make(Error::Kind::Parse, QStringLiteral("import.postman_v1"),
                           Text::tr("This is a Postman Collection v1, which Tokenbench does not "
                                    "read: export it from Postman as Collection v2.1."));
    }
    return Reader().run(root);
}

QList<ImportedVariable> readEnvironment(const QJsonObject &root)
{
    QList<ImportedVariable> out;
    for (const QJsonValue &v : root.value(QStringLiteral("values")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("key")).toString();
        if (name.isEmpty())
            continue;
        out.append({name, str(o.value(QStringLiteral("value"))),
                    o.value(QStringLiteral("type")).toString() == QLatin1String("secret") ||
                        Redactor::isSecretField(name),
                    o.value(QStringLiteral("enabled")).toBool(true)});
    }
    return out;
}

} // namespace PostmanImport
