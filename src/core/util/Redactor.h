#pragma once

#include "net/HttpMessage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Every log line goes through here. Values of secret headers (Authorization, Cookie, API keys and
// every name isSecretHeader() knows) are replaced; so are password, client_secret, access_token,
// refresh_token, token, api_key fields in JSON, form bodies and URL queries; and any string a
// caller registered as secret.
namespace Redactor {

inline const QString Mask = QStringLiteral("[redacted]");

// Whether a header's value is a secret: any name containing auth, key, token, secret, session,
// cookie, signature, password, passwd or credential (but not a server's *-Authenticate
// challenge), and every name marked below. Names compare without case.
bool isSecretHeader(const QByteArray &name);
// A profile's own credential header, whatever its name: secret for the rest of the run.
void markSecretHeader(const QByteArray &name);
// The header names a person marked secret (Preferences), replacing those marked before.
void setMarkedSecretHeaders(const QStringList &names);
bool isSecretField(const QString &name);

QByteArray headerValue(const QByteArray &name, const QByteArray &value);
HttpHeaders headers(const HttpHeaders &headers);
QString url(const QUrl &url); // query secrets masked, user info removed
QByteArray body(const QByteArray &body, const QByteArray &contentType); // JSON/form fields masked
// True when body() or text() would mask something in `body`: a secret-looking field, a registered
// secret or one of `secrets`, in plain or percent-encoded form.
bool holdsSecret(const QByteArray &body, const QByteArray &contentType,
                 const QStringList &secrets = {});

// Replaces every registered secret (and the secrets given) found in `text`.
QString text(QString text, const QStringList &secrets = {});

// Secrets known to this process (tokens, passwords...) that `text()` always masks. Values shorter
// than 4 characters are not registered: masking them would mangle ordinary words.
void registerSecret(const QString &secret);
void forgetSecret(const QString &secret);
// The registered secrets that occur in `text`, longest first.
QStringList registeredIn(const QString &text);

} // namespace Redactor
