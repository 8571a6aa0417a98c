#pragma once

#include <QFunctionPointer>
#include <QString>

// Parts of Tokenbench that live in a library of their own and are loaded when first needed, so
// that a program (or a run) that never uses them never pays for loading them: the session bus
// module holds QtKeychain and Qt D-Bus. A program in the build tree loads the build's modules; an
// installed one those of its own installation (lib/tokenbench next to bin/ and libexec/), never
// the other's.
namespace Modules {

// The function `symbol` of module `name` (libtokenbench_<name>.so), loading it the first time.
// nullptr when it cannot be loaded, with the loader's words in `why`.
QFunctionPointer resolve(const char *name, const char *symbol, QString *why);

// Where modules are looked for, in order.
QStringList searchPath();

} // namespace Modules
