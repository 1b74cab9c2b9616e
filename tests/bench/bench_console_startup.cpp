// Process start to the first painted instance table with 1,000 cached instances (WebEngine not
// loaded), and the resident memory with those 1,000 instances listed. The parent seeds the cache,
// starts itself as a child N times and prints the median; the child is the real MainWindow. Its peer,
// in alternating runs: the console alone in a plain QMainWindow (the window before the Jupyter tab
// workspace), so the ratio shows what the workspace costs a start that has not loaded WebEngine.
//
//   bench_console_startup [runs]        (default 9)
#include "console/cache/InstanceCache.h"
#include "instances/ConsoleView.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace SageDesk;

namespace {

constexpr int kInstances = 1000;
const auto kScope = QStringLiteral("local/us-east-1");

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

bool webEngineMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("QtWebEngineCore");
}

void seedCache(const QString& path)
{
    InstanceCache cache;
    if (!cache.open(path)) {
        std::fprintf(stderr, "cannot open cache: %s\n", qPrintable(cache.lastError()));
        std::exit(1);
    }
    QList<NotebookInstance> list;
    const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < kInstances; ++i) {
        NotebookInstance instance;
        instance.notebookInstanceName = QStringLiteral("notebook-%1").arg(i, 4, 10, QLatin1Char('0'));
        instance.notebookInstanceArn =
            QStringLiteral("arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/") +
            instance.notebookInstanceName;
        instance.notebookInstanceStatus = NotebookInstanceStatuses::all().at(i % 7);
        instance.instanceType = i % 2 ? QStringLiteral("ml.t3.medium") : QStringLiteral("ml.m5.xlarge");
        instance.platformIdentifier = QStringLiteral("notebook-al2023-v1");
        instance.volumeSizeInGB = 5 + i % 100;
        instance.creationTime = created.addSecs(i * 60);
        instance.lastModifiedTime = created.addSecs(i * 120);
        list.append(instance);
    }
    cache.saveList(kScope, list, QDateTime::currentDateTimeUtc());
}

int runChild(const QString& dir, bool plain)
{
    for (const char* name : {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}) {
        qunsetenv(name);
    }
    qputenv("AWS_CONFIG_FILE", (dir + QStringLiteral("/none")).toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", (dir + QStringLiteral("/none")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    static int argc = 1;
    static char name[] = "bench_console_startup";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SageDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_console_startup"));
    QSettings().remove(QStringLiteral("console"));

    Ui::ConsoleOptions options;
    options.cachePath = dir + QStringLiteral("/cache.sqlite");
    options.localDataDir = dir + QStringLiteral("/local");
    // No endpoint: the benchmark measures the cached list, not sagedesk-local's start.
    options.localProgram = dir + QStringLiteral("/no-such-sagedesk-local");
    std::unique_ptr<QMainWindow> window;
    Ui::ConsoleView* console = nullptr;
    if (plain) {
        window = std::make_unique<QMainWindow>();
        console = new Ui::ConsoleView(window.get());
        window->setCentralWidget(console);
        window->resize(1280, 720);
        window->show();
        console->start(options);
    } else {
        auto* main = new Ui::MainWindow;
        window.reset(main);
        console = main->console();
        main->show();
        main->startConsole(options);
    }

    QTableView* table = console->table();
    struct PaintWatcher : QObject
    {
        bool seen = false;
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint && !seen) {
                seen = true;
                // Report once this paint has been handled.
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
            return false;
        }
    } watcher;
    table->viewport()->installEventFilter(&watcher);
    QApplication::exec();
    const qint64 paintedAt = QDateTime::currentMSecsSinceEpoch();
    const int rows = table->model()->rowCount();
    std::printf("painted-ms-epoch=%lld rows=%d rss-kib=%lld webengine-mapped=%d\n", paintedAt, rows,
                residentKiB(), webEngineMapped() ? 1 : 0);
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc >= 3 && QByteArray(argv[1]) == "--child") {
        return runChild(QString::fromLocal8Bit(argv[2]), argc > 3 && QByteArray(argv[3]) == "plain");
    }
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 9;
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    seedCache(dir.filePath(QStringLiteral("cache.sqlite")));

    QList<double> startup;
    QList<double> plainStartup;
    QList<double> rss;
    for (int run = 0; run < 2 * runs; ++run) {
        const bool plain = run % 2 == 1;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        QStringList arguments{QStringLiteral("--child"), dir.path()};
        if (plain) {
            arguments << QStringLiteral("plain");
        }
        child.start(QCoreApplication::applicationFilePath(), arguments);
        if (!child.waitForFinished(60000)) {
            std::fprintf(stderr, "child did not finish\n");
            return 1;
        }
        const QByteArray line = child.readAllStandardOutput().trimmed();
        QHash<QByteArray, QByteArray> values;
        for (const QByteArray& pair : line.split(' ')) {
            const auto parts = pair.split('=');
            values.insert(parts.value(0), parts.value(1));
        }
        if (values.value("rows").toInt() != kInstances) {
            std::fprintf(stderr, "first paint showed %s rows, expected %d: %s\n",
                         values.value("rows").constData(), kInstances, line.constData());
            return 1;
        }
        const double painted = double(values.value("painted-ms-epoch").toLongLong() - startedAt);
        if (plain) {
            plainStartup << painted;
            continue;
        }
        startup << painted;
        rss << values.value("rss-kib").toDouble() / 1024.0;
        std::printf("run %d: first painted table %.0f ms (console alone: next run), RSS %.1f MiB, WebEngine "
                    "mapped: %s\n",
                    run / 2 + 1, startup.last(), rss.last(),
                    values.value("webengine-mapped") == "1" ? "yes" : "no");
    }
    std::printf(
        "process start to first painted table (%d cached instances): median %.0f ms, min %.0f ms, max "
        "%.0f ms over %d runs\n",
        kInstances, median(startup), *std::min_element(startup.begin(), startup.end()),
        *std::max_element(startup.begin(), startup.end()), runs);
    std::printf("the console alone in a plain window (no tab workspace): median %.0f ms; ratio main window / "
                "console alone: %.2f\n",
                median(plainStartup), median(startup) / std::max(1.0, median(plainStartup)));
    std::printf("resident memory with %d instances listed: median %.1f MiB\n", kInstances, median(rss));
    return 0;
}
