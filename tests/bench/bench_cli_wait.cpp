// How soon `sagedesk-cli wait NAME --until InService` (and `--until Stopped`) returns after the
// transition on sagedesk-local: the CLI waits in a child process while this bench watches the
// status with raw signed calls every few milliseconds; the figure is the CLI's exit time minus the
// time the new status was first seen. Target: within 500 ms (with the fixed 5 s poll of old, up to
// 5 s). Usage: bench_cli_wait [runs, default 3]. Figures are printed, never asserted.
#include "bench_local_http.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"
#include "support/LocalSignedRequest.h"
#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace SageDesk;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

class LocalClient : public Bench::LocalClient
{
public:
    using Bench::LocalClient::LocalClient;

    QJsonObject instance(const QByteArray& operation, const QString& name, const QString& more = {}) const
    {
        return sageMaker(operation, QStringLiteral(R"({"NotebookInstanceName":"%1"%2})").arg(name, more));
    }
    QString status(const QString& name) const
    {
        return instance("DescribeNotebookInstance", name)
            .value(QLatin1String("NotebookInstanceStatus"))
            .toString();
    }
};

// Runs `sagedesk-cli wait NAME --until STATUS` and answers how many milliseconds after STATUS was
// first seen it exited (negative when it failed). When the CLI saw the status before this bench's
// next look, the figure is 0: the CLI was at least as quick as the bench's own resolution.
double waitLatency(const LocalClient& client, const QProcessEnvironment& environment, const QString& name,
                   const QString& until)
{
    QProcess cli;
    cli.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    qint64 exited = -1;
    // The status calls run the event loop, where QProcess may learn of the exit; after that,
    // waitForFinished() answers false at once, so the exit is taken from the signal.
    QObject::connect(&cli, &QProcess::finished, [&exited, &timer] { exited = timer.elapsed(); });
    cli.start(QStringLiteral(SAGEDESK_CLI_PATH), {QStringLiteral("wait"), name, QStringLiteral("--until"),
                                                  until, QStringLiteral("--timeout"), QStringLiteral("120")});
    if (!cli.waitForStarted()) {
        std::printf("sagedesk-cli did not start: %s\n", qPrintable(cli.errorString()));
        return -1;
    }
    qint64 seen = -1;
    while (exited < 0 && timer.elapsed() < 150000) {
        if (seen < 0 && client.status(name) == until) {
            seen = timer.elapsed();
        }
        // Also the pause between two looks at the status: a few milliseconds of resolution.
        if (exited < 0) {
            cli.waitForFinished(5);
        }
    }
    if (exited >= 0 && seen < 0 && cli.exitCode() == 0 && client.status(name) == until) {
        seen = exited;
    }
    if (exited < 0 || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 || seen < 0) {
        std::printf("wait %s --until %s failed (%s, exit %d): %s\n", qPrintable(name), qPrintable(until),
                    exited < 0 ? "still running" : "ended", cli.exitCode(),
                    cli.readAllStandardError().constData());
        return -1;
    }
    return static_cast<double>(exited - seen);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 3;
    if (Test::findExecutable(QStringLiteral("jupyter-notebook")).isEmpty()) {
        std::printf("bench_cli_wait: skipped, jupyter-notebook is not on PATH\n");
        return 0;
    }
    const auto local = Bench::startLocalWithBenchRole();
    if (!local) {
        return 1;
    }
    const LocalClient client(local->endpoint.port, local->credentials);

    // What `sagedesk-local --print-env` hands a shell, and nothing of the person's AWS setup.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : environment.keys()) {
        if (name.startsWith(QLatin1String("AWS_"))) {
            environment.remove(name);
        }
    }
    QTemporaryDir home;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), local->credentials.accessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), local->credentials.secretAccessKey);
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), local->endpoint.endpointUrl());
    environment.insert(QStringLiteral("AWS_REGION"), local->endpoint.region);

    std::vector<double> inService;
    std::vector<double> stopped;
    for (int run = 0; run < runs; ++run) {
        const QString name = QStringLiteral("bench-wait-%1").arg(run);
        client.instance(
            "CreateNotebookInstance", name,
            QStringLiteral(R"(,"InstanceType":"ml.t3.medium","RoleArn":"arn:aws:iam::%1:role/bench")")
                .arg(local->credentials.accountId));
        inService.push_back(waitLatency(client, environment, name, QStringLiteral("InService")));
        client.instance("StopNotebookInstance", name);
        stopped.push_back(waitLatency(client, environment, name, QStringLiteral("Stopped")));
        client.instance("DeleteNotebookInstance", name);
        std::printf("run %d: wait returned %.0f ms after InService, %.0f ms after Stopped\n", run + 1,
                    inService.back(), stopped.back());
        if (inService.back() < 0 || stopped.back() < 0) {
            return 1;
        }
    }
    local->process->stop();
    std::printf("bench_cli_wait: median %.0f ms after InService, %.0f ms after Stopped (target <= 500)\n",
                median(inService), median(stopped));
    return 0;
}
