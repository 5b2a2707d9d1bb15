#include "v8proflogimporter.h"

#include "chromecpuprofileimporter.h"
#include "filenumber.h"
#include "inputstream.h"
#include "jsonimport.h"
#include "model/profilebuilder.h"
#include "model/progress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace {
// lupdate files Text::tr("...") under V8ProfLogImporter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(V8ProfLogImporter)
};


bool isRawLog(std::string_view head)
{
    return head.starts_with("v8-version,");
}

struct Frame
{
    std::string name;
    std::string detail; // file:line:column of a JavaScript function
};

// speedscope's codeToFrameInfo, name for name.
Frame frameOf(const QJsonValue &value)
{
    const QJsonObject code = value.toObject();
    const QString type = code.value(QLatin1String("type")).toString();
    if (!value.isObject() || type.isEmpty())
        return {"(unknown type)", {}};
    QString name = code.value(QLatin1String("name")).toString();
    if (type == QLatin1String("CPP")) {
        static const QRegularExpression symbol(QStringLiteral("[tT] ([^(<]*)"));
        const QRegularExpressionMatch m = symbol.match(name);
        if (m.hasMatch())
            name = QStringLiteral("(c++) ") + m.captured(1);
    } else if (type == QLatin1String("SHARED_LIB")) {
        name = QStringLiteral("(LIB) ") + name;
    } else if (type == QLatin1String("JS")) {
        static const QRegularExpression function(
            QStringLiteral("([a-zA-Z0-9\\._\\-$]*) ([a-zA-Z0-9\\.\\-_\\/$]*):(\\d+):(\\d+)"));
        const QRegularExpressionMatch m = function.match(name);
        if (m.hasMatch()) {
            const QString file = m.captured(2);
            const QString line = m.captured(3);
            QString display = m.captured(1);
            if (display.isEmpty())
                display = file.isEmpty() ? QStringLiteral("(anonymous)")
                                         : QStringLiteral("(anonymous %1:%2)")
                                               .arg(file.section(QLatin1Char('/'), -1), line);
            return {display.toStdString(),
                    QStringLiteral("%1:%2:%3")
                        .arg(file.isEmpty() ? QStringLiteral("(unknown file)") : file, line,
                             m.captured(4))
                        .toStdString()};
        }
    } else if (type == QLatin1String("CODE")) {
        const QString kind = code.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("LoadIC") || kind == QLatin1String("StoreIC")
            || kind == QLatin1String("KeyedStoreIC") || kind == QLatin1String("KeyedLoadIC")
            || kind == QLatin1String("LoadGlobalIC") || kind == QLatin1String("Handler"))
            name = QStringLiteral("(IC) ") + name;
        else if (kind == QLatin1String("BytecodeHandler"))
            name = QStringLiteral("(bytecode) ~") + name;
        else if (kind == QLatin1String("Stub"))
            name = QStringLiteral("(stub) ") + name;
        else if (kind == QLatin1String("Builtin"))
            name = QStringLiteral("(builtin) ") + name;
        else if (kind == QLatin1String("RegExp"))
            name = QStringLiteral("(regexp) ") + name;
    } else {
        name = QStringLiteral("(%1) %2").arg(type, name);
    }
    return {name.toStdString(), {}};
}

} // namespace

QString V8ProfLogImporter::formatName() const
{
    return QStringLiteral("V8 prof log");
}

bool V8ProfLogImporter::probe(std::string_view head) const
{
    if (isRawLog(head))
        return true;
    // The preprocessed JSON opens with its code table; the ticks come last,
    // far past the probe's window in any real log.
    const size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (start == std::string_view::npos || head[start] != '{')
        return false;
    const size_t key = head.find_first_not_of(" \t\r\n", start + 1);
    if (key == std::string_view::npos || head.substr(key).rfind("\"code\"", 0) != 0)
        return false;
    for (const char *type : {"\"SHARED_LIB\"", "\"CPP\"", "\"JS\"", "\"CODE\""})
        if (head.find(type) != std::string_view::npos)
            return true;
    return false;
}

