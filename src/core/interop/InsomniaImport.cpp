#include "interop/InsomniaImport.h"

#include "interop/RequestImport.h"
#include "util/Redactor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(InsomniaImport)
};

QString str(const QJsonValue &v)
{
    return RequestImport::scalarText(v);
}

// "{{ _.base_url }}" (Insomnia's environment) is "{{base_url}}" here.
QString variablesOf(QString text, bool *hasTags)
{
    static const QRegularExpression underscore(
        QStringLiteral("\\{\\{\\s*_\\.([A-Za-z_][\\w.-]*)\\s*\\}\\}"));
    text.replace(underscore, QStringLiteral("{{\\1}}"));
    if (hasTags && text.contains(QLatin1String("{%")))
        *hasTags = true;
    return text;
}

QString typeWords(const QString &type)
{
    if (type == QLatin1String("websocket_request"))
        return Text::tr("a WebSocket request");
    if (type == QLatin1String("grpc_request"))
        return Text::tr("a gRPC request");
    if (type == QLatin1String("api_spec"))
        return Text::tr("the API document");
    if (type == QLatin1String("proto_file"))
        return Text::tr("the proto file");
    if (type == QLatin1String("unit_test_suite"))
        return Text::tr("the test suite");
    return type;
}

class Reader
{
public:
    Result<ImportedCollection> run(const QJsonObject &root)
    {
        m_out.format = QStringLiteral("Insomnia export v4");
        QList<QJsonObject> workspaces;
        for (const QJsonValue &v : root.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QStringLiteral("_type")).toString();
            m_children[o.value(QStringLiteral("parentId")).toString()].append(o);
            if (type == QLatin1String("workspace"))
                workspaces.append(o);
        }
        for (auto it = m_children.begin(); it != m_children.end(); ++it) {
            std::stable_sort(it->begin(), it->end(),
                             [](const QJsonObject &a, const QJsonObject &b) {
                                 return a.value(QStringLiteral("metaSortKey")).toDouble() <
                                        b.value(QStringLiteral("metaSortKey")).toDouble();
                             });
        }
        if (workspaces.isEmpty()) {
            // Requests without a workspace (hand-written exports) hang from no parent.
            walk(QString(), {}, std::nullopt);
        }
        for (const QJsonObject &w : std::as_const(workspaces)) {
            if (m_out.name.isEmpty())
                m_out.name = w.value(QStringLiteral("name")).toString().trimmed();
            const QStringList top = workspaces.size() > 1
                                        ? QStringList{w.value(QStringLiteral("name")).toString()}
                                        : QStringList();
            walk(w.value(QStringLiteral("_id")).toString(), top, std::nullopt);
        }
        if (workspaces.size() > 1)
            m_out.notes.append(Text::tr("The export holds %n workspaces: each request's name "
                                        "starts with its workspace's.",
                                        nullptr, int(workspaces.size())));
        return m_out;
    }

