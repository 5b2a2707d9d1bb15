#include "tests/support/testregistry.h"

#include "importers/inputstream.h"

#include "importertestutil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <libdeflate.h>
#include <unistd.h>

#include <cstdio>
#include <thread>

using namespace testutil;

namespace {
// Text that compresses like a real profile: repetitive, but not constant.
QByteArray sampleText(int lines)
{
    QByteArray out;
    QRandomGenerator rng(42);
    for (int i = 0; i < lines; ++i)
        out += "main;worker;std::vector<int>::push_back;frame" + QByteArray::number(rng.bounded(500)) + ' '
               + QByteArray::number(rng.bounded(1000)) + '\n';
    return out;
}

QByteArray readInChunks(InputStream &in, qint64 chunk)
{
    QByteArray out;
    QByteArray buffer(chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), chunk);
        if (n <= 0)
            break;
        out.append(buffer.constData(), n);
    }
    return out;
}
} // namespace

class tst_InputStream : public QObject
{
    Q_OBJECT
private slots:
    void plainBytesReadInChunks()
    {
        const QByteArray text = sampleText(1000);
        auto in = InputStream::fromBytes(text, QStringLiteral("plain.txt"));
        QCOMPARE(in->compression(), InputStream::Compression::None);
        QCOMPARE(in->rawSize(), text.size());
        QCOMPARE(readInChunks(*in, 777), text);
        QVERIFY(in->error().isEmpty());
        QVERIFY(in->atEnd());
        QCOMPARE(in->decompressedPosition(), text.size());
    }

    void peekDoesNotConsume()
    {
        const QByteArray text = sampleText(100);
        auto in = InputStream::fromBytes(gzip(text), QStringLiteral("p.gz"));
        QCOMPARE(QByteArray(in->peek(10).data(), 10), text.left(10));
        QCOMPARE(QByteArray(in->peek(100).data(), 100), text.left(100));
        char first[5];
        QCOMPARE(in->read(first, 5), 5);
        QCOMPARE(QByteArray(first, 5), text.left(5));
        QCOMPARE(QByteArray(in->peek(20).data(), 20), text.mid(5, 20));
        QCOMPARE(in->readAll(), text.mid(5));
    }

    void gzipInflatedOnTheFly()
    {
        const QByteArray text = sampleText(50000); // several 1 MiB raw chunks
        auto in = InputStream::fromBytes(gzip(text), QStringLiteral("t.gz"));
        QCOMPARE(in->compression(), InputStream::Compression::Gzip);
        QCOMPARE(readInChunks(*in, 65536), text);
        QVERIFY2(in->error().isEmpty(), qPrintable(in->error()));
    }

    void multiMemberGzip()
    {
        const QByteArray a = sampleText(300), b = sampleText(700);
        auto in = InputStream::fromBytes(gzip(a) + gzip(b), QStringLiteral("two.gz"));
        QCOMPARE(readInChunks(*in, 4096), a + b);
        QVERIFY(in->error().isEmpty());
    }

    void zstdInflatedOnTheFly()
    {
        const QByteArray a = sampleText(40000), b = sampleText(10);
        auto in = InputStream::fromBytes(zstd(a) + zstd(b), QStringLiteral("t.zst"));
        QCOMPARE(in->compression(), InputStream::Compression::Zstd);
        QCOMPARE(readInChunks(*in, 100000), a + b);
        QVERIFY2(in->error().isEmpty(), qPrintable(in->error()));
    }

    void readAllWholeFileGzipMatchesStreaming()
    {
        // readAll() on a file takes the libdeflate path, read() the zlib one.
        const QString path = corpus("perf-script/flamegraph-example-perf-stacks.txt.gz");
        QString error;
        auto whole = InputStream::openFile(path, &error);
        QVERIFY2(whole, qPrintable(error));
        const QByteArray all = whole->readAll();
        QVERIFY2(whole->error().isEmpty(), qPrintable(whole->error()));
        auto streamed = InputStream::openFile(path, &error);
        QCOMPARE(readInChunks(*streamed, 12345), all);
        QVERIFY(all.size() > 1000000);
        QVERIFY(all.startsWith("# ========"));
    }

    void readAllWholeFileGzipBeyondOrdinaryRatio()
    {
        // 290:1 is past the first buffer's guess (32:1, at least 1 MiB): the
        // trailer's size is believed once the data fills that buffer, and the
        // bytes come out whole, not cut at the guess.
        QByteArray text;
        for (int i = 0; i < 80000; ++i)
            text += "main;loop;spin " + QByteArray::number(i % 7 + 1) + '\n';
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ratio.gz"));
        const QByteArray compressed = gzip(text, 9);
        QVERIFY2(text.size() > 32 * compressed.size() && text.size() > (1 << 20),
                 qPrintable(QString::number(text.size() / compressed.size())));
        QVERIFY(writeFile(path, compressed));
        QString error;
        auto in = InputStream::openFile(path, &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->readAll(), text);
        QVERIFY2(in->error().isEmpty(), qPrintable(in->error()));
    }

