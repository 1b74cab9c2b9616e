#include "console/models/InstanceTableModel.h"
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/PriceCatalog.h"
#include "console/models/RegionCatalog.h"
#include "console/models/RegionNames.h"
#include "core/Clock.h"
#include "support/FixedClock.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTranslator>

using SageDesk::Test::FixedClock;

using namespace SageDesk;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);

NotebookInstance instance(const QString& name, NotebookInstanceStatus status,
                          const QString& type = QStringLiteral("ml.t3.medium"))
{
    NotebookInstance result;
    result.notebookInstanceName = name;
    result.notebookInstanceArn =
        QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/") + name;
    result.notebookInstanceStatus = status;
    result.instanceType = type;
    result.volumeSizeInGB = 5;
    result.platformIdentifier = QStringLiteral("notebook-al2023-v1");
    result.creationTime = kNow.addDays(-1);
    result.lastModifiedTime = kNow.addSecs(-7200);
    return result;
}

QStringList names(const InstanceTableModel& model)
{
    QStringList list;
    for (const NotebookInstance& item : model.instances()) {
        list << item.notebookInstanceName;
    }
    return list;
}

} // namespace

TEST(InstanceTableModel, AppliesListsInPlaceWithoutReset)
{
    FixedClock clock(kNow);
    InstanceTableModel model(clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setInstances({instance(QStringLiteral("a"), NotebookInstanceStatus::Stopped),
                        instance(QStringLiteral("b"), NotebookInstanceStatus::InService),
                        instance(QStringLiteral("c"), NotebookInstanceStatus::Pending)});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(inserted.count(), 1);

    QPersistentModelIndex bIndex = model.index(model.rowOf(QStringLiteral("b")), 0);
    model.setInstances({instance(QStringLiteral("b"), NotebookInstanceStatus::Stopping),
                        instance(QStringLiteral("c"), NotebookInstanceStatus::Pending),
                        instance(QStringLiteral("d"), NotebookInstanceStatus::Failed)});
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 2);
    ASSERT_EQ(changed.count(), 1); // only b changed; c is identical
    EXPECT_TRUE(bIndex.isValid());
    EXPECT_EQ(bIndex.data().toString(), QStringLiteral("b"));
    EXPECT_EQ(model.index(bIndex.row(), InstanceTableModel::StatusColumn).data().toString(),
              QStringLiteral("Stopping"));
    EXPECT_TRUE(model.anyTransitional());
}

