#pragma once

#include "body/BodyWorker.h"

#include <QImage>
#include <QObject>

#include <memory>

class BodySource;
class JsonLineIndex;
class RawLineIndex;

// BodyView's work on its worker thread: indexing the body as JSON and as text, reading it as an
// image, and saving it. Each reports progress at a bounded rate; the indexes of a large body come
// early (its first rows) and then complete.
class BodyJobs : public QObject
{
    Q_OBJECT

public:
    BodyJobs(BodyWorker *worker, QObject *parent);
    ~BodyJobs() override;

    void indexJson(const std::shared_ptr<const BodySource> &source);
    void indexRaw(const std::shared_ptr<const BodySource> &source);
    void readImage(const std::shared_ptr<const BodySource> &source);
    void save(const std::shared_ptr<const BodySource> &source, const QString &path);
    // Cancels the indexing and the image; a save goes on.
    void cancelLoading();

    bool isLoading() const { return m_jsonJob || m_rawJob || m_imageJob; }
    bool isIndexingRaw() const { return m_rawJob != 0; }
    bool isSaving() const { return m_saveJob != 0; }

Q_SIGNALS:
    void progress(int percent);
    void saveProgress(int percent);
    // `early` holds the first rows only, while the rest is indexed.
    void jsonIndexed(std::shared_ptr<const JsonLineIndex> index, bool early);
    void jsonFailed(const QString &message); // not when cancelled
    void rawIndexed(std::shared_ptr<const RawLineIndex> index, bool early);
    void imageRead(const QImage &image, const QString &format, const QString &error);
    void saved(bool ok, const QString &message);

private:
    BodyWorker *m_worker;
    BodyWorker::JobId m_jsonJob = 0;
    BodyWorker::JobId m_rawJob = 0;
    BodyWorker::JobId m_imageJob = 0;
    BodyWorker::JobId m_saveJob = 0;
};
