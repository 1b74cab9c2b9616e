#pragma once

#include "instances/ConsoleOptions.h"
#include "web/JupyterViewApi.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QMainWindow;
class QTabWidget;

namespace SageDesk::Ui {

class ConsoleView;

namespace Web {

// The Jupyter tabs of the main window: one per instance and view (Jupyter or JupyterLab), signed in
// through CreatePresignedNotebookInstanceUrl, in the browser profile of the account the console shows.
// It follows the instances' statuses (stopped or deleted → the stand-in page, InService again → signed
// in again), detaches tabs into windows of their own and back, and warms the web engine up once the
// window has been idle for a moment.
class JupyterWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JupyterWorkspace)

public:
    JupyterWorkspace(QTabWidget* tabs, ConsoleView* console, QObject* parent = nullptr);
    ~JupyterWorkspace() override;

    // Takes over Open Jupyter / Open JupyterLab (unless `options.jupyterInTabs` is off) and starts
    // waiting for the idle moment to warm up in.
    void start(const ConsoleOptions& options);
    void open(const QString& name, bool lab);
    // The tab's content of an instance and view (a tab or a detached window), or null.
    QWidget* viewOf(const QString& name, bool lab) const;
    int viewCount() const { return int(m_tabs.size()); }
    // Asks every tab to close (beforeunload runs: unsaved notebooks ask) and calls `done` once all have.
    void closeAll(std::function<void()> done);
    void clearBrowsingData();
    void warmUp();
    bool isWarm() const { return m_warm; }
    // The account's folder of browser data: each account's cookies and storage apart.
    QString storageDir(const QString& account) const;

signals:
    void statusMessage(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Tab;

    QString currentAccount() const;
    Tab* find(const QString& name, bool lab) const;
    Tab* tabOf(const QWidget* widget) const;
    Tab& addTab(JupyterView* view, const QString& name, bool lab, const QString& account, bool child);
    void setHooks(Tab& tab);
    void presign(Tab& tab, bool forBrowser);
    void remove(Tab* tab);
    void toggleDetached(Tab& tab);
    void focus(Tab& tab);
    void confirmOutside(Tab& tab, const QUrl& url);
    void openOutside(const QUrl& url);
    void followStatuses();
    void updateTitle(Tab& tab);

    QTabWidget* m_tabWidget;
    ConsoleView* m_console;
    ConsoleOptions m_options;
    std::vector<std::unique_ptr<Tab>> m_tabs;
    std::function<void()> m_closingAll;
    QTimer m_idle;
    bool m_warm = false;
};

} // namespace Web
} // namespace SageDesk::Ui
