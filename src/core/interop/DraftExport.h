#pragma once

#include "auth/Session.h"
#include "compose/RequestDraft.h"
#include "compose/Variables.h"
#include "interop/RequestExport.h"
#include "util/Result.h"

#include <QStringList>

#include <optional>

struct Profile;

// A draft written out as a command (curl, HTTPie, Python) for a profile, the same for the
// composer's Copy as and `tokenbench-cli curl`: the profile's token only for its own origin,
// and, unless revealed, every secret as a placeholder read from the environment ($TOKEN,
// $API_KEY...), those typed into the request and the profile's secret {{variables}} alike.
namespace DraftExport {

struct Context
{
    const Profile *profile = nullptr; // none: no credential, nothing relative
    std::optional<Session> session;   // its token goes in when revealed
    QStringList secretNames;          // the profile's secret {{variables}}
    Variables secretValues;           // their values, used when revealed
    bool reveal = false;
};

Result<QString> exportDraft(RequestExport::Format format, const RequestDraft &draft,
                            const Context &context);

} // namespace DraftExport
