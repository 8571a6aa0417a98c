#include "interop/RequestImport.h"

#include "explorer/YamlDocument.h"
#include "interop/HarImport.h"
#include "interop/InsomniaImport.h"
#include "interop/PostmanImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestImport)
};

Error notRecognised()
{
    return Error::make(Error::Kind::Parse, QStringLiteral("import.unknown_format"),
                       Text::tr("This file is not a Postman Collection (v2.0 or v2.1), a Postman "
                                "environment, an Insomnia export (v4) or a HAR log."));
}

RequestImport::Format formatOf(const QJsonObject &o)
{
    using F = RequestImport::Format;
    if (o.value(QStringLiteral("log")).toObject().contains(QStringLiteral("entries")))
        return F::Har;
    if (o.value(QStringLiteral("_type")).toString() == QLatin1String("export") &&
        o.contains(QStringLiteral("__export_format")))
        return F::Insomnia;
    const QString schema =
        o.value(QStringLiteral("info")).toObject().value(QStringLiteral("schema")).toString();
    // Collections written by hand or by newman's tests may have no "info": a list of items is
    // enough.
    if (schema.contains(QLatin1String("getpostman.com")) ||
        o.value(QStringLiteral("item")).isArray())
        return F::PostmanCollection;
    const QJsonArray values = o.value(QStringLiteral("values")).toArray();
    if (o.contains(QStringLiteral("_postman_variable_scope")) ||
        (!values.isEmpty() && values.first().toObject().contains(QStringLiteral("key"))))
        return F::PostmanEnvironment;
    // Postman Collection v1: no info, a flat "requests" list (readCollection says it is too old).
    if (o.value(QStringLiteral("requests")).isArray() && o.contains(QStringLiteral("order")))
        return F::PostmanCollection;
    return F::Unknown;
}

bool hostLike(const QString &first)
{
    static const QRegularExpression host(
        QStringLiteral("^(localhost|[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+|\\d+\\.\\d+\\.\\d+\\.\\d+)"
                       "(:\\d+)?$"));
    return host.match(first).hasMatch();
}

} // namespace

QString ImportedRequest::savedName() const
{
    QStringList parts = folder;
    parts.append(name.isEmpty() ? draft.url : name);
    return parts.join(QStringLiteral(" / "));
}

namespace RequestImport {

Result<Document> parse(const QByteArray &content)
{
    Document doc;
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(content, &error);
    if (json.isObject()) {
        doc.root = json.object();
    } else {
        // Insomnia exports YAML as well; nothing else here is YAML.
        const QByteArray head = content.left(4096);
        if (!head.contains("_type") && !head.contains("__export_format"))
            return notRecognised();
        const auto yaml = YamlDocument::parse(content);
        if (!yaml || !yaml.value().isMap())
            return notRecognised();
        doc.root = yaml.value().toJsonValue();
    }
    doc.format = formatOf(doc.root.toObject());
    if (doc.format == Format::Unknown)
        return notRecognised();
    return doc;
}

Result<ImportedCollection> read(const QByteArray &content, const QString &fileName)
{
    const auto doc = parse(content);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc.value().root.toObject();
    switch (doc.value().format) {
    case Format::PostmanCollection:
        return PostmanImport::readCollection(root);
    case Format::Insomnia:
        return InsomniaImport::readExport(root);
    case Format::Har:
        return HarImport::readLog(root, QFileInfo(fileName).completeBaseName());
    case Format::PostmanEnvironment:
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("import.environment_only"),
                           Text::tr("This is a Postman environment, which holds variables and "
                                    "no requests: import it with a collection "
                                    "(--environment FILE)."));
    case Format::Unknown:
        break;
    }
    return notRecognised();
}

Result<QList<ImportedVariable>> readEnvironment(const QByteArray &content, QString *name)
{
    const auto doc = parse(content);
    if (!doc)
        return doc.error();
    const QJsonObject root = doc.value().root.toObject();
    if (doc.value().format == Format::PostmanEnvironment) {
        if (name)
            *name = root.value(QStringLiteral("name")).toString();
        return PostmanImport::readEnvironment(root);
    }
    if (doc.value().format == Format::Insomnia) {
        const auto collection = InsomniaImport::readExport(root);
        if (!collection)
            return collection.error();
        if (name)
            *name = collection.value().name;
        return collection.value().variables;
    }
    return Error::make(Error::Kind::InvalidInput, QStringLiteral("import.not_environment"),
                       Text::tr("This file is not a Postman environment."));
}

void applyProfile(ImportedCollection &collection, const TokenDelivery &delivery,
                  const QString &profileName)
{
    const bool inAuthorization =
        delivery.kind == TokenDelivery::Kind::Header &&
        delivery.headerName.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    // A profile that logs in with HTTP Basic sends no token: it stands in for Basic auth only.
    const bool basic = inAuthorization &&
                       delivery.prefix.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0;
    for (ImportedRequest &r : collection.requests) {
        if (!r.auth)
            continue;
        const ImportedAuth &a = *r.auth;
        bool mapped = false;
        if (a.kind == QLatin1String("bearer") || a.kind == QLatin1String("oauth2"))
            mapped = inAuthorization && !basic;
        else if (a.kind == QLatin1String("apikey"))
            mapped = !a.inQuery && delivery.kind == TokenDelivery::Kind::Header &&
                     delivery.headerName.compare(a.headerName, Qt::CaseInsensitive) == 0;
        else if (a.kind == QLatin1String("basic"))
            mapped = basic;
        if (mapped) {
            r.notes.append(Text::tr("The %1 auth of %2 is replaced by %3's credential.")
                               .arg(a.kind, a.from, profileName));
        } else {
            const QString where = a.kind == QLatin1String("apikey")
                                      ? (a.inQuery ? Text::tr(", in the query parameter %1")
                                                   : Text::tr(", in the header %1"))
                                            .arg(a.headerName)
                                      : QString();
            r.notCarried.append(
                Text::tr("the %1 auth of %2%3 (%4 sends its own credential, %5)")
                    .arg(a.kind, a.from, where, profileName,
                         delivery.kind == TokenDelivery::Kind::Cookie
                             ? Text::tr("as a cookie")
                             : Text::tr("in the %1 header").arg(delivery.headerName)));
        }
    }
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString absoluteUrl(const QString &url, QString *note)
{
    if (url.isEmpty() || url.startsWith(QLatin1String("{{")) || url.startsWith(QLatin1Char('/')) ||
        url.contains(QLatin1String("://")))
        return url;
    const QString first = url.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('?'), 0, 0);
    if (!hostLike(first))
        return url;
    const QString absolute = QStringLiteral("http://") + url;
    if (note)
        *note = Text::tr("The address had no scheme: it is kept as %1, as the tool that exported "
                         "it would have sent it.")
                    .arg(absolute);
    return absolute;
}

QString scriptWords(const QString &listen)
{
    if (listen == QLatin1String("prerequest"))
        return Text::tr("pre-request script");
    if (listen == QLatin1String("test"))
        return Text::tr("test script");
    return Text::tr("%1 script").arg(listen);
}

} // namespace RequestImport
