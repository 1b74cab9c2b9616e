// Open Jupyter → the rendered Jupyter tree in its tab, with a warm web engine (the window has idled
// and warmed up), against a real sagedesk-local instance; and the resident memory of the browser
// processes (Chromium's, this process excluded) with one tab open. Each run closes the tab and opens
// a new one; the figure is the median. It waits in a real event loop (support/EventLoopWait.h), as the
// application does: QTest::qWaitFor's 10 ms sleeps between rounds delay every task Chromium posts to
// the UI thread, and made the same page take 7 s instead of 0.6 s.
//
//   bench_web_tab [runs]        (default 9)
#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"
#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "shell/MainWindow.h"
#include "support/EventLoopWait.h"
#include "support/LocalTestEndpoint.h"
#include "web/JupyterWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace SageDesk;
using namespace std::chrono_literals;

namespace {

const auto kName = QStringLiteral("bench-web");

// Kernel's view of one process: its parent and resident KiB.
struct ProcessInfo
{
    qint64 parent = 0;
    qint64 residentKiB = 0;
    QByteArray name;
};

ProcessInfo processInfo(const QString& pid)
{
    ProcessInfo info;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return info;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        const QByteArray value = line.mid(line.indexOf(':') + 1).trimmed();
        if (line.startsWith("PPid:")) {
            info.parent = value.toLongLong();
        } else if (line.startsWith("VmRSS:")) {
            info.residentKiB = value.split(' ').value(0).toLongLong();
        } else if (line.startsWith("Name:")) {
            info.name = value;
        }
    }
    return info;
}

// The resident memory of every descendant of this process: Chromium's browser-side helpers, the
// zygotes, the GPU process and the renderers.
double browserProcessesMiB(int* count)
{
    QHash<qint64, ProcessInfo> all;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (numeric) {
            all.insert(pid, processInfo(entry));
        }
    }
    const qint64 self = QCoreApplication::applicationPid();
    qint64 total = 0;
    *count = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        for (qint64 ancestor = it->parent; ancestor > 1; ancestor = all.value(ancestor).parent) {
            if (ancestor == self) {
                if (it->name.startsWith("QtWebEngine")) {
                    total += it->residentKiB;
                    ++*count;
                }
                break;
            }
        }
    }
    return double(total) / 1024.0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    }
#endif
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 9;
    QCoreApplication::setOrganizationName(QStringLiteral("SageDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_web_tab"));

    if (const QString missing = Test::LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
        std::fprintf(stderr, "skipped: %s\n", qPrintable(missing));
        return 77;
    }
    QTemporaryDir dir;
    Test::LocalTestEndpoint endpoint(dir.filePath(QStringLiteral("local")));
    if (!endpoint.start()) {
        std::fprintf(stderr, "sagedesk-local did not start: %s\n", qPrintable(endpoint.error()));
        return 1;
    }
    if (const QString failure = endpoint.createInService(kName); !failure.isEmpty()) {
        std::fprintf(stderr, "the instance did not come up: %s\n", qPrintable(failure));
        return 1;
    }

    Ui::MainWindow window;
    Ui::ConsoleOptions options;
    options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    options.localDataDir = endpoint.dataDir();
    options.localProgram = QStringLiteral(SAGEDESK_LOCAL_PATH);
    options.webDataDir = dir.filePath(QStringLiteral("web"));
    window.resize(1200, 800);
    window.show();
    window.startConsole(options);
    Ui::ConsoleView* console = window.console();
    if (!Test::waitInEventLoop([&] { return console->proxy()->rowCount() == 1; }, 60000) ||
        !Test::waitInEventLoop([&] { return window.jupyter()->isWarm(); }, 30000)) {
        std::fprintf(stderr, "the window did not list the instance or warm up\n");
        return 1;
    }
    Test::idleInEventLoop(1500); // the warm-up page's renderer settles
    console->table()->selectRow(0);

    QList<double> clickToTree;
    double rss = 0;
    int processes = 0;
    for (int run = 0; run < runs; ++run) {
        // Asks the page again as soon as it answered (or after 250 ms: an answer is lost when the page
        // navigates during sign-in), so that neither a lost answer nor a queue of questions is measured.
        auto rendered = std::make_shared<qint64>(-1);
        auto askedAt = std::make_shared<qint64>(-1000);
        QElapsedTimer timer;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&window, rendered, askedAt, &timer] {
            QWidget* tab = window.jupyter()->viewOf(kName, false);
            auto* view = tab ? tab->findChild<QWebEngineView*>() : nullptr;
            if (!view || *rendered >= 0 || (*askedAt >= 0 && timer.elapsed() - *askedAt < 250)) {
                return;
            }
            *askedAt = timer.elapsed();
            view->page()->runJavaScript(
                QStringLiteral("document.querySelectorAll('#notebook_list > .list_item').length > 0"),
                [rendered, askedAt, elapsed = &timer](const QVariant& value) {
                    if (*rendered >= 0) {
                        return;
                    }
                    *askedAt = -1000; // answered: ask again at the next tick
                    if (value.toBool()) {
                        *rendered = elapsed->elapsed();
                    }
                });
        });
        timer.start();
        console->actions()->action(Ui::InstanceActions::Kind::OpenJupyter)->trigger();
        poll.start(20);
        if (!Test::waitInEventLoop([&] { return *rendered >= 0; }, 60000)) {
            std::fprintf(stderr, "run %d: the tree did not render\n", run + 1);
            return 1;
        }
        poll.stop();
        clickToTree << double(*rendered);
        if (run == 0) {
            rss = browserProcessesMiB(&processes);
        }
        std::printf("run %d: click to rendered Jupyter tree %.0f ms\n", run + 1, clickToTree.last());
        QTabWidget* tabs = window.workspaceTabs();
        emit tabs->tabCloseRequested(tabs->indexOf(window.jupyter()->viewOf(kName, false)));
        if (!Test::waitInEventLoop([&] { return window.jupyter()->viewCount() == 0; }, 20000)) {
            std::fprintf(stderr, "the tab did not close\n");
            return 1;
        }
        Test::idleInEventLoop(200);
    }
    std::printf(
        "click to rendered Jupyter tree (warm web engine, local instance): median %.0f ms, min %.0f ms, "
        "max %.0f ms over %d runs\n",
        median(clickToTree), *std::min_element(clickToTree.begin(), clickToTree.end()),
        *std::max_element(clickToTree.begin(), clickToTree.end()), runs);
    std::printf("browser processes with one Jupyter tab open: %.1f MiB resident in %d processes\n", rss,
                processes);
    return 0;
}
