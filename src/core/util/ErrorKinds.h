#pragma once

#include "util/Result.h"

#include <optional>

// Error kinds by a stable name ("Authentication", "Network"), for errors that cross a process
// boundary: the app's D-Bus face names the kind of a failure, and the CLI that called it turns
// the name back into its exit status.
namespace ErrorKinds {

QString name(Error::Kind kind);
std::optional<Error::Kind> fromName(const QString &name);

} // namespace ErrorKinds
