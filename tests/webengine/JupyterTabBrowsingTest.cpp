// The browsing side of a Jupyter tab, against a real sagedesk-local and its real Jupyter server: the
// table's double-click, detaching and reattaching, zoom remembered per instance, find in page, the
// unsaved-changes question, uploads through Jupyter's file chooser, the permissions a page gets, the
// page's console in the debug log, and a presigned URL that never shows.
#include "support/EventLoopWait.h"
#include "webengine/JupyterTabFixture.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMutex>
#include <QRegularExpression>
#include <QTabBar>
#include <QWebEngineHistory>

#include <cmath>

namespace SageDesk::Test {
namespace {

class JupyterTabBrowsingTest : public JupyterTabTest
{
protected:
    // The page's own zoom, as Chromium applies it: the device pixel ratio grows with the zoom factor.
    static double pageZoom(QWebEngineView* view, double baseRatio)
    {
        return evaluate(view, QStringLiteral("window.devicePixelRatio")).toDouble() / baseRatio;
    }
};

// Every message of SageDesk's logging categories, with debug on, while it lives.
class LogCapture final
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("sagedesk.*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        s_previous = m_previous;
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    Q_DISABLE_COPY_MOVE(LogCapture)

    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category), message);
        }
        if (s_previous) {
            s_previous(type, context, message);
        }
    }

    QtMessageHandler m_previous = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

// A presigned URL's token in the clear (the redaction helper writes it as ****).
const QRegularExpression kAuthToken(QStringLiteral("authToken(?!=\\*\\*\\*\\*)"));

TEST_F(JupyterTabBrowsingTest, DoubleClickOnAnInServiceRowOpensItsTabAndFocusesItAgain)
{
    QTableView* table = m_window->console()->table();
    QTabWidget* tabs = m_window->workspaceTabs();
    ASSERT_EQ(table->model(), m_window->console()->proxy());
    auto doubleClickRow = [&] {
        const QModelIndex row = rowOf(kName);
        ASSERT_TRUE(row.isValid());
        const QRect cell = table->visualRect(row.siblingAtColumn(1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    };
    ASSERT_EQ(tabs->count(), 1);
    doubleClickRow();
    ASSERT_TRUE(waitInEventLoop([&] { return tabOf(kName) != nullptr; }, 10000));
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->currentWidget(), tabOf(kName));
    QWebEngineView* tree = treeView();
    ASSERT_TRUE(waitForScript(tree, kTreeRendered)) << tree->url().path().toStdString();

    // Back on the table, the same double-click focuses the open tab instead of opening another.
    tabs->setCurrentIndex(0);
    doubleClickRow();
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->currentWidget(), tabOf(kName));
    EXPECT_EQ(treeView(), tree);
}

TEST_F(JupyterTabBrowsingTest, DetachedTabKeepsItsPageAndComesBack)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    QTabWidget* tabs = m_window->workspaceTabs();
    QWidget* tab = tabOf(kName);
    // A page that reloaded would have lost this.
    evaluate(tree, QStringLiteral("window.sagedeskMarker = 'kept'; true"));
    const QUrl before = tree->url();
    int loads = 0;
    QObject::connect(tree->page(), &QWebEnginePage::loadStarted, tree, [&] { ++loads; });

    QAction* detach = tabAction(tab, QStringLiteral("detachAction"));
    ASSERT_NE(detach, nullptr);
    detach->trigger();
    auto* window = qobject_cast<QMainWindow*>(tab->window());
    ASSERT_NE(window, nullptr);
    ASSERT_NE(window, m_window.get());
    EXPECT_EQ(window->objectName(), QStringLiteral("detachedJupyterWindow"));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    EXPECT_EQ(tabs->count(), 1);
    EXPECT_EQ(tabs->indexOf(tab), -1);
    EXPECT_EQ(detach->text(), QStringLiteral("Reattach"));
    EXPECT_TRUE(window->windowTitle().contains(kName)) << window->windowTitle().toStdString();
    EXPECT_FALSE(window->windowTitle().contains(kAuthToken)) << window->windowTitle().toStdString();
    EXPECT_EQ(evaluate(tree, QStringLiteral("window.sagedeskMarker")).toString(), QStringLiteral("kept"));
    EXPECT_EQ(tree->url(), before);

    // Open Jupyter again raises the detached window; no second tab.
    openJupyter();
    EXPECT_EQ(tabs->count(), 1);
    EXPECT_EQ(tabOf(kName), tab);

    detach->trigger();
    EXPECT_EQ(tab->window(), m_window.get());
    EXPECT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->currentWidget(), tab);
    EXPECT_EQ(detach->text(), QStringLiteral("Detach"));
    QPointer<QMainWindow> gone = window;
    EXPECT_TRUE(waitInEventLoop([&] { return gone.isNull(); }, 5000));
    EXPECT_EQ(evaluate(tree, QStringLiteral("window.sagedeskMarker")).toString(), QStringLiteral("kept"));
    EXPECT_EQ(tree->url(), before);
    EXPECT_TRUE(evaluate(tree, kTreeRendered).toBool());
    EXPECT_EQ(loads, 0);
}

