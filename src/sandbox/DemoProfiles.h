#pragma once

#include "Sandbox.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QList>

// One profile per vendor and method, pointed at a running sandbox, with the demo secrets to go
// with it: what `tokenbench --demo` opens on, so a newcomer can try every flow with no account.
struct DemoProfile
{
    Profile profile;
    QHash<QString, QString> secrets; // never one-time codes: those are in the profile's notes
    // Its login goes through a browser or a device code: a person (or a test playing one) signs
    // in at the sandbox's pages.
    bool signsInInBrowser = false;
};

namespace DemoProfiles {

// With the sandbox's HTTPS side listening (listenTls()), one more profile uses it with the
// sandbox's CA file.
QList<DemoProfile> all(const Sandbox &sandbox);

} // namespace DemoProfiles
