#include "explorer/CollectionRunner.h"

#include "compose/SecretVariables.h"

#include <QCoreApplication>
#include <QFile>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CollectionRunner)
};
} // namespace

QStringList CollectionRunner::Step::failures() const
{
    QStringList out;
    if (sendError)
        out.append(sendError->message);
    for (const CheckResult &check : checks)
        if (!check.passed)
            out.append(check.message);
    return out;
}

CollectionRunner::CollectionRunner(RequestRunner *runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    connect(m_runner, &RequestRunner::finished, this, &CollectionRunner::onFinished);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &CollectionRunner::send);
}

CollectionRunner::~CollectionRunner()
{
    if (m_running)
        m_runner->cancel();
}

void CollectionRunner::run(const QUuid &profileId, const QList<SavedRequest> &requests,
                           const Options &options)
{
    if (m_running)
        cancel();
    m_queue = requests;
    m_options = options;
    m_captured = Variables();
    m_index = -1;
    ++m_run;
    m_summary = Summary{};
    m_summary.profileId = profileId;
    m_summary.total = int(requests.size());
    m_running = true;
    m_clock.start();
    next();
}

void CollectionRunner::cancel()
{
    if (!m_running)
        return;
    m_summary.cancelled = true;
    m_delay.stop();
    // The runner reports the aborted request as finished (Cancelled), which ends the run.
    if (m_runner->isRunning())
        m_runner->cancel();
    if (m_running)
        complete();
}

void CollectionRunner::next()
{
    ++m_index;
    if (m_summary.cancelled || m_index >= m_queue.size()) {
        complete();
        return;
    }
    // A pause between requests (a rate limit) runs on a timer: the event loop keeps turning.
    if (m_index > 0 && m_options.delayMs > 0)
        m_delay.start(m_options.delayMs);
    else
        send();
}

void CollectionRunner::send()
{
    if (!m_running || m_index < 0 || m_index >= m_queue.size())
        return;
    const SavedRequest &request = m_queue.at(m_index);
    Q_EMIT stepStarted(m_index, request.name);
    m_stepClock.start();
    if (!m_secretVariables) {
        RequestRunner::Options options;
        options.secretVariables = m_captured;
        m_runner->send(m_summary.profileId, request.draft, options);
        return;
    }
    // A saved request's secrets are {{variables}} whose values are in the keychain.
    const int index = m_index;
    const quint64 run = m_run;
    m_secretVariables->valuesFor(
        m_summary.profileId, request.draft, this, [this, index, run](const Variables &secrets) {
            if (!m_running || run != m_run || index != m_index)
                return;
            RequestRunner::Options options;
            options.secretVariables = secrets;
            // What earlier requests of this run captured wins over a kept value of that name.
            options.secretVariables.merge(m_captured);
            m_runner->send(m_summary.profileId, m_queue.at(index).draft, options);
        });
}

void CollectionRunner::onFinished(const RequestRunner::Outcome &outcome)
{
    if (!m_running || m_index < 0 || m_index >= m_queue.size())
        return;
    Step step;
    step.name = m_queue.at(m_index).name;
    step.method = outcome.draft.method;
    step.url = outcome.draft.url;
    step.elapsedMs = m_stepClock.elapsed();
    step.historyId = outcome.historyId;
    if (outcome.response) {
        const SavedRequest &request = m_queue.at(m_index);
        const CheckEvaluator::Evaluation evaluation = CheckEvaluator::evaluate(
            request.assertions, request.captures, outcome.response.value(), m_captured);
        // A run keeps no bodies: one that went to a temporary file goes once it is checked.
        if (!outcome.response->bodyFile.isEmpty())
            QFile::remove(outcome.response->bodyFile);
        m_captured.merge(evaluation.captured);
        step.status = outcome.response->status;
        step.checks = evaluation.results;
        step.passed = evaluation.passed;
        if (!step.passed)
            step.error = evaluation.failures().value(0);
    } else {
        step.error = outcome.response.error().message;
        step.sendError = outcome.response.error();
    }
    m_summary.steps.append(step);
    if (step.passed)
        ++m_summary.passed;
    else
        ++m_summary.failed;
    Q_EMIT stepFinished(m_index, step);
    if (!outcome.response && outcome.response.error().kind == Error::Kind::Cancelled)
        m_summary.cancelled = true;
    if (!outcome.response && outcome.response.error().kind == Error::Kind::LoginRequired) {
        // Nobody could log in: every request after this one would fail the same way.
        m_summary.stoppedForLogin = true;
        complete();
        return;
    }
    if (!step.passed && m_options.bail && m_index + 1 < m_queue.size()) {
        m_summary.bailed = true;
        complete();
        return;
    }
    next();
}

void CollectionRunner::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_delay.stop();
    m_summary.elapsedMs = m_clock.elapsed();
    Q_EMIT finished(m_summary);
}
