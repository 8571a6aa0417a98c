#pragma once

#include <string>
#include <vector>

// Where a program looks for Tokenbench's modules (util/Modules), in plain C++ so that the CLI's
// launcher, which starts without Qt, asks the same question the same way. A program in the build
// tree uses the build's modules; an installed one those of its own installation (lib/tokenbench
// beside bin/, or two levels up from libexec/tokenbench/), never the other's.
namespace ModulePath {

inline std::vector<std::string> searchPath(const std::string &executableDir)
{
    const std::string build = TOKENBENCH_BUILD_DIR;
    if (executableDir == build || executableDir.rfind(build + '/', 0) == 0)
        return {TOKENBENCH_BUILD_MODULE_DIR};
    return {executableDir + "/../lib/tokenbench", executableDir + "/../../lib/tokenbench"};
}

} // namespace ModulePath
