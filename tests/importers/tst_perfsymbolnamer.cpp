#include "tests/support/testregistry.h"

#include "importers/perfsymbolnamer.h"

#include <QTest>

#include <string>
#include <vector>

namespace {
// The names one frame line becomes, leaf first.
std::vector<std::string> names(std::string_view symbol, std::string_view module, bool javaTidy = false)
{
    NameInterner interner;
    PerfSymbolNamer namer(interner);
    std::vector<quint32> ids;
    namer.name(symbol, module, javaTidy, ids);
    std::vector<std::string> out;
    for (quint32 id : ids)
        out.emplace_back(interner.table().name(NameId(id)));
    return out;
}
using Names = std::vector<std::string>;
} // namespace

class tst_PerfSymbolNamer : public QObject
{
    Q_OBJECT
private slots:
    void plainSymbolIsItsOwnName() { QCOMPARE(names("main", "/bin/app"), Names{"main"}); }
    void unknownBecomesTheModuleFileName()
    {
        QCOMPARE(names("[unknown]", "/usr/lib/libc.so.6"), Names{"[libc.so.6]"});
        QCOMPARE(names("[unknown]", "[unknown]"), Names{"[unknown]"});
    }
    void argumentsAndQuotesAreTidied()
    {
        QCOMPARE(names("std::vector<int>::push_back(int const&)", "m"), Names{"std::vector<int>::push_back"});
        QCOMPARE(names("ns::(anonymous namespace)::f(int)", "m"), Names{"ns::(anonymous namespace)::f"});
        QCOMPARE(names("a;b\"c'", "m"), Names{"a:bc"});
        // A Go method keeps its parentheses.
        QCOMPARE(names("net/http.(*Client).Do", "m"), Names{"net/http.(*Client).Do"});
    }
    void inlineChainsAreFramesLeafFirst()
    {
        QCOMPARE(names("outer->middle->leaf", "m"), (Names{"leaf_[i]", "middle_[i]", "outer"}));
        QCOMPARE(names("outer->", "m"), Names{"outer"}); // Perl's split drops trailing empty fields
    }
    void processNamesAreNoFrames() { QVERIFY(names("(java)", "m").empty()); }
    void javaTidyOnlyForJavaProcesses()
    {
        QCOMPARE(names("Ljava/lang/Thread;::run", "m", true), Names{"java/lang/Thread:::run"});
        QCOMPARE(names("Ljava/lang/Thread;::run", "m", false), Names{"Ljava/lang/Thread:::run"});
    }
    void aNameIsInternedOnce()
    {
        NameInterner interner;
        PerfSymbolNamer namer(interner);
        std::vector<quint32> ids;
        namer.name("f(int)", "m", false, ids);
        namer.name("f(long)", "m", false, ids);
        QCOMPARE(ids.size(), size_t(2));
        QCOMPARE(ids[0], ids[1]);
        QCOMPARE(interner.size(), qsizetype(1));
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfSymbolNamer)
#include "tst_perfsymbolnamer.moc"