    void readAllAfterPartialRead()
    {
        QTemporaryDir dir;
        const QByteArray text = sampleText(20000);
        const QString path = dir.filePath(QStringLiteral("part.gz"));
        QVERIFY(writeFile(path, gzip(text)));
        QString error;
        auto in = InputStream::openFile(path, &error);
        QByteArray head(1000, Qt::Uninitialized);
        QCOMPARE(in->read(head.data(), 1000), 1000);
        in->peek(5000);
        QCOMPARE(head + in->readAll(), text);
        QVERIFY(in->atEnd());
    }

    void dashReadsStdinFromAFile()
    {
        // stdin redirected from a file: "-" reads it, and its size is known.
        QTemporaryDir dir;
        const QByteArray text = sampleText(5000);
        const QByteArray compressed = gzip(text);
        const QString path = dir.filePath(QStringLiteral("stdin.gz"));
        QVERIFY(writeFile(path, compressed));
        QVERIFY(std::freopen(QFile::encodeName(path).constData(), "rb", stdin));
        QString error;
        auto in = InputStream::openFile(QStringLiteral("-"), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->source(), QStringLiteral("stdin"));
        QCOMPARE(in->rawSize(), compressed.size());
        QCOMPARE(in->compression(), InputStream::Compression::Gzip);
        QCOMPARE(in->readAll(), text);
        QVERIFY(in->error().isEmpty());
    }

    void dashReadsStdinFromAPipe()
    {
        // A pipe has no size and cannot seek: readAll() streams through zlib.
        const QByteArray text = sampleText(50000);
        const QByteArray compressed = gzip(text);
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        std::thread writer([&] {
            qsizetype done = 0;
            while (done < compressed.size()) {
                const ssize_t n = ::write(fds[1], compressed.constData() + done, size_t(compressed.size() - done));
                if (n <= 0)
                    break;
                done += n;
            }
            ::close(fds[1]);
        });
        QVERIFY(::dup2(fds[0], 0) == 0);
        ::close(fds[0]);
        std::clearerr(stdin);
        QString error;
        auto in = InputStream::openFile(QStringLiteral("-"), &error);
        QVERIFY2(in, qPrintable(error));
        QCOMPARE(in->rawSize(), -1);
        const QByteArray all = in->readAll();
        writer.join();
        QCOMPARE(all, text);
        QVERIFY(in->error().isEmpty());
    }

    void takeRestViewsWhatIsLeft()
    {
        const QByteArray text = sampleText(20000);
        auto in = InputStream::fromBytes(text, QStringLiteral("plain.txt"));
        QCOMPARE(QByteArray(in->peek(100).data(), 100), text.left(100)); // peeked, not consumed
        char first[10];
        QCOMPARE(in->read(first, 10), qint64(10));
        const std::optional<std::string_view> rest = in->takeRest();
        QVERIFY(rest);
        QCOMPARE(QByteArray(rest->data(), qsizetype(rest->size())), text.mid(10));
        QCOMPARE(in->read(first, 10), qint64(0)); // the view took everything
        QVERIFY(in->atEnd());
    }

