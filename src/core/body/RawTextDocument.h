#pragma once

#include "body/BodyDocument.h"
#include "body/RawLineIndex.h"

// The body as text, exactly as received: invalid UTF-8 shows as replacement characters, control
// characters as their visible symbols and tabs as spaces.
class RawTextDocument : public BodyDocument
{
public:
    RawTextDocument(std::shared_ptr<const BodySource> source,
                    std::shared_ptr<const RawLineIndex> index);

    int rowCount() const override { return m_index->rowCount(); }
    DisplayLine row(int row, int maxChars = DefaultMaxChars) const override;
    std::pair<quint64, quint64> sourceRange(int row) const override;
    int rowForOffset(quint64 offset, bool reveal) override;
    int columnForOffset(const DisplayLine &line, quint64 offset) const override;
    QString copyText(int first, int last) const override;
    bool isComplete() const override { return m_index->isComplete(); }

    static QString displayText(const char *data, qint64 size, int maxChars);

private:
    std::shared_ptr<const RawLineIndex> m_index;
};
