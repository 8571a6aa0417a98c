#pragma once

#include <QString>
#include <QtGlobal>

#include <string>

// Where and why a JSON text is not valid. `line` and `column` count from 1; the column counts
// characters, not bytes.
struct JsonSyntaxError
{
    QString reason; // translated, e.g. "expected ',' or '}'"
    qint64 offset = 0;
    qint64 line = 0;
    qint64 column = 0;

    QString message() const; // "Not valid JSON at line 3, column 7: expected ..."
};

// A streaming, strictly validating (RFC 8259) JSON tokenizer over bytes it does not own, such as
// a mapped file. It keeps its own stack of open containers, so nesting never recurses.
class JsonTokenizer
{
public:
    enum class Token : quint8
    {
        ObjectBegin,
        ObjectEnd,
        ArrayBegin,
        ArrayEnd,
        Key, // a member name; its colon has not been read yet
        String,
        Number,
        True,
        False,
        Null,
        End,   // the whole text was one valid value
        Error, // see error()
    };

    static constexpr int DefaultMaxDepth = 10000;

    JsonTokenizer(const char *data, qint64 size, int maxDepth = DefaultMaxDepth);

    Token next();

    qint64 tokenOffset() const { return m_tokenOffset; }
    qint64 tokenLength() const { return m_tokenLength; }
    qint64 position() const { return m_pos; }
    int depth() const { return int(m_stack.size()); } // open containers after the last token
    const JsonSyntaxError &error() const { return m_error; }

    // An error at `offset` of `data`, with its line and column.
    static JsonSyntaxError errorAt(const char *data, qint64 offset, const QString &reason);

    // Readers of text that this tokenizer (or QJsonDocument) has already validated. They never
    // read past `size`, whatever they are given.

    // The first byte at or after `offset` that is not JSON white space.
    static qint64 skipSpace(const char *data, qint64 size, qint64 offset)
    {
        while (offset < size && isSpace(data[offset]))
            ++offset;
        return offset;
    }
    // The end of the string that starts at `offset`, looking no further than `limit` bytes.
    static qint64 stringEnd(const char *data, qint64 size, qint64 offset, qint64 limit = -1);
    // The end of a number or literal that starts at `offset`.
    static qint64 scalarEnd(const char *data, qint64 size, qint64 offset);
    // The end of any value that starts at `offset`; a container's end is past its closing bracket.
    static qint64 valueEnd(const char *data, qint64 size, qint64 offset);
    // The text of a string whose `size` bytes lie between its quotes: escapes decoded, a \u pair
    // as one character, a lone surrogate \u kept as it is (as QJsonDocument keeps it).
    static QString decodeString(const char *data, qint64 size);

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    enum class Expect : quint8
    {
        Value,
        ValueOrClose,
        Key,
        KeyOrClose,
        Colon,
        CommaOrClose,
        Nothing, // the top-level value is complete
        Done,
    };

    Token value(char c);
    Token string(Token kind);
    Token number();
    Token literal(const char *word, int length, Token kind);
    Token close(char c);
    Token atEnd();
    Token fail(qint64 offset, const QString &reason);
    void afterValue() { m_expect = m_stack.empty() ? Expect::Nothing : Expect::CommaOrClose; }

    const char *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    qint64 m_tokenOffset = 0;
    qint64 m_tokenLength = 0;
    int m_maxDepth;
    Expect m_expect = Expect::Value;
    std::string m_stack; // '{' or '[' per open container
    JsonSyntaxError m_error;
};
