#pragma once

#include "compose/RequestDraft.h"
#include "net/HttpMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

// One exchange as the request history keeps it: every text already redacted, bodies cut at the
// history's cap. Lists hold summaries (hasDetails false: no draft, headers or bodies).
struct HistoryEntry
{
    qint64 id = 0;
    QDateTime when; // UTC, when the request was sent
    QUuid profileId;
    QString profileName;
    RequestDraft draft; // redacted, for re-opening into the composer
    QString method;
    QString url;    // redacted
    int status = 0; // 0: no response (see error); Cancelled: a person stopped it
    QString error;  // why it failed: cancelled, timed out...
    qint64 elapsedMs = 0;
    qint64 responseSize = 0; // the whole body's size, not what was kept
    HttpHeaders requestHeaders;
    HttpHeaders responseHeaders;
    QByteArray requestBody;
    QByteArray responseBody;
    bool requestBodyTruncated = false;
    bool responseBodyTruncated = false;
    QString responseContentType;
    bool hasDetails = false;

    // The status of a request a person cancelled before an answer came.
    static constexpr int Cancelled = -1;

    bool failed() const { return status <= 0; }
    bool cancelled() const { return status == Cancelled; }
};
