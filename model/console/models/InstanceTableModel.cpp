#include "console/models/InstanceTableModel.h"

#include "core/Clock.h"
#include "core/LocalDates.h"

#include <QLocale>
#include <QSet>

namespace SageDesk {

namespace {

QString currencySymbol(const QString& currency)
{
    return currency.isEmpty() || currency == QLatin1String("USD") ? QStringLiteral("$") : currency;
}

} // namespace

InstanceTableModel::InstanceTableModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

InstanceTableModel::~InstanceTableModel() = default;

int InstanceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_instances.size());
}

int InstanceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstanceTableModel::statusText(NotebookInstanceStatus status)
{
    switch (status) {
    case NotebookInstanceStatus::Pending:
        return tr("Pending");
    case NotebookInstanceStatus::InService:
        return tr("InService");
    case NotebookInstanceStatus::Stopping:
        return tr("Stopping");
    case NotebookInstanceStatus::Stopped:
        return tr("Stopped");
    case NotebookInstanceStatus::Failed:
        return tr("Failed");
    case NotebookInstanceStatus::Deleting:
        return tr("Deleting");
    case NotebookInstanceStatus::Updating:
        return tr("Updating");
    }
    return {};
}

QVariant InstanceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const NotebookInstance& instance = m_instances.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(instance, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !instance.failureReason.isEmpty()) {
            return instance.failureReason;
        }
        if (index.column() == CostColumn && m_costBasis == CostBasis::WouldCostOnAws && costSoFar(instance)) {
            return tr("What this instance would have cost on AWS in %1 so far. It runs on this computer, "
                      "at no charge.")
                .arg(m_region);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VolumeColumn || index.column() == CostColumn) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case SortRole:
        return sortData(instance, index.column());
    case StatusRole:
        return int(instance.notebookInstanceStatus);
    case NameRole:
        return instance.notebookInstanceName;
    case BusyRole:
        return NotebookInstanceStatuses::isTransitional(instance.notebookInstanceStatus);
    case FailureReasonRole:
        return instance.failureReason;
    default:
        return {};
    }
}

QVariant InstanceTableModel::displayData(const NotebookInstance& instance, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return instance.notebookInstanceName;
    case StatusColumn:
        return statusText(instance.notebookInstanceStatus);
    case InstanceTypeColumn:
        return instance.instanceType;
    case PlatformColumn:
        return instance.platformIdentifier;
    case VolumeColumn:
        return instance.volumeSizeInGB > 0 ? tr("%1 GB").arg(instance.volumeSizeInGB) : QString();
    case CreatedColumn:
        return instance.creationTime.isValid() ? shortDateTime(instance.creationTime, locale) : QString();
    case LastModifiedColumn:
        return instance.lastModifiedTime.isValid() ? shortDateTime(instance.lastModifiedTime, locale)
                                                   : QString();
    case CostColumn: {
        const std::optional<double> cost = costSoFar(instance);
        // The figure with the UI locale's separators, the symbol in front as on the price page.
        if (!cost) {
            return QStringLiteral("\u2014");
        }
        // In local mode the header ("Cost on AWS") and the cell's tooltip mark it as what AWS would charge.
        return currencySymbol(m_prices.currency()) + locale.toString(*cost, 'f', 2);
    }
    default:
        return {};
    }
}

QVariant InstanceTableModel::sortData(const NotebookInstance& instance, int column) const
{
    switch (column) {
    case NameColumn:
        return instance.notebookInstanceName.toLower();
    case StatusColumn:
        return int(instance.notebookInstanceStatus);
    case VolumeColumn:
        return instance.volumeSizeInGB;
    case CreatedColumn:
        return instance.creationTime;
    case LastModifiedColumn:
        return instance.lastModifiedTime;
    case CostColumn:
        return costSoFar(instance).value_or(-1.0);
    default:
        return displayData(instance, column);
    }
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == CostColumn) {
        // Rich text, so that the long source wraps.
        const QString what =
            m_costBasis == CostBasis::WouldCostOnAws
                ? tr("Local mode: what each instance would have cost on AWS in %1 since it entered service, "
                     "from the price catalog. Instances on this computer cost nothing; \u2014 where the "
                     "price "
                     "is unknown or the instance is not running.")
                      .arg(m_region)
                : tr("Compute cost since the instance entered service, from the price catalog; \u2014 where "
                     "the price is unknown or the instance is not running.");
        return QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(what.toHtmlEscaped(), tr("Prices: %1").arg(m_prices.source()).toHtmlEscaped(),
                 tr("Price date: %1")
                     .arg(QLocale().toString(m_prices.date(), QLocale::LongFormat))
                     .toHtmlEscaped());
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case InstanceTypeColumn:
        return tr("Instance type");
    case PlatformColumn:
        return tr("Platform");
    case VolumeColumn:
        return tr("Volume");
    case CreatedColumn:
        return tr("Created");
    case LastModifiedColumn:
        return tr("Last modified");
    case CostColumn:
        return m_costBasis == CostBasis::WouldCostOnAws ? tr("Cost on AWS") : tr("Cost so far");
    default:
        return {};
    }
}

void InstanceTableModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_instances.size());
    for (int row = 0; row < m_instances.size(); ++row) {
        m_rowOf.insert(m_instances.at(row).notebookInstanceName, row);
    }
}

void InstanceTableModel::setInstances(const QList<NotebookInstance>& instances)
{
    // One hash lookup per incoming instance finds both the rows that stay and those that went.
    QList<int> rowFor(instances.size(), -1);
    QList<bool> kept(m_instances.size(), false);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const int row = m_rowOf.value(instances.at(i).notebookInstanceName, -1);
        rowFor[i] = row;
        if (row >= 0) {
            kept[row] = true;
        }
    }

    // Remove from the back in contiguous runs, so each removal keeps the rows before it valid.
    bool removedAny = false;
    for (int row = int(m_instances.size()) - 1; row >= 0;) {
        if (kept.at(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept.at(first - 1)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_instances.remove(first, row - first + 1);
        endRemoveRows();
        removedAny = true;
        row = first - 1;
    }
    if (removedAny) {
        rebuildIndex();
        for (qsizetype i = 0; i < instances.size(); ++i) {
            rowFor[i] = m_rowOf.value(instances.at(i).notebookInstanceName, -1);
        }
    }

    QList<const NotebookInstance*> added;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const NotebookInstance& instance = instances.at(i);
        const int row = rowFor.at(i);
        if (row < 0) {
            added.append(&instance);
            continue;
        }
        if (!(m_instances.at(row) == instance)) {
            m_instances[row] = instance;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_instances.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const NotebookInstance* instance : added) {
            m_rowOf.insert(instance->notebookInstanceName, int(m_instances.size()));
            m_instances.append(*instance);
        }
        endInsertRows();
    }
}

void InstanceTableModel::upsert(const NotebookInstance& instance)
{
    const int row = rowOf(instance.notebookInstanceName);
    if (row >= 0) {
        if (!(m_instances.at(row) == instance)) {
            m_instances[row] = instance;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    const int last = int(m_instances.size());
    beginInsertRows({}, last, last);
    m_rowOf.insert(instance.notebookInstanceName, last);
    m_instances.append(instance);
    endInsertRows();
}

void InstanceTableModel::remove(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_instances.removeAt(row);
    endRemoveRows();
    rebuildIndex();
}

void InstanceTableModel::clear()
{
    if (m_instances.isEmpty()) {
        return;
    }
    beginRemoveRows({}, 0, int(m_instances.size()) - 1);
    m_instances.clear();
    m_rowOf.clear();
    endRemoveRows();
}

const NotebookInstance* InstanceTableModel::find(const QString& name) const
{
    const int row = rowOf(name);
    return row >= 0 ? &m_instances.at(row) : nullptr;
}

bool InstanceTableModel::anyTransitional() const
{
    return std::any_of(m_instances.cbegin(), m_instances.cend(), [](const NotebookInstance& instance) {
        return NotebookInstanceStatuses::isTransitional(instance.notebookInstanceStatus);
    });
}

void InstanceTableModel::setPricing(const PriceCatalog& catalog, const QString& region, CostBasis basis)
{
    m_prices = catalog;
    m_region = region;
    m_costBasis = basis;
    emit headerDataChanged(Qt::Horizontal, CostColumn, CostColumn);
    refreshCosts();
}

std::optional<double> InstanceTableModel::costSoFar(const NotebookInstance& instance) const
{
    if (instance.notebookInstanceStatus != NotebookInstanceStatus::InService ||
        !instance.lastModifiedTime.isValid()) {
        return std::nullopt;
    }
    const std::optional<double> hourly = m_prices.hourlyPrice(m_region, instance.instanceType);
    if (!hourly) {
        return std::nullopt;
    }
    // LastModifiedTime is when the instance last changed status, i.e. when it entered service.
    const qint64 seconds =
        std::max<qint64>(0, instance.lastModifiedTime.secsTo(m_clock.currentDateTimeUtc()));
    return *hourly * double(seconds) / 3600.0;
}

void InstanceTableModel::refreshCosts()
{
    if (!m_instances.isEmpty()) {
        emit dataChanged(index(0, CostColumn), index(int(m_instances.size()) - 1, CostColumn));
    }
}

} // namespace SageDesk
