#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What a person must do outside Tokenbench for a login to go on: open the authorization
// request in a browser (RFC 8252), or enter a code on another device (RFC 8628). The face
// shows it; the login goes on by itself once the server answers.
struct SignInStep
{
    enum class Kind
    {
        OpenBrowser,
        EnterCode
    };

    Kind kind = Kind::OpenBrowser;
    QUrl url;            // the authorization request, or the verification URI
    QUrl completeUrl;    // verification_uri_complete: the URI with the code in it, when sent
    QString userCode;    // the code to enter at `url`
    QDateTime expiresAt; // when the login stops waiting
};

Q_DECLARE_METATYPE(SignInStep)