TEST_F(JupyterTabBrowsingTest, ZoomKeysChangeTheZoomAndEachInstanceKeepsItsOwn)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    const double base = evaluate(tree, QStringLiteral("window.devicePixelRatio")).toDouble();
    ASSERT_GT(base, 0.0);
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get(), 3000)) {
        QApplication::setActiveWindow(m_window.get()); // Xvfb without a window manager
    }
    tree->setFocus();
    auto press = [&](Qt::Key key, double expected) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : tree, key,
                        Qt::ControlModifier);
        EXPECT_NEAR(tree->zoomFactor(), expected, 0.001) << "after key " << key;
        EXPECT_TRUE(waitInEventLoop([&] { return std::abs(pageZoom(tree, base) - expected) < 0.02; }, 5000))
            << "the page's zoom is " << pageZoom(tree, base) << ", not " << expected;
    };
    press(Qt::Key_Plus, 1.1);
    press(Qt::Key_Minus, 1.0);
    press(Qt::Key_Minus, 0.9);
    press(Qt::Key_0, 1.0);
    press(Qt::Key_Plus, 1.1);
    press(Qt::Key_Plus, 1.25);

    // Closed and opened again: the instance's zoom comes back.
    QTabWidget* tabs = m_window->workspaceTabs();
    emit tabs->tabCloseRequested(tabs->indexOf(tabOf(kName)));
    ASSERT_TRUE(waitInEventLoop([&] { return tabOf(kName) == nullptr; }, 20000));
    tree = openTree();
    ASSERT_NE(tree, nullptr);
    EXPECT_NEAR(tree->zoomFactor(), 1.25, 0.001);
    EXPECT_TRUE(waitInEventLoop([&] { return std::abs(pageZoom(tree, base) - 1.25) < 0.02; }, 5000))
        << pageZoom(tree, base);

    // Another instance opens at the default size, and leaves this one as it is.
    const QString other = QStringLiteral("web-tab-other");
    const QString failure = m_endpoint.createInService(other);
    ASSERT_TRUE(failure.isEmpty()) << failure.toStdString();
    ASSERT_TRUE(waitInEventLoop([&] { return statusInTable(other) == NotebookInstanceStatus::InService; },
                                kPageWaitMs));
    QWebEngineView* otherTree = openTree(other);
    ASSERT_NE(otherTree, nullptr);
    EXPECT_NEAR(otherTree->zoomFactor(), 1.0, 0.001);
    EXPECT_NEAR(pageZoom(otherTree, base), 1.0, 0.02);
    EXPECT_NEAR(tree->zoomFactor(), 1.25, 0.001);
    EXPECT_NEAR(pageZoom(tree, base), 1.25, 0.02);
}

TEST_F(JupyterTabBrowsingTest, FindInPageCountsMatchesAndSaysWhenThereAreNone)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    const QString name = QStringLiteral("sagedesk-findable-notes.txt");
    ASSERT_TRUE(putFile(tree, name, QStringLiteral("notes")));
    tree->page()->triggerAction(QWebEnginePage::Reload);
    ASSERT_TRUE(waitForScript(tree, QStringLiteral("document.body.innerText.includes('%1')").arg(name)));

    QWidget* tab = tabOf(kName);
    tabAction(tab, QStringLiteral("findAction"))->trigger();
    auto* edit = tab->findChild<QLineEdit*>(QStringLiteral("findEdit"));
    auto* result = tab->findChild<QLabel*>(QStringLiteral("findResult"));
    ASSERT_NE(edit, nullptr);
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("findable-notes"));
    const QRegularExpression found(QStringLiteral("^1 of [1-9][0-9]*$"));
    EXPECT_TRUE(waitInEventLoop([&] { return found.match(result->text()).hasMatch(); }, 10000))
        << result->text().toStdString();

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("zq-nowhere-on-the-tree"));
    EXPECT_TRUE(waitInEventLoop([&] { return result->text() == QStringLiteral("Not found"); }, 10000))
        << result->text().toStdString();

    edit->clear();
    EXPECT_TRUE(waitInEventLoop([&] { return result->text().isEmpty(); }, 10000))
        << result->text().toStdString();
}

