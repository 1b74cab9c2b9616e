// ListNotebookInstances with 100 instances at concurrency 8: sagedesk-local versus moto_server
// answering the same request. Prints requests per second of each and the ratio (target >= 10x).
// Usage: bench_local_list [seconds per run, default 5]
#include "bench_local_http.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"
#include "local/store/LocalStateStore.h"
#include "support/LocalSignedRequest.h"
#include "support/MotoServer.h"
#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace SageDesk;

namespace {

constexpr int kInstances = 100;
constexpr int kConnections = 8;
const QByteArray kListBody = R"({"MaxResults":100})";

int listedCount(quint16 port, const QByteArray& wire)
{
    const auto result = Bench::call(port, wire);
    return static_cast<int>(QJsonDocument::fromJson(result.body)
                                .object()
                                .value(QLatin1String("NotebookInstances"))
                                .toArray()
                                .size());
}

void seedLocalState(const QString& dataDir)
{
    Local::LocalStateStore store;
    store.open(dataDir + QStringLiteral("/state.sqlite"));
    for (int i = 0; i < kInstances; ++i) {
        NotebookInstance instance;
        instance.notebookInstanceName = QStringLiteral("bench-%1").arg(i, 3, 10, QLatin1Char('0'));
        instance.notebookInstanceArn =
            QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/") +
            instance.notebookInstanceName;
        instance.notebookInstanceStatus = NotebookInstanceStatus::Stopped;
        instance.instanceType = QStringLiteral("ml.t3.medium");
        instance.creationTime = QDateTime::currentDateTimeUtc().addSecs(-i);
        instance.lastModifiedTime = instance.creationTime;
        store.putNotebookInstance(instance);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Seconds per load run; a fraction for a smoke run.
    const int durationMs = static_cast<int>((argc > 1 ? QByteArray(argv[1]).toDouble() : 5.0) * 1000);

    QTemporaryDir dir;
    if (!Local::LocalCredentials::loadOrCreate(dir.path())) {
        return 1;
    }
    seedLocalState(dir.path());
    const auto local = Bench::startLocal(dir.path());
    if (!local) {
        return 1;
    }
    const QByteArray localWire =
        Test::LocalSignedRequest::sageMaker("ListNotebookInstances", kListBody)
            .wire(local->endpoint.port, local->credentials.accessKeyId, local->credentials.secretAccessKey,
                  "sagemaker", QDateTime::currentDateTimeUtc());
    std::printf("sagedesk-local lists %d instances\n", listedCount(local->endpoint.port, localWire));
    const Bench::LoadResult localResult =
        Bench::load(local->endpoint.port, {localWire}, kConnections, durationMs);
    std::printf("sagedesk-local: %lld requests in %.1f s = %.0f req/s (%lld failed)\n", localResult.requests,
                localResult.seconds, localResult.perSecond(), localResult.failures);
    // The endpoint caches List answers per request body until its state changes; bodies that differ
    // only in trailing spaces defeat that cache and show the cost of answering from scratch.
    QList<QByteArray> uncachedWires;
    for (int i = 0; i < 40000; ++i) {
        const QByteArray body =
            "{\"MaxResults\":" + QByteArray(i / 200, ' ') + "100" + QByteArray(i % 200, ' ') + '}';
        uncachedWires << Test::LocalSignedRequest::sageMaker("ListNotebookInstances", body)
                             .wire(local->endpoint.port, local->credentials.accessKeyId,
                                   local->credentials.secretAccessKey, "sagemaker",
                                   QDateTime::currentDateTimeUtc());
    }
    const Bench::LoadResult uncached =
        Bench::load(local->endpoint.port, uncachedWires, kConnections, durationMs);
    std::printf("sagedesk-local without its list cache: %lld requests in %.1f s = %.0f req/s (%lld failed)\n",
                uncached.requests, uncached.seconds, uncached.perSecond(), uncached.failures);
    local->process->stop();

    if (!Test::MotoServer::unavailableReason().isEmpty()) {
        std::printf("moto_server not on PATH: no comparison\n");
        return 0;
    }
    Test::MotoServer motoServer;
    if (!motoServer.start()) {
        std::printf("moto_server did not start: %s\n", qPrintable(motoServer.error()));
        return 1;
    }
    const quint16 motoPort = motoServer.port();
    const auto motoWire = [motoPort](const QByteArray& operation, const QByteArray& body) {
        return Test::LocalSignedRequest::sageMaker(operation, body)
            .wire(motoPort, QStringLiteral("AKIAMOTO"), QStringLiteral("moto"), "sagemaker",
                  QDateTime::currentDateTimeUtc());
    };
    for (int i = 0; i < kInstances; ++i) {
        Bench::call(
            motoPort,
            motoWire("CreateNotebookInstance",
                     QStringLiteral(R"({"NotebookInstanceName":"bench-%1","InstanceType":"ml.t3.medium",)"
                                    R"("RoleArn":"arn:aws:iam::123456789012:role/bench"})")
                         .arg(i)
                         .toUtf8()));
    }
    const QByteArray listWire = motoWire("ListNotebookInstances", kListBody);
    std::printf("moto_server lists %d instances\n", listedCount(motoPort, listWire));
    const Bench::LoadResult motoResult = Bench::load(motoPort, {listWire}, kConnections, durationMs);
    std::printf("moto_server:    %lld requests in %.1f s = %.0f req/s (%lld failed)\n", motoResult.requests,
                motoResult.seconds, motoResult.perSecond(), motoResult.failures);
    motoServer.stop();
    if (motoResult.perSecond() > 0) {
        std::printf(
            "ratio sagedesk-local / moto_server = %.1fx, without the list cache %.1fx (target >= 10x)\n",
            localResult.perSecond() / motoResult.perSecond(), uncached.perSecond() / motoResult.perSecond());
    }
    return 0;
}
