#include "jfrrecordingreader.h"

#include "filenumber.h"
#include "jfrbytereader.h"
#include "jfrconstantpools.h"
#include "jfrmetadata.h"
#include "jfrvaluereader.h"

#include "model/progress.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>
#include <unordered_map>

namespace {
// lupdate files Text::tr("...") under JfrRecordingReader.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JfrRecordingReader)
};


constexpr qint64 headerSize = 68;
constexpr char magic[4] = {'F', 'L', 'R', '\0'};
// Decoded values a chunk may hold per byte of it (and a floor for tiny chunks);
// a real chunk holds fewer than one per byte.
constexpr qint64 valuesPerByte = 8;
constexpr qint64 minimumValueBudget = 1 << 20;

struct ChunkHeader
{
    qint64 begin = 0;
    qint64 size = 0;
    qint64 constantPoolOffset = 0;
    qint64 metadataOffset = 0;
    qint64 startNanos = 0;
    qint64 durationNanos = 0;
    qint64 startTicks = 0;
    qint64 ticksPerSecond = 0;
    bool compressedIntegers = false;
};

ChunkHeader readHeader(const quint8 *data, qint64 begin, qint64 fileSize)
{
    JfrByteReader reader(data, begin, fileSize, false);
    if (fileSize - begin < headerSize)
        reader.fail(Text::tr("truncated chunk header: %1 of %2 bytes")
                        .arg(fileSize - begin)
                        .arg(headerSize));
    if (std::memcmp(data + begin, magic, 4) != 0)
        reader.fail(Text::tr("no chunk magic \"FLR\\0\""));
    reader.u32();
    const quint16 major = reader.u16();
    reader.u16(); // minor
    if (major != 1 && major != 2)
        reader.failAt(Text::tr("unsupported JFR version %1").arg(major), begin + 4);
    ChunkHeader header;
    header.begin = begin;
    header.size = qint64(reader.u64());
    header.constantPoolOffset = qint64(reader.u64());
    header.metadataOffset = qint64(reader.u64());
    header.startNanos = qint64(reader.u64());
    header.durationNanos = qint64(reader.u64());
    header.startTicks = qint64(reader.u64());
    header.ticksPerSecond = qint64(reader.u64());
    header.compressedIntegers = (reader.u32() & 1) != 0;
    if (header.size < headerSize || header.size > fileSize - begin)
        reader.failAt(Text::tr("truncated chunk: its header says %1 bytes, %2 are left")
                          .arg(header.size)
                          .arg(fileSize - begin),
                      begin + 8);
    // what: a Text::tr text of the offset %1 and the chunk's size %2.
    const auto checkOffset = [&](qint64 offset, qint64 at, const char *what) {
        if (offset < headerSize || offset >= header.size)
            reader.failAt(Text::tr(what).arg(offset).arg(header.size), at);
    };
    checkOffset(header.constantPoolOffset, begin + 16,
                QT_TRANSLATE_NOOP("JfrRecordingReader",
                                  "constant pool offset %1 is outside its chunk of %2 bytes"));
    checkOffset(header.metadataOffset, begin + 24,
                QT_TRANSLATE_NOOP("JfrRecordingReader",
                                  "metadata offset %1 is outside its chunk of %2 bytes"));
    if (header.ticksPerSecond <= 0)
        reader.failAt(Text::tr("ticks per second %1 is not positive").arg(header.ticksPerSecond),
                      begin + 56);
    return header;
}

// Pyroscope's mergeJVMGeneratedClasses for class names.
std::string mergeGeneratedClass(std::string name)
{
    static const QRegularExpression accessor(
        QStringLiteral("^(jdk/internal/reflect/GeneratedMethodAccessor)(\\d+)$"));
    static const QRegularExpression lambda(
        QStringLiteral("^(.+\\$\\$Lambda)(\\$?\\d*[./](0x)?[\\da-f]+|\\d+)$"));
    if (name.find("GeneratedMethodAccessor") == std::string::npos
        && name.find("$$Lambda") == std::string::npos)
        return name;
    QString text = QString::fromStdString(name);
    text.replace(accessor, QStringLiteral("\\1_"));
    text.replace(lambda, QStringLiteral("\\1_"));
    return text.toStdString();
}

class ChunkReader
{
public:
    ChunkReader(const quint8 *data, const ChunkHeader &header, JfrRecording &recording,
                std::unordered_map<std::string, quint32> &frameIds,
                std::unordered_map<std::string, quint32> &stackIds,
                std::unordered_map<std::string, quint32> &threadIds)
        : m_header(header)
        , m_reader(data, header.begin, header.begin + header.size, header.compressedIntegers)
        , m_recording(recording)
        , m_frameIds(frameIds)
        , m_stackIds(stackIds)
        , m_threadIds(threadIds)
    { }

