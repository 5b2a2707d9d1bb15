#include "foldedwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <charconv>
#include <string>
#include <vector>

namespace {
// lupdate files Text::tr("...") under FoldedWriter.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FoldedWriter)
};

void appendNumber(std::string &out, qint64 value)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, r.ptr);
}
} // namespace

bool FoldedWriter::write(const Profile &profile, QIODevice &out, int sampleType, QString *error)
{
    const CallTree &tree = profile.tree();
    std::vector<int> columns;
    if (profile.isDiff())
        columns = {profile.diffBaseline(), profile.diffComparison()};
    else
        columns = {sampleType < 0 ? profile.defaultSampleType() : sampleType};
    for (int c : columns) {
        if (c < 0 || c >= profile.sampleTypeCount()) {
            if (error)
                *error = Text::tr("%1: no sample type %2").arg(QStringLiteral("folded")).arg(c);
            return false;
        }
    }
    std::vector<std::vector<qint64>> self;
    for (int c : columns)
        self.push_back(tree.selfColumn(c));

    std::string path; // the current node's stack, root first
    std::vector<size_t> cut(tree.maxDepth() + 2, 0); // path length after depth d
    std::string text;
    text.reserve(size_t(1) << 20);
    auto flush = [&]() {
        if (out.write(text.data(), qint64(text.size())) != qint64(text.size())) {
            if (error)
                *error = Text::tr("%1: write failed: %2")
                             .arg(QStringLiteral("folded"), out.errorString());
            return false;
        }
        text.clear();
        return true;
    };
    for (quint32 n = 1; n < quint32(tree.nodeCount()); ++n) {
        const NodeId node(n);
        const quint32 depth = tree.depth(node);
        path.resize(cut[depth - 1]);
        if (depth > 1)
            path += ';';
        const size_t start = path.size();
        path += profile.name(node);
        for (size_t i = start; i < path.size(); ++i) {
            if (path[i] == '\n' || path[i] == '\r')
                path[i] = ' ';
        }
        cut[depth] = path.size();
        bool any = false;
        for (const auto &column : self)
            any = any || column[n] != 0;
        if (!any)
            continue;
        text += path;
        for (const auto &column : self) {
            text += ' ';
            appendNumber(text, column[n]);
        }
        text += '\n';
        if (text.size() >= (size_t(1) << 20) && !flush())
            return false;
    }
    return flush();
}

QByteArray FoldedWriter::toBytes(const Profile &profile, int sampleType)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!write(profile, buffer, sampleType))
        return {};
    return buffer.data();
}