TEST_F(JupyterTabBrowsingTest, UnsavedChangesAskBeforeTheTabOrTheAppCloses)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    QTabWidget* tabs = m_window->workspaceTabs();
    QWidget* tab = tabOf(kName);
    // What Jupyter does for a notebook with unsaved changes.
    evaluate(tree, QStringLiteral("window.addEventListener('beforeunload', e => { e.preventDefault(); "
                                  "e.returnValue = 'unsaved'; }); window.sagedeskMarker = 'kept'; true"));
    // Chromium asks only on a page a person has used.
    ASSERT_TRUE(clickInPage(tree, QStringLiteral("#notebook_list")));
    ASSERT_TRUE(waitForScript(tree, QStringLiteral("navigator.userActivation.hasBeenActive"), 10000));
    const auto cancel = [](QMessageBox* box) { return box->button(QMessageBox::Cancel); };

    // Closing the tab asks; Cancel keeps it, with its page.
    answerWhenShown(QStringLiteral("beforeUnloadConfirmation"), cancel);
    emit tabs->tabCloseRequested(tabs->indexOf(tab));
    ASSERT_TRUE(waitInEventLoop([&] { return m_boxesAnswered == 1; }, 20000));
    idleInEventLoop(1000);
    EXPECT_EQ(tabOf(kName), tab);
    EXPECT_GE(tabs->indexOf(tab), 0);
    EXPECT_EQ(evaluate(tree, QStringLiteral("window.sagedeskMarker")).toString(), QStringLiteral("kept"));

    // Quitting asks too; Cancel keeps the window and the tab.
    ASSERT_TRUE(clickInPage(tree, QStringLiteral("#notebook_list")));
    answerWhenShown(QStringLiteral("beforeUnloadConfirmation"), cancel);
    m_window->close();
    ASSERT_TRUE(waitInEventLoop([&] { return m_boxesAnswered == 2; }, 20000));
    idleInEventLoop(1000);
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(tabOf(kName), tab);
    EXPECT_EQ(evaluate(tree, QStringLiteral("window.sagedeskMarker")).toString(), QStringLiteral("kept"));

    // The cancelled quit is over: closing the tab later, here from its own window and without
    // saving, closes that tab and leaves SageDesk running.
    tabAction(tab, QStringLiteral("detachAction"))->trigger();
    QWidget* detached = tab->window();
    ASSERT_NE(detached, m_window.get());
    ASSERT_TRUE(QTest::qWaitForWindowExposed(detached));
    ASSERT_TRUE(clickInPage(tree, QStringLiteral("#notebook_list")));
    answerWhenShown(QStringLiteral("beforeUnloadConfirmation"), QStringLiteral("confirmButton"));
    // Were the cancelled quit to go on, it would ask about the running instances next.
    answerWhenShown(QStringLiteral("quitConfirmation"), cancel);
    detached->close();
    ASSERT_TRUE(waitInEventLoop([&] { return tabOf(kName) == nullptr; }, 20000));
    EXPECT_EQ(tabs->count(), 1);
    idleInEventLoop(1500);
    EXPECT_EQ(m_boxesAnswered, 3) << "closing the last tab went on with the quit that was cancelled";
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(JupyterTabBrowsingTest, UploadThroughJupytersFileChooserLandsOnTheInstance)
{
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    const QString name = QStringLiteral("sagedesk-uploaded.txt");
    const QString source = m_dir.filePath(name);
    {
        QFile file(source);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("uploaded through the tab\n");
    }
    // The file chooser the page opens: the file is picked in it as a person would.
    QStringList chooserFiles;
    auto* poll = new QTimer(m_window.get());
    QObject::connect(poll, &QTimer::timeout, poll, [&, poll] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QFileDialog*>(widget);
            if (dialog && dialog->isVisible()) {
                // The name is typed into the dialog's file name field, as a person would. selectFile()
                // alone leaves the field as it is once it has focus, and selects nothing while the
                // dialog is still reading its folder: then Open was ignored and the test hung.
                dialog->setDirectory(QFileInfo(source).absolutePath());
                if (auto* nameEdit = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
                    nameEdit->setText(QFileInfo(source).fileName());
                }
                if (dialog->selectedFiles() == QStringList{source}) {
                    chooserFiles = dialog->selectedFiles();
                    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept(), as Open does
                }
                return;
            }
        }
    });
    poll->start(50);
    // The chooser runs a nested event loop: were it never picked from, the wait below could not
    // time out and the test would hang until ctest's limit. Once, under load, it did; so after the
    // wait's bound any modal dialog still open is rejected, and the test fails instead.
    QTimer::singleShot(25000, poll, [&chooserFiles] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            ADD_FAILURE() << "a modal " << modal->metaObject()->className() << " stayed open ("
                          << (chooserFiles.isEmpty() ? "unpicked" : "picked") << ")";
            if (auto* dialog = qobject_cast<QDialog*>(modal)) {
                dialog->reject();
            }
        }
    });
    ASSERT_TRUE(clickInPage(tree, QStringLiteral(".btn-upload")));
    ASSERT_TRUE(
        waitInEventLoop([&] { return !chooserFiles.isEmpty() && !QApplication::activeModalWidget(); }, 20000))
        << "no file chooser opened, or it stayed open";
    poll->stop();
    // Jupyter lists the chosen file with its own Upload button.
    ASSERT_TRUE(
        waitForScript(tree, QStringLiteral("document.querySelector('.upload_button') !== null"), 20000));
    evaluate(tree, QStringLiteral("document.querySelector('.upload_button').click(); true"));
    // The instance's contents API lists it, with what was uploaded.
    evaluate(tree, QStringLiteral("(() => { window.sagedeskListed = null; "
                                  "const base = document.body.getAttribute('data-base-url'); "
                                  "const poll = () => fetch(base + 'api/contents/%1?content=1')"
                                  ".then(r => r.ok ? r.json() : null).then(j => { if (j) "
                                  "window.sagedeskListed = j.content; else setTimeout(poll, 200); }); "
                                  "poll(); return true; })()")
                       .arg(name));
    ASSERT_TRUE(waitForScript(tree, QStringLiteral("window.sagedeskListed !== null"), 30000));
    EXPECT_EQ(evaluate(tree, QStringLiteral("window.sagedeskListed")).toString(),
              QStringLiteral("uploaded through the tab\n"));
    EXPECT_TRUE(evaluate(tree, QStringLiteral("fetch(document.body.getAttribute('data-base-url') + "
                                              "'api/contents').then(r => r.json()).then(j => "
                                              "window.sagedeskNames = j.content.map(f => f.name)); true"))
                    .toBool());
    ASSERT_TRUE(waitForScript(tree, QStringLiteral("Array.isArray(window.sagedeskNames)"), 20000));
    EXPECT_TRUE(evaluate(tree, QStringLiteral("window.sagedeskNames.includes('%1')").arg(name)).toBool());
}

