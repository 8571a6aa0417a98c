#include "OAuthTokenResponse.h"

#include "net/HttpErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<OAuthTokenResponse::OAuthError>
OAuthTokenResponse::errorOf(const HttpResponse &response)
{
    if (response.isSuccess() || !response.bodyFile.isEmpty())
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    const QString error = json.value(QLatin1String("error")).toString();
    if (error.isEmpty())
        return std::nullopt;
    return OAuthError{error, json.value(QLatin1String("error_description")).toString()};
}

Error OAuthTokenResponse::toError(const HttpResponse &response, const OAuthError &error)
{
    static const QStringList refusals{
        QStringLiteral("invalid_grant"), QStringLiteral("invalid_client"),
        QStringLiteral("unauthorized_client"), QStringLiteral("access_denied")};
    const Error::Kind kind =
        refusals.contains(error.error) ? Error::Kind::Authentication : Error::Kind::Server;
    const QString server =
        response.finalUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)
            .toDisplayString();
    const QString message = error.description.isEmpty()
                                ? tr("%1 refused the request: %2 (HTTP %3).")
                                      .arg(server, error.error)
                                      .arg(response.status)
                                : tr("%1 refused the request: %2 (%3, HTTP %4).")
                                      .arg(server, error.description, error.error)
                                      .arg(response.status);
    return Error::make(kind, QStringLiteral("oauth2.") + error.error, message);
}

Result<OAuthTokenResponse> OAuthTokenResponse::parse(const HttpResponse &response)
{
    if (const auto error = errorOf(response))
        return toError(response, *error);
    if (!response.isSuccess())
        return HttpErrors::fromResponse(response);
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    OAuthTokenResponse out;
    out.accessToken = json.value(QLatin1String("access_token")).toString();
    if (out.accessToken.isEmpty()) {
        // Say what came instead: an HTML page, malformed JSON, or JSON without the field.
        const auto object = HttpErrors::jsonObject(response);
        QString type = QString::fromLatin1(response.header("Content-Type")).trimmed();
        if (type.isEmpty())
            type = tr("none");
        return Error::make(
            Error::Kind::Parse, QStringLiteral("oauth2.no_token"),
            tr("The token endpoint answered without a token: %1 (Content-Type: "
               "%2).")
                .arg(object ? tr("its JSON has no \"access_token\"") : object.error().message,
                     type));
    }
    out.tokenType = json.value(QLatin1String("token_type")).toString(QStringLiteral("Bearer"));
    // Section 5.1: the type is case-insensitive; "bearer" goes out as RFC 6750 spells it.
    if (out.tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) == 0)
        out.tokenType = QStringLiteral("Bearer");
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    // Some servers send the number as a string.
    const qint64 seconds = expiresIn.isDouble()   ? qint64(expiresIn.toDouble())
                           : expiresIn.isString() ? expiresIn.toString().toLongLong()
                                                  : 0;
    if (seconds > 0)
        out.expiresIn = seconds;
    out.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    out.idToken = json.value(QLatin1String("id_token")).toString();
    out.scope = json.value(QLatin1String("scope")).toString();
    return out;
}
