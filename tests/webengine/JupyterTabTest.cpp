// Jupyter in a tab of the real main window, against a real sagedesk-local and its real Jupyter server:
// sign-in through the presigned URL, a notebook that runs print(6*7), confinement to the instance's
// origin, a download into the chosen folder, a session that ends and recovers by itself, and an
// instance stopped under its tab.
#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "shell/MainWindow.h"
#include "support/LocalTestEndpoint.h"
#include "web/JupyterWorkspace.h"
#include "web/WebEngineLoader.h"

#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWebEngineCookieStore>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <chrono>

namespace SageDesk::Test {
namespace {

using namespace std::chrono_literals;
using Ui::InstanceActions;
using Ui::MainWindow;

constexpr int kPageWaitMs = 90000;

// The classic tree has drawn its list (the files, or the "empty" line).
const auto kTreeRendered =
    QStringLiteral("document.querySelectorAll('#notebook_list > .list_item').length > 0");

class JupyterTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (const QString missing = LocalTestEndpoint::missingTools(); !missing.isEmpty()) {
            GTEST_SKIP() << missing.toStdString();
        }
        ASSERT_TRUE(m_endpoint.start()) << m_endpoint.error().toStdString();
        const QString failure = m_endpoint.createInService(kName);
        ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
        // The window must open on Local, whatever AWS profiles this computer has.
        for (const char* name :
             {"AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"}) {
            qunsetenv(name);
        }
        const QByteArray none = m_dir.filePath(QStringLiteral("none")).toLocal8Bit();
        qputenv("AWS_CONFIG_FILE", none);
        qputenv("AWS_SHARED_CREDENTIALS_FILE", none);
        m_window = std::make_unique<MainWindow>();
        Ui::ConsoleOptions options;
        options.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        options.localDataDir = m_endpoint.dataDir();
        options.localProgram = QStringLiteral(SAGEDESK_LOCAL_PATH);
        options.intervals = {100ms, 300ms, 400ms};
        options.webDataDir = m_dir.filePath(QStringLiteral("web"));
        options.warmUpWebEngine = false;
        options.openUrl = [this](const QUrl& url) { m_opened << url; };
        options.chooseDownloadPath = [this](const QString& proposed) {
            m_proposedDownload = proposed;
            return m_dir.filePath(QStringLiteral("downloads/chosen.ipynb"));
        };
        m_window->resize(1200, 800);
        m_window->show();
        m_window->startConsole(options);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return statusInTable() == NotebookInstanceStatus::InService; },
                                    kPageWaitMs));
    }

    void TearDown() override
    {
        m_window.reset();
        QTest::qWait(100); // deferred deletes of the tabs' pages
    }

    std::optional<NotebookInstanceStatus> statusInTable() const
    {
        const NotebookInstance* instance = m_window->console()->session()->model()->find(kName);
        return instance ? std::optional(instance->notebookInstanceStatus) : std::nullopt;
    }

    // Selects the instance's row and triggers the toolbar's Open Jupyter, as a click does.
    void openJupyter(bool lab = false)
    {
        Ui::ConsoleView* console = m_window->console();
        QTableView* table = console->table();
        table->clearSelection();
        const QModelIndex row = console->proxy()->index(0, 0);
        table->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto kind = lab ? InstanceActions::Kind::OpenJupyterLab : InstanceActions::Kind::OpenJupyter;
        console->actions()->action(kind)->trigger();
    }

    QWebEngineView* webViewOf(QWidget* tab) const
    {
        return tab ? tab->findChild<QWebEngineView*>(QStringLiteral("jupyterWebView")) : nullptr;
    }

    QWebEngineView* treeView() const { return webViewOf(m_window->jupyter()->viewOf(kName, false)); }

    static QVariant evaluate(QWebEngineView* view, const QString& script)
    {
        QVariant result;
        bool done = false;
        view->page()->runJavaScript(script, [&](const QVariant& value) {
            result = value;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return result;
    }

    static bool waitForScript(QWebEngineView* view, const QString& script, int timeoutMs = kPageWaitMs)
    {
        return QTest::qWaitFor([&] { return view && evaluate(view, script).toBool(); }, timeoutMs);
    }

    // Opens Jupyter and waits for the signed-in tree in its tab.
    QWebEngineView* openTree()
    {
        openJupyter();
        QWebEngineView* view = nullptr;
        EXPECT_TRUE(QTest::qWaitFor([&] { return (view = treeView()) != nullptr; }, 10000));
        EXPECT_TRUE(waitForScript(view, kTreeRendered)) << view->url().toString().toStdString();
        return view;
    }

    // Clicks `button` of the message box `name` once it shows: a timer that looks every 50 ms, so it
    // also runs inside the box's own event loop.
    void answerWhenShown(const QString& name, const QString& button)
    {
        auto* poll = new QTimer(m_window.get());
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, name, button] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (box && widget->objectName() == name && widget->isVisible()) {
                    m_boxText = box->text();
                    poll->stop();
                    poll->deleteLater();
                    if (auto* clicked = box->findChild<QPushButton*>(button)) {
                        clicked->click();
                    }
                    return;
                }
            }
        });
        poll->start(50);
    }

    const QString kName = QStringLiteral("web-tab");
    QTemporaryDir m_dir;
    LocalTestEndpoint m_endpoint{m_dir.filePath(QStringLiteral("local"))};
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
    QString m_proposedDownload;
    QString m_boxText;
};

