#include "explorer/SpecParser.h"

#include "explorer/OrderedJson.h"
#include "explorer/OrderedMap.h"
#include "explorer/YamlDocument.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SpecParser)
};

const QStringList &httpMethods()
{
    static const QStringList methods{QStringLiteral("get"),     QStringLiteral("put"),
                                     QStringLiteral("post"),    QStringLiteral("delete"),
                                     QStringLiteral("options"), QStringLiteral("head"),
                                     QStringLiteral("patch"),   QStringLiteral("trace")};
    return methods;
}

QString str(const QCborMap &map, const char *key)
{
    const QCborValue v = map.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

QString typeName(const QCborValue &v)
{
    if (v.isMap())
        return Text::tr("an object");
    if (v.isArray())
        return Text::tr("a list");
    if (v.isString())
        return Text::tr("a string");
    if (v.isInteger() || v.isDouble())
        return Text::tr("a number");
    if (v.isBool())
        return Text::tr("a boolean");
    return Text::tr("nothing");
}

QString unescapePointer(QString token)
{
    token = QUrl::fromPercentEncoding(token.toUtf8());
    token.replace(QLatin1String("~1"), QLatin1String("/"));
    token.replace(QLatin1String("~0"), QLatin1String("~"));
    return token;
}

// The first JSON-like type, else a form, else the first the document lists.
QString preferredContentType(const QStringList &types)
{
    for (const QString &t : types)
        if (t.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0)
            return t;
    for (const QString &t : types)
        if (t.contains(QLatin1String("json"), Qt::CaseInsensitive))
            return t;
    for (const QString &t : types)
        if (t.startsWith(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive))
            return t;
    for (const QString &t : types)
        if (t.startsWith(QLatin1String("multipart/form-data"), Qt::CaseInsensitive))
            return t;
    return types.value(0);
}

QStringList stringList(const QCborValue &v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QCborValue &item : v.toArray())
            if (item.isString())
                out.append(item.toString());
    } else if (v.isString()) {
        out.append(v.toString());
    }
    return out;
}

// The first example among OpenAPI 3's named "examples" ({name: {value}}), $refs followed.
QCborValue firstNamedExample(SpecParser::RefResolver &refs, const QCborValue &examples)
{
    if (!examples.isMap())
        return {};
    const QCborMap map = examples.toMap();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const auto example = refs.deref(it.value());
        if (example && example->isMap() && example->toMap().contains(QLatin1String("value")))
            return example->toMap().value(QLatin1String("value"));
    }
    return {};
}

class Indexer
{
public:
    Indexer(ApiSpec &spec, const SpecParser::Limits &limits)
        : m_spec(spec)
        , m_limits(limits)
        , m_refs(spec.root, limits.maxRefHops)
    {}

    bool cancelled() const
    {
        return m_limits.cancel && m_limits.cancel->load(std::memory_order_relaxed);
    }

    // False when cancelled on the way.
    bool indexPaths(const QCborMap &paths)
    {
        qsizetype n = 0;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            if (++n % 256 == 0 && cancelled())
                return false;
            const QString path = it.key().toString();
            const auto item = m_refs.deref(it.value());
            if (!item) {
                m_spec.problems.append(Text::tr("%1: %2").arg(path, item.error().message));
                continue;
            }
            if (!item->isMap()) {
                m_spec.problems.append(Text::tr("%1: a path must be an object, not %2.")
                                           .arg(path, typeName(item.value())));
                continue;
            }
            const QCborMap pathItem = item->toMap();
            for (const QString &method : httpMethods()) {
                const QCborValue op = pathItem.value(method);
                if (op.isUndefined())
                    continue;
                if (!op.isMap()) {
                    m_spec.problems.append(
                        Text::tr("%1 %2: an operation must be an object, not %3.")
                            .arg(method.toUpper(), path, typeName(op)));
                    continue;
                }
                m_spec.operations.append(operation(
                    method, path, pathItem.value(QLatin1String("parameters")), op.toMap()));
            }
        }
        return true;
    }

