#include "explorer/OperationDraft.h"

#include <QSet>

#include "explorer/OrderedJson.h"
#include "explorer/SchemaExample.h"

#include <QCborArray>
#include <QRegularExpression>

namespace {

QString trimmedPath(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

bool isJsonType(const QString &type)
{
    return type.contains(QLatin1String("json"), Qt::CaseInsensitive);
}

bool isFormType(const QString &type)
{
    return type.startsWith(QLatin1String("application/x-www-form-urlencoded"), Qt::CaseInsensitive);
}

} // namespace

namespace OperationDraft {

QString targetFor(const ApiSpec &spec, const ApiOperation &op, const QUrl &baseUrl,
                  const QHash<QString, QString> &values)
{
    static const QRegularExpression parameter(QStringLiteral("\\{([^{}/]+)\\}"));
    QString path = spec.basePath + op.path;
    QString out;
    qsizetype last = 0;
    for (auto it = parameter.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += path.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1).trimmed();
        const QString value = values.value(name);
        out += value.isEmpty()
                   ? QStringLiteral("{{%1}}").arg(name)
                   : QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("-._~")));
        last = m.capturedEnd();
    }
    out += path.mid(last);
    if (!out.startsWith(QLatin1Char('/')))
        out.prepend(QLatin1Char('/'));

    const QString basePath = trimmedPath(baseUrl.path());
    if (basePath.isEmpty() || !baseUrl.isValid())
        return out.mid(1);
    if (out.startsWith(basePath + QLatin1Char('/')))
        return out.mid(basePath.size() + 1);
    // Most documents describe paths from the API's root, which is the profile's base URL...
    bool rootedAtOrigin = false;
    for (const ApiOperation &other : spec.operations) {
        if ((spec.basePath + other.path).startsWith(basePath + QLatin1Char('/'))) {
            rootedAtOrigin = true;
            break;
        }
    }
    if (!rootedAtOrigin)
        return out.mid(1);
    // ...but some describe the whole origin (the sandbox's own document lists every vendor): an
    // operation outside the base URL is reached on the same origin, where the credential goes.
    QUrl absolute = baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return absolute.toString() + out;
}

QString exampleText(const ApiSpec &spec, const ApiParameter &parameter)
{
    if (!parameter.example.isUndefined() && !parameter.example.isNull())
        return OrderedJson::scalarText(parameter.example);
    // Only what the document says: a made-up "string" would be sent as if someone meant it.
    const auto says = [](const QCborMap &schema) {
        for (const char *key : {"example", "x-example", "default", "enum", "$ref"})
            if (schema.contains(QLatin1String(key)))
                return true;
        return false;
    };
    const QCborMap schema = parameter.schema.toMap();
    if (!says(schema) && !says(schema.value(QLatin1String("items")).toMap()))
        return {};
    const QCborValue v = SchemaExample::generate(spec.root, parameter.schema);
    if (v.isArray()) {
        QStringList parts;
        for (const QCborValue &item : v.toArray())
            parts.append(OrderedJson::scalarText(item));
        return parts.join(QLatin1Char(','));
    }
    return v.isNull() ? QString() : OrderedJson::scalarText(v);
}

QString exampleBody(const ApiSpec &spec, const ApiOperation &op)
{
    if (op.requestSchema.isUndefined() && op.requestExample.isUndefined())
        return {};
    const QCborValue value = !op.requestExample.isUndefined()
                                 ? op.requestExample
                                 : SchemaExample::generate(spec.root, op.requestSchema, {});
    return OrderedJson::toText(value, 2);
}

OperationRequest build(const ApiSpec &spec, const ApiOperation &op, const QUrl &baseUrl,
                       const QHash<QString, QString> &pathValues)
{
    OperationRequest out;
    RequestDraft &d = out.draft;
    d.method = op.method;
    d.url = targetFor(spec, op, baseUrl, pathValues);
    for (const ApiParameter &p : op.parameters) {
        if (p.in == QLatin1String("path")) {
            if (pathValues.value(p.name).isEmpty())
                out.pathVariables.append(p.name);
        } else if (p.in == QLatin1String("query")) {
            out.queryRows.append(KeyValueRow{p.name, exampleText(spec, p), p.required});
        } else if (p.in == QLatin1String("header")) {
            // Content-Type and Accept come from the body and the composer; Authorization from
            // the profile's session, never from the document.
            if (p.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
                p.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
                continue;
            d.headers.append(KeyValueRow{p.name, exampleText(spec, p), p.required});
        }
    }
    d.setQueryRows(out.queryRows);

    if (!op.requestSchema.isUndefined() || !op.requestExample.isUndefined()) {
        const QString type = op.requestContentType;
        if (isFormType(type)) {
            d.bodyKind = RequestDraft::BodyKind::Form;
            const QCborValue example =
                !op.requestExample.isUndefined()
                    ? op.requestExample
                    : SchemaExample::generate(spec.root, op.requestSchema, {});
            QSet<QString> required;
            const QCborMap schema = op.requestSchema.toMap();
            for (const QCborValue &r : schema.value(QLatin1String("required")).toArray())
                required.insert(r.toString());
            const QCborMap fields = example.toMap();
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QString name = it.key().toString();
                d.formFields.append(KeyValueRow{name, OrderedJson::scalarText(it.value()),
                                                required.isEmpty() || required.contains(name)});
            }
        } else if (isJsonType(type) || type.isEmpty()) {
            d.bodyKind = RequestDraft::BodyKind::Json;
            d.bodyText = exampleBody(spec, op);
            if (!type.isEmpty() &&
                type.compare(QLatin1String("application/json"), Qt::CaseInsensitive) != 0)
                d.headers.append(KeyValueRow{QStringLiteral("Content-Type"), type, true});
        } else if (!type.startsWith(QLatin1String("multipart/"), Qt::CaseInsensitive)) {
            d.bodyKind = RequestDraft::BodyKind::Raw;
            d.rawContentType = type;
            const QCborValue example = op.requestExample;
            d.bodyText = example.isString() ? example.toString() : QString();
        }
    }
    return out;
}

} // namespace OperationDraft
