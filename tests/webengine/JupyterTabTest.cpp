// Jupyter in a tab of the real main window, against a real sagedesk-local and its real Jupyter server:
// sign-in through the presigned URL, a notebook that runs print(6*7), confinement to the instance's
// origin, a download into the chosen folder, a session that ends and recovers by itself, and an
// instance stopped under its tab.
#include "support/EventLoopWait.h"
#include "webengine/JupyterTabFixture.h"

#include <QFile>
#include <QWebEngineCookieStore>
#include <QWebEngineHistory>
#include <QWebEngineProfile>

namespace SageDesk::Test {
namespace {

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
    ASSERT_TRUE(waitInEventLoop([&] { return tabs->count() == 3; }, kPageWaitMs));
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
        idleInEventLoop(1000);
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
    ASSERT_TRUE(waitInEventLoop([&] { return !m_opened.isEmpty(); }, 20000));
    EXPECT_EQ(m_opened.first(), QUrl(QStringLiteral("http://example.invalid/elsewhere")));
    EXPECT_TRUE(m_boxText.contains(QStringLiteral("example.invalid"))) << m_boxText.toStdString();
    // The tab stayed on the instance.
    idleInEventLoop(300);
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
    ASSERT_TRUE(putFile(tree, QStringLiteral("answer.json"), content))
        << evaluate(tree, QStringLiteral("String(window.sagedeskPut)")).toString().toStdString();
    evaluate(tree,
             QStringLiteral("(() => { const a = document.createElement('a'); a.href = "
                            "document.body.getAttribute('data-base-url') + 'files/answer.json?download=1'; "
                            "document.body.appendChild(a); a.click(); return true; })()"));
    const QString target = m_dir.filePath(QStringLiteral("downloads/chosen.ipynb"));
    ASSERT_TRUE(waitInEventLoop(
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
    idleInEventLoop(300);
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
    ASSERT_TRUE(waitInEventLoop([&] { return start->isVisible(); }, kPageWaitMs));
    EXPECT_TRUE(tab->findChild<QWidget*>(QStringLiteral("instanceStoppedText"))->isVisible());
    ASSERT_TRUE(
        waitInEventLoop([&] { return statusInTable() == NotebookInstanceStatus::Stopped; }, kPageWaitMs));
    start->click();
    ASSERT_TRUE(waitInEventLoop([&] { return tree->isVisible(); }, 240000));
    EXPECT_TRUE(waitForScript(tree, kTreeRendered)) << tree->url().path().toStdString();
}

} // namespace
} // namespace SageDesk::Test
