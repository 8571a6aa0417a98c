#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QThread;

// Runs heavy body work (indexing, searching, saving) one job at a time on its own thread, and
// hands results back to the thread that owns it. Cancelling a job guarantees that nothing it
// posts arrives afterwards, so callers need no generation counters.
class BodyWorker : public QObject
{
    Q_OBJECT

public:
    using JobId = quint64;

    // What a job sees while it runs on the worker thread.
    class Context
    {
    public:
        bool cancelled() const { return m_cancel->load(std::memory_order_relaxed); }
        std::function<bool()> cancelFunction() const
        {
            return [flag = m_cancel] {
                return flag->load(std::memory_order_relaxed);
            };
        }
        // Runs `f` on the owner's thread, unless the job is cancelled before it gets there.
        void post(std::function<void()> f) const;

    private:
        friend class BodyWorker;
        BodyWorker *m_owner = nullptr;
        std::shared_ptr<std::atomic_bool> m_cancel;
    };

    explicit BodyWorker(QObject *parent = nullptr);
    ~BodyWorker() override;

    JobId start(std::function<void(const Context &)> work);
    void cancel(JobId job);
    void cancelAll();
    bool isRunning(JobId job) const { return m_jobs.count(job) != 0; }
    bool isIdle() const { return m_jobs.empty(); }

private:
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; jobs are posted to it
    std::map<JobId, std::shared_ptr<std::atomic_bool>> m_jobs;
    JobId m_lastJob = 0;
};
