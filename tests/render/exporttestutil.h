#pragma once

// Shared by the export tests: small profiles built from stacks given as byte
// strings (so names may hold invalid UTF-8), and xmllint.

#include "model/profilebuilder.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace exporttest {

struct Stack
{
    std::vector<std::string> frames; // root first
    std::vector<qint64> values;
};

inline ProfilePtr build(const std::vector<Stack> &stacks, std::vector<SampleType> types = {{"samples", "count"}},
                        bool diff = false)
{
    ProfileBuilder builder(std::move(types));
    for (const Stack &s : stacks) {
        std::vector<NameId> ids;
        for (const std::string &f : s.frames)
            ids.push_back(builder.intern(f));
        builder.addStack(ids, s.values);
    }
    if (diff)
        builder.setDiff(0, 1);
    return builder.build();
}

// The names a hostile profile uses: markup, a CDATA end, quotes, an ampersand,
// invalid UTF-8 (a lone 0xff, a truncated sequence), a control character and
// U+2028, which ends a line in old JavaScript.
inline std::vector<std::string> hostileNames()
{
    return {"<script>alert(1)</script>", "]]>", "\"double\" 'single'", "a&b&amp;", "bad\xff\xfe utf8 \xe2\x82",
            std::string("ctl\x01\x1f", 5), "sep\xe2\x80\xa8line", "</script><script>alert(2)</script>"};
}

inline ProfilePtr hostileProfile()
{
    std::vector<Stack> stacks;
    const std::vector<std::string> names = hostileNames();
    for (size_t i = 0; i < names.size(); ++i)
        stacks.push_back({{"main", names[i]}, {qint64(10 + i)}});
    stacks.push_back({{"main", names[0], names[1]}, {5}});
    return build(stacks);
}

// xmllint --noout: empty when the file is well-formed XML, else its complaint.
inline QString xmllint(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (tool.isEmpty())
        return QStringLiteral("xmllint is not installed (Debian: libxml2-utils)");
    QProcess p;
    p.start(tool, {QStringLiteral("--noout"), QStringLiteral("--nonet"), path});
    if (!p.waitForFinished(60000))
        return QStringLiteral("xmllint did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return {};
}

} // namespace exporttest
