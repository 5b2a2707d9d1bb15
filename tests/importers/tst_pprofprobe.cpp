#include "tests/support/testregistry.h"

#include "importers/pprofprobe.h"

#include "pprofmessage.h"

#include <QTest>

#include <string>

namespace {
bool accepts(const QByteArray &bytes)
{
    return PprofProbe::accepts(std::string_view(bytes.constData(), size_t(bytes.size())));
}
} // namespace

class tst_PprofProbe : public QObject
{
    Q_OBJECT
private slots:
    void acceptsAProfileAndAnyHeadOfIt()
    {
        const QByteArray message = testutil::smallPprofMessage();
        QVERIFY(accepts(message));
        // A head cut anywhere after the first table is still a profile's head.
        for (qsizetype cut = 8; cut < message.size(); ++cut)
            QVERIFY2(accepts(message.left(cut)), qPrintable(QString::number(cut)));
    }
    void rejectsText()
    {
        QVERIFY(!accepts("main;work;leaf 10\nmain;idle 3\n"));
        QVERIFY(!accepts("{\"shared\": {\"frames\": []}}"));
        QVERIFY(!accepts("app 10/11 1.5: 100 cycles:\n\t a1 work (/bin/app)\n"));
        QVERIFY(!accepts(""));
    }
    void rejectsAWrongFirstString()
    {
        // string_table (field 6) must start with "".
        QVERIFY(!accepts(QByteArray("\x32\x01x", 3)));
        QVERIFY(!accepts(QByteArray("\x32\x00", 2))); // an empty string, but no table
    }
    void rejectsAWrongWireType()
    {
        // sample (field 2) as a varint.
        QVERIFY(!accepts(QByteArray("\x10\x01", 2)));
    }
};

PYROGRAPH_TEST_MAIN(tst_PprofProbe)
#include "tst_pprofprobe.moc"