    void takeRestRefusesFilesCompressedAndPipes()
    {
        const QByteArray text = sampleText(500); // within a pipe's 64 KiB buffer
        auto gz = InputStream::fromBytes(gzip(text), QStringLiteral("x.gz"));
        QVERIFY(!gz->takeRest());
        QCOMPARE(readInChunks(*gz, 4096), text); // nothing consumed by the refusal
        // A file is read, not mapped (InputStream::takeRest says why).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(path, text));
        QString error;
        auto file = InputStream::openFile(path, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!file->takeRest());
        QCOMPARE(readInChunks(*file, 4096), text);
        int fds[2];
        QVERIFY(pipe(fds) == 0);
        QCOMPARE(write(fds[1], text.constData(), size_t(text.size())), ssize_t(text.size()));
        close(fds[1]);
        auto pipeFile = std::make_unique<QFile>();
        QVERIFY(pipeFile->open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
        InputStream fromPipe(std::move(pipeFile), QStringLiteral("stdin"));
        QVERIFY(!fromPipe.takeRest());
        QCOMPARE(readInChunks(fromPipe, 4096), text);
    }

    void missingFileNamesThePath()
    {
        QString error;
        auto in = InputStream::openFile(QStringLiteral("/nonexistent/dir/nofile.txt"), &error);
        QVERIFY(!in);
        QVERIFY2(error.contains(QLatin1String("/nonexistent/dir/nofile.txt")), qPrintable(error));
    }

    void truncatedGzipIsAnErrorWithOffset()
    {
        const QByteArray compressed = gzip(sampleText(20000));
        const QByteArray cut = compressed.left(compressed.size() / 2);
        auto in = InputStream::fromBytes(cut, QStringLiteral("cut.gz"));
        readInChunks(*in, 65536);
        QVERIFY(in->error().startsWith(QLatin1String("cut.gz: gzip: truncated")));
        QVERIFY2(in->error().contains(QStringLiteral("byte %1").arg(cut.size())), qPrintable(in->error()));
    }

    void truncatedGzipFileReadAll()
    {
        // The libdeflate path fails, the streaming path finds the offset.
        QTemporaryDir dir;
        const QByteArray compressed = gzip(sampleText(20000));
        const QString path = dir.filePath(QStringLiteral("cut.gz"));
        QVERIFY(writeFile(path, compressed.left(compressed.size() - 100)));
        QString error;
        auto in = InputStream::openFile(path, &error);
        QVERIFY(in->readAll().isEmpty());
        QVERIFY2(in->error().contains(path) && in->error().contains(QLatin1String("truncated"))
                     && in->error().contains(QStringLiteral("byte %1").arg(compressed.size() - 100)),
                 qPrintable(in->error()));
    }

    void corruptGzipIsAnErrorWithOffset()
    {
        QByteArray compressed = gzip(sampleText(20000));
        for (qsizetype i = 1000; i < 1100; ++i)
            compressed[i] = char(0xff);
        auto in = InputStream::fromBytes(compressed, QStringLiteral("bad.gz"));
        readInChunks(*in, 65536);
        QVERIFY2(in->error().startsWith(QLatin1String("bad.gz: gzip: corrupt compressed data at byte ")),
                 qPrintable(in->error()));
    }

    void truncatedZstdIsAnErrorWithOffset()
    {
        const QByteArray compressed = zstd(sampleText(20000));
        const QByteArray cut = compressed.left(compressed.size() - 10);
        auto in = InputStream::fromBytes(cut, QStringLiteral("cut.zst"));
        QVERIFY(in->readAll().isEmpty());
        QVERIFY2(in->error().startsWith(QLatin1String("cut.zst: zstd: truncated")), qPrintable(in->error()));
        QVERIFY(in->error().contains(QStringLiteral("byte %1").arg(cut.size())));
    }

    void corruptZstdIsAnError()
    {
        QByteArray compressed = zstd(sampleText(20000));
        for (qsizetype i = 20; i < compressed.size(); i += 7)
            compressed[i] = char(compressed[i] ^ 0x5a);
        auto in = InputStream::fromBytes(compressed, QStringLiteral("bad.zst"));
        in->readAll();
        QVERIFY2(in->error().startsWith(QLatin1String("bad.zst: zstd: ")), qPrintable(in->error()));
    }

    void gzipBombRefusedByByteLimit()
    {
        const QByteArray zeros(8 << 20, '\0');
        auto in = InputStream::fromBytes(gzip(zeros, 9), QStringLiteral("bomb.gz"));
        in->setLimits(1 << 20, InputStream::maxRatio, 0);
        readInChunks(*in, 65536);
        QCOMPARE(in->error(), QStringLiteral("bomb.gz: gzip data decompresses past 1048576 bytes: refusing a likely "
                                             "decompression bomb (--max-decompressed raises the limit)"));
    }

    void gzipBombRefusedByRatio()
    {
        // 8 MiB of zeros deflate to about 8 KiB: a ratio near 1000.
        const QByteArray zeros(8 << 20, '\0');
        const QByteArray compressed = gzip(zeros, 9);
        auto in = InputStream::fromBytes(compressed, QStringLiteral("ratio.gz"));
        in->setLimits(InputStream::maxDecompressedBytes(), 100, 0);
        readInChunks(*in, 65536);
        QVERIFY2(in->error().contains(QStringLiteral("decompresses past %1 bytes").arg(compressed.size() * 100)),
                 qPrintable(in->error()));
        // The default limits let the same input through: it is under 64 MiB.
        auto ok = InputStream::fromBytes(compressed, QStringLiteral("ok.gz"));
        QCOMPARE(ok->readAll().size(), zeros.size());
        QVERIFY(ok->error().isEmpty());
    }

    void gzipBombRefusedOnTheWholeFilePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.gz"));
        QVERIFY(writeFile(path, gzip(QByteArray(8 << 20, '\0'), 9)));
        QString error;
        auto in = InputStream::openFile(path, &error);
        in->setLimits(2 << 20, InputStream::maxRatio, 0);
        QVERIFY(in->readAll().isEmpty());
        QVERIFY2(in->error().startsWith(path + QStringLiteral(": gzip data decompresses past 2097152 bytes")),
                 qPrintable(in->error()));
    }