private:
    void walk(const QString &parentId, const QStringList &folder,
              const std::optional<ImportedAuth> &auth)
    {
        // Each parent once: a file whose ids repeat (a folder with its workspace's id) must not
        // walk in circles.
        if (m_walked.contains(parentId))
            return;
        m_walked.insert(parentId);
        for (const QJsonObject &o : m_children.value(parentId)) {
            const QString type = o.value(QStringLiteral("_type")).toString();
            const QString name = o.value(QStringLiteral("name")).toString().trimmed();
            if (type == QLatin1String("request_group")) {
                std::optional<ImportedAuth> inner = auth;
                bool none = false;
                if (const auto own = authOf(o, Text::tr("the folder %1").arg(name), &none))
                    inner = own;
                else if (none)
                    inner.reset();
                environment(o, name);
                walk(o.value(QStringLiteral("_id")).toString(), folder + QStringList{name}, inner);
            } else if (type == QLatin1String("request")) {
                request(o, folder, auth);
            } else if (type == QLatin1String("environment")) {
                environment(o, QString());
            } else if (type == QLatin1String("cookie_jar")) {
                const qsizetype n = o.value(QStringLiteral("cookies")).toArray().size();
                if (n > 0)
                    m_out.notes.append(
                        Text::tr("Not carried: %n cookie(s) of the cookie jar.", nullptr, int(n)));
            } else if (type == QLatin1String("websocket_request") ||
                       type == QLatin1String("grpc_request")) {
                m_out.notes.append(Text::tr("Not carried: \"%1\", %2 (Tokenbench sends HTTP "
                                            "requests only).")
                                       .arg(name, typeWords(type)));
            } else if (!type.isEmpty() && type != QLatin1String("workspace")) {
                const QString shown =
                    name.isEmpty() ? o.value(QStringLiteral("fileName")).toString() : name;
                m_out.notes.append(Text::tr("Not carried: %1 \"%2\".").arg(typeWords(type), shown));
            }
        }
    }

    void environment(const QJsonObject &o, const QString &folder)
    {
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QJsonObject folderData = o.value(QStringLiteral("environment")).toObject();
        if (!folder.isEmpty()) {
            // A folder's own environment: its values apply to the whole profile here.
            addVariables(folderData);
            return;
        }
        // The base environment hangs from the workspace; the ones under it are alternatives
        // (Production, Staging) that a profile does not switch between.
        if (m_baseEnvironment.isEmpty()) {
            m_baseEnvironment = o.value(QStringLiteral("_id")).toString();
            addVariables(data);
            for (const QJsonObject &sub : m_children.value(m_baseEnvironment)) {
                m_out.notes.append(Text::tr("Not carried: the environment \"%1\" (only the base "
                                            "environment is imported; make a profile for each).")
                                       .arg(sub.value(QStringLiteral("name")).toString()));
            }
            return;
        }
        m_out.notes.append(Text::tr("Not carried: the environment \"%1\".").arg(name));
    }

    void addVariables(const QJsonObject &data)
    {
        for (auto it = data.begin(); it != data.end(); ++it) {
            if (it.value().isObject() || it.value().isArray()) {
                m_out.notes.append(Text::tr("Not carried: the environment value %1 (nested "
                                            "values are not variables here).")
                                       .arg(it.key()));
                continue;
            }
            bool tags = false;
            m_out.variables.append({it.key(), variablesOf(str(it.value()), &tags),
                                    Redactor::isSecretField(it.key()), true});
        }
    }

    static std::optional<ImportedAuth> authOf(const QJsonObject &owner, const QString &from,
                                              bool *none)
    {
        *none = false;
        const QJsonObject auth = owner.value(QStringLiteral("authentication")).toObject();
        const QString type = auth.value(QStringLiteral("type")).toString();
        if (type.isEmpty() || auth.value(QStringLiteral("disabled")).toBool(false))
            return std::nullopt;
        if (type == QLatin1String("none")) {
            *none = true;
            return std::nullopt;
        }
        ImportedAuth a;
        a.kind = type;
        a.from = from;
        if (type == QLatin1String("apikey")) {
            a.headerName = auth.value(QStringLiteral("key")).toString();
            a.inQuery =
                auth.value(QStringLiteral("addTo")).toString() == QLatin1String("queryParams");
        }
        return a;
    }

    void request(const QJsonObject &o, const QStringList &folder,
                 const std::optional<ImportedAuth> &inherited)
    {
        ImportedRequest r;
        r.folder = folder;
        r.name = o.value(QStringLiteral("name")).toString().trimmed();
        r.auth = inherited;
        bool none = false;
        if (const auto own = authOf(o, Text::tr("the request"), &none))
            r.auth = own;
        else if (none)
            r.auth.reset();
        bool tags = false;
        RequestDraft &d = r.draft;
        d.method = o.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
        QString note;
        d.url = RequestImport::absoluteUrl(
            variablesOf(o.value(QStringLiteral("url")).toString().trimmed(), &tags), &note);
        if (!note.isEmpty())
            r.notes.append(note);
        for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray()) {
            const QJsonObject row = h.toObject();
            const QString name = row.value(QStringLiteral("name")).toString();
            if (row.value(QStringLiteral("disabled")).toBool(false)) {
                r.notCarried.append(Text::tr("the disabled header %1").arg(name));
                continue;
            }
            if (name.isEmpty())
                continue;
            d.headers.append(
                {name, variablesOf(str(row.value(QStringLiteral("value"))), &tags), true});
        }
        QList<KeyValueRow> query = d.queryRows();
        bool queryChanged = false;
        for (const QJsonValue &p : o.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject row = p.toObject();
            const QString name = row.value(QStringLiteral("name")).toString();
            if (row.value(QStringLiteral("disabled")).toBool(false)) {
                r.notCarried.append(Text::tr("the disabled query parameter %1").arg(name));
                continue;
            }
            query.append({name, variablesOf(str(row.value(QStringLiteral("value"))), &tags), true});
            queryChanged = true;
        }
        if (queryChanged)
            d.setQueryRows(query);
        body(r, o.value(QStringLiteral("body")).toObject(), &tags);
        for (const QString &key :
             {QStringLiteral("preRequestScript"), QStringLiteral("afterResponseScript")}) {
            if (!o.value(key).toString().trimmed().isEmpty())
                r.notCarried.append(
                    Text::tr("its %1 (scripts do not run in Tokenbench)")
                        .arg(RequestImport::scriptWords(key == QLatin1String("preRequestScript")
                                                            ? QStringLiteral("prerequest")
                                                            : QStringLiteral("test"))));
        }
        if (tags)
            r.notCarried.append(Text::tr("Insomnia template tags ({% ... %}): they are kept as "
                                         "text and will not be filled in"));
        m_out.requests.append(r);
    }

    void body(ImportedRequest &r, const QJsonObject &body, bool *tags)
    {
        RequestDraft &d = r.draft;
        const QString mime = body.value(QStringLiteral("mimeType")).toString();
        const QString text = variablesOf(body.value(QStringLiteral("text")).toString(), tags);
        if (body.contains(QStringLiteral("params"))) {
            const bool multipart = mime.startsWith(QLatin1String("multipart/"));
            for (const QJsonValue &p : body.value(QStringLiteral("params")).toArray()) {
                const QJsonObject row = p.toObject();
                const QString name = row.value(QStringLiteral("name")).toString();
                if (row.value(QStringLiteral("disabled")).toBool(false)) {
                    r.notCarried.append(Text::tr("the disabled form field %1").arg(name));
                } else if (row.value(QStringLiteral("type")).toString() == QLatin1String("file")) {
                    r.notCarried.append(
                        Text::tr("the file field %1 (%2): Tokenbench does not send multipart "
                                 "forms")
                            .arg(name, row.value(QStringLiteral("fileName")).toString()));
                } else {
                    d.formFields.append(
                        {name, variablesOf(str(row.value(QStringLiteral("value"))), tags), true});
                }
            }
            d.bodyKind = RequestDraft::BodyKind::Form;
            if (multipart)
                r.notes.append(Text::tr("The multipart form is sent URL-encoded: Tokenbench does "
                                        "not send multipart forms."));
            return;
        }
        if (!body.value(QStringLiteral("fileName")).toString().isEmpty()) {
            d.bodyKind = RequestDraft::BodyKind::File;
            d.bodyFilePath = body.value(QStringLiteral("fileName")).toString();
            if (!mime.isEmpty())
                d.fileContentType = mime;
            r.notes.append(
                Text::tr("The body is the file %1 on this computer.").arg(d.bodyFilePath));
            return;
        }
        if (text.isEmpty())
            return;
        d.bodyText = text;
        if (mime.contains(QLatin1String("json")) || mime == QLatin1String("application/graphql")) {
            d.bodyKind = RequestDraft::BodyKind::Json;
            if (mime == QLatin1String("application/graphql"))
                r.notes.append(
                    Text::tr("The GraphQL query is sent as JSON {\"query\", \"variables\"}."));
        } else {
            d.bodyKind = RequestDraft::BodyKind::Raw;
            d.rawContentType = mime.isEmpty() ? d.header(QStringLiteral("Content-Type"))
                                                    .value_or(QStringLiteral("text/plain"))
                                              : mime;
        }
    }

    ImportedCollection m_out;
    QHash<QString, QList<QJsonObject>> m_children;
    QString m_baseEnvironment;
    QSet<QString> m_walked;
};

} // namespace

namespace InsomniaImport {

Result<ImportedCollection> readExport(const QJsonObject &root)
{
    const int format = root.value(QStringLiteral("__export_format")).toInt();
    if (format != 4) {
        return Error::make(Error::Kind::Parse, QStringLiteral("import.insomnia_format"),
                           Text::tr("This Insomnia export is format %1; Tokenbench reads format "
                                    "4 (Insomnia's \"Export Data\" in JSON or YAML).")
                               .arg(format));
    }
    return Reader().run(root);
}

} // namespace InsomniaImport