TEST_F(JupyterTabBrowsingTest, RefusesDevicesAndLocationButAllowsClipboardAndNotifications)
{
    // Chromium's fake camera and microphone, so that only SageDesk's refusal can stop a request
    // (without devices Chromium says NotFoundError before asking). Read when the web engine starts:
    // this process's first page (ctest runs each test in a process of its own).
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--use-fake-device-for-media-stream");
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    // Screen capture needs a gesture: with one, only the product's refusal stands in its way.
    ASSERT_TRUE(clickInPage(tree, QStringLiteral("#notebook_list")));
    evaluate(tree,
             QStringLiteral(
                 "(() => { const r = window.sagedeskPermissions = {}; "
                 "const no = k => e => { r[k] = 'refused:' + (e.name || e.code); }; "
                 "navigator.mediaDevices.getDisplayMedia({video: true})"
                 ".then(() => r.screen = 'granted', no('screen')); "
                 "navigator.geolocation.getCurrentPosition(() => r.location = 'granted', no('location')); "
                 "navigator.mediaDevices.getUserMedia({video: true})"
                 ".then(() => r.camera = 'granted', no('camera')); "
                 "navigator.mediaDevices.getUserMedia({audio: true})"
                 ".then(() => r.microphone = 'granted', no('microphone')); "
                 "Notification.requestPermission().then(p => r.notifications = p); "
                 "return true; })()"));
    ASSERT_TRUE(waitForScript(tree,
                              QStringLiteral("['screen', 'location', 'camera', 'microphone', 'notifications']"
                                             ".every(k => k in window.sagedeskPermissions)"),
                              30000))
        << evaluate(tree, QStringLiteral("JSON.stringify(window.sagedeskPermissions)"))
               .toString()
               .toStdString();
    const QVariantMap answers = evaluate(tree, QStringLiteral("window.sagedeskPermissions")).toMap();
    // Refused by SageDesk, not missing: a granted camera on a computer without one says NotFoundError.
    EXPECT_EQ(answers.value(QStringLiteral("camera")).toString(), QStringLiteral("refused:NotAllowedError"));
    EXPECT_EQ(answers.value(QStringLiteral("microphone")).toString(),
              QStringLiteral("refused:NotAllowedError"));
    EXPECT_EQ(answers.value(QStringLiteral("location")).toString(), QStringLiteral("refused:1"));
    EXPECT_TRUE(answers.value(QStringLiteral("screen")).toString().startsWith(QStringLiteral("refused:")))
        << answers.value(QStringLiteral("screen")).toString().toStdString();
    EXPECT_EQ(answers.value(QStringLiteral("notifications")).toString(), QStringLiteral("granted"));
    EXPECT_EQ(evaluate(tree, QStringLiteral("Notification.permission")).toString(),
              QStringLiteral("granted"));

    // The clipboard both ways: a copied selection reaches the system clipboard, and a paste reads it.
    QApplication::clipboard()->setText(QStringLiteral("before"));
    evaluate(tree,
             QStringLiteral("(() => { const t = document.createElement('textarea'); t.id = 'sagedeskClip'; "
                            "t.value = 'copied from the notebook'; document.body.appendChild(t); "
                            "t.select(); return document.execCommand('copy'); })()"));
    EXPECT_TRUE(waitInEventLoop(
        [] { return QApplication::clipboard()->text() == QStringLiteral("copied from the notebook"); }, 5000))
        << QApplication::clipboard()->text().toStdString();
    QApplication::clipboard()->setText(QStringLiteral("pasted into the notebook"));
    EXPECT_EQ(evaluate(tree, QStringLiteral("(() => { const t = document.getElementById('sagedeskClip'); "
                                            "t.value = ''; t.focus(); document.execCommand('paste'); "
                                            "return t.value; })()"))
                  .toString(),
              QStringLiteral("pasted into the notebook"));
}

