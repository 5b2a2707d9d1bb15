#pragma once

// Test helpers shared by the model tests: profiles from collapsed-like text and
// a printed tree to compare against.

#include "model/profilebuilder.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace testing {

// Lines "a;b;c N [M ...] [#key=value,key=value]": one value per sample type.
// An empty stack ("" before the values) adds to the root's self.
inline ProfilePtr fromCollapsed(const QStringList &lines,
                                std::vector<SampleType> types = {{"samples", "count"}})
{
    ProfileBuilder builder(types);
    for (QString line : lines) {
        qint32 labelSet = -1;
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0) {
            LabelIndex::LabelSet set;
            for (const QString &pair : line.mid(hash + 1).split(u',', Qt::SkipEmptyParts)) {
                const qsizetype eq = pair.indexOf(u'=');
                set.emplace_back(pair.left(eq).toStdString(), pair.mid(eq + 1).toStdString());
            }
            labelSet = qint32(builder.addLabelSet(set));
            line = line.left(hash).trimmed();
        }
        QStringList parts = line.split(u' ');
        std::vector<qint64> values;
        while (parts.size() > 1 && values.size() < types.size()) {
            values.insert(values.begin(), parts.takeLast().toLongLong());
        }
        const QString stack = parts.join(u' ');
        std::vector<NameId> ids;
        if (!stack.isEmpty())
            for (const QString &f : stack.split(u';'))
                ids.push_back(builder.intern(f.toStdString()));
        builder.addStack(ids, values, labelSet);
    }
    return builder.build();
}

inline QString qName(const Profile &p, NodeId node)
{
    const std::string_view n = p.name(node);
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}

inline QString qName(const Profile &p, NameId name)
{
    const std::string_view n = p.names().name(name);
    return QString::fromUtf8(n.data(), qsizetype(n.size()));
}

inline NameId nameId(const Profile &p, std::string_view name)
{
    for (qsizetype i = 0; i < p.names().size(); ++i)
        if (p.names().name(NameId(quint32(i))) == name)
            return NameId(quint32(i));
    return NameId();
}

// "name total/self" per node in pre-order, indented by depth, for one sample type.
inline QString printTree(const Profile &p, int sampleType = 0)
{
    QString out;
    const CallTree &t = p.tree();
    for (quint32 n = 0; n < quint32(t.nodeCount()); ++n) {
        const NodeId id(n);
        out += QString(int(t.depth(id)) * 2, u' ') + qName(p, id) + u' ' + QString::number(t.total(id, sampleType))
             + u'/' + QString::number(t.self(id, sampleType)) + u'\n';
    }
    return out;
}

} // namespace testing
