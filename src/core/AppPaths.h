#pragma once

#include <QString>

// Where Tokenbench keeps what is not secret: the preferences, the profiles, the history and the
// API-document cache, each under one lower-case name as XDG programs do:
// ~/.config/tokenbench/ (profiles.json, tokenbench.conf), ~/.local/share/tokenbench/ (the
// history), ~/.cache/tokenbench/ (API documents). A folder given with --config-dir, or demo
// mode's throw-away one, holds all of them instead, so that such a run writes nothing anywhere
// else (the demo banner promises that nothing is saved).
namespace AppPaths {

// The organisation and application name the app gives Qt, so that QSettings() is
// ~/.config/tokenbench/tokenbench.conf; the CLI reads the same file by these names.
inline constexpr char Name[] = "tokenbench";
// How the app is named to people (window titles).
inline constexpr char DisplayName[] = "Tokenbench";

// From now on every preference (QSettings, in any format) and the cache go under `dir`. Called
// once, before anything reads a preference.
void confineTo(const QString &dir);
// The folder given to confineTo; empty when the platform's folders are used.
QString confinedTo();
// The root of the caches (the explorer's API documents).
QString cacheDir();
// Where the history lives.
QString dataDir();

// Earlier versions kept the preferences in ~/.config/Tokenbench/Tokenbench.conf, the history in
// ~/.local/share/Tokenbench/Tokenbench/ and the cache in ~/.cache/Tokenbench/Tokenbench/: each is
// moved to its lower-case place once, unless something is there already. Nothing when
// confined. Returns what was moved (for the log), empty when nothing was.
QStringList moveFromOldPlaces();

} // namespace AppPaths
