#include "tests/support/testregistry.h"

#include "importers/inputstream.h"
#include "importers/parallelchunkreader.h"
#include "model/progress.h"

#include "importertestutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <string>

namespace {

// Lines of random length (some longer than a chunk), each ending in '\n'.
QByteArray randomLines(quint32 seed, qsizetype size)
{
    QRandomGenerator rng(seed);
    QByteArray text;
    int n = 0;
    while (text.size() < size) {
        const int length = rng.bounded(100) == 0 ? int(rng.bounded(3 << 20)) : int(rng.bounded(200));
        text += QByteArray::number(n) + ':' + QByteArray(length, char('a' + n % 26)) + '\n';
        ++n;
    }
    return text;
}

// What the reader handed out: the chunks by index, which worker parsed each.
struct Collected
{
    std::mutex mutex;
    std::map<size_t, std::string> chunks;
    std::set<int> workers;

    void add(int worker, size_t index, std::string_view chunk)
    {
        std::lock_guard lock(mutex);
        chunks.emplace(index, std::string(chunk));
        workers.insert(worker);
    }
    std::string joined() const
    {
        std::string all;
        for (const auto &[index, chunk] : chunks)
            all += chunk;
        return all;
    }
};

class CancelAfter final : public Progress
{
public:
    explicit CancelAfter(int reports)
        : m_left(reports)
    {}
    bool isCanceled() const override { return m_left <= 0; }
    void report(double) override { --m_left; }

private:
    std::atomic<int> m_left;
};

} // namespace

