#include "body/BodyWorker.h"

#include <QThread>

void BodyWorker::Context::post(std::function<void()> f) const
{
    QMetaObject::invokeMethod(
        m_owner,
        [cancel = m_cancel, f = std::move(f)] {
            if (!cancel->load())
                f();
        },
        Qt::QueuedConnection);
}

BodyWorker::BodyWorker(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("BodyWorker"));
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
}

BodyWorker::~BodyWorker()
{
    cancelAll();
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

BodyWorker::JobId BodyWorker::start(std::function<void(const Context &)> work)
{
    const JobId job = ++m_lastJob;
    Context context;
    context.m_owner = this;
    context.m_cancel = std::make_shared<std::atomic_bool>(false);
    m_jobs.emplace(job, context.m_cancel);
    QMetaObject::invokeMethod(
        m_context,
        [this, job, context, work = std::move(work)] {
            if (!context.cancelled())
                work(context);
            // Always delivered, cancelled or not, so the job leaves the list.
            QMetaObject::invokeMethod(
                this, [this, job] { m_jobs.erase(job); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return job;
}

void BodyWorker::cancel(JobId job)
{
    const auto it = m_jobs.find(job);
    if (it != m_jobs.end())
        it->second->store(true);
}

void BodyWorker::cancelAll()
{
    for (auto &[job, flag] : m_jobs)
        flag->store(true);
}