TEST_F(JupyterTabTest, RunsACellInANewNotebookAndFocusesTheOpenTab)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    QTabWidget* tabs = m_window->workspaceTabs();
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->tabText(1), QStringLiteral("web-tab \u2014 Jupyter"));
    // Signed in without the presigned URL anywhere: not in the history, not in a title.
    for (const QWebEngineHistoryItem& item : tree->history()->items()) {
        EXPECT_FALSE(item.url().toString().contains(QStringLiteral("authToken")))
            << item.url().path().toStdString();
    }
    EXPECT_FALSE(tree->history()->canGoBack());
    EXPECT_FALSE(tree->url().query().contains(QStringLiteral("authToken")));

    // Opening it again focuses the tab instead of opening a second one.
    tabs->setCurrentIndex(0);
    openJupyter();
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->currentWidget(), m_window->jupyter()->viewOf(kName, false));

    // New → Python 3 opens the notebook in a tab of its own.
    evaluate(tree, QStringLiteral("document.querySelector('[id^=kernel-] a').click()"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tabs->count() == 3; }, kPageWaitMs));
    QWebEngineView* notebook = webViewOf(tabs->widget(2));
    ASSERT_NE(notebook, nullptr);
    ASSERT_TRUE(waitForScript(notebook, QStringLiteral("window.Jupyter !== undefined && Jupyter.notebook !== "
                                                       "undefined && Jupyter.notebook.kernel !== null && "
                                                       "Jupyter.notebook.kernel.is_connected()")))
        << notebook->url().path().toStdString();
    tabs->setCurrentIndex(2);
    evaluate(notebook, QStringLiteral("Jupyter.notebook.select(0); Jupyter.notebook.edit_mode(); "
                                      "Jupyter.notebook.get_cell(0).code_mirror.focus(); true"));
    // Typed through the cell's editor, as a key press inserts text (an Xvfb window without focus
    // gives the page no keyboard focus to send keys to).
    evaluate(notebook,
             QStringLiteral("Jupyter.notebook.get_cell(0).code_mirror.replaceSelection('print(6*7)'); true"));
    ASSERT_TRUE(waitForScript(
        notebook, QStringLiteral("Jupyter.notebook.get_cell(0).get_text() === 'print(6*7)'"), 20000))
        << evaluate(notebook, QStringLiteral("Jupyter.notebook.get_cell(0).get_text()"))
               .toString()
               .toStdString();
    // Run: what Shift+Enter does.
    evaluate(notebook, QStringLiteral("Jupyter.notebook.execute_cell_and_select_below(); true"));
    ASSERT_TRUE(
        waitForScript(notebook, QStringLiteral("Array.from(document.querySelectorAll('.output_subarea "
                                               "pre')).some(e => e.textContent.trim() === '42')")))
        << evaluate(notebook, QStringLiteral("document.querySelector('#notebook-container').innerText"))
               .toString()
               .toStdString();
    EXPECT_EQ(evaluate(notebook, QStringLiteral("Jupyter.notebook.get_cell(0).get_text()")).toString(),
              QStringLiteral("print(6*7)"));
    // The picture of a Jupyter tab in docs/:
    //   SAGEDESK_SCREENSHOT_DIR=docs xvfb-run -a sagedesk_webengine_tests
    //   --gtest_filter='JupyterTab*RunsACell*'
    if (const QString dir = qEnvironmentVariable("SAGEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(1000);
        EXPECT_TRUE(m_window->grab().save(dir + QStringLiteral("/screenshot-jupyter-tab.png")));
    }
}

