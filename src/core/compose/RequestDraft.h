#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One row of a header, query or form table. A row switched off stays in the draft but is not sent.
struct KeyValueRow
{
    QString name;
    QString value;
    bool enabled = true;

    bool operator==(const KeyValueRow &o) const
    {
        return name == o.name && value == o.value && enabled == o.enabled;
    }
    bool operator!=(const KeyValueRow &o) const { return !(*this == o); }
};

// A request as a person composes it: text as typed, {{variables}} unresolved, and never the
// profile's credential (RequestBuilder asks the session for that when it is sent). Drafts are what
// the composer edits, curl import yields, collections and history keep, and exporters read.
struct RequestDraft
{
    enum class BodyKind
    {
        None,
        Json,
        Form, // application/x-www-form-urlencoded from formFields
        Raw,  // bodyText sent as it is, with rawContentType
        File  // the bytes of bodyFilePath, with fileContentType
    };

    QString method = QStringLiteral("GET");
    // Absolute ("https://host/api/x?a=1") or relative to the profile's base URL ("api/x?a=1");
    // the query lives here and queryRows() is a view of it.
    QString url;
    QList<KeyValueRow> headers;
    BodyKind bodyKind = BodyKind::None;
    QString bodyText;
    QString rawContentType = QStringLiteral("text/plain");
    QList<KeyValueRow> formFields;
    QString bodyFilePath;
    QString fileContentType = QStringLiteral("application/octet-stream");

    static const QStringList &methods();       // GET POST PUT PATCH DELETE HEAD OPTIONS
    static QString bodyKindKey(BodyKind kind); // "none", "json", "form", "raw", "file"
    static std::optional<BodyKind> bodyKindFromKey(const QString &key);

    // The query of `url` as rows, percent-decoded, in order; and the reverse, which rewrites the
    // query part of `url` (keeping its path and fragment) and encodes only what must be encoded so
    // that {{variables}} stay readable.
    QList<KeyValueRow> queryRows() const;
    void setQueryRows(const QList<KeyValueRow> &rows);

    // The first enabled header of that name (case-insensitive), if any.
    std::optional<QString> header(const QString &name) const;
    // The Content-Type the body implies, or empty for no body; a header a person set wins.
    QString impliedContentType() const;
    bool hasBody() const { return bodyKind != BodyKind::None; }

    QJsonObject toJson() const;
    static Result<RequestDraft> fromJson(const QJsonObject &json);

    bool operator==(const RequestDraft &o) const;
    bool operator!=(const RequestDraft &o) const { return !(*this == o); }
};
