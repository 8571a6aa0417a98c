#pragma once

#include "net/HttpMessage.h"
#include "util/Result.h"

#include <QJsonObject>

// Turns an HTTP answer that is not a success into one Error, in the vendor's own words where the
// body gave some: {"detail": ...} (Django REST), {"non_field_errors": [...]}, RFC 6749's
// {"error", "error_description"}, {"message"}, {"title"}, or a plain-text body. An HTML page where
// JSON was due is named as such. The detail for logs never holds the request's secrets.
namespace HttpErrors {

Error fromResponse(const HttpResponse &response);

// The vendor's own message in a JSON or text body, or an empty string.
QString vendorMessage(const QByteArray &body, const QByteArray &contentType);

// True when the body looks like an HTML page (a login page, a proxy's error page).
bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);

// The body of a successful answer as a JSON object, or an Error that says why it is not one (an
// HTML page, malformed JSON, an array...). A non-success status gives fromResponse(response).
Result<QJsonObject> jsonObject(const HttpResponse &response);

} // namespace HttpErrors
