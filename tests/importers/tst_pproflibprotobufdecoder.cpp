#include "tests/support/testregistry.h"

#include "importers/pproflibprotobufdecoder.h"

#include "importers/pprofassembler.h"

#include "importertestutil.h"
#include "pprofmessage.h"

#include <QTest>

#include <string>

class tst_PprofLibprotobufDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decodesWhatPprofWriterWrote()
    {
        const ProfilePtr original = testutil::smallPprofProfile();
        const ProfilePtr p = PprofLibprotobufDecoder::decode(PprofWriter::encode(*original), "t.pb", Progress::none());
        QVERIFY(p);
        QCOMPARE(testutil::printTree(*p), testutil::printTree(*original));
        QCOMPARE(p->total(1), qint64(420));
        QCOMPARE(p->defaultSampleType(), 1);
        QCOMPARE(p->metadata().source, std::string("t.pb"));
    }
    void garbageThrowsWithoutAnOffset()
    {
        try {
            PprofLibprotobufDecoder::decode(QByteArray("\x0a\x7f", 2), "t.pb", Progress::none());
            QFAIL("no error");
        } catch (const PprofError &e) {
            QCOMPARE(e.offset, qint64(-1)); // libprotobuf does not say where
            QVERIFY(std::string(e.what()).find("not a valid Profile") != std::string::npos);
        }
    }
};

PYROGRAPH_TEST_MAIN(tst_PprofLibprotobufDecoder)
#include "tst_pproflibprotobufdecoder.moc"
