#include "body/BodySource.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BodySource)
};

constexpr qint64 SaveChunk = 1 << 20;
} // namespace

BodySource::~BodySource()
{
    if (m_file && m_map)
        m_file->unmap(m_map);
}

std::shared_ptr<const BodySource> BodySource::fromBytes(const QByteArray &bytes)
{
    std::shared_ptr<BodySource> source(new BodySource);
    source->m_bytes = bytes;
    source->m_data = source->m_bytes.constData();
    source->m_size = source->m_bytes.size();
    return source;
}

Result<std::shared_ptr<const BodySource>> BodySource::fromFile(const QString &path)
{
    std::shared_ptr<BodySource> source(new BodySource);
    source->m_fileName = path;
    source->m_file = std::make_unique<QFile>(path);
    if (!source->m_file->open(QIODevice::ReadOnly))
        return Error::make(
            Error::Kind::Io, QStringLiteral("body.open"),
            Text::tr("Cannot read the body file: %1").arg(source->m_file->errorString()),
            source->m_file->errorString());
    source->m_size = source->m_file->size();
    // An empty file cannot be mapped; it is simply an empty body.
    if (source->m_size > 0) {
        source->m_map = source->m_file->map(0, source->m_size);
        if (!source->m_map)
            return Error::make(
                Error::Kind::Io, QStringLiteral("body.map"),
                Text::tr("Cannot map the body file: %1").arg(source->m_file->errorString()),
                source->m_file->errorString());
        source->m_data = reinterpret_cast<const char *>(source->m_map);
    }
    return std::shared_ptr<const BodySource>(std::move(source));
}

Result<bool> BodySource::saveTo(const QString &path, const std::function<bool()> &cancelled,
                                const std::function<void(int)> &progress) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("body.save_open"),
                           Text::tr("Cannot write %1: %2").arg(path, out.errorString()),
                           out.errorString());
    for (qint64 done = 0; done < m_size;) {
        if (cancelled && cancelled()) {
            out.cancelWriting();
            return Error::make(Error::Kind::Cancelled, QStringLiteral("body.save_cancelled"),
                               Text::tr("Saving was cancelled."));
        }
        const qint64 n = std::min(SaveChunk, m_size - done);
        if (out.write(m_data + done, n) != n) {
            out.cancelWriting();
            return Error::make(Error::Kind::Io, QStringLiteral("body.save_write"),
                               Text::tr("Cannot write %1: %2").arg(path, out.errorString()),
                               out.errorString());
        }
        done += n;
        if (progress)
            progress(int(done * 100 / m_size));
    }
    if (!out.commit())
        return Error::make(Error::Kind::Io, QStringLiteral("body.save_commit"),
                           Text::tr("Cannot write %1: %2").arg(path, out.errorString()),
                           out.errorString());
    return true;
}
