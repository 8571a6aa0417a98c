// Response bodies in the large-body viewer: the streaming tokenizer, the line index built on it
// and the pretty-printed rows formatted from the index.
#include "FuzzSupport.h"

#include "body/BodySource.h"
#include "body/JsonLineIndex.h"
#include "body/JsonTokenizer.h"
#include "body/PrettyJsonDocument.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    // A small depth limit too, so the limit's own error path is explored.
    for (int maxDepth : {JsonTokenizer::DefaultMaxDepth, 4}) {
        JsonTokenizer tokenizer(text, qint64(size), maxDepth);
        for (;;) {
            const JsonTokenizer::Token t = tokenizer.next();
            if (t == JsonTokenizer::Token::End || t == JsonTokenizer::Token::Error)
                break;
            if (t == JsonTokenizer::Token::Key || t == JsonTokenizer::Token::String) {
                const qint64 end =
                    JsonTokenizer::stringEnd(text, qint64(size), tokenizer.tokenOffset());
                (void)end;
            }
        }
        (void)tokenizer.error().message();
    }

    // The source is copied so the document may outlive `data`, as it does in the viewer.
    const auto source = BodySource::fromBytes(QByteArray(text, qsizetype(size)));
    JsonIndexCallbacks callbacks;
    callbacks.partialLines = 3;
    callbacks.partial = [](std::shared_ptr<const JsonLineIndex> partial) {
        (void)partial->lineCount();
    };
    const auto index = buildJsonLineIndex(source->data(), source->size(), callbacks);
    if (!index)
        return 0;
    PrettyJsonDocument document(source, index.value());
    // Folding removes rows: the count is asked again each time, as the view does.
    for (int row = 0; row < document.rowCount() && row < 200; ++row) {
        (void)document.row(row, 40);
        (void)document.sourceRange(row);
        if (document.isFoldable(row) && row % 3 == 0)
            document.setFolded(row, true);
    }
    document.expandAll();
    for (int line = 0; line < index.value()->lineCount() && line < 200; ++line)
        (void)document.formatLine(line, line % 2 == 0, 16);
    (void)document.rowForOffset(quint64(size / 2), true);
    return 0;
}
