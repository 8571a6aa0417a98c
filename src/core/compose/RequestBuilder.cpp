#include "compose/RequestBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)
};

Error invalid(const QString &code, const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, code, message);
}

QByteArray formBody(const QList<KeyValueRow> &fields, const Variables &variables,
                    QStringList &unresolved)
{
    QByteArray body;
    for (const auto &row : fields) {
        if (!row.enabled || row.name.isEmpty())
            continue;
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(variables.resolve(row.name, &unresolved)) + '=' +
                QUrl::toPercentEncoding(variables.resolve(row.value, &unresolved));
    }
    return body;
}

} // namespace

namespace RequestBuilder {

QUrl resolveUrl(const QUrl &baseUrl, const QString &target)
{
    const QString trimmed = target.trimmed();
    // Absolute when it names a scheme and a host: "api/x?next=https://..." is still a path.
    const QUrl given(trimmed, QUrl::TolerantMode);
    if (!given.scheme().isEmpty() && !given.host().isEmpty())
        return given;
    QUrl base = baseUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path);
    base.setQuery(QString());
    QString relative = trimmed;
    while (relative.startsWith(QLatin1Char('/')))
        relative.remove(0, 1);
    return base.resolved(QUrl(relative, QUrl::TolerantMode));
}

bool credentialApplies(const QUrl &url, const Credential &credential)
{
    return !credential.isEmpty() && Origin::of(url) == credential.origin;
}

Result<HttpRequest> build(const RequestDraft &draft, const QUrl &baseUrl,
                          const Variables &variables, const Credential &credential)
{
    QStringList unresolved;
    HttpRequest request;
    request.method = draft.method.trimmed().toUpper().toLatin1();
    if (request.method.isEmpty())
        return invalid(QStringLiteral("compose.method"), Text::tr("Choose a method."));

    const QString target = variables.resolve(draft.url, &unresolved);
    if (target.trimmed().isEmpty())
        return invalid(QStringLiteral("compose.url_empty"), Text::tr("Enter a URL or a path."));
    request.url = resolveUrl(baseUrl, target);
    if (unresolved.isEmpty()) {
        const QString scheme = request.url.scheme();
        if (!request.url.isValid() || request.url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return invalid(QStringLiteral("compose.url_invalid"),
                           Text::tr("\"%1\" is not an http or https URL.").arg(target.trimmed()));
    }

    for (const auto &row : draft.headers) {
        if (!row.enabled || row.name.trimmed().isEmpty())
            continue;
        request.headers.append(
            qMakePair(variables.resolve(row.name.trimmed(), &unresolved).toUtf8(),
                      variables.resolve(row.value, &unresolved).toUtf8()));
    }

    switch (draft.bodyKind) {
    case RequestDraft::BodyKind::None:
        break;
    case RequestDraft::BodyKind::Json:
    case RequestDraft::BodyKind::Raw:
        request.body = variables.resolve(draft.bodyText, &unresolved).toUtf8();
        break;
    case RequestDraft::BodyKind::Form:
        request.body = formBody(draft.formFields, variables, unresolved);
        break;
    case RequestDraft::BodyKind::File: {
        QFile file(draft.bodyFilePath);
        if (draft.bodyFilePath.isEmpty())
            return invalid(QStringLiteral("compose.file_missing"),
                           Text::tr("Choose a file to send as the body."));
        if (QFileInfo(file).size() > MaxFileBodyBytes)
            return invalid(QStringLiteral("compose.file_too_large"),
                           Text::tr("%1 is too large to send as a body.").arg(file.fileName()));
        if (!file.open(QIODevice::ReadOnly))
            return invalid(QStringLiteral("compose.file_unreadable"),
                           Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        request.body = file.readAll();
        break;
    }
    }
    if (draft.hasBody() && !draft.header(QStringLiteral("Content-Type")))
        request.headers.append(
            qMakePair(QByteArray("Content-Type"), draft.impliedContentType().toUtf8()));

    if (!unresolved.isEmpty())
        return invalid(QStringLiteral("compose.unresolved"),
                       Text::tr("No value for %1.")
                           .arg(QStringLiteral("{{") + unresolved.join(QStringLiteral("}}, {{")) +
                                QStringLiteral("}}")));
    request.credential = credential;
    return request;
}

} // namespace RequestBuilder
