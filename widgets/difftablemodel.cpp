#include "difftablemodel.h"

#include "widgets/render/flamecolors.h"

#include "model/unitformat.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <limits>

DiffTableModel::DiffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DiffTableModel::setProfile(ProfilePtr profile)
{
    beginResetModel();
    m_profile = profile && profile->isDiff() ? std::move(profile) : nullptr;
    m_rows.clear();
    m_rowOfName.clear();
    m_baselineTotal = m_comparisonTotal = 0;
    if (m_profile) {
        const FunctionTable left = FunctionTable::compute(*m_profile, m_profile->diffBaseline());
        const FunctionTable right = FunctionTable::compute(*m_profile, m_profile->diffComparison());
        m_baselineTotal = left.profileTotal();
        m_comparisonTotal = right.profileTotal();
        m_rows.reserve(left.rows().size());
        for (const FunctionStats &f : left.rows()) {
            const FunctionStats *other = right.find(f.name);
            m_rows.push_back(Row{f.name, f.self, other ? other->self : 0});
        }
        for (const FunctionStats &f : right.rows())
            if (!left.find(f.name))
                m_rows.push_back(Row{f.name, 0, f.self});
    }
    m_rowOfName.assign(m_profile ? size_t(m_profile->names().size()) : 0, -1);
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOfName[m_rows[i].name.index] = int(i);
    endResetModel();
}

void DiffTableModel::setDiffMode(DiffMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    if (!m_rows.empty())
        emit dataChanged(index(0, ChangeColumn), index(rowCount() - 1, ChangeColumn));
    emit headerDataChanged(Qt::Horizontal, ChangeColumn, ChangeColumn);
}

double DiffTableModel::change(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if (r.baseline == 0 && r.comparison != 0)
        return std::numeric_limits<double>::infinity();
    return DiffMetrics::changePercent(r.baseline, m_baselineTotal, r.comparison, m_comparisonTotal, m_mode, false);
}

int DiffTableModel::rowOf(NameId name) const
{
    return name.index < m_rowOfName.size() ? m_rowOfName[name.index] : -1;
}

int DiffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const std::string_view unit = m_profile->sampleTypes()[size_t(m_profile->diffBaseline())].unit;
    const std::string_view name = m_profile->names().name(r.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        case BaselineColumn:
            return QStringLiteral("%1 (%2)").arg(
                UnitFormat::format(r.baseline, unit, QLocale()),
                UnitFormat::percent(r.baseline, m_baselineTotal, QLocale()));
        case ComparisonColumn:
            return QStringLiteral("%1 (%2)").arg(
                UnitFormat::format(r.comparison, unit, QLocale()),
                UnitFormat::percent(r.comparison, m_comparisonTotal, QLocale()));
        case DeltaColumn: {
            const qint64 d = r.comparison - r.baseline;
            return (d > 0       ? QStringLiteral("+")
                        : d < 0 ? QStringLiteral("-")
                                : QString())
                + UnitFormat::format(d < 0 ? -d : d, unit, QLocale());
        }
        case ChangeColumn: {
            if (r.baseline == 0 && r.comparison != 0)
                return tr("new");
            if (r.comparison == 0 && r.baseline != 0)
                return tr("removed");
            const double c = change(index.row());
            return QStringLiteral("%1%2%").arg(c > 0 ? QStringLiteral("+") : QString()).arg(c, 0, 'f', 2);
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        case BaselineColumn:
            return r.baseline;
        case ComparisonColumn:
            return r.comparison;
        case DeltaColumn:
            return r.comparison - r.baseline;
        case ChangeColumn:
            return change(index.row());
        }
        break;
    case NameIdRole:
        return r.name.index;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // The change in the flamegraph's colours: red for more, green for less.
        if (index.column() == ChangeColumn || index.column() == DeltaColumn) {
            const double c = std::clamp(change(index.row()), -100.0, 100.0);
            if (c != 0)
                return QBrush(QColor(FlameColors::diffColor(c > 0 ? 100 : -100)));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        break;
    }
    return {};
}

QVariant DiffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // QHeaderView's first click on a column: the biggest first (numbers), names A to Z.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole)
        return int(section == NameColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Function");
    case BaselineColumn:
        return tr("Baseline self");
    case ComparisonColumn:
        return tr("Comparison self");
    case DeltaColumn:
        return tr("Change");
    case ChangeColumn:
        return m_mode == DiffMode::Relative ? tr("Change % (share)") : tr("Change %");
    }
    return {};
}
