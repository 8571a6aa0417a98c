#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QFile;

// The bytes of a response body, held in memory or mapped from the file HttpClient streamed it
// to. Shared read-only between the GUI thread and the worker that indexes it.
class BodySource
{
public:
    ~BodySource();
    BodySource(const BodySource &) = delete;
    BodySource &operator=(const BodySource &) = delete;

    static std::shared_ptr<const BodySource> fromBytes(const QByteArray &bytes);
    // Maps `path` read-only; the file is neither copied into memory nor deleted.
    static Result<std::shared_ptr<const BodySource>> fromFile(const QString &path);

    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    QString fileName() const { return m_fileName; }
    bool isMapped() const { return m_map != nullptr; }

    // Writes the body to `path` atomically in chunks, so memory stays flat whatever the size.
    Result<bool> saveTo(const QString &path, const std::function<bool()> &cancelled = {},
                        const std::function<void(int)> &progress = {}) const;

private:
    BodySource() = default;

    QByteArray m_bytes;
    std::unique_ptr<QFile> m_file;
    uchar *m_map = nullptr;
    const char *m_data = "";
    qint64 m_size = 0;
    QString m_fileName;
};
