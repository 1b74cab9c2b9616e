// Notebook instance start and stop through NotebookRuntime, against a bare `jupyter notebook` start
// on the same machine. Prints the figures; asserts nothing.
//
//   bench_runtime [--benchmark_repetitions=N]
//
// create→InService includes everything the runtime adds (volume, runtime file, cookie secret,
// readiness polling); the target is at most 1.5 times the bare start. Stop is Stopping→Stopped with an
// idle kernel running (target ≤ 2 s).
#include "local/runtime/InstanceProcesses.h"
#include "local/runtime/JupyterProbe.h"
#include "local/runtime/NotebookRuntime.h"
#include "main/TestExitCode.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace SageDesk;
using namespace SageDesk::Local;

namespace {

constexpr int kStartTimeoutMs = 120000;

struct Figures
{
    QList<double> bareStartMs;
    QList<double> runtimeStartMs;
    QList<double> stopMs;
};

Figures& figures()
{
    static Figures all;
    return all;
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool waitForStatus(NotebookRuntime& runtime, NotebookInstanceStatus wanted, QString* failure)
{
    bool reached = false;
    const QMetaObject::Connection connection =
        QObject::connect(&runtime, &NotebookRuntime::statusChanged, &runtime,
                         [&](const QString&, NotebookInstanceStatus status, const QString& reason) {
                             reached =
                                 reached || status == wanted || status == NotebookInstanceStatus::Failed;
                             if (status == NotebookInstanceStatus::Failed) {
                                 *failure = reason;
                             }
                         });
    const bool inTime = QTest::qWaitFor([&] { return reached; }, kStartTimeoutMs);
    QObject::disconnect(connection);
    return inTime && failure->isEmpty();
}

// Starts a python3 kernel so that the stop has one to shut down, as a real instance would.
bool startKernel(const QUrl& jupyter, const QByteArray& token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(jupyter.resolved(QUrl(QStringLiteral("api/kernels"))));
    request.setRawHeader("Authorization", "token " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = network.post(request, QByteArray("{\"name\":\"python3\"}"));
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
    const bool created = done && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
    delete reply;
    return created;
}

void bareJupyterStart(benchmark::State& state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        QTcpServer portFinder;
        portFinder.listen(QHostAddress::LocalHost, 0);
        const quint16 port = portFinder.serverPort();
        portFinder.close();
        const QByteArray token = "benchmark-token-0123456789abcdef";
        QProcess jupyter;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("JUPYTER_TOKEN"), QString::fromLatin1(token));
        environment.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"), dir.path());
        jupyter.setProcessEnvironment(environment);
        jupyter.setStandardOutputFile(QProcess::nullDevice());
        jupyter.setStandardErrorFile(QProcess::nullDevice());
        QStringList arguments{QStringLiteral("notebook"), QStringLiteral("--no-browser"),
                              QStringLiteral("--NotebookApp.ip=127.0.0.1"),
                              QStringLiteral("--NotebookApp.port=%1").arg(port),
                              QStringLiteral("--NotebookApp.notebook_dir=%1").arg(dir.path())};
        if (InstanceProcesses::runningAsRoot()) {
            arguments.append(QStringLiteral("--allow-root"));
        }
        QElapsedTimer elapsed;
        elapsed.start();
        jupyter.start(QStringLiteral("jupyter"), arguments);
        bool answered = false;
        while (!answered && elapsed.elapsed() < kStartTimeoutMs && jupyter.state() != QProcess::NotRunning) {
            answered = JupyterProbe::acceptsToken(port, token, std::chrono::milliseconds(1000));
            if (!answered) {
                QThread::msleep(50);
            }
        }
        const double ms = static_cast<double>(elapsed.nsecsElapsed()) / 1e6;
        jupyter.terminate();
        jupyter.waitForFinished(10000);
        if (!answered) {
            state.SkipWithError("jupyter notebook did not answer");
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        figures().bareStartMs.append(ms);
    }
}

void runtimeStartAndStop(benchmark::State& state)
{
    for (auto _ : state) {
        QTemporaryDir data;
        NotebookRuntime runtime(data.path());
        NotebookRuntimeSpec spec;
        spec.name = QStringLiteral("bench");
        spec.firstStart = true;
        QString failure;
        QElapsedTimer elapsed;
        elapsed.start();
        runtime.start(spec);
        if (!waitForStatus(runtime, NotebookInstanceStatus::InService, &failure)) {
            state.SkipWithError(qPrintable(QStringLiteral("no InService: ") + failure));
            return;
        }
        const double startMs = static_cast<double>(elapsed.nsecsElapsed()) / 1e6;
        if (!startKernel(*runtime.jupyterUrl(spec.name), *runtime.jupyterToken(spec.name))) {
            state.SkipWithError("the kernel did not start");
            return;
        }
        elapsed.restart();
        runtime.stop(spec.name);
        if (!waitForStatus(runtime, NotebookInstanceStatus::Stopped, &failure)) {
            state.SkipWithError("no Stopped");
            return;
        }
        const double stopMs = static_cast<double>(elapsed.nsecsElapsed()) / 1e6;
        state.SetIterationTime(startMs / 1000.0);
        state.counters[std::string("stop_ms")] = stopMs;
        figures().runtimeStartMs.append(startMs);
        figures().stopMs.append(stopMs);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(QStringLiteral("jupyter-notebook")).isEmpty()) {
        std::puts("bench_runtime: jupyter-notebook is not installed; nothing to measure");
        return SageDesk::Test::kSkippedExitCode;
    }
    benchmark::RegisterBenchmark("BareJupyterNotebookStart", bareJupyterStart)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::RegisterBenchmark("NotebookRuntimeCreateToInServiceAndStop", runtimeStartAndStop)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    const double bare = median(figures().bareStartMs);
    const double runtime = median(figures().runtimeStartMs);
    std::printf("bare jupyter notebook start until /api answers: median %.0f ms (%lld runs)\n", bare,
                static_cast<long long>(figures().bareStartMs.size()));
    std::printf("NotebookRuntime create until InService:         median %.0f ms (%lld runs)\n", runtime,
                static_cast<long long>(figures().runtimeStartMs.size()));
    if (bare > 0) {
        std::printf("ratio create/bare: %.2f (target <= 1.5)\n", runtime / bare);
    }
    std::printf("stop (Stopping until Stopped, one kernel): median %.0f ms (target <= 2000)\n",
                median(figures().stopMs));
    // A run that ended in SkipWithError measured nothing: as a ctest smoke run, that is a failure.
    if (figures().bareStartMs.isEmpty() || figures().runtimeStartMs.isEmpty() || figures().stopMs.isEmpty()) {
        std::fprintf(stderr, "bench_runtime: a benchmark ended with an error\n");
        return 1;
    }
    return 0;
}
