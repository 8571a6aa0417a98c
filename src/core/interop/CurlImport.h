#pragma once

#include "compose/RequestDraft.h"
#include "profiles/Profile.h"
#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

// Turns a curl command line, as pasted from vendor docs or a browser's "Copy as cURL", into a
// request draft. What cannot be carried into a draft is listed with the reason, never dropped in
// silence, so a person can see what the imported request will not do.
namespace CurlImport {

struct Imported
{
    RequestDraft draft;
    // One line per option or word that is not in the draft, with why:
    // "--compressed (ignored: Tokenbench always accepts compressed responses)".
    QStringList unmapped;
    // What is in the draft but deserves a word: a password typed into -u, JSON that curl would
    // have sent as a form.
    QStringList notes;
    // The draft itself carries a credential (from -u, --oauth2-bearer, or an Authorization,
    // Cookie or API-key header): it will be sent as typed, whatever the profile holds.
    bool carriesCredential = false;
    // Proxy, CA and client-certificate options, as the profile settings they are (the keys of
    // `tokenbench-cli --set`: proxy, no_proxy, proxy_user, ca_file, client_cert, client_key).
    // Passwords and passphrases in them are never kept: a note says they will be asked for.
    QMap<QString, QString> network;
};

// One profile setting that a curl command's network options change (a key of Imported::network).
struct NetworkChange
{
    QString key;
    QString before; // empty: not set
    QString after;
};

struct NetworkApplied
{
    Profile profile; // with the settings applied; not saved
    QList<NetworkChange> changes;
};

// What applying `network` (Imported::network) to `profile` changes, settings it has already left
// out. Fails with the profile's own words when it refuses a value (a CA file that does not exist).
Result<NetworkApplied> applyNetwork(const Profile &profile, const QMap<QString, QString> &network);

// Whether pasted text is a curl command (after an optional "$ " prompt), so the URL field can
// offer to import it rather than take it as a URL.
bool looksLikeCurl(const QString &text);

// Fails with Error::Kind::Parse when the text is not a curl command, a quote is not closed, an
// option lacks its argument, or there is no URL.
Result<Imported> parse(const QString &commandLine);

// The words of a command line as a POSIX shell would split them: single and double quotes,
// $'...' (ANSI-C) quoting, backslash escapes and continuations; or, for text with "^" line
// continuations (Chrome's "Copy as cURL (cmd)"), as cmd.exe and the C runtime would. Words after
// an unquoted |, ;, & or > are not part of the command and are left out; `rest` gets them.
Result<QStringList> splitWords(const QString &commandLine, QString *rest = nullptr);

} // namespace CurlImport
