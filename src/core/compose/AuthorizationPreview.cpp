#include "AuthorizationPreview.h"

#include "auth/Session.h"
#include "auth/SessionManager.h"
#include "compose/RequestRunner.h"
#include "profiles/Profile.h"

AuthorizationPreview AuthorizationPreview::of(const Profile *profile, const Session *session,
                                              const QString &draftUrl, bool reveal)
{
    AuthorizationPreview preview;
    if (!profile) {
        preview.line = tr("No profile chosen: the request is sent without credentials.");
        return preview;
    }
    const bool valid = session && session->isValid();
    const auto target = RequestRunner::target(*profile, session, draftUrl);
    preview.url = target.url;
    if (target.offOrigin) {
        preview.state = State::OffOrigin;
        // Reveal still shows the secrets typed into the request itself (Copy as).
        preview.canReveal = valid;
        preview.line = tr("No credentials go with this request.");
        preview.originNote =
            tr("%1 is not on this profile's origin (%2): its token stays home.")
                .arg(Origin::of(target.url).toString(), Origin::of(profile->baseUrl).toString());
        return preview;
    }
    const TokenDelivery delivery =
        session ? session->token.delivery() : SessionManager::deliveryOf(*profile);
    if (valid) {
        preview.state = State::Token;
        preview.canReveal = true;
        const QString raw = session->token.raw();
        preview.line = delivery.headerLine(reveal ? raw : masked(raw));
    } else {
        preview.state = State::FromLogin;
        preview.line = tr("%1 (from a login when the request is sent)")
                           .arg(delivery.headerLine(QString()).trimmed());
    }
    return preview;
}

QString AuthorizationPreview::masked(const QString &secret)
{
    const QString dots(8, QChar(0x2022));
    return secret.size() > 16 ? dots + secret.right(4) : dots;
}
