// Applying a poll result to the instance table: 10,000 rows of which 1% changed status, as the
// model alone and behind the sorting, filtering proxy the window uses.
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "core/Clock.h"
#include "support/FixedClock.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using SageDesk::Test::FixedClock;

using namespace SageDesk;

namespace {

QList<NotebookInstance> makeList(int count)
{
    QList<NotebookInstance> list;
    list.reserve(count);
    const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        NotebookInstance instance;
        instance.notebookInstanceName = QStringLiteral("instance-%1").arg(i, 5, 10, QLatin1Char('0'));
        instance.notebookInstanceArn =
            QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/") +
            instance.notebookInstanceName;
        instance.notebookInstanceStatus =
            i % 3 == 0 ? NotebookInstanceStatus::InService : NotebookInstanceStatus::Stopped;
        instance.instanceType = QStringLiteral("ml.t3.medium");
        instance.platformIdentifier = QStringLiteral("notebook-al2023-v1");
        instance.volumeSizeInGB = 5 + i % 50;
        instance.creationTime = created.addSecs(i);
        instance.lastModifiedTime = created.addSecs(2 * i);
        list.append(instance);
    }
    return list;
}

// Every hundredth row flips between InService and Stopping on each call.
void changeOnePercent(QList<NotebookInstance>& list, int round)
{
    for (qsizetype i = round % 100; i < list.size(); i += 100) {
        NotebookInstance& instance = list[i];
        instance.notebookInstanceStatus = instance.notebookInstanceStatus == NotebookInstanceStatus::Stopping
                                              ? NotebookInstanceStatus::InService
                                              : NotebookInstanceStatus::Stopping;
        instance.lastModifiedTime = instance.lastModifiedTime.addSecs(1);
    }
}

void applyPollResult(benchmark::State& state, bool withProxy)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
    InstanceTableModel model(clock);
    InstanceFilterProxyModel proxy;
    if (withProxy) {
        proxy.setSourceModel(&model);
        proxy.sort(InstanceTableModel::StatusColumn);
        proxy.setNameContains(QStringLiteral("instance"));
    }
    QList<NotebookInstance> list = makeList(int(state.range(0)));
    model.setInstances(list);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        changeOnePercent(list, round++);
        state.ResumeTiming();
        model.setInstances(list);
    }
    state.counters["rows"] = double(model.rowCount());
}

void BM_ApplyPollResultModel(benchmark::State& state)
{
    applyPollResult(state, false);
}

void BM_ApplyPollResultModelAndSortedProxy(benchmark::State& state)
{
    applyPollResult(state, true);
}

} // namespace

BENCHMARK(BM_ApplyPollResultModel)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ApplyPollResultModelAndSortedProxy)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