private:
    ApiOperation operation(const QString &method, const QString &path,
                           const QCborValue &pathParameters, const QCborMap &op)
    {
        ApiOperation o;
        o.method = method.toUpper();
        o.path = path;
        o.operationId = str(op, "operationId");
        o.summary = str(op, "summary");
        o.description = str(op, "description");
        o.deprecated = op.value(QLatin1String("deprecated")).toBool(false);
        o.tags = stringList(op.value(QLatin1String("tags")));
        for (const QString &tag : std::as_const(o.tags)) {
            if (!m_tagsSeen.contains(tag)) {
                m_tagsSeen.insert(tag);
                m_spec.tags.append(tag);
            }
        }

        QList<QCborValue> rawParameters;
        for (const QCborValue &list : {pathParameters, op.value(QLatin1String("parameters"))}) {
            if (list.isUndefined() || list.isNull())
                continue;
            if (!list.isArray()) {
                o.problems.append(
                    Text::tr("\"parameters\" must be a list, not %1.").arg(typeName(list)));
                continue;
            }
            for (const QCborValue &p : list.toArray())
                rawParameters.append(p);
        }
        QList<std::pair<QString, QCborValue>> formSchemaProperties;
        QCborArray formRequired;
        // Where each parameter is, by place and name: an operation's own replaces the path's.
        QHash<QString, qsizetype> placed;
        for (const QCborValue &raw : std::as_const(rawParameters)) {
            const auto resolved = m_refs.deref(raw);
            if (!resolved) {
                o.problems.append(resolved.error().message);
                continue;
            }
            if (!resolved->isMap()) {
                o.problems.append(Text::tr("A parameter must be an object, not %1.")
                                      .arg(typeName(resolved.value())));
                continue;
            }
            const QCborMap p = resolved->toMap();
            const QString in = str(p, "in");
            const QString name = str(p, "name");
            if (in == QLatin1String("body")) {
                o.requestSchema = p.value(QLatin1String("schema"));
                o.requestBodyRequired = p.value(QLatin1String("required")).toBool(false);
                continue;
            }
            if (in == QLatin1String("formData")) {
                formSchemaProperties.append({name, swaggerSchemaOf(p)});
                if (p.value(QLatin1String("required")).toBool(false))
                    formRequired.append(name);
                continue;
            }
            if (name.isEmpty() || in.isEmpty()) {
                o.problems.append(Text::tr("A parameter has no \"name\" or no \"in\"."));
                continue;
            }
            ApiParameter param;
            param.name = name;
            param.in = in;
            param.required =
                in == QLatin1String("path") || p.value(QLatin1String("required")).toBool(false);
            param.deprecated = p.value(QLatin1String("deprecated")).toBool(false);
            param.description = str(p, "description");
            param.schema = m_spec.kind == ApiSpec::Kind::Swagger2
                               ? swaggerSchemaOf(p)
                               : p.value(QLatin1String("schema"));
            param.example = p.value(QLatin1String("example"));
            if (param.example.isUndefined())
                param.example = firstNamedExample(m_refs, p.value(QLatin1String("examples")));
            // An operation's own parameter replaces the path item's of the same name and place.
            const QString place = param.in + QLatin1Char('\n') + param.name;
            const auto existing = placed.constFind(place);
            if (existing != placed.cend()) {
                o.parameters[*existing] = param;
            } else {
                placed.insert(place, o.parameters.size());
                o.parameters.append(param);
            }
        }

        if (m_spec.kind == ApiSpec::Kind::Swagger2) {
            QStringList consumes = stringList(op.value(QLatin1String("consumes")));
            if (consumes.isEmpty())
                consumes = stringList(m_spec.root.value(QLatin1String("consumes")));
            if (!formSchemaProperties.isEmpty()) {
                QCborMap schema;
                schema.insert(QLatin1String("type"), QLatin1String("object"));
                schema.insert(QLatin1String("properties"),
                              OrderedMapBuilder::mapOf(formSchemaProperties));
                if (!formRequired.isEmpty())
                    schema.insert(QLatin1String("required"), formRequired);
                o.requestSchema = schema;
                o.requestBodyRequired = !formRequired.isEmpty();
                QStringList forms;
                for (const QString &t : std::as_const(consumes))
                    if (t.contains(QLatin1String("form"), Qt::CaseInsensitive))
                        forms.append(t);
                o.requestContentTypes =
                    forms.isEmpty()
                        ? QStringList{QStringLiteral("application/x-www-form-urlencoded")}
                        : forms;
            } else if (!o.requestSchema.isUndefined()) {
                o.requestContentTypes =
                    consumes.isEmpty() ? QStringList{QStringLiteral("application/json")} : consumes;
            }
            o.requestContentType = preferredContentType(o.requestContentTypes);
        } else {
            requestBody(o, op.value(QLatin1String("requestBody")));
        }

        responses(o, op);
        for (const QString &problem : std::as_const(o.problems))
            m_spec.problems.append(Text::tr("%1 %2: %3").arg(o.method, o.path, problem));
        return o;
    }

    // Swagger 2.0 non-body parameters carry their schema keywords themselves.
    static QCborValue swaggerSchemaOf(const QCborMap &p)
    {
        if (p.contains(QLatin1String("schema")))
            return p.value(QLatin1String("schema"));
        QCborMap schema;
        static const char *const keys[] = {"type",    "format",  "items",   "enum",    "default",
                                           "example", "minimum", "maximum", "pattern", "x-example"};
        for (const char *key : keys) {
            const QCborValue v = p.value(QLatin1String(key));
            if (!v.isUndefined())
                schema.insert(QLatin1String(key), v);
        }
        return schema;
    }

    void requestBody(ApiOperation &o, const QCborValue &raw)
    {
        if (raw.isUndefined())
            return;
        const auto body = m_refs.deref(raw);
        if (!body) {
            o.problems.append(body.error().message);
            return;
        }
        if (!body->isMap()) {
            o.problems.append(
                Text::tr("\"requestBody\" must be an object, not %1.").arg(typeName(body.value())));
            return;
        }
        o.requestBodyRequired = body->toMap().value(QLatin1String("required")).toBool(false);
        const QCborValue content = body->toMap().value(QLatin1String("content"));
        if (!content.isMap())
            return;
        const QCborMap contentMap = content.toMap();
        for (auto it = contentMap.begin(); it != contentMap.end(); ++it)
            o.requestContentTypes.append(it.key().toString());
        o.requestContentType = preferredContentType(o.requestContentTypes);
        const QCborValue media = contentMap.value(o.requestContentType);
        if (!media.isMap())
            return;
        const QCborMap mediaMap = media.toMap();
        o.requestSchema = mediaMap.value(QLatin1String("schema"));
        if (o.requestSchema.isUndefined())
            o.requestSchema = QCborMap{};
        o.requestExample = mediaMap.value(QLatin1String("example"));
        if (o.requestExample.isUndefined())
            o.requestExample = firstNamedExample(m_refs, mediaMap.value(QLatin1String("examples")));
    }

    void responses(ApiOperation &o, const QCborMap &op)
    {
        const QCborValue raw = op.value(QLatin1String("responses"));
        if (raw.isUndefined())
            return;
        if (!raw.isMap()) {
            o.problems.append(
                Text::tr("\"responses\" must be an object, not %1.").arg(typeName(raw)));
            return;
        }
        QStringList produces = stringList(op.value(QLatin1String("produces")));
        if (produces.isEmpty())
            produces = stringList(m_spec.root.value(QLatin1String("produces")));
        const QCborMap map = raw.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            ApiResponse r;
            r.status =
                it.key().isString() ? it.key().toString() : OrderedJson::scalarText(it.key());
            const auto resolved = m_refs.deref(it.value());
            if (!resolved) {
                o.problems.append(resolved.error().message);
                continue;
            }
            const QCborMap response = resolved->toMap();
            r.description = str(response, "description");
            const QCborValue content = response.value(QLatin1String("content"));
            if (content.isMap()) {
                const QCborMap contentMap = content.toMap();
                for (auto c = contentMap.begin(); c != contentMap.end(); ++c)
                    r.contentTypes.append(c.key().toString());
            } else if (response.contains(QLatin1String("schema"))) {
                r.contentTypes = produces;
            }
            o.responses.append(r);
        }
    }

    ApiSpec &m_spec;
    SpecParser::Limits m_limits;
    SpecParser::RefResolver m_refs;
    QSet<QString> m_tagsSeen;

