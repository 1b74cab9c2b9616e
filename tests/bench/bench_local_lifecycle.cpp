// Create→InService wall time of a sagedesk-local notebook instance versus a bare `jupyter notebook`
// start until its /api answers (target ratio <= 1.5), and Stop→Stopped time (target <= 2 s).
// Usage: bench_local_lifecycle [runs, default 3]
#include "bench_local_http.h"
#include "discovery/LocalCredentials.h"
#include "discovery/LocalEndpointInfo.h"
#include "main/TestExitCode.h"
#include "support/LocalSignedRequest.h"
#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

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

// Milliseconds from launching jupyter-notebook until GET /api answers 200.
double bareJupyterStart(const QString& program)
{
    QTemporaryDir dir;
    // Picked the way the runtime picks its Jupyter ports, so that the comparison is fair.
    QTcpServer portFinder;
    portFinder.listen(QHostAddress::LocalHost, 0);
    const quint16 port = portFinder.serverPort();
    portFinder.close();
    QProcess jupyter;
    jupyter.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    // The same arguments and environment as the runtime gives its Jupyter servers.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("JUPYTER_TOKEN"), QStringLiteral("bench"));
    environment.insert(QStringLiteral("JUPYTER_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    jupyter.setProcessEnvironment(environment);
    jupyter.setWorkingDirectory(dir.path());
    jupyter.start(program, {QStringLiteral("--no-browser"), QStringLiteral("--NotebookApp.ip=127.0.0.1"),
                            QStringLiteral("--NotebookApp.port=%1").arg(port),
                            QStringLiteral("--NotebookApp.port_retries=0"),
                            QStringLiteral("--NotebookApp.notebook_dir=%1").arg(dir.path()),
                            QStringLiteral("--allow-root")});
    const QByteArray probe = "GET /api HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    double elapsed = -1;
    while (timer.elapsed() < 60000) {
        if (Bench::call(port, probe, 200).status == 200) {
            elapsed = static_cast<double>(timer.elapsed());
            break;
        }
        jupyter.readAll();
        // The same 50 ms readiness poll as the runtime's, so neither side gains from polling.
        QThread::msleep(50);
    }
    jupyter.terminate();
    jupyter.waitForFinished(5000);
    return elapsed;
}

class LocalClient : public Bench::LocalClient
{
public:
    using Bench::LocalClient::LocalClient;

    // Milliseconds until DescribeNotebookInstance says `status`.
    double waitFor(const QString& name, const QString& status, const QElapsedTimer& timer) const
    {
        while (timer.elapsed() < 120000) {
            const QJsonObject described = sageMaker(
                "DescribeNotebookInstance", QStringLiteral(R"({"NotebookInstanceName":"%1"})").arg(name));
            const QString now = described.value(QLatin1String("NotebookInstanceStatus")).toString();
            if (now == status) {
                return static_cast<double>(timer.elapsed());
            }
            if (now == QLatin1String("Failed")) {
                std::printf("%s failed: %s\n", qPrintable(name),
                            qPrintable(described.value(QLatin1String("FailureReason")).toString()));
                return -1;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return -1;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 3;
    const QString jupyter = Test::findExecutable(QStringLiteral("jupyter-notebook"));
    if (jupyter.isEmpty()) {
        std::printf("jupyter-notebook not on PATH\n");
        return Test::kSkippedExitCode;
    }

    const auto local = Bench::startLocalWithBenchRole();
    if (!local) {
        return 1;
    }
    const LocalClient client(local->endpoint.port, local->credentials);
    const QString account = local->credentials.accountId;

    std::vector<double> bare;
    std::vector<double> create;
    std::vector<double> stop;
    for (int run = 0; run < runs; ++run) {
        bare.push_back(bareJupyterStart(jupyter));
        const QString name = QStringLiteral("bench-%1").arg(run);
        QElapsedTimer timer;
        timer.start();
        client.sageMaker("CreateNotebookInstance",
                         QStringLiteral(R"({"NotebookInstanceName":"%1","InstanceType":"ml.t3.medium",)"
                                        R"("RoleArn":"arn:aws:iam::%2:role/bench"})")
                             .arg(name, account));
        create.push_back(client.waitFor(name, QStringLiteral("InService"), timer));
        timer.restart();
        client.sageMaker("StopNotebookInstance",
                         QStringLiteral(R"({"NotebookInstanceName":"%1"})").arg(name));
        stop.push_back(client.waitFor(name, QStringLiteral("Stopped"), timer));
        client.sageMaker("DeleteNotebookInstance",
                         QStringLiteral(R"({"NotebookInstanceName":"%1"})").arg(name));
        std::printf("run %d: bare jupyter %.0f ms, create->InService %.0f ms, stop->Stopped %.0f ms\n",
                    run + 1, bare.back(), create.back(), stop.back());
    }
    local->process->stop();
    std::printf("median: bare jupyter %.0f ms, create->InService %.0f ms (ratio %.2f, target <= 1.5), "
                "stop->Stopped %.0f ms (target <= 2000)\n",
                median(bare), median(create), median(create) / median(bare), median(stop));
    return 0;
}