    void read(Progress &progress)
    {
        m_reader.seek(m_header.begin + m_header.metadataOffset,
                      QT_TRANSLATE_NOOP("JfrByteReader", "metadata offset"));
        m_metadata = JfrMetadata::read(m_reader);
        JfrValueReader values(m_metadata, m_reader,
                              std::max(minimumValueBudget, m_header.size * valuesPerByte));
        m_pools.load(values, m_header.begin + m_header.constantPoolOffset);

        std::unordered_map<quint64, JfrRecording::Kind> kindOf;
        for (const JfrRecording::KindInfo &info : JfrRecording::kinds())
            if (const JfrMetadata::Class *cls = m_metadata.byName(info.eventName))
                kindOf.emplace(cls->id, info.kind);

        qint64 position = m_header.begin + headerSize;
        const qint64 end = m_header.begin + m_header.size;
        qint64 events = 0;
        while (position < end) {
            m_reader.seek(position, QT_TRANSLATE_NOOP("JfrByteReader", "event offset"));
            const qint64 size = m_reader.readInt();
            if (size <= 0 || size > end - position)
                m_reader.failAt(Text::tr("event size %1 runs past its chunk (%2 bytes left)")
                                    .arg(size)
                                    .arg(end - position),
                                position);
            const quint64 type = quint64(m_reader.readLong());
            if (const auto it = kindOf.find(type); it != kindOf.end()) {
                JfrValue event;
                values.read(type, &event);
                if (m_reader.position() > position + size)
                    m_reader.failAt(Text::tr("event runs past its size of %1 bytes").arg(size),
                                    position);
                addSample(values, it->second, event);
            }
            position += size;
            if ((++events & 0xfff) == 0) {
                if (progress.isCanceled())
                    return;
                progress.report(double(position) / double(end));
            }
        }
    }

private:
    // A hostile header's start and tick rate may take these past qint64.
    FileNumber::Wide ticksToNanos(FileNumber::Wide ticks) const
    {
        return ticks * 1'000'000'000 / m_header.ticksPerSecond;
    }

    std::string stringOf(JfrValueReader &values, const JfrValue *value)
    {
        JfrValue storage;
        value = m_pools.follow(values, value, storage);
        return value && value->kind == JfrValue::Kind::String ? value->text : std::string();
    }

    // A Symbol ({string}) or a String, referenced or inline.
    std::string symbolOf(JfrValueReader &values, const JfrValue *value)
    {
        JfrValue storage;
        value = m_pools.follow(values, value, storage);
        if (!value)
            return {};
        if (value->kind == JfrValue::Kind::Object)
            return stringOf(values, values.field(*value, "string"));
        return value->kind == JfrValue::Kind::String ? value->text : std::string();
    }

    quint32 intern(std::unordered_map<std::string, quint32> &ids, std::vector<std::string> &table,
                   std::string name)
    {
        const auto [it, added] = ids.try_emplace(name, quint32(table.size()));
        if (added)
            table.push_back(std::move(name));
        return it->second;
    }

    quint32 frameOf(JfrValueReader &values, qint64 methodKey, quint64 methodType)
    {
        const auto cached = m_methods.find(methodKey);
        if (cached != m_methods.end())
            return cached->second;
        std::string name = "[unknown]";
        JfrValue method;
        if (m_pools.resolve(values, methodType, methodKey, &method)) {
            const std::string methodName = symbolOf(values, values.field(method, "name"));
            JfrValue classStorage;
            const JfrValue *cls =
                m_pools.follow(values, values.field(method, "type"), classStorage);
            std::string className =
                cls ? symbolOf(values, values.field(*cls, "name")) : std::string();
            className = mergeGeneratedClass(std::move(className));
            name = className.empty() ? methodName : className + "." + methodName;
        }
        const quint32 id = intern(m_frameIds, m_recording.frames, std::move(name));
        m_methods.emplace(methodKey, id);
        return id;
    }

    quint32 stackOf(JfrValueReader &values, const JfrValue *ref)
    {
        const qint64 key = ref && ref->kind == JfrValue::Kind::Ref ? ref->integer : -1;
        if (const auto cached = m_stacks.find(key); cached != m_stacks.end())
            return cached->second;
        std::vector<quint32> frames;
        JfrValue storage;
        if (const JfrValue *trace = m_pools.follow(values, ref, storage)) {
            if (const JfrValue *list = values.field(*trace, "frames");
                list && list->kind == JfrValue::Kind::Array) {
                frames.reserve(list->items.size());
                for (auto it = list->items.rbegin(); it != list->items.rend(); ++it) {
                    const JfrValue *method = values.field(*it, "method");
                    if (method && method->kind == JfrValue::Kind::Ref)
                        frames.push_back(frameOf(values, method->integer, method->typeId));
                    else
                        frames.push_back(intern(m_frameIds, m_recording.frames, "[unknown]"));
                }
            }
        }
        std::string bytes(reinterpret_cast<const char *>(frames.data()),
                          frames.size() * sizeof(quint32));
        const auto [it, added] =
            m_stackIds.try_emplace(std::move(bytes), quint32(m_recording.stacks.size()));
        if (added)
            m_recording.stacks.push_back(std::move(frames));
        m_stacks.emplace(key, it->second);
        return it->second;
    }