public:
    void declareTags()
    {
        const QCborValue tags = m_spec.root.value(QLatin1String("tags"));
        if (!tags.isArray())
            return;
        for (const QCborValue &tag : tags.toArray()) {
            const QString name = str(tag.toMap(), "name");
            if (name.isEmpty() || m_tagsSeen.contains(name))
                continue;
            m_tagsSeen.insert(name);
            m_spec.tags.append(name);
            m_spec.tagDescriptions.insert(name, str(tag.toMap(), "description"));
        }
    }
};

QString serverBasePath(const QCborMap &root)
{
    const QCborValue servers = root.value(QLatin1String("servers"));
    if (!servers.isArray() || servers.toArray().isEmpty())
        return {};
    const QCborMap server = servers.toArray().at(0).toMap();
    QString url = str(server, "url");
    // Server variables ("{basePath}") stand for their defaults.
    const QCborMap variables = server.value(QLatin1String("variables")).toMap();
    for (auto it = variables.begin(); it != variables.end(); ++it) {
        url.replace(QLatin1Char('{') + it.key().toString() + QLatin1Char('}'),
                    str(it.value().toMap(), "default"));
    }
    const QString path = QUrl(url).path();
    return path == QLatin1String("/") ? QString() : path;
}

} // namespace

QString ApiOperation::searchText() const
{
    return path + QLatin1Char('\n') + summary + QLatin1Char('\n') + operationId;
}

