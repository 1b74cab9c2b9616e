#include "console/models/InstanceFilterProxyModel.h"

#include "console/models/InstanceTableModel.h"

namespace SageDesk {

InstanceFilterProxyModel::InstanceFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InstanceTableModel::SortRole);
    setDynamicSortFilter(true);
}

InstanceFilterProxyModel::~InstanceFilterProxyModel() = default;

void InstanceFilterProxyModel::setNameContains(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_nameContains) {
        return;
    }
    m_nameContains = trimmed;
    invalidateRowsFilter();
}

void InstanceFilterProxyModel::setStatusFilter(std::optional<NotebookInstanceStatus> status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    invalidateRowsFilter();
}

bool InstanceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(InstanceTableModel::StatusRole).toInt() != int(*m_status)) {
        return false;
    }
    return m_nameContains.isEmpty() ||
           index.data(InstanceTableModel::NameRole).toString().contains(m_nameContains, Qt::CaseInsensitive);
}

} // namespace SageDesk
