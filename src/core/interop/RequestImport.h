#pragma once

#include "auth/TokenDelivery.h"
#include "interop/ImportedCollection.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// Reads the request collections of other tools into one shape, whatever the file: a Postman
// Collection (v2.0 or v2.1), an Insomnia export (v4, JSON or YAML) or a browser's HAR 1.2 log,
// told apart by what they hold, never by their file names. What a file asks for and a draft
// cannot do is listed per request, never dropped in silence.
namespace RequestImport {

enum class Format
{
    Unknown,
    PostmanCollection,
    PostmanEnvironment,
    Insomnia,
    Har
};

// The document (JSON, or YAML for Insomnia) and what it is.
struct Document
{
    Format format = Format::Unknown;
    QJsonValue root;
};
Result<Document> parse(const QByteArray &content);

// A collection from any of the formats; `fileName` names a HAR log's collection (a log has no
// name of its own). Fails for an environment file, which has no requests (readEnvironment()).
Result<ImportedCollection> read(const QByteArray &content, const QString &fileName);

// The variables of a Postman environment (or of an Insomnia export's base environment);
// `name` gets the environment's name.
Result<QList<ImportedVariable>> readEnvironment(const QByteArray &content, QString *name = nullptr);

// Decides, for each request that asked for authentication, whether the profile's credential
// stands in for it (a bearer token or OAuth 2 where the profile's token goes in Authorization,
// an API key header of the name the profile sends): then a note says so; otherwise it is listed
// as not carried. No secret of an auth block is ever kept.
void applyProfile(ImportedCollection &collection, const TokenDelivery &delivery,
                  const QString &profileName);

// For the readers: a URL without a scheme ("localhost:4010/x", "api.example.com/x") is one a
// person typed and Postman or Insomnia sent as http://; in a draft it would be a path under the
// profile's base URL. Returns the URL to keep and sets `note` when it changed it.
QString absoluteUrl(const QString &url, QString *note);
// "a pre-request script", "a test script": the words for a script that cannot run here.
QString scriptWords(const QString &listen);
// A JSON scalar as the text a request would carry ("42", "true"); empty for anything else.
QString scalarText(const QJsonValue &value);

} // namespace RequestImport
