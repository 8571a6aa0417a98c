#pragma once

#include <QString>

// Where Tokenbench keeps what is not secret: the preferences, the profiles, the history and the
// API-document cache. By default each goes to the platform's folder for it; a folder given with
// --config-dir, or demo mode's throw-away one, holds all of them instead, so that such a run
// writes nothing anywhere else (the demo banner promises that nothing is saved).
namespace AppPaths {

// From now on every preference (QSettings, in any format) and the cache go under `dir`. Called
// once, before anything reads a preference.
void confineTo(const QString &dir);
// The folder given to confineTo; empty when the platform's folders are used.
QString confinedTo();
// The root of the caches (the explorer's API documents).
QString cacheDir();

} // namespace AppPaths
