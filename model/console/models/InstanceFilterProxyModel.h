#pragma once

#include "domain/NotebookInstanceStatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace SageDesk {

// The search box (name contains, ignoring case) and the status filter over InstanceTableModel, and
// natural sorting of every column (dates as dates, volumes as numbers, statuses in lifecycle order).
class InstanceFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceFilterProxyModel)

public:
    explicit InstanceFilterProxyModel(QObject* parent = nullptr);
    ~InstanceFilterProxyModel() override;

    void setNameContains(const QString& text);
    QString nameContains() const { return m_nameContains; }
    void setStatusFilter(std::optional<NotebookInstanceStatus> status);
    std::optional<NotebookInstanceStatus> statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_nameContains;
    std::optional<NotebookInstanceStatus> m_status;
};

} // namespace SageDesk
