#pragma once

#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QUrl>

// Turns a draft into the request HttpClient sends: variables resolved, the URL made absolute
// against the profile's base URL, switched-off rows left out, the body encoded with its
// Content-Type, and the session's credential handed over for HttpClient to attach (it does so
// only while the URL is on the credential's origin).
namespace RequestBuilder {

// A path is taken relative to the base URL (whose own path, like /regscale, is kept); an absolute
// URL is used as it is.
QUrl resolveUrl(const QUrl &baseUrl, const QString &target);

// Files larger than this are refused as bodies (the composer says so before sending).
constexpr qint64 MaxFileBodyBytes = qint64(512) * 1024 * 1024;

// Fails with InvalidInput on an unresolved variable (the message names it), a URL that is not
// http(s), or an unreadable body file.
Result<HttpRequest> build(const RequestDraft &draft, const QUrl &baseUrl,
                          const Variables &variables, const Credential &credential = {});

// Whether the credential goes with a request to `url`.
bool credentialApplies(const QUrl &url, const Credential &credential);

} // namespace RequestBuilder
