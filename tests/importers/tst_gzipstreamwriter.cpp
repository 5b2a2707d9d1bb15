#include "tests/support/testregistry.h"

#include "importers/gzipstreamwriter.h"

#include <QBuffer>
#include <QTest>

#include <zlib.h>

namespace {
// zlib's own reader, for a second opinion on what the writer made.
QByteArray gunzip(const QByteArray &gz)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[1 << 15];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    z.avail_in = uInt(gz.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END && z.avail_in == 0 ? out : QByteArray();
}
} // namespace

// GzipStreamWriter: pieces in, one gzip member out that zlib reads back
// exactly; a device that refuses a write is reported.
class tst_GzipStreamWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void piecesMakeOneMember()
    {
        QByteArray input;
        for (int i = 0; i < 3'000'000; ++i)
            input.append(char((i * 31 + i / 977) & 0xff));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        GzipStreamWriter writer(out);
        for (qsizetype at = 0; at < input.size(); at += 70001)
            QVERIFY(writer.write(std::string_view(
                input.constData() + at, size_t(std::min<qsizetype>(70001, input.size() - at)))));
        QVERIFY(writer.finish());
        QVERIFY(writer.error().isEmpty());
        QVERIFY(out.data().size() < input.size());
        QCOMPARE(out.data().left(2), QByteArray("\x1f\x8b"));
        QCOMPARE(gunzip(out.data()), input);
    }

    void nothingWrittenIsAnEmptyMember()
    {
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        GzipStreamWriter writer(out);
        QVERIFY(writer.finish());
        QVERIFY(out.data().size() >= 18); // header and trailer
        QCOMPARE(gunzip(out.data()), QByteArray());
    }

    void aRefusedWriteIsAnError()
    {
        QBuffer closed; // never opened: every write fails
        GzipStreamWriter writer(closed);
        const std::string big(1 << 20, 'x');
        const bool wrote = writer.write(big) && writer.finish();
        QVERIFY(!wrote);
        QVERIFY(!writer.error().isEmpty());
    }
};

PYROGRAPH_TEST_MAIN(tst_GzipStreamWriter)
#include "tst_gzipstreamwriter.moc"
