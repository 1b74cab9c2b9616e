// Lifecycle logs: how long a 10,000-line log takes to open in the details pane (until the widget
// holds every line; target <= 200 ms), against the GetLogEvents call alone in the same run, and how
// soon `sagedesk-cli logs NAME --follow` prints a line after the script wrote it (target <= 1 s),
// both against a real sagedesk-local. Usage: bench_console_logs [runs, default 5]. Figures are
// printed, never asserted.
#include "aws/services/LogsClient.h"
#include "aws/services/NotebookInstanceLogs.h"
#include "aws/services/SageMakerClient.h"
#include "instances/InstanceDetailsPane.h"
#include "instances/InstanceLogsView.h"
#include "main/TestExitCode.h"
#include "support/LocalTestEndpoint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace SageDesk;

namespace {

constexpr int kLines = 10000;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

// Creates `name` running `onStart` and waits until it has failed (the scripts end with a failure).
bool createFailing(Test::LocalTestEndpoint& endpoint, Aws::AwsClientContext* context, const QString& name,
                   const QByteArray& onStart, bool wait)
{
    Aws::SageMakerClient sageMaker(context);
    Aws::NotebookInstanceLifecycleConfig config;
    config.notebookInstanceLifecycleConfigName = name + QStringLiteral("-config");
    config.onStart = onStart;
    CreateNotebookInstanceRequest request;
    request.notebookInstanceName = name;
    request.instanceType = QStringLiteral("ml.t3.medium");
    request.roleArn = endpoint.executionRoleArn();
    request.lifecycleConfigName = config.notebookInstanceLifecycleConfigName;
    if (!sageMaker.createNotebookInstanceLifecycleConfig(config).wait().ok() ||
        !sageMaker.createNotebookInstance(request).wait().ok()) {
        return false;
    }
    return !wait || endpoint.waitForStatus(name, QStringLiteral("Failed"), std::chrono::seconds(120));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    if (const QString missing = Test::LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
        std::printf("%s\n", qPrintable(missing));
        return Test::kSkippedExitCode;
    }
    Test::LocalTestEndpoint endpoint;
    if (!endpoint.start()) {
        std::printf("sagedesk-local did not start: %s\n", qPrintable(endpoint.error()));
        return 1;
    }
    const auto context = endpoint.createContext();
    const QString big = QStringLiteral("ten-thousand");
    if (!createFailing(endpoint, context.get(), big,
                       QByteArray("#!/bin/bash\nseq -f 'lifecycle output line %g of ") +
                           QByteArray::number(kLines) + " with some typical width to it' 1 " +
                           QByteArray::number(kLines) + "\nexit 1\n",
                       true)) {
        std::printf("the 10,000-line instance did not fail as planned\n");
        return 1;
    }

    // The GetLogEvents call alone (network, JSON, events) as the peer of the pane.
    std::vector<double> client;
    for (int run = 0; run < runs; ++run) {
        Aws::GetLogEventsRequest request;
        request.logGroupName = Aws::NotebookInstanceLogs::kLogGroupName;
        request.logStreamName =
            Aws::NotebookInstanceLogs::logStreamName(big, Aws::NotebookInstanceLogs::Script::OnStart);
        QElapsedTimer timer;
        timer.start();
        const auto page = Aws::LogsClient(context.get()).getLogEvents(request).wait();
        client.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!page.ok() || page->events.size() != kLines) {
            std::printf("GetLogEvents answered %lld events\n",
                        page.ok() ? static_cast<long long>(page->events.size()) : -1LL);
            return 1;
        }
    }

    // The details pane: from showing the Failed instance to a widget holding every line.
    std::vector<double> pane;
    for (int run = 0; run < runs; ++run) {
        Ui::InstanceDetailsPane details;
        details.resize(900, 900);
        details.show();
        details.logs()->setContext(context.get());
        NotebookInstance instance;
        instance.notebookInstanceName = big;
        instance.notebookInstanceStatus = NotebookInstanceStatus::Failed;
        instance.failureReason =
            QStringLiteral("Notebook Instance Lifecycle Config 'x' for Notebook Instance 'y' failed.");
        QElapsedTimer timer;
        timer.start();
        details.showInstance(&instance, {});
        const bool filled = QTest::qWaitFor(
            [&] { return details.logs()->text()->document()->blockCount() == kLines; }, 30000);
        pane.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!filled) {
            std::printf("the pane never showed %d lines\n", kLines);
            return 1;
        }
    }
    std::printf("10,000-line log: GetLogEvents alone %.1f ms, details pane populated %.1f ms "
                "(target <= 200 ms; ratio to the call %.2f)\n",
                median(client), median(pane), median(pane) / median(client));

    // --follow: the script stamps each line with the time it wrote it.
    const int ticks = runs + 2;
    const QString follow = QStringLiteral("follow");
    if (!createFailing(endpoint, context.get(), follow,
                       QByteArray("#!/bin/bash\nsleep 2\nfor i in $(seq 1 ") + QByteArray::number(ticks) +
                           "); do echo \"tick $(date +%s%3N)\"; sleep 0.7; done\nexit 1\n",
                       false)) {
        std::printf("the follow instance could not be created\n");
        return 1;
    }
    QProcess cli;
    cli.setProcessEnvironment(endpoint.environment());
    cli.start(QStringLiteral(SAGEDESK_CLI_PATH), {QStringLiteral("logs"), follow, QStringLiteral("--script"),
                                                  QStringLiteral("on-start"), QStringLiteral("--follow")});
    std::vector<double> latency;
    QByteArray buffer;
    QElapsedTimer deadline;
    deadline.start();
    while (cli.state() != QProcess::NotRunning || cli.bytesAvailable() > 0) {
        if (deadline.elapsed() > 90000) {
            std::printf("sagedesk-cli logs --follow did not end\n");
            cli.kill();
            return 1;
        }
        cli.waitForReadyRead(50);
        buffer += cli.readAllStandardOutput();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qsizetype end = 0;
        while ((end = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(end);
            buffer.remove(0, end + 1);
            const qsizetype tick = line.indexOf("tick ");
            if (tick >= 0) {
                latency.push_back(static_cast<double>(now - line.mid(tick + 5).trimmed().toLongLong()));
            }
        }
    }
    if (latency.empty()) {
        std::printf("sagedesk-cli logs --follow printed no tick: %s\n",
                    cli.readAllStandardError().constData());
        return 1;
    }
    std::printf("--follow: %zu lines, latency median %.0f ms, worst %.0f ms (target <= 1000 ms)\n",
                latency.size(), median(latency), *std::max_element(latency.begin(), latency.end()));
    return 0;
}