TEST_F(JupyterTabBrowsingTest, DebugLogHasThePagesConsoleButNeverThePresignedUrl)
{
    LogCapture log;
    QWebEngineView* tree = openTree();
    ASSERT_NE(tree, nullptr);
    evaluate(tree, QStringLiteral("console.log('sagedesk-console-marker'); true"));
    EXPECT_TRUE(waitInEventLoop(
        [] {
            return LogCapture::lines().indexOf(QRegularExpression(
                       QStringLiteral("^sagedesk\\.web\\.console: .*sagedesk-console-marker"))) >= 0;
        },
        10000))
        << LogCapture::lines().join(QLatin1Char('\n')).toStdString();

    // Signing in was logged (so this log would show a token) and shows none.
    const QStringList lines = LogCapture::lines();
    EXPECT_GE(lines.indexOf(QRegularExpression(QStringLiteral("^sagedesk\\.web\\.tabs: presigned .*"))), 0)
        << lines.join(QLatin1Char('\n')).toStdString();
    for (const QString& line : lines) {
        EXPECT_FALSE(line.contains(kAuthToken)) << line.toStdString();
    }
    // Nor the history, the window's title or the tab's text and tooltip.
    for (const QWebEngineHistoryItem& item : tree->history()->items()) {
        EXPECT_FALSE(item.url().toString().contains(QStringLiteral("authToken")))
            << item.url().path().toStdString();
    }
    QTabWidget* tabs = m_window->workspaceTabs();
    const int index = tabs->indexOf(tabOf(kName));
    for (const QString& shown : {m_window->windowTitle(), tabs->tabText(index), tabs->tabToolTip(index),
                                 tree->url().toString(), tree->title()}) {
        EXPECT_FALSE(shown.contains(QStringLiteral("authToken"))) << shown.toStdString();
    }
}

} // namespace
} // namespace SageDesk::Test
