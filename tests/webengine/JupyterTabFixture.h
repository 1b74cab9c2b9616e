#pragma once

// The fixture of the Jupyter tab tests: the real main window in local mode against a real
// sagedesk-local with one InService instance, and the ways a person reaches its tabs (the table's
// actions, the tab's toolbar, clicks into the page, the message boxes that ask).
#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "shell/MainWindow.h"
#include "support/EventLoopWait.h"
#include "support/LocalTestEndpoint.h"
#include "web/JupyterWorkspace.h"

#include "console/models/InstanceFilterProxyModel.h"
#include "console/models/InstanceTableModel.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace SageDesk::Test {

inline constexpr int kPageWaitMs = 90000;

// The classic tree has drawn its list (the files, or the "empty" line).
inline const QString kTreeRendered =
    QStringLiteral("document.querySelectorAll('#notebook_list > .list_item').length > 0");

class JupyterTabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        using namespace std::chrono_literals;
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
        m_window = std::make_unique<Ui::MainWindow>();
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
        ASSERT_TRUE(waitInEventLoop([&] { return statusInTable(kName) == NotebookInstanceStatus::InService; },
                                    kPageWaitMs));
    }

    void TearDown() override
    {
        m_window.reset();
        idleInEventLoop(100); // deferred deletes of the tabs' pages
    }

    std::optional<NotebookInstanceStatus> statusInTable(const QString& name) const
    {
        const NotebookInstance* instance = m_window->console()->session()->model()->find(name);
        return instance ? std::optional(instance->notebookInstanceStatus) : std::nullopt;
    }
    std::optional<NotebookInstanceStatus> statusInTable() const { return statusInTable(kName); }

    // The table's row of the instance `name`, or an invalid index.
    QModelIndex rowOf(const QString& name) const
    {
        const QAbstractItemModel* proxy = m_window->console()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, 0).data(InstanceTableModel::NameRole).toString() == name) {
                return proxy->index(row, 0);
            }
        }
        return {};
    }

    // Selects the instance's row and triggers the toolbar's Open Jupyter, as a click does.
    void openJupyter(bool lab = false, const QString& name = {})
    {
        Ui::ConsoleView* console = m_window->console();
        QTableView* table = console->table();
        table->clearSelection();
        const QModelIndex row = rowOf(name.isEmpty() ? kName : name);
        table->selectionModel()->select(row, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto kind =
            lab ? Ui::InstanceActions::Kind::OpenJupyterLab : Ui::InstanceActions::Kind::OpenJupyter;
        console->actions()->action(kind)->trigger();
    }

    static QWebEngineView* webViewOf(QWidget* tab)
    {
        return tab ? tab->findChild<QWebEngineView*>(QStringLiteral("jupyterWebView")) : nullptr;
    }

    QWidget* tabOf(const QString& name) const { return m_window->jupyter()->viewOf(name, false); }
    QWebEngineView* treeView() const { return webViewOf(tabOf(kName)); }

    // The action `objectName` of the tab's toolbar (reloadAction, zoomInAction, findAction, ...).
    static QAction* tabAction(QWidget* tab, const QString& objectName)
    {
        return tab ? tab->findChild<QAction*>(objectName) : nullptr;
    }

    static QVariant evaluate(QWebEngineView* view, const QString& script)
    {
        QVariant result;
        bool done = false;
        view->page()->runJavaScript(script, [&](const QVariant& value) {
            result = value;
            done = true;
        });
        (void)waitInEventLoop([&] { return done; }, 20000);
        return result;
    }

    static bool waitForScript(QWebEngineView* view, const QString& script, int timeoutMs = kPageWaitMs)
    {
        return waitInEventLoop([&] { return view && evaluate(view, script).toBool(); }, timeoutMs);
    }

    // Opens Jupyter on `name` and waits for the signed-in tree in its tab.
    QWebEngineView* openTree(const QString& name = {})
    {
        const QString instance = name.isEmpty() ? kName : name;
        openJupyter(false, instance);
        QWebEngineView* view = nullptr;
        EXPECT_TRUE(waitInEventLoop([&] { return (view = webViewOf(tabOf(instance))) != nullptr; }, 10000));
        EXPECT_TRUE(view && waitForScript(view, kTreeRendered))
            << (view ? view->url().toString().toStdString() : std::string());
        return view;
    }

    // Writes a file of the instance through Jupyter's own contents API with the page's session.
    static bool putFile(QWebEngineView* tree, const QString& name, const QString& content)
    {
        evaluate(tree, QStringLiteral("(() => { window.sagedeskPut = 0; "
                                      "const base = document.body.getAttribute('data-base-url'); "
                                      "const xsrf = (document.cookie.match(/_xsrf=([^;]+)/) || [])[1] || ''; "
                                      "fetch(base + 'api/contents/%1', {method: 'PUT', headers: "
                                      "{'Content-Type': 'application/json', 'X-XSRFToken': xsrf}, body: "
                                      "JSON.stringify({type: 'file', format: 'text', content: '%2'})})"
                                      ".then(r => { window.sagedeskPut = r.status; }); return true; })()")
                           .arg(name, content));
        return waitForScript(tree, QStringLiteral("window.sagedeskPut === 201 || window.sagedeskPut === 200"),
                             20000);
    }

    // A real left click on the element `selector` of the page, where a person would click: the page
    // gets the user activation that file choosers and beforeunload need.
    static bool clickInPage(QWebEngineView* view, const QString& selector)
    {
        const QVariantList rect =
            evaluate(view,
                     QStringLiteral("(() => { const e = document.querySelector('%1'); if (!e) return []; "
                                    "const r = e.getBoundingClientRect(); "
                                    "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
                         .arg(selector))
                .toList();
        if (rect.size() != 2 || !view->focusProxy()) {
            return false;
        }
        const QPoint at(int(rect.at(0).toDouble() * view->zoomFactor()),
                        int(rect.at(1).toDouble() * view->zoomFactor()));
        QTest::mouseClick(view->focusProxy(), Qt::LeftButton, {}, at);
        return true;
    }

    // Clicks the button `pick` chooses in the message box `name` once it shows: a timer that looks
    // every 50 ms, so it also runs inside the box's own event loop.
    void answerWhenShown(const QString& name, std::function<QAbstractButton*(QMessageBox*)> pick)
    {
        auto* poll = new QTimer(m_window.get());
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, name, pick] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (box && widget->objectName() == name && widget->isVisible()) {
                    m_boxText = box->text();
                    ++m_boxesAnswered;
                    poll->stop();
                    poll->deleteLater();
                    if (QAbstractButton* clicked = pick(box)) {
                        clicked->click();
                    }
                    return;
                }
            }
        });
        poll->start(50);
    }
    void answerWhenShown(const QString& name, const QString& button)
    {
        answerWhenShown(name, [button](QMessageBox* box) { return box->findChild<QPushButton*>(button); });
    }

    const QString kName = QStringLiteral("web-tab");
    QTemporaryDir m_dir;
    LocalTestEndpoint m_endpoint{m_dir.filePath(QStringLiteral("local"))};
    std::unique_ptr<Ui::MainWindow> m_window;
    QList<QUrl> m_opened;
    QString m_proposedDownload;
    QString m_boxText;
    int m_boxesAnswered = 0;
};

} // namespace SageDesk::Test
