#pragma once

#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUuid>

class HttpCall;
class HttpClient;
class ProfileStore;
class SessionManager;

// Sends one composed request at a time for a face: asks the profile's session for a token with
// life left (logging in with stored secrets when it can), builds the request, sends it through
// HttpClient and, when the server answers 401 to a credential it was given, logs in again and
// resends once (by itself when the profile's auto re-login is on, else when asked to).
class RequestRunner : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QUuid profileId;
        RequestDraft draft;
        HttpRequest sent; // credential included: never keep or show it as it is
        Result<HttpResponse> response = Error{};
        bool credentialAttached = false; // the URL was on the credential's origin
        bool renewedSession = false;     // a 401 led to a new login and a resend
    };

    RequestRunner(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
                  QObject *parent = nullptr);
    ~RequestRunner() override;

    // Sends `draft` with the credential of `profileId` (a null id sends without one; the URL must
    // then be absolute). A request still running is cancelled first. `secretVariables`: the
    // values of the profile's secret {{variables}} the draft uses (SecretVariables::valuesFor).
    void send(const QUuid &profileId, const RequestDraft &draft,
              const Variables &secretVariables = {});
    // After unauthorized(): logs in again with the stored secrets and resends the same draft.
    void renewAndResend();
    void cancel();
    bool isRunning() const { return m_running; }

    // The last outcome; its `sent.credential` is cleared once finished() was delivered.
    const Outcome &lastOutcome() const { return m_outcome; }

Q_SIGNALS:
    void started(const QUrl &url, bool credentialAttached);
    void progress(qint64 received, qint64 total);
    // The profile has no session a login with stored secrets can give: a person must log in (the
    // face opens its login dialog, then calls send() again).
    void needsLogin(const QUuid &profileId, const Error &why);
    // A 401 to a request that carried the credential, with auto re-login off: the face offers
    // to log in again and resend (renewAndResend()).
    void unauthorized(const QUuid &profileId);
    void finished(const RequestRunner::Outcome &outcome);

private:
    void sendWith(const Credential &credential);
    void finish(Result<HttpResponse> response);
    void renew();
    QUrl baseUrlOf(const QUuid &id) const;

    ProfileStore *m_profiles;
    SessionManager *m_sessions;
    HttpClient *m_http;
    QPointer<HttpCall> m_call;
    Outcome m_outcome;
    Variables m_secretVariables;
    bool m_running = false;
    quint64 m_generation = 0; // answers to a cancelled send are dropped
};
Q_DECLARE_METATYPE(RequestRunner::Outcome)
