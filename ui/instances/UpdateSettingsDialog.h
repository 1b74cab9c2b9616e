#pragma once

#include "domain/NotebookInstance.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace SageDesk::Aws {
class AwsClientContext;
} // namespace SageDesk::Aws

namespace SageDesk::Ui {

class GitPage;
class PermissionsPage;
class SettingsPage;

// "Update settings" of a Stopped instance: the create wizard's own pages (settings, permissions,
// git repositories), limited to what UpdateNotebookInstance takes and filled from
// DescribeNotebookInstance. Update sends only what changed (a cleared lifecycle configuration or
// repository as its Disassociate flag), checked first with the shared validator; a refusal shows
// the AWS error (code, message, request id) and keeps everything the person chose.
class UpdateSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateSettingsDialog)

public:
    // Without a context the dialog shows `instance` as given and Update only closes it.
    explicit UpdateSettingsDialog(const NotebookInstance& instance, Aws::AwsClientContext* context = nullptr,
                                  QWidget* parent = nullptr);
    ~UpdateSettingsDialog() override;

    // Only the members that changed from the described instance.
    UpdateNotebookInstanceRequest request() const;
    // The instance as DescribeNotebookInstance answered (or as given, without a context).
    const NotebookInstance& current() const { return m_current; }
    bool settingsLoaded() const { return m_loaded; }

    SettingsPage* settingsPage() const { return m_settings; }
    PermissionsPage* permissionsPage() const { return m_permissions; }
    GitPage* gitPage() const { return m_git; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* problemsLabel() const { return m_problems; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* requestView() const { return m_requestView; }
    QPushButton* updateButton() const;

signals:
    // UpdateNotebookInstance was accepted; the instance is Updating.
    void instanceUpdated(const QString& name);

private:
    void load();
    void showCurrent(const NotebookInstance& described);
    void validate();
    void send();
    void fail(const QString& text);

    QPointer<Aws::AwsClientContext> m_context;
    NotebookInstance m_current;
    SettingsPage* m_settings;
    PermissionsPage* m_permissions;
    GitPage* m_git;
    QTabWidget* m_tabs;
    QLabel* m_problems;
    QPlainTextEdit* m_requestView;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    bool m_loaded = false;
    bool m_sending = false;
};

} // namespace SageDesk::Ui