ImportResult V8ProfLogImporter::read(InputStream &input, Progress &progress) const
{
    auto fail = [&](const QString &why) {
        return ImportResult::failure(
            QStringLiteral("%1: %2: %3").arg(input.source(), formatName(), why));
    };
    if (isRawLog(input.peek(64)))
        return fail(
            Text::tr(
                "this is a raw isolate log, which needs V8's tick processor to resolve its code "
                "addresses; preprocess it first with `node --prof-process --preprocess %1 > "
                "profile.v8log.json` and open that")
                .arg(input.source()));
    QJsonObject root;
    QString parseError;
    if (!JsonImport::parseObject(input, formatName(), &root, &parseError))
        return ImportResult::failure(parseError);
    const QJsonValue codeValue = root.value(QLatin1String("code"));
    const QJsonValue ticksValue = root.value(QLatin1String("ticks"));
    if (!codeValue.isArray() || !ticksValue.isArray())
        return fail(Text::tr("expected \"code\" and \"ticks\" arrays (the output of node "
                             "--prof-process --preprocess)"));
    const QJsonArray code = codeValue.toArray();
    const QJsonArray ticks = ticksValue.toArray();
    progress.report(0.3);

    struct Tick
    {
        double tm;
        qsizetype index;
    };
    std::vector<Tick> order;
    order.reserve(size_t(ticks.size()));
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const QJsonObject tick = ticks.at(i).toObject();
        if (!tick.value(QLatin1String("tm")).isDouble()
            || !tick.value(QLatin1String("s")).isArray())
            return fail(Text::tr("tick %1 has no \"tm\" time or no \"s\" stack").arg(i));
        order.push_back({tick.value(QLatin1String("tm")).toDouble(), i});
    }
    std::stable_sort(order.begin(), order.end(),
                     [](const Tick &a, const Tick &b) { return a.tm < b.tm; });

    ProfileBuilder builder(ChromeCpuProfileImporter::sampleTypes());
    builder.setDefaultSampleType(1);
    ProfileMetadata &meta = builder.metadata();
    std::vector<NameId> frameName(size_t(code.size()) + 1, NameId{});
    std::vector<bool> known(size_t(code.size()) + 1, false);
    std::vector<NameId> path;
    qint64 last = 0;
    for (size_t n = 0; n < order.size(); ++n) {
        const QJsonArray s =
            ticks.at(order[n].index).toObject().value(QLatin1String("s")).toArray();
        path.clear();
        for (qsizetype i = s.size() - 2; i >= 0; i -= 2) {
            const QJsonValue entry = s.at(i);
            if (!entry.isDouble())
                return fail(
                    Text::tr("tick %1: stack entry %2 is not a number").arg(order[n].index).arg(i));
            const qint64 id = entry.toInteger();
            if (id == -1)
                continue;
            if (id < 0)
                return fail(
                    Text::tr("tick %1: stack entry %2 is %3").arg(order[n].index).arg(i).arg(id));
            if (id > code.size()) {
                path.push_back(builder.intern("0x" + QByteArray::number(id, 16).toStdString()));
                continue;
            }
            if (!known[size_t(id)]) {
                const Frame frame =
                    frameOf(code.at(id)); // code[code.size()] is undefined, as in speedscope
                frameName[size_t(id)] = builder.intern(frame.name);
                if (!frame.detail.empty())
                    meta.nameDetails.emplace_back(frame.name, frame.detail);
                known[size_t(id)] = true;
            }
            path.push_back(frameName[size_t(id)]);
        }
        // Microseconds, made nanoseconds below: clamped so that both fit.
        const qint64 tm = FileNumber::rounded(order[n].tm, FileNumber::maxTime / 1000);
        const qint64 values[] = {1, tm - last};
        builder.addStack(path, values);
        meta.sampleTimes.timeNanos.push_back(tm * 1000);
        meta.sampleTimes.weights.push_back(tm - last);
        last = tm;
        if (n % 4096 == 0 && progress.isCanceled())
            return ImportResult::cancellation();
    }
    if (order.empty())
        return fail(Text::tr("the log has no ticks"));
    ChromeCpuProfileImporter::finishMetadata(meta);
    meta.source = input.source().toStdString();
    meta.format = formatName().toStdString();
    return ImportResult::built(builder, progress);
}
