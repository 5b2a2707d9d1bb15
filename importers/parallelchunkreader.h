#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <string_view>

class InputStream;
class Progress;

// Reads a text input in chunks of about 1 MiB that end where the format allows
// a cut (after a line, before a sample), and parses them on worker threads,
// each worker with its own parser state: the line formats (collapsed, perf
// script) parse at several hundred MB/s a thread, so one thread cannot keep up
// with the page cache. Memory stays at a few chunks however big the input.
//
// Up to four workers (the calling thread one of them) take turns taking the
// next chunk and parse it. Uncompressed bytes already in memory are cut from
// one view of them (InputStream::takeRest); other input is read into each
// worker's buffer. A small input (under four chunks) is parsed by the
// calling thread alone, so tests and small files pay no thread start-up.
// Chunks are numbered in file order from 0 so that the caller can put what
// each chunk found (line counts, timestamps) back in order.
class ParallelChunkReader final
{
public:
    // The length of the longest prefix of `bytes` that may be parsed on its own;
    // 0 when there is none yet (read more). Cutting after the last '\n' is the
    // default.
    using Cut = std::function<size_t(std::string_view bytes)>;
    // Raw input bytes turned into UTF-8 (for UTF-16 input); none by default.
    using Decode = std::function<QByteArray(std::string_view raw)>;
    // Parses one chunk on worker `worker` (0 .. workerCount() - 1); index: the
    // chunk's place in the file. Called concurrently for different workers.
    using Parse = std::function<void(int worker, size_t index, std::string_view chunk)>;

    enum class Outcome { Done, Failed, Canceled };

    explicit ParallelChunkReader(InputStream &input);

    void setCut(Cut cut) { m_cut = std::move(cut); }
    void setDecode(Decode decode) { m_decode = std::move(decode); }
    // At most one worker, so that chunks are parsed one after another in file order.
    void setSequential() { m_workers = 1; }
    // How many parser states the caller needs (each used by one thread at a time).
    int workerCount() const { return m_workers; }

    // Reads to the end, reporting progress from 0 to progressEnd. On Failed,
    // error() says why (the input's own message, which names the source).
    Outcome run(Progress &progress, double progressEnd, const Parse &parse);
    const QString &error() const { return m_error; }

private:
    Outcome runOnView(std::string_view whole, Progress &progress, double progressEnd, const Parse &parse);
    void runWorkers(const std::function<void(int worker)> &work) const;

    InputStream &m_input;
    Cut m_cut;
    Decode m_decode;
    int m_workers = 1; // the calling thread and m_workers - 1 more
    QString m_error;
};
