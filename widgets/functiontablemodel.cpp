#include "functiontablemodel.h"

#include "model/unitformat.h"

#include <algorithm>

FunctionTableModel::FunctionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FunctionTableModel::setProfile(ProfilePtr profile, int sampleType)
{
    FunctionTable table;
    if (profile)
        table = FunctionTable::compute(*profile, sampleType);
    setTable(std::move(profile), sampleType, std::move(table));
}

void FunctionTableModel::setTable(ProfilePtr profile, int sampleType, FunctionTable table)
{
    beginResetModel();
    m_profile = std::move(profile);
    m_sampleType = sampleType;
    m_table = std::move(table);
    sortOrderOfRows();
    endResetModel();
}

void FunctionTableModel::clear()
{
    setTable(nullptr, 0, FunctionTable());
}

std::string_view FunctionTableModel::nameText(int row) const
{
    return m_profile->names().name(nameAt(row));
}

int FunctionTableModel::rowOf(NameId name) const
{
    const FunctionStats *s = name.isValid() ? m_table.find(name) : nullptr;
    return s ? int(m_rowOfTableRow[size_t(s - m_table.rows().data())]) : -1;
}

void FunctionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<FunctionStats> tracked; // persistent indexes follow their function
    tracked.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        tracked.push_back(stats(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrderOfRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(tracked[size_t(i)].name), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void FunctionTableModel::sortOrderOfRows()
{
    const std::vector<FunctionStats> &rows = m_table.rows();
    m_order.resize(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        m_order[i] = quint32(i);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const auto name = [this](const FunctionStats &s) { return m_profile->names().name(s.name); };
    const auto byName = [&](quint32 a, quint32 b) {
        return descending ? name(rows[b]) < name(rows[a]) : name(rows[a]) < name(rows[b]);
    };
    // Equal values list their names A to Z in both orders.
    const auto byValue = [&](auto value) {
        return [&, value](quint32 a, quint32 b) {
            const qint64 va = value(rows[a]), vb = value(rows[b]);
            if (va != vb)
                return descending ? vb < va : va < vb;
            return name(rows[a]) < name(rows[b]);
        };
    };
    switch (m_sortColumn) {
    case NameColumn:
        std::sort(m_order.begin(), m_order.end(), byName);
        break;
    case SelfColumn:
    case SelfPercentColumn:
        std::sort(m_order.begin(), m_order.end(), byValue([](const FunctionStats &s) { return s.self; }));
        break;
    default:
        std::sort(m_order.begin(), m_order.end(), byValue([](const FunctionStats &s) { return s.total; }));
        break;
    }
    m_rowOfTableRow.resize(rows.size());
    for (size_t r = 0; r < m_order.size(); ++r)
        m_rowOfTableRow[m_order[r]] = quint32(r);
}

std::string_view FunctionTableModel::unit() const
{
    if (!m_profile || m_sampleType < 0 || m_sampleType >= m_profile->sampleTypeCount())
        return {};
    return m_profile->sampleTypes()[size_t(m_sampleType)].unit;
}

int FunctionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows().size());
}

int FunctionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunctionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FunctionStats &s = stats(index.row());
    const qint64 whole = m_table.profileTotal();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            const std::string_view name = nameText(index.row());
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        }
        case SelfColumn:
            return UnitFormat::format(s.self, unit(), QLocale());
        case SelfPercentColumn:
            return UnitFormat::percent(s.self, whole, QLocale());
        case TotalColumn:
            return UnitFormat::format(s.total, unit(), QLocale());
        case TotalPercentColumn:
            return UnitFormat::percent(s.total, whole, QLocale());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            const std::string_view name = nameText(index.row());
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: {
            const std::string_view name = nameText(index.row());
            return QString::fromUtf8(name.data(), qsizetype(name.size()));
        }
        case SelfColumn:
        case SelfPercentColumn:
            return s.self;
        case TotalColumn:
        case TotalPercentColumn:
            return s.total;
        }
        break;
    case NameIdRole:
        return s.name.index;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant FunctionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Function");
        case SelfColumn:
            return tr("Self");
        case SelfPercentColumn:
            return tr("Self %");
        case TotalColumn:
            return tr("Total");
        case TotalPercentColumn:
            return tr("Total %");
        }
    }
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    // QHeaderView's first click on a column: the costliest first, as every
    // profiler sorts; names A to Z.
    if (role == Qt::InitialSortOrderRole)
        return int(section == NameColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    return {};
}
