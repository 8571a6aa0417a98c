#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A value taken from a response into a {{variable}} for the requests after it in the same run:
// the id a POST created, used by the GET that follows.
struct Capture
{
    enum class Source
    {
        JsonBody, // path: a JSON path; a string is taken as it is, anything else as JSON text
        Header    // path: the header's name
    };

    QString variable;
    Source source = Source::JsonBody;
    QString path;

    static QString sourceKey(Source source); // "json", "header"
    static std::optional<Source> sourceFromKey(const QString &key);
    static QString sourceName(Source source);

    QJsonObject toJson() const;
    static std::optional<Capture> fromJson(const QJsonObject &json);

    bool operator==(const Capture &o) const
    {
        return variable == o.variable && source == o.source && path == o.path;
    }
    bool operator!=(const Capture &o) const { return !(*this == o); }
};
