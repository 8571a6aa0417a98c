#pragma once

#include "profiles/Profile.h"
#include "util/Result.h"

#include <QSslCertificate>

#include <optional>

// "Trust this certificate authority for this profile": which certificate a refused server's
// chain offers, and keeping it as the profile's own CA file once a person confirmed it.
namespace CaTrust {

struct Offer
{
    // The topmost certificate of the chain the server sent. Servers often send their own
    // certificate and intermediates only, so the top may not be a root.
    QSslCertificate certificate;
    bool selfSigned = false; // a root; else an intermediate (or the server's own certificate)
    int chainLength = 0;     // certificates the server sent
};

// What Error::untrustedChain offers to trust; nothing when the error has no such chain.
std::optional<Offer> offer(const Error &error);

// Where the CA file of a profile is kept: <data dir>/ca/<profile id>.pem.
QString fileFor(const QUuid &profileId);

// Writes fileFor(profile.id): the certificates of the profile's current CA file or folder (when
// it has one that reads) and `certificate`, and returns the profile with that file as its CA
// file. The profile is not saved: that is the caller's, with the rest of its edits.
Result<Profile> trust(const Profile &profile, const QSslCertificate &certificate);

// Removes fileFor(profileId), the file trust() wrote, when the profile is deleted (ProfileStore::
// remove calls it, so the app and the CLI both do). Only that file in Tokenbench's own ca folder
// goes: a CA file or folder a person chose elsewhere is theirs and is never touched, and a link
// there is removed as a link. False when the file is there but could not be removed.
//
// An edit that points the profile's CA file elsewhere leaves this file in place on purpose: it
// holds authorities a person confirmed by fingerprint, an edit may point back to it, and it holds
// nothing secret (certificates are public). It goes with the profile.
bool forget(const QUuid &profileId);

} // namespace CaTrust
