#pragma once

#include "console/models/PriceCatalog.h"
#include "domain/NotebookInstance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace SageDesk {

class Clock;

// The notebook instances of one account and region, one row each. A new list result is applied in
// place (rows inserted, removed and changed), never by a reset, so views keep their selection and
// scroll position while polling.
class InstanceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceTableModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        InstanceTypeColumn,
        PlatformColumn,
        VolumeColumn,
        CreatedColumn,
        LastModifiedColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (dates, numbers, status order)
        StatusRole,                  // int(NotebookInstanceStatus)
        NameRole,
        BusyRole, // the status is transitional
        FailureReasonRole,
    };

    explicit InstanceTableModel(const Clock& clock, QObject* parent = nullptr);
    ~InstanceTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies a complete ListNotebookInstances result.
    void setInstances(const QList<NotebookInstance>& instances);
    // Applies one DescribeNotebookInstance result (inserted when new).
    void upsert(const NotebookInstance& instance);
    void remove(const QString& name);
    void clear();

    const QList<NotebookInstance>& instances() const { return m_instances; }
    const NotebookInstance* find(const QString& name) const;
    int rowOf(const QString& name) const { return m_rowOf.value(name, -1); }
    bool anyTransitional() const;

    // What the cost column shows: what AWS bills, or, for instances that run on this computer (local
    // mode), what AWS would have billed for the same instance type in the region the endpoint answers for.
    enum class CostBasis
    {
        Billed,
        WouldCostOnAws,
    };
    // The cost column is priced for this region; the catalog's source and date are in the header tooltip.
    void setPricing(const PriceCatalog& catalog, const QString& region, CostBasis basis = CostBasis::Billed);
    // Compute cost of the running instance since it entered service; nullopt when not running or unpriced.
    std::optional<double> costSoFar(const NotebookInstance& instance) const;
    // Re-evaluates the time-dependent cost column.
    void refreshCosts();

    static QString statusText(NotebookInstanceStatus status);

private:
    QVariant displayData(const NotebookInstance& instance, int column) const;
    QVariant sortData(const NotebookInstance& instance, int column) const;
    void rebuildIndex();

    const Clock& m_clock;
    QList<NotebookInstance> m_instances;
    QHash<QString, int> m_rowOf;
    PriceCatalog m_prices;
    QString m_region;
    CostBasis m_costBasis = CostBasis::Billed;
};

} // namespace SageDesk
