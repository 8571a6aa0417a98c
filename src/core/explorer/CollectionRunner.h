#pragma once

#include "checks/CheckEvaluator.h"
#include "compose/RequestRunner.h"
#include "explorer/CollectionStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <optional>

class SecretVariables;

// Runs a collection's requests one after another with a profile's session, through a
// RequestRunner (so a 401 renews the login as the composer would), checks each response with
// its assertions (CheckEvaluator; without any, passed when the status is below 400), hands
// captured values on as {{variables}} to the requests after it, and sums up. Both faces run
// collections through this class, so the app and `tokenbench-cli run` give the same answer.
// Cancel stops after the request in flight is aborted; nothing after it is sent.

class CollectionRunner : public QObject
{
    Q_OBJECT

public:
    struct Step
    {
        QString name;
        QString method;
        QString url;    // as drafted, variables unresolved: never a credential
        int status = 0; // 0: no HTTP answer (see error)
        bool passed = false;
        qint64 elapsedMs = 0;
        QString error;             // translated, for people: the first failure, or why nothing came
        qint64 historyId = 0;      // its entry in the history (response and reason), 0 when none
        QList<CheckResult> checks; // per assertion and capture; empty when nothing came back
        std::optional<Error> sendError; // no HTTP answer: why (a login refused, the network)

        QStringList failures() const; // the failed checks in words, or the send error
    };

    struct Options
    {
        bool bail = false; // stop after the first request that fails
        int delayMs = 0;   // between one request's answer and the next request
    };

    struct Summary
    {
        QUuid profileId;
        QList<Step> steps; // those that ran, in order
        int total = 0;     // how many the run was asked to send
        int passed = 0;
        int failed = 0;
        qint64 elapsedMs = 0;
        bool cancelled = false;
        bool stoppedForLogin = false; // nobody could log in: the rest was not sent
        bool bailed = false;          // stopped at the first failure (Options::bail)
    };

    explicit CollectionRunner(RequestRunner *runner, QObject *parent = nullptr);
    ~CollectionRunner() override;

    // Where the values of saved requests' secret {{variables}} are read from; without it they
    // go unresolved.
    void setSecretVariables(SecretVariables *variables) { m_secretVariables = variables; }

    void run(const QUuid &profileId, const QList<SavedRequest> &requests, const Options &options);
    void run(const QUuid &profileId, const QList<SavedRequest> &requests)
    {
        run(profileId, requests, Options());
    }
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; }

Q_SIGNALS:
    void stepStarted(int index, const QString &name);
    void stepFinished(int index, const CollectionRunner::Step &step);
    void finished(const CollectionRunner::Summary &summary);

private:
    void next();
    void send();
    void onFinished(const RequestRunner::Outcome &outcome);
    void complete();

    RequestRunner *m_runner;
    SecretVariables *m_secretVariables = nullptr;
    quint64 m_run = 0; // answers for an earlier run are dropped
    QList<SavedRequest> m_queue;
    Options m_options;
    Variables m_captured; // what captures took in this run, for the requests after them
    QTimer m_delay;
    int m_index = -1;
    bool m_running = false;
    Summary m_summary;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
};
