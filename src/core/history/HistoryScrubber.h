#pragma once

#include "history/HistoryEntry.h"
#include "util/Result.h"

#include <QStringList>

// Turns one exchange into what the request history may keep: it learns every secret the exchange
// carries (the caller's, the credential's, hand-typed Authorization/Cookie/API-key headers, secret
// query, form and JSON fields, Basic credentials decoded), then masks them, in the encodings they
// travel in, from every text before bodies are cut to the cap.
namespace HistoryScrubber {

// Bytes read beyond the cap before redacting, so that a secret straddling the cut is still seen
// whole and masked rather than kept in part.
constexpr qint64 RedactionMargin = 64 * 1024;

// The secrets of an exchange, with the encodings (base64, base64url, JSON-escaped, form-encoded)
// they may appear in; `given` first. Percent-encoding is left to Redactor::text().
QStringList secretsOf(const RequestDraft &draft, const HttpRequest &sent,
                      const Result<HttpResponse> &outcome, const QStringList &given);

// The entry to store (id 0, hasDetails true). A response body streamed to a file is read from
// it, at most `bodyCap` bytes plus the margin.
HistoryEntry scrub(const QUuid &profileId, const QString &profileName, const RequestDraft &draft,
                   const HttpRequest &sent, const Result<HttpResponse> &outcome,
                   const QStringList &secrets, qint64 bodyCap);

// Each part of an exchange, for tests and for the scrubber itself; `secrets` as secretsOf() gives.
RequestDraft draft(const RequestDraft &draft, const QStringList &secrets, qint64 bodyCap);
QByteArray body(const QByteArray &body, const QByteArray &contentType, const QStringList &secrets);
QString text(const QString &text, const QStringList &secrets);

} // namespace HistoryScrubber
