#pragma once

#include "auth/TokenDelivery.h"
#include "net/HttpMessage.h"

#include <QList>
#include <QString>

#include <optional>

// Writes a resolved request as a command or script a person can run elsewhere: curl, HTTPie or
// Python `requests`. The token goes in only for the credential's origin, and only as a
// placeholder read from the environment ($TOKEN) unless a person chose to reveal it; secrets
// typed into the request can be placeholders too (Options::placeholders).
namespace RequestExport {

enum class Format
{
    Curl,
    HTTPie,
    PythonRequests
};

// The environment variable the placeholder reads: "$TOKEN" in a shell, os.environ["TOKEN"].
inline const QString TokenVariable = QStringLiteral("TOKEN");

struct Auth
{
    TokenDelivery delivery;
    Origin origin;  // the credential's origin: a request to any other gets no credential
    QString secret; // the token itself when revealed; empty: the placeholder
};

// A text in the request that stands for a secret a person typed (an API key in a header, a
// password in the body): it is written as a read of the environment variable `variable`
// ("$X_API_KEY" in a shell, os.environ["X_API_KEY"] in Python), as the credential is with $TOKEN.
struct Placeholder
{
    QString text;
    QString variable;
};

struct Options
{
    std::optional<Auth> auth;
    QList<Placeholder> placeholders;
    // The body is this file's content (a File draft): the export names the file rather than
    // carrying its bytes.
    QString bodyFile;
    // The profile's way to its server, for curl: -x/--noproxy/-U (never a password: curl asks),
    // --cacert or --capath, -E/--cert-type/--key (the certificate only on its own origin).
    std::optional<NetworkSettings> network;
};

// Those curl options, as words of a command line (quoted for a shell).
QStringList curlNetworkOptions(const NetworkSettings &network, const QUrl &url);

// One command line (curl, HTTPie) or a complete script (Python). `request.credential` is read
// for nothing: what authorises the request comes from `options.auth`, so a credential's raw
// headers never reach the text by accident.
//
// Bodies: valid UTF-8 text goes inline (curl --data-raw, HTTPie --raw, a Python str encoded as
// UTF-8); other bytes are named by `bodyFile` when there is one (--data-binary @file, @file,
// open(file, "rb")), or else carried as base64 piped through `base64 -d` into the command
// (curl --data-binary @-, HTTPie from stdin) and as a bytes literal in Python.
QString exportRequest(Format format, const HttpRequest &request, const Options &options = {});

// The same, with the credential's origin taken from `request.credential.origin`.
QString exportRequest(Format format, const HttpRequest &request,
                      const std::optional<TokenDelivery> &delivery, const QString &secretOrEmpty);

// The environment variable for a {{variable}}: "x-api-key" -> "X_API_KEY". Never TOKEN, which
// the credential's placeholder reads.
QString environmentName(const QString &variableName);

const QList<Format> &formats();
QString formatName(Format format); // "curl", "HTTPie", "Python (requests)"

// `text` in single quotes for a POSIX shell, each ' written as '\''.
QString shellQuote(const QString &text);
// `text` as a double-quoted Python 3 string literal.
QString pythonString(const QString &text);

} // namespace RequestExport
