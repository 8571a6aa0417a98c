#include "body/RawTextDocument.h"

RawTextDocument::RawTextDocument(std::shared_ptr<const BodySource> source,
                                 std::shared_ptr<const RawLineIndex> index)
    : BodyDocument(std::move(source))
    , m_index(std::move(index))
{}

QString RawTextDocument::displayText(const char *data, qint64 size, int maxChars)
{
    const QString decoded = QString::fromUtf8(data, size);
    QString text;
    text.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (text.size() >= maxChars)
            break;
        const char16_t u = c.unicode();
        if (u == u'\t') {
            const qsizetype spaces = 4 - text.size() % 4;
            text.append(QString(spaces, QLatin1Char(' ')));
        } else if (u < 0x20) {
            text.append(QChar(char16_t(0x2400 + u))); // the control picture: ␀, ␍, ...
        } else if (u == 0x7F) {
            text.append(QChar(char16_t(0x2421)));
        } else {
            text.append(c);
        }
    }
    return text;
}

DisplayLine RawTextDocument::row(int row, int maxChars) const
{
    const auto [begin, end] = sourceRange(row);
    DisplayLine line;
    line.number = m_index->isContinuation(row) ? 0 : m_index->lineNumber(row);
    line.text = displayText(m_source->data() + begin, qint64(end - begin), maxChars);
    line.spans.push_back({0, int(line.text.size()), SpanKind::Plain, false, begin});
    return line;
}

std::pair<quint64, quint64> RawTextDocument::sourceRange(int row) const
{
    return {m_index->rowStart(row), m_index->rowEnd(row, m_source->data(), m_source->size())};
}

int RawTextDocument::rowForOffset(quint64 offset, bool)
{
    return m_index->rowAtOffset(offset);
}

int RawTextDocument::columnForOffset(const DisplayLine &line, quint64 offset) const
{
    if (line.spans.empty() || offset <= line.spans.front().source)
        return 0;
    const quint64 begin = line.spans.front().source;
    const qint64 bytes = std::min<qint64>(qint64(offset - begin), qint64(line.text.size()) * 4);
    return int(std::min(displayText(m_source->data() + begin, bytes, int(line.text.size())).size(),
                        line.text.size()));
}

QString RawTextDocument::copyText(int first, int last) const
{
    const quint64 begin = m_index->rowStart(first);
    const quint64 end = m_index->rowEnd(last, m_source->data(), m_source->size());
    return QString::fromUtf8(m_source->data() + begin, qint64(end - begin));
}
