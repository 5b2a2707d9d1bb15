#include "functiontablemodel.h"

#include "model/unitformat.h"

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
    return s ? int(s - m_table.rows().data()) : -1;
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
            return UnitFormat::format(s.self, unit());
        case SelfPercentColumn:
            return UnitFormat::percent(s.self, whole);
        case TotalColumn:
            return UnitFormat::format(s.total, unit());
        case TotalPercentColumn:
            return UnitFormat::percent(s.total, whole);
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
    return {};
}