TEST_F(JupyterTabTest, BlocksAnotherOriginAndOffersTheSystemBrowser)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    const QUrl before = tree->url();
    answerWhenShown(QStringLiteral("openOutsideConfirmation"), QStringLiteral("openOutsideButton"));
    evaluate(tree, QStringLiteral("location.href = 'http://example.invalid/elsewhere'; true"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 20000));
    EXPECT_EQ(m_opened.first(), QUrl(QStringLiteral("http://example.invalid/elsewhere")));
    EXPECT_TRUE(m_boxText.contains(QStringLiteral("example.invalid"))) << m_boxText.toStdString();
    // The tab stayed on the instance.
    QTest::qWait(300);
    EXPECT_EQ(tree->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery),
              before.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    EXPECT_TRUE(evaluate(tree, kTreeRendered).toBool());
}

TEST_F(JupyterTabTest, DownloadLandsInTheChosenFolder)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    // A file of the instance, written through Jupyter's own contents API with the page's session.
    const QString content = QStringLiteral("{\"sagedesk\": 42}");
    evaluate(tree, QStringLiteral("(() => { const base = document.body.getAttribute('data-base-url'); "
                                  "const xsrf = (document.cookie.match(/_xsrf=([^;]+)/) || [])[1] || ''; "
                                  "fetch(base + 'api/contents/answer.json', {method: 'PUT', headers: "
                                  "{'Content-Type': 'application/json', 'X-XSRFToken': xsrf}, body: "
                                  "JSON.stringify({type: 'file', format: 'text', content: '%1'})})"
                                  ".then(r => { window.sagedeskPut = r.status; }); return true; })()")
                       .arg(content));
    ASSERT_TRUE(waitForScript(
        tree, QStringLiteral("window.sagedeskPut === 201 || window.sagedeskPut === 200"), 20000))
        << evaluate(tree, QStringLiteral("String(window.sagedeskPut)")).toString().toStdString();
    evaluate(tree,
             QStringLiteral("(() => { const a = document.createElement('a'); a.href = "
                            "document.body.getAttribute('data-base-url') + 'files/answer.json?download=1'; "
                            "document.body.appendChild(a); a.click(); return true; })()"));
    const QString target = m_dir.filePath(QStringLiteral("downloads/chosen.ipynb"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            QFile file(target);
            return file.open(QIODevice::ReadOnly) && file.readAll() == content.toUtf8();
        },
        30000))
        << m_proposedDownload.toStdString();
    EXPECT_TRUE(m_proposedDownload.endsWith(QStringLiteral("answer.json")))
        << m_proposedDownload.toStdString();
    EXPECT_NE(
        m_window->jupyter()->viewOf(kName, false)->findChild<QWidget*>(QStringLiteral("jupyterDownloads")),
        nullptr);
}

TEST_F(JupyterTabTest, ExpiredSessionSignsInAgainByItself)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    // The session's cookies go, as when Jupyter's session expires: the server sends the page to its
    // login form, and the tab presigns again and comes back to the tree.
    tree->page()->profile()->cookieStore()->deleteAllCookies();
    QTest::qWait(300);
    evaluate(tree, QStringLiteral("document.body.setAttribute('data-sagedesk-before', '1'); true"));
    tree->page()->triggerAction(QWebEnginePage::Reload);
    ASSERT_TRUE(
        waitForScript(tree, QStringLiteral("document.body.getAttribute('data-sagedesk-before') === null "
                                           "&& location.pathname.endsWith('/tree') && ") +
                                kTreeRendered))
        << tree->url().path().toStdString();
    EXPECT_TRUE(m_window->jupyter()
                    ->viewOf(kName, false)
                    ->findChild<QWidget*>(QStringLiteral("sessionMessagePage"))
                    ->isHidden());
    for (const QWebEngineHistoryItem& item : tree->history()->items()) {
        EXPECT_FALSE(item.url().toString().contains(QStringLiteral("authToken")));
    }
}

TEST_F(JupyterTabTest, StoppedInstanceShowsStartAndComesBack)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    QWidget* tab = m_window->jupyter()->viewOf(kName, false);
    const auto run = m_endpoint.aws({QStringLiteral("sagemaker"), QStringLiteral("stop-notebook-instance"),
                                     QStringLiteral("--notebook-instance-name"), kName});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto* start = tab->findChild<QPushButton*>(QStringLiteral("startInstanceButton"));
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return start->isVisible(); }, kPageWaitMs));
    EXPECT_TRUE(tab->findChild<QWidget*>(QStringLiteral("instanceStoppedText"))->isVisible());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return statusInTable() == NotebookInstanceStatus::Stopped; }, kPageWaitMs));
    start->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tree->isVisible(); }, 240000));
    EXPECT_TRUE(waitForScript(tree, kTreeRendered)) << tree->url().path().toStdString();
}

} // namespace
} // namespace SageDesk::Test
