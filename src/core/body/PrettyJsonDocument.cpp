#include "body/PrettyJsonDocument.h"

#include "body/JsonTokenizer.h"

namespace {

// Builds a DisplayLine piece by piece, stopping once it holds `maxChars` characters.
class LineWriter
{
public:
    LineWriter(DisplayLine &line, const char *data, int maxChars)
        : m_line(line)
        , m_data(data)
        , m_maxChars(maxChars)
    {}

    bool full() const { return m_full; }

    void synthetic(const QString &text, SpanKind kind)
    {
        if (m_full)
            return;
        append(text, kind, false, 0);
    }

    void source(quint64 from, quint64 to, SpanKind kind)
    {
        if (m_full)
            return;
        const int room = m_maxChars - int(m_line.text.size());
        if (room <= 0) {
            m_full = true;
            return;
        }
        qint64 bytes = qint64(to - from);
        bool cut = false;
        // Characters never take fewer bytes than QChars, so `room` bytes always fit.
        if (bytes > room) {
            bytes = room;
            while (bytes > 0 && (uchar(m_data[from + quint64(bytes)]) & 0xC0) == 0x80)
                --bytes;
            cut = true;
        }
        append(QString::fromUtf8(m_data + from, bytes), kind, true, from);
        if (cut) {
            append(QString(QChar(0x2026)), SpanKind::Cut, false, 0);
            m_full = true;
        }
    }

private:
    void append(const QString &text, SpanKind kind, bool verbatim, quint64 from)
    {
        m_line.spans.push_back({int(m_line.text.size()), int(text.size()), kind, verbatim, from});
        m_line.text += text;
    }

    DisplayLine &m_line;
    const char *m_data;
    int m_maxChars;
    bool m_full = false;
};

quint64 skipWhitespace(const char *data, quint64 size, quint64 p)
{
    return quint64(JsonTokenizer::skipSpace(data, qint64(size), qint64(p)));
}

// The end of the string at `from`, looking no further than `limit` bytes.
quint64 boundedStringEnd(const char *data, quint64 size, quint64 from, quint64 limit)
{
    return quint64(JsonTokenizer::stringEnd(data, qint64(size), qint64(from), qint64(limit)));
}

} // namespace

PrettyJsonDocument::PrettyJsonDocument(std::shared_ptr<const BodySource> source,
                                       std::shared_ptr<const JsonLineIndex> index, int indentWidth)
    : BodyDocument(std::move(source))
    , m_index(std::move(index))
    , m_folds(m_index)
    , m_indentWidth(indentWidth)
{}

DisplayLine PrettyJsonDocument::row(int row, int maxChars) const
{
    const int line = m_folds.lineForRow(row);
    return formatLine(line, m_folds.isFolded(line), maxChars);
}

DisplayLine PrettyJsonDocument::formatLine(int lineNumber, bool folded, int maxChars) const
{
    const char *data = m_source->data();
    const auto size = quint64(m_source->size());
    const JsonLine &line = m_index->line(lineNumber);
    DisplayLine out;
    out.number = lineNumber + 1;
    if (line.kind == JsonLine::Open && m_folds.isFoldable(lineNumber))
        out.fold = folded ? DisplayLine::Fold::Collapsed : DisplayLine::Fold::Expanded;
    out.text.reserve(line.depth * m_indentWidth + 40);
    out.text.fill(QLatin1Char(' '), line.depth * m_indentWidth);
    LineWriter writer(out, data, maxChars);
    // Enough to find where any token that still fits on the line ends.
    const quint64 lookAhead = quint64(maxChars) * 4 + 8;

    quint64 p = line.offset;
    if (line.kind == JsonLine::Close) {
        writer.source(p, p + 1, SpanKind::Punctuation);
        ++p;
    } else {
        if (line.flags & JsonLine::HasKey) {
            const quint64 end = boundedStringEnd(data, size, p, lookAhead);
            writer.source(p, end, SpanKind::Key);
            if (writer.full())
                return out;
            p = skipWhitespace(data, size, end) + 1; // past the colon
            writer.synthetic(QStringLiteral(": "), SpanKind::Punctuation);
            p = skipWhitespace(data, size, p);
        }
        const char c = data[p];
        if (c == '{' || c == '[') {
            writer.source(p, p + 1, SpanKind::Punctuation);
            if (line.kind == JsonLine::Empty) {
                p = skipWhitespace(data, size, p + 1);
                writer.source(p, p + 1, SpanKind::Punctuation);
                ++p;
            } else if (folded) {
                writer.synthetic(QString(QChar(0x2026)), SpanKind::Fold);
                p = m_index->line(int(line.partner)).offset;
                writer.source(p, p + 1, SpanKind::Punctuation);
                ++p;
            } else {
                return out; // an opening line never ends in a comma
            }
        } else if (c == '"') {
            const quint64 end = boundedStringEnd(data, size, p, lookAhead);
            writer.source(p, end, SpanKind::String);
            p = end;
        } else {
            const quint64 end = quint64(JsonTokenizer::scalarEnd(data, qint64(size), qint64(p)));
            writer.source(
                p, end, c == '-' || (c >= '0' && c <= '9') ? SpanKind::Number : SpanKind::Keyword);
            p = end;
        }
    }
    if (writer.full())
        return out;
    p = skipWhitespace(data, size, p);
    if (p < size && data[p] == ',')
        writer.source(p, p + 1, SpanKind::Punctuation);
    return out;
}

std::pair<quint64, quint64> PrettyJsonDocument::sourceRange(int row) const
{
    const int line = m_folds.lineForRow(row);
    const int next = row + 1 < rowCount() ? m_folds.lineForRow(row + 1) : m_index->lineCount();
    const quint64 end =
        next < m_index->lineCount() ? m_index->line(next).offset : quint64(m_source->size());
    return {m_index->line(line).offset, end};
}

int PrettyJsonDocument::rowForOffset(quint64 offset, bool reveal)
{
    const int line = m_index->lineAtOffset(offset);
    if (reveal)
        m_folds.reveal(line);
    return m_folds.rowForLine(line);
}

bool PrettyJsonDocument::isFoldable(int row) const
{
    return m_folds.isFoldable(m_folds.lineForRow(row));
}

bool PrettyJsonDocument::isFolded(int row) const
{
    return m_folds.isFolded(m_folds.lineForRow(row));
}

void PrettyJsonDocument::setFolded(int row, bool folded)
{
    m_folds.setFolded(m_folds.lineForRow(row), folded);
}
