#pragma once

#include "auth/SessionManager.h"
#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUuid>

class HistoryStore;
class HttpCall;
class HttpClient;
class ProfileStore;

// The one path that sends as a profile, for the composer, the explorer's document fetch, the
// collection runner and `tokenbench-cli request`. It resolves the URL, decides once whether the
// profile's credential goes with it (same scheme, host and port as the base URL), gets a
// session through the session service (which asks a person when it must), applies the
// profile's network settings to this request alone, runs the one 401 policy (renew once: from
// the stored secrets when they give a new token and the profile logs in again by itself, else
// through the prompter, else a typed failure) and records the exchange in the history.
// One request at a time; a new send() cancels the one in flight.
class RequestRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        SessionManager::Ask ask = SessionManager::Ask::IfNeeded;
        // False: without a session at hand (and nobody asked), send without a credential, as
        // for an API description that many servers publish openly.
        bool credentialRequired = true;
        bool recordHistory = true;
        QString saveToFile; // stream the body to this file whatever its size
        // The values of the profile's secret {{variables}} the draft uses
        // (SecretVariables::valuesFor): kept in the keychain, never in a saved draft.
        Variables secretVariables;
    };

    // Where a draft goes for a profile, worked out without sending (the composer's preview, the
    // CLI's note): the URL, and whether the credential goes with it.
    struct Target
    {
        QUrl url;               // invalid while a variable is unresolved
        QStringList unresolved; // variables without a value
        bool credentialGoes = false;
        bool offOrigin = false; // a complete URL on another origin than the profile's
    };
    static Target target(const Profile &profile, const Session *session, const QString &draftUrl,
                         const Variables &secretVariables = {});

    struct Outcome
    {
        QUuid profileId;
        RequestDraft draft;
        HttpRequest sent; // credential included: never keep or show it as it is
        Result<HttpResponse> response = Error{};
        bool credentialAttached = false; // the URL was on the credential's origin
        bool renewedSession = false;     // a 401 led to a new login and a resend
        // A proxy's refusal or a locked client key led to a question (once each) and a resend.
        bool askedNetworkSecret = false;
        qint64 historyId = 0; // the history entry, 0 when none was kept
    };

    RequestRunner(ProfileStore *profiles, SessionManager *sessions, HttpClient *http,
                  HistoryStore *history = nullptr, QObject *parent = nullptr);
    ~RequestRunner() override;

    // Sends `draft` as `profileId` (a null id sends without a credential or profile settings;
    // the URL must then be absolute). A request still running is cancelled first.
    void send(const QUuid &profileId, const RequestDraft &draft, const Options &options);
    void send(const QUuid &profileId, const RequestDraft &draft) { send(profileId, draft, {}); }
    void cancel();
    bool isRunning() const { return m_running; }

    // The last outcome; its `sent.credential` is cleared once finished() was delivered.
    const Outcome &lastOutcome() const { return m_outcome; }

Q_SIGNALS:
    void started(const QUrl &url, bool credentialAttached);
    void progress(qint64 received, qint64 total);
    void finished(const RequestRunner::Outcome &outcome);

private:
    void fetchSessionAndSend();
    bool askNetworkSecret(const Error &error, std::function<void()> retry);
    void sendWith(const Credential &credential);
    void onAnswer(HttpCall *call);
    void renew(const Result<HttpResponse> &refused);
    void finish(Result<HttpResponse> response);
    void record();

    ProfileStore *m_profiles;
    SessionManager *m_sessions;
    HttpClient *m_http;
    QPointer<HistoryStore> m_history;
    QPointer<HttpCall> m_call;
    Options m_options;
    Outcome m_outcome;
    bool m_running = false;
    bool m_withoutSession = false; // sent without a credential: none was at hand
    QSet<QString> m_askedFields;   // network secrets asked for in this send, once each
    quint64 m_generation = 0;      // answers to a cancelled send are dropped
};
Q_DECLARE_METATYPE(RequestRunner::Outcome)
