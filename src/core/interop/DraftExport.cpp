#include "interop/DraftExport.h"

#include "auth/SessionManager.h"
#include "compose/DraftSecrets.h"
#include "compose/RequestBuilder.h"
#include "compose/SecretVariables.h"
#include "profiles/Profile.h"

#include <QUuid>

namespace DraftExport {

Result<QString> exportDraft(RequestExport::Format format, const RequestDraft &draft,
                            const Context &context)
{
    const Profile *profile = context.profile;
    const Session *session = context.session ? &*context.session : nullptr;
    Variables variables;
    if (profile)
        variables = Variables::forProfile(*profile, session);
    RequestDraft d = draft;
    RequestExport::Options options;
    if (context.reveal) {
        variables.merge(context.secretValues);
    } else {
        // Typed secrets and the profile's secret variables are $PLACEHOLDERS, as the token is
        // $TOKEN: a command copied unrevealed holds no secret.
        const DraftSecrets::Extraction extraction = DraftSecrets::extract(d);
        d = extraction.draft;
        QStringList secretNames = context.secretNames;
        for (const DraftSecrets::Found &found : extraction.found)
            secretNames.append(found.name);
        // Something no text holds, made of characters no encoding changes.
        const QString stem = QStringLiteral("tbsecret") +
                             QUuid::createUuid().toString(QUuid::Id128).left(12) +
                             QStringLiteral("x");
        int n = 0;
        for (const QString &name : SecretVariables::referencedNames(d)) {
            if (!secretNames.contains(name))
                continue;
            const QString stand = stem + QString::number(++n) + QLatin1Char('z');
            variables.set(name, stand, QString());
            options.placeholders.append({stand, RequestExport::environmentName(name)});
        }
    }
    const auto built = RequestBuilder::build(d, profile ? profile->baseUrl : QUrl(), variables);
    if (!built)
        return built.error();
    if (d.bodyKind == RequestDraft::BodyKind::File)
        options.bodyFile = d.bodyFilePath;
    if (profile) {
        RequestExport::Auth auth;
        auth.origin = Origin::of(profile->baseUrl);
        auth.delivery = session ? session->token.delivery() : SessionManager::deliveryOf(*profile);
        if (context.reveal && session)
            auth.secret = session->token.raw();
        options.auth = auth;
        options.network = profile->network();
    }
    return RequestExport::exportRequest(format, built.value(), options);
}

} // namespace DraftExport