    quint32 threadOf(JfrValueReader &values, const JfrValue *ref)
    {
        const qint64 key = ref && ref->kind == JfrValue::Kind::Ref ? ref->integer : -1;
        if (const auto cached = m_threads.find(key); cached != m_threads.end())
            return cached->second;
        std::string name;
        JfrValue storage;
        if (const JfrValue *thread = m_pools.follow(values, ref, storage)) {
            name = stringOf(values, values.field(*thread, "javaName"));
            if (name.empty())
                name = stringOf(values, values.field(*thread, "osName"));
        }
        if (name.empty())
            name = key >= 0 ? "thread " + std::to_string(key) : std::string("[unknown thread]");
        const quint32 id = intern(m_threadIds, m_recording.threads, std::move(name));
        m_threads.emplace(key, id);
        return id;
    }

    static qint64 integerOf(const JfrValue *value)
    {
        if (!value)
            return 0;
        if (value->kind == JfrValue::Kind::Real)
            return qint64(value->real);
        return value->kind == JfrValue::Kind::Integer ? value->integer : 0;
    }

    void addSample(JfrValueReader &values, JfrRecording::Kind kind, const JfrValue &event)
    {
        const JfrRecording::KindInfo &info = JfrRecording::info(kind);
        if (kind == JfrRecording::Kind::ExecutionSample) {
            JfrValue storage;
            const JfrValue *state = m_pools.follow(values, values.field(event, "state"), storage);
            if (state && symbolOfState(values, *state) == "STATE_SLEEPING")
                return;
        }
        const JfrValue *thread = values.field(event, "sampledThread");
        if (!thread)
            thread = values.field(event, "eventThread");
        JfrRecording::Sample sample{};
        sample.kind = kind;
        sample.stack = stackOf(values, values.field(event, "stackTrace"));
        sample.thread = threadOf(values, thread);
        sample.contextId = integerOf(values.field(event, "contextId"));
        const qint64 ticks = integerOf(values.field(event, "startTime"));
        sample.timeNanos = FileNumber::clamped(
            m_header.startNanos + ticksToNanos(FileNumber::Wide(ticks) - m_header.startTicks),
            FileNumber::maxTime);
        if (!info.valueField.empty()) {
            const qint64 value = integerOf(values.field(event, info.valueField));
            sample.value = info.duration
                ? FileNumber::clamped(ticksToNanos(value), FileNumber::maxValue)
                : value;
        }
        m_recording.samples.push_back(sample);
    }

    std::string symbolOfState(JfrValueReader &values, const JfrValue &state)
    {
        return state.kind == JfrValue::Kind::Object ? stringOf(values, values.field(state, "name"))
                                                    : std::string();
    }

    const ChunkHeader &m_header;
    JfrByteReader m_reader;
    JfrMetadata m_metadata;
    JfrConstantPools m_pools;
    JfrRecording &m_recording;
    std::unordered_map<std::string, quint32> &m_frameIds;
    std::unordered_map<std::string, quint32> &m_stackIds;
    std::unordered_map<std::string, quint32> &m_threadIds;
    // This chunk's keys; keys of another chunk mean other things.
    std::unordered_map<qint64, quint32> m_methods;
    std::unordered_map<qint64, quint32> m_stacks;
    std::unordered_map<qint64, quint32> m_threads;
};

} // namespace

bool JfrRecordingReader::probe(std::string_view head)
{
    if (head.size() < 8 || std::memcmp(head.data(), magic, 4) != 0)
        return false;
    const int major = (quint8(head[4]) << 8) | quint8(head[5]);
    return major == 1 || major == 2;
}

std::optional<JfrRecording> JfrRecordingReader::read(std::string_view bytes, const QString &source,
                                                     Progress &progress, QString *error)
{
    const auto *data = reinterpret_cast<const quint8 *>(bytes.data());
    const qint64 size = qint64(bytes.size());
    JfrRecording recording;
    std::unordered_map<std::string, quint32> frameIds;
    std::unordered_map<std::string, quint32> stackIds;
    std::unordered_map<std::string, quint32> threadIds;
    try {
        qint64 position = 0;
        while (position < size) {
            const ChunkHeader header = readHeader(data, position, size);
            ChunkReader chunk(data, header, recording, frameIds, stackIds, threadIds);
            chunk.read(progress);
            if (progress.isCanceled())
                return std::nullopt;
            if (recording.chunkCount == 0)
                recording.startNanos = FileNumber::clamped(header.startNanos, FileNumber::maxTime);
            recording.endNanos = std::max(
                recording.endNanos,
                FileNumber::clamped(FileNumber::Wide(header.startNanos) + header.durationNanos,
                                    FileNumber::maxTime));
            ++recording.chunkCount;
            position += header.size;
        }
    } catch (const JfrError &e) {
        *error = Text::tr("%1: %2: %3 at byte %4")
                     .arg(source, QStringLiteral("jfr"), e.what)
                     .arg(e.offset);
        return std::nullopt;
    } catch (const std::bad_alloc &) {
        *error = Text::tr("%1: %2: out of memory").arg(source, QStringLiteral("jfr"));
        return std::nullopt;
    }
    if (recording.chunkCount == 0) {
        *error = Text::tr("%1: %2: the file holds no chunk").arg(source, QStringLiteral("jfr"));
        return std::nullopt;
    }
    return recording;
}