    void zstdBombRefused()
    {
        auto in = InputStream::fromBytes(zstd(QByteArray(8 << 20, '\0'), 19), QStringLiteral("bomb.zst"));
        in->setLimits(1 << 20, 1000000, 0);
        QVERIFY(in->readAll().isEmpty());
        QCOMPARE(in->error(), QStringLiteral("bomb.zst: zstd data decompresses past 1048576 bytes: refusing a likely "
                                             "decompression bomb (--max-decompressed raises the limit)"));
    }

    void zstdWindowPastTheLimitRefused()
    {
        // A 2 KB frame whose header asks for a 128 MB window, as `zstd --long`
        // or a hostile client writes one: refused before the decoder allocates
        // a window bigger than the input may decompress to.
        ZSTD_CCtx *c = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, 27);
        ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 0);
        const QByteArray text = sampleText(100);
        QByteArray frame(qsizetype(ZSTD_compressBound(size_t(text.size())) + 64),
                         Qt::Uninitialized);
        ZSTD_outBuffer out{frame.data(), size_t(frame.size()), 0};
        ZSTD_inBuffer in{text.constData(), size_t(text.size()), 0};
        // Streamed (no size known up front), so the window is not shrunk to the input.
        QVERIFY(!ZSTD_isError(ZSTD_compressStream2(c, &out, &in, ZSTD_e_continue)));
        QCOMPARE(ZSTD_compressStream2(c, &out, &in, ZSTD_e_end), size_t(0));
        ZSTD_freeCCtx(c);
        frame.resize(qsizetype(out.pos));

        auto limited = InputStream::fromBytes(frame, QStringLiteral("long.zst"));
        limited->setLimits(1 << 20, 1000000, 0);
        QVERIFY(limited->readAll().isEmpty());
        QCOMPARE(limited->error(),
                 QStringLiteral("long.zst: zstd data decompresses past 1048576 bytes: refusing a "
                                "likely decompression bomb (--max-decompressed raises the limit)"));

        // Under limits that let 128 MB out, the same frame decodes.
        auto roomy = InputStream::fromBytes(frame, QStringLiteral("long.zst"));
        roomy->setLimits(qint64(256) << 20, 1000000, 0);
        QCOMPARE(roomy->readAll(), text);
        QVERIFY2(roomy->error().isEmpty(), qPrintable(roomy->error()));
    }

    void plainInputIsNotLimited()
    {
        const QByteArray text = sampleText(10000);
        auto in = InputStream::fromBytes(text, QStringLiteral("plain"));
        in->setLimits(1000, 1, 0);
        QCOMPARE(in->readAll(), text);
        QVERIFY(in->error().isEmpty());
    }

    void emptyInput()
    {
        auto in = InputStream::fromBytes(QByteArray(), QStringLiteral("empty"));
        QVERIFY(in->peek().empty());
        QVERIFY(in->atEnd());
        QVERIFY(in->readAll().isEmpty());
        QVERIFY(in->error().isEmpty());
        char c;
        QCOMPARE(in->read(&c, 1), 0);
    }

    // Not a timed test: prints libdeflate vs zlib on an 8 MB gzip of
    // profile-like text, the numbers quoted in inputstream.cpp.
    void inflateSpeed()
    {
        const QByteArray text = sampleText(400000);
        const QByteArray compressed = gzip(text);
        QElapsedTimer timer;
        timer.start();
        auto in = InputStream::fromBytes(compressed, QStringLiteral("speed.gz"));
        const qint64 streamed = readInChunks(*in, 1 << 20).size();
        const qint64 zlibMs = timer.restart();
        QByteArray out(text.size(), Qt::Uninitialized);
        libdeflate_decompressor *d = libdeflate_alloc_decompressor();
        size_t produced = 0;
        QCOMPARE(int(libdeflate_gzip_decompress(d, compressed.constData(), size_t(compressed.size()), out.data(),
                                                size_t(out.size()), &produced)),
                 int(LIBDEFLATE_SUCCESS));
        libdeflate_free_decompressor(d);
        const qint64 deflateMs = timer.elapsed();
        QCOMPARE(streamed, text.size());
        QCOMPARE(qsizetype(produced), text.size());
        qInfo("inflate %lld MB from %lld MB: zlib streaming %lld ms, libdeflate whole buffer %lld ms",
              qint64(text.size() >> 20), qint64(compressed.size() >> 20), zlibMs, deflateMs);
    }
};

PYROGRAPH_TEST_MAIN(tst_InputStream)
#include "tst_inputstream.moc"
