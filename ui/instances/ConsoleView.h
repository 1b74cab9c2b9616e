#pragma once

#include "console/ConsoleSession.h"
#include "discovery/ConsoleScope.h"
#include "instances/ConsoleOptions.h"
#include "instances/InstanceActions.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace SageDesk {
class InstanceCache;
class InstanceFilterProxyModel;
} // namespace SageDesk

namespace SageDesk::Ui {

class AccountBar;
class EmptyTableWelcome;
class InstanceDetailsPane;
class LocalEndpointConnector;
class StatusDelegate;
class TrayNotifier;

// The console: account bar, search and status filter, the live instance table with its details
// pane, and the instance actions (the window puts them in its toolbar and Instance menu).
class ConsoleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleView)

public:
    explicit ConsoleView(QWidget* parent = nullptr);
    ~ConsoleView() override;

    // Opens the cache, restores the last profile and region (Local when there are no AWS
    // credentials at all) and starts polling. Before this the view is empty and idle.
    void start(const ConsoleOptions& options = {});

    InstanceActions* actions() const { return m_actions; }
    // "Warn about long-running instances…": asks for the hours (0 switches the warning off), remembered.
    QAction* longRunningAction() const { return m_longRunningAction; }
    ConsoleSession* session() const { return m_session; }
    AccountBar* accountBar() const { return m_accountBar; }
    QTableView* table() const { return m_table; }
    InstanceFilterProxyModel* proxy() const { return m_proxy; }
    InstanceDetailsPane* details() const { return m_details; }
    EmptyTableWelcome* welcome() const { return m_welcome; }
    TrayNotifier* notifier() const { return m_notifier; }
    LocalEndpointConnector* localConnector() const { return m_local.get(); }

    QStringList selectedNames() const;
    // Local instances that keep running when the app quits (InService or on their way to it).
    QStringList runningLocalInstances() const;
    // Sends StopNotebookInstance for each and waits (running the event loop, at most 10 s) until
    // every call has answered: the quit path, where the window is about to go.
    void stopAndWait(const QStringList& names);
    // Whether the window is shown and not minimized: polling pauses otherwise.
    void setWindowVisible(bool visible);
    QString connectionText() const;
    // Open Jupyter / Open JupyterLab (and a double-click on an InService row) call `opener` with the
    // instance's name instead of handing a presigned URL to the browser.
    void setJupyterOpener(std::function<void(const QString& name, bool lab)> opener);

signals:
    void connectionTextChanged(const QString& text);

private:
    void createWidgets();
    void fitColumns();
    void connectActions();
    void applyAccountChoice();
    void connectLocal();
    void updateSelection();
    void updateDetails();
    void updateConnection();
    void showError(const QString& text);
    void confirmDelete();
    void editSettings();
    void openJupyter(bool lab);
    void scheduleBusyCheck();
    void askLongRunningHours();
    void openCreateWizard();
    void editTags();

    ConsoleOptions m_options;
    // What the account bar chose last; the session's source (once there is one) belongs to it.
    ConsoleScope m_scope;
    std::unique_ptr<InstanceCache> m_cache;
    ConsoleSession* m_session = nullptr;
    std::unique_ptr<LocalEndpointConnector> m_local;
    InstanceActions* m_actions = nullptr;
    QAction* m_longRunningAction = nullptr;
    InstanceFilterProxyModel* m_proxy = nullptr;
    AccountBar* m_accountBar = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_offlineBanner = nullptr;
    QLabel* m_errorBanner = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    StatusDelegate* m_statusDelegate = nullptr;
    InstanceDetailsPane* m_details = nullptr;
    EmptyTableWelcome* m_welcome = nullptr;
    TrayNotifier* m_notifier = nullptr;
    std::function<void(const QString&, bool)> m_jupyterOpener;
    bool m_started = false;
    bool m_busyCheckPending = false;
};

} // namespace SageDesk::Ui
