#pragma once

#include "instances/ConsoleOptions.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace SageDesk::Ui {

class ConsoleView;
namespace Web {
class JupyterWorkspace;
}

// The console window: menus, the toolbar, a tab workspace whose first tab is the console (account bar,
// live instance table, details) and whose other tabs are Jupyter, and the status bar. The shell owns
// where things go; ConsoleView and JupyterWorkspace own what they do.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* instanceMenu() const { return m_instanceMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QWidget* instanceArea() const;
    QLabel* connectionLabel() const { return m_connectionLabel; }
    ConsoleView* console() const { return m_console; }
    QToolBar* instanceToolBar() const { return m_toolBar; }
    QTabWidget* workspaceTabs() const { return m_tabs; }
    Web::JupyterWorkspace* jupyter() const { return m_jupyter; }

    // Connects the console (cache, last profile and region, polling); the window is inert before.
    void startConsole(const ConsoleOptions& options = {});

public slots:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updatePolling();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void confirmClearBrowsingData();

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_instanceMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    QLabel* m_connectionLabel = nullptr;
    ConsoleView* m_console = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTabWidget* m_tabs = nullptr;
    Web::JupyterWorkspace* m_jupyter = nullptr;
    bool m_tabsClosed = false; // the Jupyter tabs agreed to close: the quit may go on
};

} // namespace SageDesk::Ui
