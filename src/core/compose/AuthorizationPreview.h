#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

struct Profile;
struct Session;

// What credential goes with a request a profile sends to a URL, in words for a person: the header
// line (masked unless revealed), or why none goes. The composer shows it and `tokenbench-cli curl`
// notes it; both take the send path's own answer (RequestRunner::target), so neither can promise
// a token the request will not carry.
class AuthorizationPreview
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationPreview)

public:
    enum class State
    {
        NoProfile, // nothing to send with
        OffOrigin, // a complete URL on another origin: the token stays home
        Token,     // the session's token goes
        FromLogin, // a token goes, from a login when the request is sent
    };

    State state = State::NoProfile;
    QString line;           // the credential line, or why there is none
    QString originNote;     // OffOrigin: where the URL goes and why the token does not
    QUrl url;               // where the request goes, when it can be told
    bool canReveal = false; // a valid session holds a secret to reveal

    bool credentialGoes() const { return state == State::Token || state == State::FromLogin; }

    // `profile` and `session` may be null (none chosen, not logged in).
    static AuthorizationPreview of(const Profile *profile, const Session *session,
                                   const QString &draftUrl, bool reveal);
    // A secret as dots; a long one keeps its last four characters, which tell two tokens apart
    // without giving either away.
    static QString masked(const QString &secret);
};