TEST(InstanceTableModel, StaysConsistentOverALongRandomSequenceOfLists)
{
    FixedClock clock(kNow);
    InstanceTableModel model(clock);
    InstanceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::StatusColumn);
    proxy.setNameContains(QStringLiteral("1"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    QRandomGenerator random(20261127); // fixed seed: a failure can be replayed
    const QList<NotebookInstanceStatus> statuses = NotebookInstanceStatuses::all();
    for (int round = 0; round < 300; ++round) {
        QList<NotebookInstance> list;
        const int universe = 40;
        for (int i = 0; i < universe; ++i) {
            if (random.bounded(3) == 0) {
                continue;
            }
            list.append(
                instance(QStringLiteral("nb-%1").arg(i), statuses.at(random.bounded(int(statuses.size())))));
        }
        // AWS does not promise an order; shuffle to cover moves.
        for (int i = int(list.size()) - 1; i > 0; --i) {
            list.swapItemsAt(i, random.bounded(i + 1));
        }
        model.setInstances(list);
        ASSERT_EQ(model.rowCount(), list.size());
        for (const NotebookInstance& expected : list) {
            const NotebookInstance* actual = model.find(expected.notebookInstanceName);
            ASSERT_NE(actual, nullptr);
            ASSERT_EQ(actual->notebookInstanceStatus, expected.notebookInstanceStatus);
        }
    }
    EXPECT_EQ(resets.count(), 0);
}

TEST(InstanceTableModel, ShowsCostFromTheCatalogAndDashWhereUnknown)
{
    FixedClock clock(kNow);
    InstanceTableModel model(clock);
    const PriceCatalog catalog = PriceCatalog::load();
    ASSERT_FALSE(catalog.isEmpty()) << "the price catalog resource is missing";
    EXPECT_FALSE(catalog.source().isEmpty());
    EXPECT_TRUE(catalog.date().isValid());
    model.setPricing(catalog, QStringLiteral("us-east-1"));
    model.setInstances(
        {instance(QStringLiteral("running"), NotebookInstanceStatus::InService),
         instance(QStringLiteral("stopped"), NotebookInstanceStatus::Stopped),
         instance(QStringLiteral("odd"), NotebookInstanceStatus::InService, QStringLiteral("ml.zz.huge"))});
    const double hourly = *catalog.hourlyPrice(QStringLiteral("us-east-1"), QStringLiteral("ml.t3.medium"));
    const auto cost = [&](const QString& name) {
        return model.index(model.rowOf(name), InstanceTableModel::CostColumn).data().toString();
    };
    EXPECT_EQ(cost(QStringLiteral("running")), QStringLiteral("$%1").arg(hourly * 2, 0, 'f', 2));
    EXPECT_EQ(cost(QStringLiteral("stopped")), QStringLiteral("\u2014"));
    EXPECT_EQ(cost(QStringLiteral("odd")), QStringLiteral("\u2014"));
    EXPECT_TRUE(model.headerData(InstanceTableModel::CostColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(catalog.source()));

    model.setPricing(catalog, QStringLiteral("ap-northeast-2"));
    EXPECT_EQ(cost(QStringLiteral("running")), QStringLiteral("\u2014"));
}

// Local mode: the figure is what AWS would charge in the endpoint's region, marked as such in the cell,
// its tooltip and the header, never presented as a bill.
TEST(InstanceTableModel, LocalModeShowsWhatAwsWouldChargeMarkedAsSuch)
{
    FixedClock clock(kNow);
    InstanceTableModel model(clock);
    const PriceCatalog catalog = PriceCatalog::load();
    model.setPricing(catalog, QStringLiteral("us-east-1"), InstanceTableModel::CostBasis::WouldCostOnAws);
    model.setInstances({instance(QStringLiteral("running"), NotebookInstanceStatus::InService),
                        instance(QStringLiteral("stopped"), NotebookInstanceStatus::Stopped)});
    const double hourly = *catalog.hourlyPrice(QStringLiteral("us-east-1"), QStringLiteral("ml.t3.medium"));
    const QModelIndex running =
        model.index(model.rowOf(QStringLiteral("running")), InstanceTableModel::CostColumn);
    const QModelIndex stopped =
        model.index(model.rowOf(QStringLiteral("stopped")), InstanceTableModel::CostColumn);
    EXPECT_EQ(running.data().toString(), QStringLiteral("$%1").arg(hourly * 2, 0, 'f', 2));
    EXPECT_TRUE(running.data(Qt::ToolTipRole).toString().contains(QLatin1String("at no charge")));
    EXPECT_EQ(stopped.data().toString(), QStringLiteral("\u2014"));
    EXPECT_FALSE(stopped.data(Qt::ToolTipRole).isValid());
    EXPECT_EQ(model.headerData(InstanceTableModel::CostColumn, Qt::Horizontal).toString(),
              QStringLiteral("Cost on AWS"));
    EXPECT_TRUE(model.headerData(InstanceTableModel::CostColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Local mode")));
    // Sorted by the figure, as on AWS.
    EXPECT_GT(running.data(InstanceTableModel::SortRole).toDouble(),
              stopped.data(InstanceTableModel::SortRole).toDouble());
}

TEST(InstanceTableModel, RegionCatalogNamesEveryCommercialSageMakerRegion)
{
    const RegionCatalog regions = RegionCatalog::load();
    EXPECT_GE(regions.regions().size(), 30);
    EXPECT_EQ(regions.nameOf(QStringLiteral("ap-northeast-2")), QStringLiteral("Asia Pacific (Seoul)"));
    EXPECT_TRUE(regions.contains(QStringLiteral("us-east-1")));
    EXPECT_FALSE(regions.contains(QStringLiteral("cn-north-1")));
    EXPECT_FALSE(regions.contains(QStringLiteral("us-gov-west-1")));
}

// Region names in the user's language, as the AWS console shows them: every name of the catalog is
// marked for translation (RegionNames.cpp) and has its Korean name.
TEST(InstanceTableModel, RegionNamesAreShownInTheUiLanguage)
{
    const RegionCatalog regions = RegionCatalog::load();
    QStringList marked;
    for (const char* name : regionNamesForTranslation()) {
        marked.append(QString::fromUtf8(name));
    }
    for (const Region& region : regions.regions()) {
        EXPECT_TRUE(marked.contains(region.name))
            << region.name.toStdString() << " is not in RegionNames.cpp";
    }
    QTranslator korean;
    ASSERT_TRUE(korean.load(QStringLiteral(":/i18n/sagedesk_ko.qm")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&korean));
    const QString seoul = regions.nameOf(QStringLiteral("ap-northeast-2"));
    int untranslated = 0;
    for (const Region& region : regions.regions()) {
        untranslated += RegionCatalog::localName(region) == region.name ? 1 : 0;
    }
    QCoreApplication::removeTranslator(&korean);
    EXPECT_EQ(seoul, QString::fromUtf8("\xec\x95\x84\xec\x8b\x9c\xec\x95\x84 "
                                       "\xed\x83\x9c\xed\x8f\x89\xec\x96\x91(\xec\x84\x9c\xec\x9a\xb8)"));
    EXPECT_EQ(untranslated, 0);
    EXPECT_EQ(regions.nameOf(QStringLiteral("ap-northeast-2")), QStringLiteral("Asia Pacific (Seoul)"));
}

TEST(InstanceTableModel, ProxyFiltersByNameAndStatusAndSortsNaturally)
{
    FixedClock clock(kNow);
    InstanceTableModel model(clock);
    InstanceFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    auto big = instance(QStringLiteral("Big"), NotebookInstanceStatus::Stopped);
    big.volumeSizeInGB = 100;
    auto small = instance(QStringLiteral("small"), NotebookInstanceStatus::InService);
    small.volumeSizeInGB = 20;
    auto tiny = instance(QStringLiteral("tiny-big"), NotebookInstanceStatus::InService);
    tiny.volumeSizeInGB = 5;
    model.setInstances({big, small, tiny});

    proxy.sort(InstanceTableModel::VolumeColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        order << proxy.index(row, 0).data().toString();
    }
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("tiny-big"), QStringLiteral("small"), QStringLiteral("Big")}));

    proxy.setNameContains(QStringLiteral("BIG"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setStatusFilter(NotebookInstanceStatus::InService);
    ASSERT_EQ(proxy.rowCount(), 1);
    EXPECT_EQ(proxy.index(0, 0).data().toString(), QStringLiteral("tiny-big"));
    proxy.setNameContains({});
    proxy.setStatusFilter(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST(PriceCatalog, KnowsVcpuAndMemoryOfCommonTypesOnly)
{
    const PriceCatalog catalog = PriceCatalog::load();
    const auto medium = catalog.spec(QStringLiteral("ml.t3.medium"));
    ASSERT_TRUE(medium);
    EXPECT_EQ(medium->vcpu, 2);
    EXPECT_EQ(medium->memoryGiB, 4.0);
    const auto memory = catalog.spec(QStringLiteral("ml.r5.large"));
    ASSERT_TRUE(memory);
    EXPECT_EQ(memory->memoryGiB, 16.0);
    EXPECT_FALSE(catalog.spec(QStringLiteral("ml.zz.huge")));
}
