#pragma once

#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// The JSONPath subset checks and captures use: `$`, `.name`, `['name']`, `[n]`, `[*]` and `.*`
// (no filters, slices or recursive descent). Selecting walks the body with the streaming
// tokenizer and parses only the values it selects, so a path into a large body never builds a
// document of the whole of it.
class JsonPath
{
public:
    struct Segment
    {
        enum class Kind
        {
            Key,
            Index,
            Wildcard
        };
        Kind kind = Kind::Key;
        QString key;
        qint64 index = 0;
    };

    struct Match
    {
        QString path; // where it was found, concrete: "$.items[1].id"
        QJsonValue value;
    };

    static Result<JsonPath> parse(const QString &text);

    // The values the path selects in `json`, in document order; with no wildcard, the first
    // only. An error when the text stops being JSON before the walk ends.
    Result<QList<Match>> select(const char *json, qint64 size) const;
    Result<QList<Match>> select(const QByteArray &json) const
    {
        return select(json.constData(), json.size());
    }

    const QString &text() const { return m_text; }
    const QList<Segment> &segments() const { return m_segments; }
    bool hasWildcard() const;

    // "$.a['b c'][0]" from segments, as select() reports concrete paths.
    static QString keyStep(const QString &key);

private:
    QString m_text;
    QList<Segment> m_segments;
};