class tst_ParallelChunkReader : public QObject
{
    Q_OBJECT
private slots:
    void everyByteOnceInFileOrder_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<bool>("file");
        QTest::newRow("buffer, cut from its view (worker threads)") << false << false;
        QTest::newRow("file, read in chunks (worker threads)") << false << true;
        QTest::newRow("gzip buffer, read in chunks") << true << false;
        QTest::newRow("gzip file, read in chunks") << true << true;
    }
    void everyByteOnceInFileOrder()
    {
        QFETCH(bool, compressed);
        QFETCH(bool, file);
        const QByteArray text = randomLines(1, 12 << 20);
        const QByteArray bytes = compressed ? testutil::gzip(text) : text;
        QTemporaryDir dir;
        std::unique_ptr<InputStream> input;
        if (file) {
            const QString path = dir.filePath(QStringLiteral("lines.txt"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
            out.close();
            QString error;
            input = InputStream::openFile(path, &error);
            QVERIFY2(input, qPrintable(error));
        } else {
            input = InputStream::fromBytes(bytes, QStringLiteral("lines.txt"));
        }
        ParallelChunkReader reader(*input);
        QVERIFY(reader.workerCount() >= 1);
        Collected got;
        QCOMPARE(reader.run(Progress::none(), 1.0,
                            [&](int worker, size_t index, std::string_view chunk) { got.add(worker, index, chunk); }),
                 ParallelChunkReader::Outcome::Done);
        QVERIFY(got.chunks.size() >= 4);
        QCOMPARE(got.chunks.rbegin()->first, got.chunks.size() - 1); // indexes 0..n-1
        QCOMPARE(QByteArray::fromStdString(got.joined()), text);
        for (const auto &[index, chunk] : got.chunks)
            QVERIFY2(chunk.back() == '\n', qPrintable(QStringLiteral("chunk %1 ends inside a line").arg(index)));
        for (int worker : got.workers)
            QVERIFY(worker >= 0 && worker < reader.workerCount());
    }

    void cutsWhereTheFormatSays()
    {
        // Cut only before lines that start with '>', as a sample-based format would.
        QByteArray text;
        QRandomGenerator rng(2);
        while (text.size() < (9 << 20)) {
            text += ">record\n";
            const int body = int(rng.bounded(50));
            for (int i = 0; i < body; ++i)
                text += "  body line " + QByteArray::number(i) + '\n';
        }
        auto input = InputStream::fromBytes(text, QStringLiteral("records.txt"));
        ParallelChunkReader reader(*input);
        reader.setCut([](std::string_view bytes) -> size_t {
            const size_t at = bytes.rfind("\n>");
            return at == std::string_view::npos ? 0 : at + 1;
        });
        Collected got;
        QCOMPARE(reader.run(Progress::none(), 1.0,
                            [&](int worker, size_t index, std::string_view chunk) { got.add(worker, index, chunk); }),
                 ParallelChunkReader::Outcome::Done);
        QVERIFY(got.chunks.size() > 4);
        for (const auto &[index, chunk] : got.chunks)
            QVERIFY2(chunk.starts_with(">record\n"), qPrintable(QStringLiteral("chunk %1").arg(index)));
        QCOMPARE(QByteArray::fromStdString(got.joined()), text);
    }

    void sequentialParsesInOrderOnOneWorker()
    {
        const QByteArray text = randomLines(3, 8 << 20);
        auto input = InputStream::fromBytes(text, QStringLiteral("lines.txt"));
        ParallelChunkReader reader(*input);
        reader.setSequential();
        QCOMPARE(reader.workerCount(), 1);
        size_t expected = 0;
        bool inOrder = true;
        std::string all;
        QCOMPARE(reader.run(Progress::none(), 1.0,
                            [&](int worker, size_t index, std::string_view chunk) {
                                inOrder = inOrder && worker == 0 && index == expected++;
                                all += chunk;
                            }),
                 ParallelChunkReader::Outcome::Done);
        QVERIFY(inOrder);
        QVERIFY(expected > 4);
        QCOMPARE(QByteArray::fromStdString(all), text);
    }

    void decodesUtf16()
    {
        const QString text = QStringLiteral("größe;日本語 1\n").repeated(500000); // over 4 MiB as UTF-16
        QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto input = InputStream::fromBytes(utf16, QStringLiteral("utf16.txt"));
        ParallelChunkReader reader(*input);
        auto decoder = std::make_shared<QStringDecoder>(QStringConverter::Utf16LE);
        reader.setDecode([decoder](std::string_view raw) {
            return QString((*decoder)(QByteArrayView(raw.data(), qsizetype(raw.size())))).toUtf8();
        });
        Collected got;
        QCOMPARE(reader.run(Progress::none(), 1.0,
                            [&](int worker, size_t index, std::string_view chunk) { got.add(worker, index, chunk); }),
                 ParallelChunkReader::Outcome::Done);
        QCOMPARE(QString::fromStdString(got.joined()), text);
    }

    void truncatedInputFailsWithTheStreamsError()
    {
        const QByteArray compressed = testutil::gzip(randomLines(4, 6 << 20));
        auto input = InputStream::fromBytes(compressed.left(compressed.size() / 2), QStringLiteral("cut.txt.gz"));
        ParallelChunkReader reader(*input);
        std::atomic<qint64> parsed = 0;
        QCOMPARE(reader.run(Progress::none(), 1.0,
                            [&](int, size_t, std::string_view chunk) { parsed += qint64(chunk.size()); }),
                 ParallelChunkReader::Outcome::Failed);
        QVERIFY2(reader.error().contains(QStringLiteral("cut.txt.gz")), qPrintable(reader.error()));
        QVERIFY2(reader.error().contains(QStringLiteral("truncated")), qPrintable(reader.error()));
        QVERIFY(parsed > 0);
    }

    void cancelStopsReading()
    {
        const QByteArray text = randomLines(5, 32 << 20);
        auto input = InputStream::fromBytes(text, QStringLiteral("lines.txt"));
        ParallelChunkReader reader(*input);
        CancelAfter progress(3);
        std::atomic<qint64> parsed = 0;
        QCOMPARE(reader.run(progress, 1.0, [&](int, size_t, std::string_view chunk) { parsed += qint64(chunk.size()); }),
                 ParallelChunkReader::Outcome::Canceled);
        QVERIFY(parsed < text.size() / 2);
    }
};

PYROGRAPH_TEST_MAIN(tst_ParallelChunkReader)
#include "tst_parallelchunkreader.moc"
