#include "tests/support/testregistry.h"

#include "importers/pproffastdecoder.h"
#include "importers/pproflibprotobufdecoder.h"

#include "importertestutil.h"
#include "pprofmessage.h"

#include <QTest>

#include <string>

namespace {
ProfilePtr decode(const QByteArray &message)
{
    static const std::string source = "t.pb";
    return PprofFastDecoder(message, source, Progress::none()).decode();
}
// The offset a PprofError names, or -2 when nothing threw.
qint64 errorOffset(const QByteArray &message)
{
    try {
        decode(message);
    } catch (const PprofError &e) {
        return e.offset;
    }
    return -2;
}
class Canceled : public Progress
{
public:
    bool isCanceled() const override { return true; }
};
} // namespace

class tst_PprofFastDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesWhatPprofWriterWrote()
    {
        const ProfilePtr original = testutil::smallPprofProfile();
        const ProfilePtr p = decode(PprofWriter::encode(*original));
        QVERIFY(p);
        QCOMPARE(testutil::printTree(*p), testutil::printTree(*original));
        QCOMPARE(p->sampleTypes().size(), size_t(2));
        QCOMPARE(p->sampleTypes()[1].unit, std::string("nanoseconds"));
        QCOMPARE(p->total(0), qint64(6));
        QCOMPARE(p->total(1), qint64(420));
        QCOMPARE(p->defaultSampleType(), 1);
        QCOMPARE(p->metadata().period, qint64(10000000));
        QCOMPARE(p->metadata().source, std::string("t.pb"));
    }
    void agreesWithLibprotobuf()
    {
        const QByteArray message = testutil::smallPprofMessage();
        const ProfilePtr fast = decode(message);
        const ProfilePtr reference = PprofLibprotobufDecoder::decode(message, "t.pb", Progress::none());
        QVERIFY(fast && reference);
        QCOMPARE(testutil::printTree(*fast), testutil::printTree(*reference));
        QCOMPARE(fast->defaultSampleType(), reference->defaultSampleType());
    }
    void truncatedMessagesThrowWithTheOffset()
    {
        const QByteArray message = testutil::smallPprofMessage();
        // Every cut inside the message either throws, naming an offset up to
        // the cut (or none, -1, for a table that refers to a missing entry), or
        // (cut between fields) decodes; none reads past the end.
        int threw = 0;
        for (qsizetype cut = 1; cut < message.size(); ++cut) {
            try {
                decode(message.left(cut));
            } catch (const PprofError &e) {
                QVERIFY2(e.offset >= -1 && e.offset <= cut, e.what()); // a missing varint is at the cut
                ++threw;
            }
        }
        QVERIFY(threw > 0);
        QCOMPARE(errorOffset(QByteArray("\x0a\x7f", 2)), qint64(1)); // the length of a sample type longer than the message
    }
    void cancellationGivesNoProfile()
    {
        Canceled canceled;
        const std::string source = "t.pb";
        QVERIFY(!PprofFastDecoder(testutil::smallPprofMessage(), source, canceled).decode());
    }
};

PYROGRAPH_TEST_MAIN(tst_PprofFastDecoder)
#include "tst_pproffastdecoder.moc"
