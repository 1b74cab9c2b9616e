#include "shell/MainWindow.h"

#include "shell/AboutDialog.h"

#include "instances/ConsoleView.h"
#include "instances/InstanceActions.h"
#include "instances/InstanceDetailsPane.h"
#include "web/JupyterWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace SageDesk::Ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SageDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sagedesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    // Wide enough for every column of the table next to the details pane.
    resize(1280, 720);
    m_console = new ConsoleView(this);
    createCentralArea();
    createMenus();
    createStatusBar();
}

void MainWindow::startConsole(const ConsoleOptions& options)
{
    m_console->start(options);
    m_jupyter->start(options);
    updatePolling();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::instanceArea() const
{
    return m_centralStack;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto* clear =
        m_fileMenu->addAction(tr("Clear &Browsing Data\u2026"), this, &MainWindow::confirmClearBrowsingData);
    clear->setObjectName(QStringLiteral("clearBrowsingDataAction"));
    m_fileMenu->addSeparator();
    auto* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_console->actions()->refreshAction());
    auto* details = m_viewMenu->addAction(tr("&Details pane"));
    details->setObjectName(QStringLiteral("toggleDetailsAction"));
    details->setCheckable(true);
    details->setChecked(true);
    connect(details, &QAction::toggled, m_console->details(), &QWidget::setVisible);
    m_viewMenu->addAction(m_console->longRunningAction());

    m_instanceMenu = menuBar()->addMenu(tr("&Instance"));
    m_instanceMenu->setObjectName(QStringLiteral("instanceMenu"));
    m_console->actions()->addTo(m_instanceMenu);

    m_toolBar = addToolBar(tr("Instances"));
    m_toolBar->setObjectName(QStringLiteral("instanceToolBar"));
    m_toolBar->setMovable(false);
    // Icon and text: the icons read at a glance, the words in either language.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_console->actions()->addTo(m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_console->actions()->refreshAction());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto* about = m_helpMenu->addAction(tr("&About SageDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createCentralArea()
{
    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("instanceArea"));
    m_centralStack->addWidget(m_console);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_centralStack, tr("Instances"));
    // The console is always there: no close button on its tab.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);
    m_jupyter = new Web::JupyterWorkspace(m_tabs, m_console, this);
}

void MainWindow::confirmClearBrowsingData()
{
    QMessageBox box(QMessageBox::Question, tr("Clear browsing data"),
                    tr("Clear the cookies, cache and storage of the Jupyter tabs of every account?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("clearBrowsingDataConfirmation"));
    box.setInformativeText(tr("Open tabs sign in again when they next need to. Notebooks on the "
                              "instances are not touched."));
    QPushButton* clear = box.addButton(tr("Clear"), QMessageBox::DestructiveRole);
    clear->setObjectName(QStringLiteral("confirmClearButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == clear) {
        m_jupyter->clearBrowsingData();
    }
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->showMessage(tr("Ready"));
    connect(m_console, &ConsoleView::connectionTextChanged, m_connectionLabel, &QLabel::setText);
    connect(m_jupyter, &Web::JupyterWorkspace::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
}

void MainWindow::updatePolling()
{
    m_console->setWindowVisible(isVisible() && !isMinimized());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        updatePolling();
    }
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    updatePolling();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    updatePolling();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Jupyter's unsaved-notebook warnings come first; the window closes once every tab agreed.
    if (!m_tabsClosed && m_jupyter->viewCount() > 0) {
        event->ignore();
        m_jupyter->closeAll([this] {
            m_tabsClosed = true;
            QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        });
        return;
    }
    m_tabsClosed = false;
    const QStringList running = m_console->runningLocalInstances();
    if (running.isEmpty()) {
        event->accept();
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Local instances are running"),
        tr("Local notebook instances are still running: %1.").arg(running.join(QStringLiteral(", "))),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("quitConfirmation"));
    box.setInformativeText(tr("Stop them now, or keep them running after SageDesk quits?"));
    QPushButton* stop = box.addButton(tr("Stop them"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopOnQuitButton"));
    QPushButton* keep = box.addButton(tr("Keep them running"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepOnQuitButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == stop) {
        m_console->stopAndWait(running);
        event->accept();
    } else if (box.clickedButton() == keep) {
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace SageDesk::Ui
