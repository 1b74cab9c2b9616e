#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace SageDesk::Ui {

// The console window: menus, the instance table area and the status bar. Later issues fill the
// table, the actions and the account bar; the shell owns where they go.
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

public slots:
    void showAbout();

private:
    void createMenus();
    void createCentralArea();
    void createStatusBar();

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_instanceMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QStackedWidget* m_centralStack = nullptr;
    QLabel* m_connectionLabel = nullptr;
};

} // namespace SageDesk::Ui
