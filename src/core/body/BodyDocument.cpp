#include "body/BodyDocument.h"

#include <limits>

BodyDocument::BodyDocument(std::shared_ptr<const BodySource> source)
    : m_source(std::move(source))
{}

BodyDocument::~BodyDocument() = default;

int BodyDocument::columnForOffset(const DisplayLine &line, quint64 offset) const
{
    const TextSpan *best = nullptr;
    for (const TextSpan &span : line.spans) {
        if (span.verbatim && span.source <= offset)
            best = &span;
    }
    if (!best)
        return 0;
    // A span's text came from at most four bytes per character; decode no more than that.
    const qint64 bytes = std::min<qint64>(qint64(offset - best->source), qint64(best->length) * 4);
    const int column = int(QString::fromUtf8(source().data() + best->source, bytes).size());
    return best->start + std::min(column, best->length);
}

QString BodyDocument::copyText(int first, int last) const
{
    QString text;
    for (int r = first; r <= last; ++r) {
        const DisplayLine line = row(r, std::numeric_limits<int>::max());
        text += line.text;
        if (r < last)
            text += QLatin1Char('\n');
    }
    return text;
}

bool BodyDocument::isFoldable(int) const
{
    return false;
}

bool BodyDocument::isFolded(int) const
{
    return false;
}

void BodyDocument::setFolded(int, bool) {}
