#include "guimoduleloader.h"

#include "guimoduleentry.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace {
// The executable's own folder, from /proc/self/exe (argv[0] may be a bare name found in PATH).
std::string executableFolder()
{
    std::string path(4096, '\0');
    const ssize_t n = readlink("/proc/self/exe", path.data(), path.size());
    if (n <= 0 || size_t(n) >= path.size())
        return ".";
    path.resize(size_t(n));
    return path.substr(0, path.rfind('/'));
}
} // namespace

int GuiModuleLoader::run(int argc, char **argv)
{
    // PYROGRAPH_GUI_MODULE_PATH (app/CMakeLists.txt): relative to the executable's folder, the
    // same in the build tree (build/bin, build/lib/pyrograph) as installed (/usr/bin,
    // /usr/lib/pyrograph).
    const std::string path = executableFolder() + "/" + PYROGRAPH_GUI_MODULE_PATH;
    // Never closed: Qt keeps the module's objects (its application, its
    // resources) until the process ends.
    void *module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
        std::fprintf(stderr, "pyrograph: cannot load the windows and drawing module %s: %s\n",
                     path.c_str(), dlerror());
        return 1;
    }
    using Main = decltype(&pyrograph_gui_main); // the signature guimoduleentry.h declares
    const auto entry = reinterpret_cast<Main>(dlsym(module, "pyrograph_gui_main"));
    if (!entry) {
        std::fprintf(stderr, "pyrograph: %s has no entry point pyrograph_gui_main: %s\n",
                     path.c_str(), dlerror());
        return 1;
    }
    return entry(argc, argv);
}
