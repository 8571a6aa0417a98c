// tokenbench-cli: answers --version itself, without Qt, and hands every other command to the CLI
// module (libtokenbench_cli.so, main.cpp), so that asking whether the CLI is there costs no more
// than starting a C program. Links nothing but the C and C++ runtimes and libdl.
#include "VersionLine.h"
#include "util/ModulePath.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

std::string executableDir()
{
    char path[PATH_MAX];
    if (!realpath("/proc/self/exe", path))
        return {};
    std::string dir(path);
    return dir.substr(0, dir.rfind('/'));
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && (std::strcmp(argv[1], "--version") == 0 || std::strcmp(argv[1], "-V") == 0)) {
        std::fputs(CliVersionLine, stdout);
        return 0;
    }
    std::string problem;
    for (const std::string &dir : ModulePath::searchPath(executableDir())) {
        const std::string path = dir + "/libtokenbench_cli.so";
        void *module = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!module) {
            if (problem.empty())
                problem = dlerror();
            continue;
        }
        using Main = int (*)(int, char **);
        if (auto cliMain = reinterpret_cast<Main>(dlsym(module, "tokenbench_cli_main")))
            return cliMain(argc, argv);
        problem = dlerror();
    }
    std::fprintf(stderr, "tokenbench-cli: the installation is incomplete: %s\n", problem.c_str());
    return 1;
}
