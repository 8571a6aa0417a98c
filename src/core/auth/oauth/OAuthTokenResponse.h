#pragma once

#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// A token endpoint's answer (RFC 6749 sections 5.1 and 5.2), for every grant: the tokens it
// issued, or the error it named in its own words.
struct OAuthTokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(OAuthTokenResponse)

public:
    QString accessToken;
    QString tokenType; // "Bearer" however the server spelled it
    std::optional<qint64> expiresIn;
    QString refreshToken;
    QString idToken;
    QString scope;

    // The error of a 400/401 answer: `error` and `error_description` (section 5.2).
    struct OAuthError
    {
        QString error;
        QString description;
    };
    static std::optional<OAuthError> errorOf(const HttpResponse &response);

    // A successful answer. Errors: `oauth2.no_token` when there is no access_token (what came
    // instead is said), and `oauth2.<error>` for an error answer, its kind Authentication for
    // invalid_grant, invalid_client and unauthorized_client, Server otherwise.
    static Result<OAuthTokenResponse> parse(const HttpResponse &response);

    // The error of an answer as an Error: the server's code and description.
    static Error toError(const HttpResponse &response, const OAuthError &error);
};
