#include "body/BodyJobs.h"

#include "body/BodySource.h"
#include "body/JsonLineIndex.h"
#include "body/RawLineIndex.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>

#include <climits>

namespace {
constexpr int ProgressEveryMs = 50;

// Reports progress from a worker at a bounded rate, so the GUI thread is not flooded.
std::function<void(int)> throttledProgress(const BodyWorker::Context &context,
                                           std::function<void(int)> report)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    return [context, report = std::move(report), clock](int percent) {
        if (clock->elapsed() < ProgressEveryMs && percent < 100)
            return;
        clock->restart();
        context.post([report, percent] { report(percent); });
    };
}

// What an index build needs from its job: its cancel flag, a progress report, and a way to hand
// the early rows to the GUI thread.
template<typename Callbacks, typename Index>
Callbacks indexCallbacks(const BodyWorker::Context &context, std::function<void(int)> progress,
                         std::function<void(std::shared_ptr<const Index>)> early)
{
    Callbacks callbacks;
    callbacks.cancelled = context.cancelFunction();
    callbacks.progress = throttledProgress(context, std::move(progress));
    callbacks.partial = [context, early](std::shared_ptr<const Index> index) {
        context.post([early, index] { early(index); });
    };
    return callbacks;
}
} // namespace

BodyJobs::BodyJobs(BodyWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{}

BodyJobs::~BodyJobs() = default;

void BodyJobs::cancelLoading()
{
    for (BodyWorker::JobId job : {m_jsonJob, m_rawJob, m_imageJob})
        m_worker->cancel(job);
    m_jsonJob = m_rawJob = m_imageJob = 0;
}

void BodyJobs::indexJson(const std::shared_ptr<const BodySource> &source)
{
    m_jsonJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        const auto callbacks = indexCallbacks<JsonIndexCallbacks, JsonLineIndex>(
            context, [this](int p) { Q_EMIT progress(p); },
            [this](std::shared_ptr<const JsonLineIndex> early) {
                Q_EMIT jsonIndexed(early, true);
            });
        auto index = buildJsonLineIndex(source->data(), source->size(), callbacks);
        context.post([this, index] {
            m_jsonJob = 0;
            if (index.ok())
                Q_EMIT jsonIndexed(index.value(), false);
            else if (index.error().kind != Error::Kind::Cancelled)
                Q_EMIT jsonFailed(index.error().message);
        });
    });
    Q_EMIT progress(0);
}

void BodyJobs::indexRaw(const std::shared_ptr<const BodySource> &source)
{
    m_rawJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        const auto callbacks = indexCallbacks<RawIndexCallbacks, RawLineIndex>(
            context, [this](int p) { Q_EMIT progress(p); },
            [this](std::shared_ptr<const RawLineIndex> early) { Q_EMIT rawIndexed(early, true); });
        auto index = buildRawLineIndex(source->data(), source->size(), callbacks);
        if (!index.ok())
            return; // cancelled
        context.post([this, index] {
            m_rawJob = 0;
            Q_EMIT rawIndexed(index.value(), false);
        });
    });
    Q_EMIT progress(0);
}

void BodyJobs::readImage(const std::shared_ptr<const BodySource> &source)
{
    m_imageJob = m_worker->start([this, source](const BodyWorker::Context &context) {
        // Decoding a large image takes long enough to stall the window, so it happens here too.
        QByteArray bytes = QByteArray::fromRawData(source->data(), source->size());
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QString format = QString::fromLatin1(reader.format()).toUpper();
        const QImage image = reader.read();
        const QString error = reader.errorString();
        context.post([this, image, format, error] {
            m_imageJob = 0;
            Q_EMIT imageRead(image, format, error);
        });
    });
    Q_EMIT progress(0);
}

void BodyJobs::save(const std::shared_ptr<const BodySource> &source, const QString &path)
{
    m_saveJob = m_worker->start([this, source, path](const BodyWorker::Context &context) {
        auto report = throttledProgress(context, [this](int p) { Q_EMIT saveProgress(p); });
        const Result<bool> result = source->saveTo(path, context.cancelFunction(), report);
        context.post([this, result, path, size = source->size()] {
            m_saveJob = 0;
            const QString message = result.ok() ? tr("Saved %n byte(s) to %1.", nullptr,
                                                     int(std::min<qint64>(size, INT_MAX)))
                                                      .arg(path)
                                                : result.error().message;
            Q_EMIT saved(result.ok(), message);
        });
    });
}
