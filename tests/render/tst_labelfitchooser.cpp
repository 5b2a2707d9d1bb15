#include "tests/support/testregistry.h"

#include "widgets/render/labelfitchooser.h"

#include "importers/profilereader.h"
#include "model/profile.h"
#include "model/progress.h"
#include "tests/model/collapsedtext.h"

#include <QTest>

using testing::fromCollapsed;

namespace {
ProfilePtr corpus(const char *relative)
{
    ProfileReader reader;
    const ImportResult r = reader.readFile(
        QStringLiteral(PYROGRAPH_CORPUS_DIR "/") + QLatin1String(relative), Progress::none());
    if (!r.isOk())
        qWarning("%s", qPrintable(r.error));
    return r.isOk() ? r.profile : nullptr;
}
} // namespace

class tst_LabelFitChooser : public QObject
{
    Q_OBJECT
private slots:
    void looksPackageQualified_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("qualified");
        QTest::newRow("go module path")
            << "github.com/org/repo/pkg/storage/segment.(*Writer).Flush" << true;
        QTest::newRow("go std path") << "net/http.(*conn).serve" << true;
        QTest::newRow("go package") << "runtime.mallocgc" << true;
        QTest::newRow("go closure") << "main.main.func1" << true;
        QTest::newRow("go generic") << "slices.SortFunc[...]" << true;
        QTest::newRow("a/b/c.Func") << "a/b/c.Func" << true;
        QTest::newRow("java dotted") << "com.foo.Bar.method" << true;
        QTest::newRow("java slashed") << "java/util/HashMap.get" << true;
        QTest::newRow("path") << "/usr/lib/libc.so.6" << true;
        QTest::newRow("c") << "do_syscall_64" << false;
        QTest::newRow("c++") << "std::vector<int>::push_back(int const&)" << false;
        QTest::newRow("rust") << "core::ptr::drop_in_place<alloc::vec::Vec<u8>>" << false;
        QTest::newRow("c signature") << "foo.bar(int)" << false;
        QTest::newRow("python") << "handle (app/server.py:42)" << false;
        QTest::newRow("node note") << "(garbage collector)" << false;
        QTest::newRow("perf unknown") << "[unknown]" << false;
        QTest::newRow("module") << "<module>" << false;
        QTest::newRow("dot at the end") << "main." << false;
        QTest::newRow("dot at the start") << ".hidden" << false;
        QTest::newRow("empty") << "" << false;
    }
    void looksPackageQualified()
    {
        QFETCH(QString, name);
        QFETCH(bool, qualified);
        QCOMPARE(LabelFitChooser::looksPackageQualified(name.toStdString()), qualified);
    }

    void shareCountsDistinctNames()
    {
        // root, "main.main", "runtime.mallocgc", "work", "idle": 2 of 4 named frames (the root's
        // name counts too).
        const ProfilePtr p =
            fromCollapsed({"main.main;runtime.mallocgc 5", "main.main;work 1", "idle 1"});
        const double share = LabelFitChooser::qualifiedShare(p->names());
        QVERIFY2(share > 0.3 && share < 0.6, qPrintable(QString::number(share)));
    }

    void tailFirstForGoHeadFirstForTheRest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<FlameLabelFit>("fit");
        QTest::newRow("Go CPU") << "pprof/go-cpu.pb.gz" << FlameLabelFit::TailFirst;
        QTest::newRow("Go heap (pyroscope)")
            << "pprof/pyroscope-heap.pb.gz" << FlameLabelFit::TailFirst;
        // Not perf on a JVM (flamegraph-perf-java-stacks-01.txt): its distinct
        // kernel and JVM C++ names outnumber the Java ones, so it is head first.
        QTest::newRow("C perf") << "perf-script/flamegraph-perf-dd-stacks-01.txt"
                                << FlameLabelFit::HeadFirst;
        QTest::newRow("Chrome JS")
            << "chrome/chrome65-simple.cpuprofile" << FlameLabelFit::HeadFirst;
    }
    void tailFirstForGoHeadFirstForTheRest()
    {
        QFETCH(QString, file);
        QFETCH(FlameLabelFit, fit);
        const ProfilePtr p = corpus(qPrintable(file));
        QVERIFY(p);
        QCOMPARE(LabelFitChooser::forProfile(*p), fit);
        QCOMPARE(LabelFitChooser::resolve(FlameLabelFit::Auto, p.get()), fit);
    }

    void anExplicitFitWins()
    {
        const ProfilePtr go = fromCollapsed({"github.com/a/b.F;github.com/a/c.G 1"});
        QCOMPARE(LabelFitChooser::resolve(FlameLabelFit::Auto, go.get()), FlameLabelFit::TailFirst);
        QCOMPARE(LabelFitChooser::resolve(FlameLabelFit::HeadFirst, go.get()),
                 FlameLabelFit::HeadFirst);
        QCOMPARE(LabelFitChooser::resolve(FlameLabelFit::TailFirst, nullptr),
                 FlameLabelFit::TailFirst);
        QCOMPARE(LabelFitChooser::resolve(FlameLabelFit::Auto, nullptr), FlameLabelFit::HeadFirst);
    }
};

PYROGRAPH_TEST_MAIN(tst_LabelFitChooser)
#include "tst_labelfitchooser.moc"
