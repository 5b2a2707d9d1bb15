#include "tests/support/testregistry.h"

#include "importers/perfchunksplitter.h"

#include <QTest>

#include <string>

namespace {
const std::string sample1 = "app 1/1 1.0: 1 cycles:\n\t1 main (/bin/app)\n\n";
const std::string sample2 = "app 1/1 2.0: 1 cycles:\n\t1 f (/bin/app)\n\t1 main (/bin/app)\n";
} // namespace

class tst_PerfChunkSplitter : public QObject
{
    Q_OBJECT
private slots:
    void cutsAfterTheLastBlankLine()
    {
        const std::string bytes = sample1 + "app 1/1 2.0: 1 cycles:\n\t1 f (/bin/app)\n\t1 ma";
        // No blank after the second header: the cut is before that header.
        QCOMPARE(PerfChunkSplitter::sampleBoundary(bytes), sample1.size());
        QCOMPARE(PerfChunkSplitter::sampleBoundary(sample1 + sample2 + "\n"), sample1.size() + sample2.size() + 1);
    }
    void cutsBeforeAHeaderWithoutABlankLine()
    {
        // A header that follows a sample with no blank line between them.
        const std::string noBlank = "app 1/1 1.0: 1 cycles:\n\t1 main (/bin/app)\n";
        QCOMPARE(PerfChunkSplitter::sampleBoundary(noBlank + sample2), noBlank.size());
    }
    void noBoundaryYet()
    {
        QCOMPARE(PerfChunkSplitter::sampleBoundary("app 1/1 1.0: 1 cycles:\n\t1 main (/bin/app)"), size_t(0));
        QCOMPARE(PerfChunkSplitter::sampleBoundary("no newline at all"), size_t(0));
        // The file's first header is no cut: the chunk would be empty.
        QCOMPARE(PerfChunkSplitter::sampleBoundary("app 1/1 1.0: 1 cycles:\n\t1 main (/bin/app)\n"), size_t(0));
    }
    void commentsAreNoHeaders()
    {
        const std::string bytes = "# app 1/1 1.0: 1 cycles:\n\t1 main (/bin/app)\n";
        QCOMPARE(PerfChunkSplitter::sampleBoundary("x\n" + bytes), size_t(0));
    }
    void firstEventSkipsThePreamble()
    {
        QCOMPARE(PerfChunkSplitter::firstEvent("\xEF\xBB\xBF# cmdline : perf record\n\n" + sample1 + sample2),
                 std::string("cycles"));
        QCOMPARE(PerfChunkSplitter::firstEvent("app 1 cpu-clock:\n"), std::string("cpu-clock"));
        QCOMPARE(PerfChunkSplitter::firstEvent("app 1 \n"), std::string("samples")); // a header without an event
    }
    void firstEventNeedsACompleteHeader()
    {
        QCOMPARE(PerfChunkSplitter::firstEvent("# only a comment\n"), std::string());
        QCOMPARE(PerfChunkSplitter::firstEvent("app 1/1 1.0: 1 cyc"), std::string()); // cut off by the head
    }
};

PYROGRAPH_TEST_MAIN(tst_PerfChunkSplitter)
#include "tst_perfchunksplitter.moc"
