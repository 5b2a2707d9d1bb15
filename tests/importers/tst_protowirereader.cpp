#include "tests/support/testregistry.h"

#include "importers/protowirereader.h"

#include <QByteArray>
#include <QTest>

#include <vector>

namespace {
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        out.append(char((v & 0x7f) | (v >= 0x80 ? 0x80 : 0)));
        v >>= 7;
    } while (v != 0);
    return out;
}
QByteArray tag(quint32 field, int wireType)
{
    return varint((quint64(field) << 3) | quint64(wireType));
}
ProtoWireReader reader(const QByteArray &bytes)
{
    const auto *base = reinterpret_cast<const quint8 *>(bytes.constData());
    return ProtoWireReader(base, {base, base + bytes.size()});
}
// The offset a PprofError names, or -2 when nothing threw.
template<typename F>
qint64 errorOffset(F &&f)
{
    try {
        f();
    } catch (const PprofError &e) {
        return e.offset;
    }
    return -2;
}
} // namespace

class tst_ProtoWireReader : public QObject
{
    Q_OBJECT
private slots:
    void varintsOfEverySize()
    {
        const std::vector<quint64> values{0, 1, 127, 128, 300, 1ull << 35, ~0ull};
        QByteArray bytes;
        for (quint64 v : values)
            bytes += varint(v);
        // Near the end too, where the fast path cannot read ten bytes ahead.
        ProtoWireReader r = reader(bytes);
        for (quint64 v : values)
            QCOMPARE(r.varint(), v);
        QVERIFY(r.atEnd());
    }
    void fieldsNestedAndSkipped()
    {
        const QByteArray inner = tag(1, ProtoWireReader::Varint) + varint(42);
        const QByteArray bytes = tag(3, ProtoWireReader::Fixed64) + QByteArray(8, 'x') + tag(4, ProtoWireReader::Fixed32)
                                 + QByteArray(4, 'y') + tag(2, ProtoWireReader::LengthDelimited)
                                 + varint(quint64(inner.size())) + inner + tag(5, ProtoWireReader::Varint) + varint(7);
        ProtoWireReader r = reader(bytes);
        quint32 field = 0;
        int wireType = 0;
        QVERIFY(r.next(field, wireType));
        QCOMPARE(field, 3u);
        r.skip(wireType);
        QVERIFY(r.next(field, wireType));
        r.skip(wireType);
        QVERIFY(r.next(field, wireType));
        QCOMPARE(field, 2u);
        QCOMPARE(wireType, int(ProtoWireReader::LengthDelimited));
        ProtoWireReader m = r.message();
        QVERIFY(m.next(field, wireType));
        QCOMPARE(field, 1u);
        QCOMPARE(m.varint(), 42u);
        QVERIFY(!m.next(field, wireType)); // the nested message ends at its length
        QVERIFY(r.next(field, wireType));
        QCOMPARE(field, 5u);
        QCOMPARE(r.varint(), 7u);
        QVERIFY(!r.next(field, wireType));
    }
    void repeatedPackedAndNot()
    {
        const QByteArray packed = varint(1) + varint(300) + varint(5);
        const QByteArray bytes = tag(1, ProtoWireReader::LengthDelimited) + varint(quint64(packed.size())) + packed
                                 + tag(1, ProtoWireReader::Varint) + varint(9);
        ProtoWireReader r = reader(bytes);
        std::vector<quint64> out;
        quint32 field;
        int wireType;
        while (r.next(field, wireType))
            r.repeated(wireType, out);
        QCOMPARE(out, (std::vector<quint64>{1, 300, 5, 9}));
    }
    void errorsNameTheOffset()
    {
        // A length that runs past the end, after three bytes of a good field.
        const QByteArray tooLong = tag(1, ProtoWireReader::Varint) + varint(300) + tag(2, ProtoWireReader::LengthDelimited)
                                   + varint(50) + "abc";
        QCOMPARE(errorOffset([&] {
                     ProtoWireReader r = reader(tooLong);
                     quint32 field;
                     int wireType;
                     while (r.next(field, wireType))
                         r.skip(wireType);
                 }),
                 qint64(4));
        const QByteArray truncated = tag(1, ProtoWireReader::Varint) + QByteArray("\x80\x80", 2);
        QCOMPARE(errorOffset([&] {
                     ProtoWireReader r = reader(truncated);
                     quint32 field;
                     int wireType;
                     r.next(field, wireType);
                     r.varint();
                 }),
                 qint64(1));
        QCOMPARE(errorOffset([&] {
                     const QByteArray group = tag(1, 3) + varint(1);
                     ProtoWireReader r = reader(group);
                     quint32 field;
                     int wireType;
                     r.next(field, wireType);
                     r.skip(wireType); // group wire types are not supported
                 }),
                 qint64(0));
        QCOMPARE(errorOffset([&] {
                     const QByteArray zero(1, '\0');
                     ProtoWireReader r = reader(zero); // field number 0
                     quint32 field;
                     int wireType;
                     r.next(field, wireType);
                 }),
                 qint64(0));
    }
};

PYROGRAPH_TEST_MAIN(tst_ProtoWireReader)
#include "tst_protowirereader.moc"
