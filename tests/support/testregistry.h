#pragma once

#include <QObject>

#include <memory>
#include <vector>

// All the test classes of one layer link into one executable (fewer links and
// mocs make a cold build minutes shorter); each tst_<class>.cpp still holds one
// class, which registers itself with PYROGRAPH_TEST_MAIN instead of QTEST_MAIN.
// CTest runs every class as its own test: "tst_<layer> <class> [QTest args]".
namespace TestRegistry {
using Factory = std::unique_ptr<QObject> (*)();

struct Entry
{
    const char *name;
    Factory make;
};

std::vector<Entry> &entries();

struct Registrar
{
    Registrar(const char *name, Factory make) { entries().push_back({name, make}); }
};
} // namespace TestRegistry

#define PYROGRAPH_TEST_MAIN(Class)                                                                  \
    namespace {                                                                                     \
    const TestRegistry::Registrar registrar_##Class(#Class, []() -> std::unique_ptr<QObject> {       \
        return std::make_unique<Class>();                                                           \
    });                                                                                             \
    }
