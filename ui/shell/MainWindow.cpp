#include "shell/MainWindow.h"

#include "shell/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace SageDesk::Ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SageDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sagedesk.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    resize(1100, 680);
    createMenus();
    createCentralArea();
    createStatusBar();
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
    auto* quit = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));

    m_instanceMenu = menuBar()->addMenu(tr("&Instance"));
    m_instanceMenu->setObjectName(QStringLiteral("instanceMenu"));

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
    auto* table = new QTableView(m_centralStack);
    table->setObjectName(QStringLiteral("instanceTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    m_centralStack->addWidget(table);
    setCentralWidget(m_centralStack);
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace SageDesk::Ui
