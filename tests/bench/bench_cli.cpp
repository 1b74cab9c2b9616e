// `sagedesk-cli list` against `/usr/bin/aws sagemaker list-notebook-instances`, both on the same
// moto_server with the same instances: median wall times of N runs each, and their ratio.
// Usage: bench_cli [RUNS] (default 15). Figures are printed, never asserted.
#include "main/TestExitCode.h"
#include "support/CliTestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using SageDesk::Test::CliMoto;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

// Wall time of one run in milliseconds, or a negative number when it failed.
double timeRun(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(120000);
    const double elapsed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    const bool ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
                    process.readAllStandardOutput().contains("bench-nb-0");
    return ok ? elapsed : -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    const QString aws = QStringLiteral("/usr/bin/aws");
    if (!QFileInfo::exists(aws)) {
        std::printf("bench_cli: skipped, %s is missing\n", qPrintable(aws));
        return SageDesk::Test::kSkippedExitCode;
    }
    if (const QString reason = CliMoto::unavailableReason(); !reason.isEmpty()) {
        std::printf("bench_cli: skipped, %s\n", qPrintable(reason));
        return SageDesk::Test::kSkippedExitCode;
    }
    CliMoto moto;
    if (!moto.start()) {
        std::fprintf(stderr, "bench_cli: %s\n", qPrintable(moto.error()));
        return 1;
    }
    moto.boto3(QStringLiteral("for i in range(20):\n"
                              "    sm.create_notebook_instance(NotebookInstanceName='bench-nb-%d' % i, "
                              "InstanceType='ml.t3.medium', RoleArn='arn:aws:iam::123456789012:role/r')\n"
                              "print('{}')\n"));
    QProcessEnvironment environment = moto.environment();
    // Debian's awscli reads these; the same fake credentials and region for both tools.
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());

    const QStringList cliArguments{QStringLiteral("--endpoint-url"), moto.endpoint(), QStringLiteral("list")};
    const QStringList awsArguments{QStringLiteral("--endpoint-url"), moto.endpoint(),
                                   QStringLiteral("sagemaker"), QStringLiteral("list-notebook-instances")};
    QList<double> cliTimes;
    QList<double> awsTimes;
    // One warm-up run each, so that neither pays for a cold page cache alone.
    timeRun(QStringLiteral(SAGEDESK_CLI_PATH), cliArguments, environment);
    timeRun(aws, awsArguments, environment);
    for (int i = 0; i < runs; ++i) {
        const double cli = timeRun(QStringLiteral(SAGEDESK_CLI_PATH), cliArguments, environment);
        const double reference = timeRun(aws, awsArguments, environment);
        if (cli < 0 || reference < 0) {
            std::fprintf(stderr, "bench_cli: a run failed (sagedesk-cli %.1f ms, aws %.1f ms)\n", cli,
                         reference);
            return 1;
        }
        cliTimes.append(cli);
        awsTimes.append(reference);
    }
    const double cliMedian = median(cliTimes);
    const double awsMedian = median(awsTimes);
    std::printf("bench_cli: %d runs each, 20 notebook instances on moto_server\n", runs);
    std::printf("  sagedesk-cli list                          median %8.1f ms\n", cliMedian);
    std::printf("  aws sagemaker list-notebook-instances      median %8.1f ms\n", awsMedian);
    std::printf("  ratio (aws / sagedesk-cli)                        %8.1fx\n", awsMedian / cliMedian);
    return 0;
}
