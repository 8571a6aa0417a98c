// Credential headers as they travel (Authorization, PS-Auth "key=...; runas=...; pwd=[...];",
// Cookie, API-key headers) and the server's WWW-Authenticate-2FA and Set-Cookie answers: what
// the redactor and the history scrubber take apart to find the secrets they must mask.
#include "FuzzHttp.h"
#include "FuzzSupport.h"

#include "compose/RequestDraft.h"
#include "history/HistoryScrubber.h"
#include "util/Redactor.h"

TOKENBENCH_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The same input is both the request's headers and the answer, so a header the redactor
    // parses and the same text in a body or log line are explored together.
    const QByteArray input = FuzzSupport::bytes(data, size);
    const HttpResponse response = FuzzHttp::response(input);

    HttpRequest sent;
    sent.method = "POST";
    sent.url =
        QUrl(QStringLiteral("https://vendor.example/BeyondTrust/api/public/v3/Auth/SignAppin"));
    sent.credential.origin = Origin::of(sent.url);
    sent.credential.headers = response.headers;
    sent.headers = response.headers;
    sent.body = response.body;

    RequestDraft draft;
    draft.method = QStringLiteral("POST");
    draft.url = sent.url.toString();
    for (const auto &h : response.headers)
        draft.headers.append({QString::fromUtf8(h.first), QString::fromUtf8(h.second)});
    draft.bodyKind = RequestDraft::BodyKind::Raw;
    draft.bodyText = QString::fromUtf8(response.body);

    const QStringList secrets = HistoryScrubber::secretsOf(draft, sent, response, {});
    (void)HistoryScrubber::scrub(QUuid(), QStringLiteral("fuzz"), draft, sent, response, secrets,
                                 4096);

    (void)Redactor::headers(response.headers);
    for (const auto &h : response.headers)
        (void)Redactor::headerValue(h.first, h.second);
    (void)Redactor::body(response.body, response.header("Content-Type"));
    (void)Redactor::text(QString::fromUtf8(input), secrets.mid(0, 16));
    return 0;
}