QString ApiSpec::kindName() const
{
    return kind == Kind::Swagger2 ? QStringLiteral("Swagger %1").arg(specVersion)
                                  : QStringLiteral("OpenAPI %1").arg(specVersion);
}

void ApiSpec::indexTags()
{
    operationsByTag.clear();
    for (int i = 0; i < operations.size(); ++i) {
        const QStringList &t = operations.at(i).tags;
        if (t.isEmpty())
            operationsByTag[QString()].append(i);
        QSet<QString> once;
        for (const QString &tag : t) {
            if (!tag.isEmpty() && !once.contains(tag)) {
                once.insert(tag);
                operationsByTag[tag].append(i);
            }
        }
    }
    tagsIndexed = true;
}

QList<int> ApiSpec::operationsTagged(const QString &tag) const
{
    if (tagsIndexed)
        return operationsByTag.value(tag);
    QList<int> out;
    for (int i = 0; i < operations.size(); ++i) {
        const QStringList &t = operations.at(i).tags;
        if (tag.isEmpty() ? t.isEmpty() : t.contains(tag))
            out.append(i);
    }
    return out;
}

const ApiOperation *ApiSpec::find(const QString &method, const QString &path) const
{
    for (const ApiOperation &op : operations)
        if (op.method.compare(method, Qt::CaseInsensitive) == 0 && op.path == path)
            return &op;
    return nullptr;
}

