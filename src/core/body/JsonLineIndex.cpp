#include "body/JsonLineIndex.h"

#include "body/JsonTokenizer.h"

#include <QCoreApplication>

#include <vector>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JsonLineIndex)
};

// Checking for cancellation and progress every few thousand tokens keeps the check off the profile.
constexpr int CheckEvery = 1 << 14;
} // namespace

int JsonLineIndex::lineAtOffset(quint64 offset) const
{
    int low = 0;
    int high = lineCount();
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (line(mid).offset <= offset)
            low = mid + 1;
        else
            high = mid;
    }
    return std::max(0, low - 1);
}

struct JsonLineIndexBuilder
{
    static Result<std::shared_ptr<const JsonLineIndex>> build(const char *data, qint64 size,
                                                              const JsonIndexCallbacks &callbacks)
    {
        auto index = std::make_shared<JsonLineIndex>();
        ChunkedVector<JsonLine> &lines = index->m_lines;
        JsonTokenizer tokenizer(data, size);
        std::vector<quint32> open; // line of each open container
        bool afterKey = false;
        bool afterOpen = false;
        bool partialSent = !callbacks.partial;
        int untilCheck = CheckEvery;
        using Token = JsonTokenizer::Token;
        for (;;) {
            const Token token = tokenizer.next();
            const quint64 offset = quint64(tokenizer.tokenOffset());
            const auto depth = quint16(open.size());
            switch (token) {
            case Token::Key:
                lines.push_back(
                    {offset, JsonLine::NoPartner, depth, JsonLine::Scalar, JsonLine::HasKey});
                afterKey = true;
                afterOpen = false;
                break;
            case Token::String:
            case Token::Number:
            case Token::True:
            case Token::False:
            case Token::Null:
                if (!afterKey)
                    lines.push_back({offset, JsonLine::NoPartner, depth, JsonLine::Scalar, 0});
                afterKey = false;
                afterOpen = false;
                break;
            case Token::ObjectBegin:
            case Token::ArrayBegin:
                if (afterKey)
                    lines.back().kind = JsonLine::Open;
                else
                    lines.push_back({offset, JsonLine::NoPartner, depth, JsonLine::Open, 0});
                open.push_back(quint32(lines.size() - 1));
                afterKey = false;
                afterOpen = true;
                break;
            case Token::ObjectEnd:
            case Token::ArrayEnd: {
                const quint32 opener = open.back();
                open.pop_back();
                if (afterOpen) {
                    lines[opener].kind = JsonLine::Empty;
                } else {
                    lines.push_back({offset, opener, quint16(open.size()), JsonLine::Close, 0});
                    lines[opener].partner = quint32(lines.size() - 1);
                }
                afterOpen = false;
                break;
            }
            case Token::End:
                index->m_complete = true;
                if (callbacks.progress)
                    callbacks.progress(100);
                return std::shared_ptr<const JsonLineIndex>(std::move(index));
            case Token::Error:
                return Error::make(Error::Kind::Parse, QStringLiteral("body.json_syntax"),
                                   tokenizer.error().message(),
                                   QStringLiteral("offset %1").arg(tokenizer.error().offset));
            }
            if (--untilCheck == 0) {
                untilCheck = CheckEvery;
                if (callbacks.cancelled && callbacks.cancelled())
                    return Error::make(Error::Kind::Cancelled, QStringLiteral("body.cancelled"),
                                       Text::tr("Formatting was cancelled."));
                if (callbacks.progress)
                    callbacks.progress(int(tokenizer.position() * 100 / std::max<qint64>(size, 1)));
            }
            if (!partialSent && int(lines.size()) > callbacks.partialLines) {
                partialSent = true;
                auto early = std::make_shared<JsonLineIndex>();
                for (int i = 0; i < callbacks.partialLines; ++i) {
                    JsonLine line = lines[std::size_t(i)];
                    if (line.partner != JsonLine::NoPartner &&
                        int(line.partner) >= callbacks.partialLines)
                        line.partner = JsonLine::NoPartner;
                    early->m_lines.push_back(line);
                }
                callbacks.partial(std::move(early));
            }
        }
    }
};

Result<std::shared_ptr<const JsonLineIndex>> buildJsonLineIndex(const char *data, qint64 size,
                                                                const JsonIndexCallbacks &callbacks)
{
    return JsonLineIndexBuilder::build(data, size, callbacks);
}
