#include "testregistry.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>

#if PYROGRAPH_TEST_APP >= 1
#include <QGuiApplication>
#endif
#if PYROGRAPH_TEST_APP >= 2
#include <QApplication>
#endif

std::vector<TestRegistry::Entry> &TestRegistry::entries()
{
    static std::vector<Entry> all;
    return all;
}

// Usage: tst_<layer> [class] [QTest arguments]. Without a class every class runs;
// "-classes" lists them. The application object is the one the layer needs:
// model, importers and cli have no GUI, render draws with fonts, widgets and gui
// show windows.
int main(int argc, char **argv)
{
    // Tests never read or write the user's settings (recent files of test runs
    // once appeared in ~/.config/Pyrograph): QSettings here, and every
    // `pyrograph` a test starts (it inherits the environment), keep theirs in a
    // folder of this run. Not QStandardPaths' test mode: that ignores
    // XDG_CONFIG_HOME, so the processes the tests start would not follow it.
    // tst_SettingsLocation reads the user's folder from PYROGRAPH_TEST_USER_CONFIG.
    const QTemporaryDir configHome;
    const QByteArray userConfig = qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME")
        ? QDir::homePath().toLocal8Bit() + "/.config"
        : qgetenv("XDG_CONFIG_HOME");
    qputenv("PYROGRAPH_TEST_USER_CONFIG", userConfig);
    qputenv("XDG_CONFIG_HOME", QDir::toNativeSeparators(configHome.path()).toLocal8Bit());
#if PYROGRAPH_TEST_APP == 1
    // The render layer draws without a display, as `pyrograph export -o X.png`
    // does (offscreen): its tests need no X server, and do not depend on one
    // that a busy run may fail to connect to.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#elif PYROGRAPH_TEST_APP >= 2
    // Without a display (a plain ctest run) the tests still run, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
#if PYROGRAPH_TEST_APP >= 2
    QApplication app(argc, argv);
#elif PYROGRAPH_TEST_APP >= 1
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const auto &all = TestRegistry::entries();
    if (argc > 1 && std::strcmp(argv[1], "-classes") == 0) {
        for (const auto &entry : all)
            std::printf("%s\n", entry.name);
        return 0;
    }
    const char *only = (argc > 1 && argv[1][0] != '-') ? argv[1] : nullptr;
    // QTest sees the program name and the arguments after the class name.
    std::vector<char *> rest{argv[0]};
    for (int i = only ? 2 : 1; i < argc; ++i)
        rest.push_back(argv[i]);
    int failures = 0;
    bool found = false;
    for (const auto &entry : all) {
        if (only && std::strcmp(only, entry.name) != 0)
            continue;
        found = true;
        const std::unique_ptr<QObject> test = entry.make();
        failures += QTest::qExec(test.get(), int(rest.size()), rest.data());
    }
    if (!found) {
        std::fprintf(stderr, "%s: no test class named %s (-classes lists them)\n", argv[0], only);
        return 2;
    }
    return failures;
}