namespace SpecParser {

RefResolver::RefResolver(const QCborMap &root, int maxHops)
    : m_root(root)
    , m_maxHops(maxHops)
{}

QCborValue RefResolver::member(const QString &path, const QCborMap &map, const QString &key)
{
    // A small map is quicker looked through than indexed.
    if (map.size() <= 32)
        return map.value(key);
    auto it = m_maps.find(path);
    if (it == m_maps.end()) {
        QHash<QString, QCborValue> index;
        index.reserve(map.size());
        for (auto m = map.begin(); m != map.end(); ++m) {
            // The first of a repeated key, as QCborMap::value() finds it.
            const QString name = m.key().toString();
            if (!index.contains(name))
                index.insert(name, m.value());
        }
        it = m_maps.insert(path, index);
    }
    return it->value(key, QCborValue(QCborValue::Undefined));
}

Result<QCborValue> RefResolver::resolve(const QString &ref)
{
    if (const auto known = m_resolved.constFind(ref); known != m_resolved.cend())
        return *known;
    QSet<QString> seen;
    QString current = ref;
    for (int hop = 0; hop <= m_maxHops; ++hop) {
        if (seen.contains(current)) {
            return Error::make(Error::Kind::Parse, QStringLiteral("explorer.ref_cycle"),
                               Text::tr("The reference \"%1\" leads back to itself.").arg(ref));
        }
        seen.insert(current);
        if (!current.startsWith(QLatin1Char('#'))) {
            return Error::make(
                Error::Kind::Parse, QStringLiteral("explorer.ref_external"),
                Text::tr("The reference \"%1\" points into another document, which is not "
                         "fetched.")
                    .arg(current));
        }
        QCborValue node = m_root;
        QString path = QStringLiteral("#");
        const QStringList tokens = current.mid(1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &raw : tokens) {
            const QString token = unescapePointer(raw);
            if (node.isMap()) {
                node = member(path, node.toMap(), token);
            } else if (node.isArray()) {
                bool ok = false;
                const qsizetype index = token.toLongLong(&ok);
                if (!ok || index < 0 || index >= node.toArray().size())
                    node = QCborValue();
                else
                    node = node.toArray().at(index);
            } else {
                node = QCborValue();
            }
            path += QLatin1Char('/') + raw;
            if (node.isUndefined()) {
                return Error::make(
                    Error::Kind::Parse, QStringLiteral("explorer.ref_missing"),
                    Text::tr("The reference \"%1\" names nothing in this document.").arg(current));
            }
        }
        if (node.isMap() && node.toMap().value(QLatin1String("$ref")).isString()) {
            current = node.toMap().value(QLatin1String("$ref")).toString();
            continue;
        }
        m_resolved.insert(ref, node);
        return node;
    }
    return Error::make(Error::Kind::Parse, QStringLiteral("explorer.ref_cycle"),
                       Text::tr("The reference \"%1\" goes through too many others.").arg(ref));
}

Result<QCborValue> RefResolver::deref(const QCborValue &value)
{
    if (value.isMap()) {
        const QCborValue ref = value.toMap().value(QLatin1String("$ref"));
        if (ref.isString())
            return resolve(ref.toString());
    }
    return value;
}

Result<QCborValue> resolveRef(const QCborMap &root, const QString &ref, int maxHops)
{
    return RefResolver(root, maxHops).resolve(ref);
}

Result<QCborValue> deref(const QCborMap &root, const QCborValue &value, int maxHops)
{
    return RefResolver(root, maxHops).deref(value);
}

Result<QCborValue> parseTree(const QByteArray &input, const Limits &limits)
{
    if (input.size() > limits.maxBytes) {
        return Error::make(Error::Kind::Parse, QStringLiteral("explorer.too_large"),
                           Text::tr("This document is larger than %1 MB, which is refused.")
                               .arg(limits.maxBytes / (1024 * 1024)));
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    qsizetype first = 0;
    while (first < bytes.size() && QChar::isSpace(uchar(bytes.at(first))))
        ++first;
    if (first == bytes.size()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("explorer.empty"),
                           Text::tr("The document is empty."));
    }
    if (bytes.contains('\0')) {
        return Error::make(Error::Kind::Parse, QStringLiteral("explorer.binary"),
                           Text::tr("This is not a JSON or YAML document: it holds binary data."));
    }
    if (bytes.at(first) == '{' || bytes.at(first) == '[')
        return OrderedJson::parse(
            bytes, {limits.maxDepth, limits.maxNodes, limits.maxMembers, limits.cancel});
    return YamlDocument::parse(
        bytes, {limits.maxDepth, limits.maxNodes, limits.maxMembers, limits.cancel});
}

Result<ApiSpec> fromTree(const QCborValue &tree, const Limits &limits)
{
    if (!tree.isMap()) {
        return Error::make(Error::Kind::Parse, QStringLiteral("explorer.not_a_document"),
                           Text::tr("This is not an OpenAPI or Swagger document: its top level is "
                                    "%1, not an object.")
                               .arg(typeName(tree)));
    }
    ApiSpec spec;
    spec.root = tree.toMap();
    const QCborValue swagger = spec.root.value(QLatin1String("swagger"));
    const QCborValue openapi = spec.root.value(QLatin1String("openapi"));
    if (!swagger.isUndefined()) {
        spec.kind = ApiSpec::Kind::Swagger2;
        spec.specVersion = OrderedJson::scalarText(swagger);
        if (spec.specVersion != QLatin1String("2.0") && spec.specVersion != QLatin1String("2")) {
            return Error::make(Error::Kind::Parse, QStringLiteral("explorer.unsupported_version"),
                               Text::tr("Swagger %1 is not supported; Swagger 2.0 and OpenAPI 3 "
                                        "are.")
                                   .arg(spec.specVersion));
        }
        spec.specVersion = QStringLiteral("2.0");
        spec.basePath = str(spec.root, "basePath");
        if (spec.basePath == QLatin1String("/"))
            spec.basePath.clear();
    } else if (!openapi.isUndefined()) {
        spec.kind = ApiSpec::Kind::OpenApi3;
        spec.specVersion = OrderedJson::scalarText(openapi);
        if (!spec.specVersion.startsWith(QLatin1String("3"))) {
            return Error::make(Error::Kind::Parse, QStringLiteral("explorer.unsupported_version"),
                               Text::tr("OpenAPI %1 is not supported; Swagger 2.0 and OpenAPI 3 "
                                        "are.")
                                   .arg(spec.specVersion));
        }
        spec.basePath = serverBasePath(spec.root);
    } else {
        return Error::make(Error::Kind::Parse, QStringLiteral("explorer.not_a_document"),
                           Text::tr("This is not an OpenAPI or Swagger document: it has no "
                                    "\"openapi\" or \"swagger\" field."));
    }
    while (spec.basePath.endsWith(QLatin1Char('/')))
        spec.basePath.chop(1);

    const QCborValue info = spec.root.value(QLatin1String("info"));
    if (info.isMap()) {
        spec.title = str(info.toMap(), "title");
        spec.version = OrderedJson::scalarText(info.toMap().value(QLatin1String("version")));
        spec.description = str(info.toMap(), "description");
    } else if (!info.isUndefined()) {
        spec.problems.append(Text::tr("\"info\" must be an object, not %1.").arg(typeName(info)));
    }

    Indexer indexer(spec, limits);
    indexer.declareTags();
    const QCborValue paths = spec.root.value(QLatin1String("paths"));
    if (paths.isMap()) {
        if (!indexer.indexPaths(paths.toMap()))
            return Error::make(Error::Kind::Cancelled, QStringLiteral("explorer.cancelled"),
                               Text::tr("Reading the API description was cancelled."));
    } else if (!paths.isUndefined() && !paths.isNull()) {
        return Error::make(
            Error::Kind::Parse, QStringLiteral("explorer.paths_type"),
            Text::tr("\"paths\" must be an object of paths, not %1.").arg(typeName(paths)));
    }
    spec.indexTags();
    return spec;
}

Result<ApiSpec> parse(const QByteArray &bytes, const Limits &limits)
{
    auto tree = parseTree(bytes, limits);
    if (!tree)
        return tree.error();
    return fromTree(tree.value(), limits);
}

} // namespace SpecParser
